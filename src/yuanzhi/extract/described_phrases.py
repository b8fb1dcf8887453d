"""A phrase closed by 的 that describes the person between two posts of one chain.

``上届工会主席、已届退休年龄的康复科主任医师某某``: after 、 a phrase closed by 的 (已届退休年龄的,
刚满六十岁的) tells of the person, not of the next post's body; the chain goes on after 的 and the
next post's unit is read from there. A phrase naming a body (我院的, 某医院的) or holding a post is no
such phrase: the body is the post's.
"""

from __future__ import annotations

from .lexicon_loader import Lexicon
from .segment import is_cjk

_DE = "的"
_LONGEST = 12  # characters of a describing phrase before 的
_BODY_WORDS = ("我院", "本院", "该院", "全院", "医院", "我们", "本")


def past_described(sentence: str, at: int, limit: int, lexicon: Lexicon) -> int:
    """Where the chain goes on after a describing phrase closed by 的 at ``at`` (``at`` when none)."""
    de = sentence.find(_DE, at, limit)
    if de <= at or de - at > _LONGEST:
        return at
    phrase = sentence[at:de]
    if not all(is_cjk(c) or c.isdigit() for c in phrase) or phrase.startswith(_BODY_WORDS):
        return at
    if lexicon.ends_like_org(phrase) or lexicon.title_pattern.search(phrase):
        return at
    return de + 1
