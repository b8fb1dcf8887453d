"""A post given to the person just named through 他/她/其: ``队长由副主任医师某某担任，他同时兼任
医疗队临时党支部书记``, ``为副主任医师某某颁发聘书，聘请其担任某中学健康副校长`` — the one person the
sentence has named before the pronoun holds it."""

from __future__ import annotations

import re

from .lexicon_loader import Lexicon
from .mentions import PersonMention
from .orgs import Tokens, org_before
from .segment import is_cjk

_PRONOUN_HOLDS = re.compile(
    r"[，,；;](?:(?:他|她)(?:同时|还|也|并|又)?(?:兼任|担任|兼)|(?:聘请|聘任|聘|任命|特聘)(?:其|他|她)(?:担任|兼任|为))"
)  # ，他同时兼任…; 为某某颁发聘书，聘请其担任…: the person the sentence has just named
_ENGAGED = "聘"
_UNIT_ROOM = 10  # characters of a unit's name between the verb and the post
_AFTER_POST = set("，,。；;！!？?")


def pronoun_posts(
    sentence: str, titles: list[tuple[int, int, str]], found: list[PersonMention], tokens: Tokens,
    lexicon: Lexicon, home: str | None,
) -> list[PersonMention]:
    """The posts written after ``，他同时兼任`` for the one person named before it in the sentence."""
    out: list[PersonMention] = []
    for match in _PRONOUN_HOLDS.finditer(sentence):
        named = {m.name for m in found if m.end <= match.start() and not m.short}
        if len(named) != 1 and not (named and _ENGAGED in match.group(0)):
            continue  # (为甲颁发聘书，聘请其…: the one just named, the recipient, however many before)
        person = next(m for m in reversed(found) if m.end <= match.start() and not m.short)
        title = next(((s_, e, t) for s_, e, t in titles if match.end() <= s_ <= match.end() + _UNIT_ROOM), None)
        if title is None or not all(is_cjk(c) for c in sentence[match.end() : title[0]]):
            continue
        if title[1] < len(sentence) and sentence[title[1]] not in _AFTER_POST:
            continue
        org = org_before(sentence, title[0], tokens, lexicon, home) if title[0] > match.end() else None
        out.append(PersonMention(person.name, title[2], org, person.start, person.end))
    return out
