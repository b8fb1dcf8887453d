"""A post a named person acts in, written after 作为: ``副院长某某作为联盟执行委员会委员主持了开幕式``
— the person just named holds the post (with the body written before it), as if it were
written before the name."""

from __future__ import annotations

from .lexicon_loader import Lexicon
from .mentions import PersonMention
from .orgs import Tokens, org_before
from .segment import is_cjk, word_tags

_AS = "作为"
_BODY_ROOM = 16  # characters of a body's name between 作为 and the post
_AFTER_POST = set("，,。；;！!？?")
_VERB_TAGS = {"v", "vn"}  # 主持, 发言, 出席 (not 团队, 的: 作为主任医师团队的一员)


def capacity_posts(
    sentence: str, titles: list[tuple[int, int, str]], found: list[PersonMention], tokens: Tokens,
    lexicon: Lexicon, home: str | None,
) -> list[PersonMention]:
    """The post written after ``某某作为`` for the person named right before 作为."""
    out: list[PersonMention] = []
    for person in found:
        if person.short or not sentence.startswith(_AS, person.end):
            continue
        at = person.end + len(_AS)
        title = next(((s, e, t) for s, e, t in titles if at <= s <= at + _BODY_ROOM), None)
        if title is None or not all(is_cjk(c) for c in sentence[at : title[0]]):
            continue
        if any(m.start < title[1] and title[0] < m.end for m in found):
            continue  # 某某作为院长某某的助手: the post is another person's
        if sentence[title[1] : title[1] + 1] not in _AFTER_POST and not any(
            sentence.startswith(word, title[1]) and word_tags().get(word) in _VERB_TAGS for word in lexicon.name_followers
        ):
            continue  # 作为主任医师团队的一员: the post does not end the phrase
        org = org_before(sentence, title[0], tokens, lexicon, home) if title[0] > at else None
        if org is not None and org.start < at:
            org = None
        mention = PersonMention(person.name, title[2], org, person.start, person.end)
        if all((m.name, m.title) != (mention.name, mention.title) for m in [*found, *out]):
            out.append(mention)
    return out

