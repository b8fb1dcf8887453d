"""A unit printed alone in another hospital's setting is that hospital's (GOLD_SPEC §4.1, §4.2, §5).

Two shapes, in a hospital's own news and in others':

* a sentence that opens at another hospital (``在某市中医医院，医院工会主席甲和护理部主任乙陪同…``):
  its bare units, and the bare 医院 of its posts, are that hospital's, not the article's own
  (§4.1: the institution the sentence names; §4.2: another body's unit carries it);
* a team sent from another hospital, its members' units listed (``本批队员来自心血管内科、重症医学科等专业``):
  a listed unit printed alone before a name later in the article is the sending hospital's;
* a person seconded to the own hospital (``心血管内科副主任医师甲将挂任我院副院长``, ``神经外科主治医师乙
  挂职我院…``): the unit printed before the name is the sending hospital's — the last other hospital the
  article named — and so is a grade after it in the chain (§5); the post at 我院 after the name stays ours.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .article_orgs import ArticleOrgs
from .lexicon_loader import Lexicon
from .mentions import PersonMention
from .org_resolve import OrgMention
from .secondments import ASSIGNED
from .unit_holders import bare_unit, holds

_VENUE = "在"
_CLAUSE_ENDS = "，,"
_OWN_WORDS = ("我院", "本院", "我们医院")
_BARE_HOSPITAL = "医院"
_SECONDED = re.compile(r"(?:将|拟|已|正式)?(?:" + "|".join(ASSIGNED) + r")(?:" + "|".join(_OWN_WORDS) + ")")


_TEAM_FROM = re.compile(r"(?:队员|专家|成员)(?:分别)?来自")
_LIST_ITEM = re.compile(r"[\u4e00-\u9fff]{2,12}")
_LIST_END = re.compile(r"等|[，,。；;]")


def team_units(texts: Sequence[str], known: ArticleOrgs, until: int, lexicon: Lexicon,
               home: str | None) -> dict[str, str]:
    """Units a team's members are listed from (队员来自A科、B科等专业) in sentences 0..until, each with
    the sending hospital: the last other hospital named up to that sentence."""
    units: dict[str, str] = {}
    for index, text in enumerate(texts[: until + 1]):
        cue = _TEAM_FROM.search(text) if "来自" in text else None
        if cue is None:
            continue
        sender = _sender(known.named_until(index), home, _destinations(texts, known, index, lexicon))
        if sender is None:
            continue
        end = _LIST_END.search(text, cue.end())
        for item in text[cue.end() : end.start() if end else len(text)].split("、"):
            if _LIST_ITEM.fullmatch(item) and lexicon.org_kind(item) == "department" and holds(sender, item, lexicon):
                units[item] = sender
    return units


def _unit_of(org: OrgMention, body: str) -> OrgMention:
    return OrgMention(org.start, org.end, org.text, body + org.text, "department", body)


def _venue(sentence: str, orgs: Sequence[OrgMention], known: ArticleOrgs, position: int, lexicon: Lexicon,
           home: str | None) -> OrgMention | None:
    """The other hospital the sentence opens at (在某医院，…), resolved; else None."""
    if not sentence.startswith(_VENUE):
        return None
    first = next((m for m in orgs if m.start == len(_VENUE)), None)
    if first is None or sentence[first.end : first.end + 1] not in _CLAUSE_ENDS:
        return None
    body = known.resolve(first, position, lexicon) or first
    return body if body.kind == "hospital" and body.name != home else None


def _sender(named: Sequence[OrgMention], home: str | None, received: frozenset[str] = frozenset()) -> str | None:
    """The hospital a seconded person comes from: the last hospital named that is not the own one nor
    one the article sends people to (``received``)."""
    return next((m.name for m in reversed(named) if m.kind == "hospital" and m.name != home and m.parent is None
                 and m.name not in received), None)


# 队长甲将挂任某县人民医院副院长，队员分别来自儿科、…: the hospital a team is sent to is never where it comes from
_SENT_TO = ("挂任", "挂职", "赴", "前往", "派驻", "支援", "援助", "帮扶", "进驻")


def _destinations(texts: Sequence[str], known: ArticleOrgs, until: int, lexicon: Lexicon) -> frozenset[str]:
    """Hospitals printed right after a word of sending (挂任, 赴, 支援) in sentences 0..until, resolved."""
    out = set()
    for index, text in enumerate(texts[: until + 1]):
        for m in known.per_sentence[index] if index < len(known.per_sentence) else ():
            if text.endswith(_SENT_TO, max(0, m.start - 2), m.start):
                out.add((known.resolve(m, index, lexicon) or m).name)
    return frozenset(out)


def visited_unit(
    org: OrgMention | None, person: PersonMention, sentence: str, position: int, known: ArticleOrgs,
    seen: Sequence[OrgMention], lexicon: Lexicon, home: str | None,
) -> OrgMention | None:
    """``org`` as the unit of the other hospital the sentence is set at or the person is sent from; else ``org``."""
    if org is None or home is None:
        return org
    orgs = known.per_sentence[position] if position < len(known.per_sentence) else []
    venue = _venue(sentence, orgs, known, position, lexicon, home)
    if venue is not None and org.start > venue.end and not org.text.startswith(_OWN_WORDS):
        if org.name == home and org.text == _BARE_HOSPITAL:  # 医院工会主席: the hospital just named
            return venue
        if bare_unit(org, home) and holds(venue.name, org.text, lexicon):
            return _unit_of(org, venue.name)
    if not bare_unit(org, home) or org.end > person.start or sentence.endswith(_OWN_WORDS, 0, org.start):
        return org
    listed = team_units(known.texts, known, position, lexicon, home).get(org.text)
    if listed is not None:  # 队员来自病理科、…；病理科主管技师甲
        return _unit_of(org, listed)
    if _SECONDED.match(sentence, person.end):
        here = [known.resolve(m, position, lexicon) or m for m in orgs if m.end <= org.start]
        sender = _sender([*seen, *here], home)
        if sender is not None and holds(sender, org.text, lexicon):
            return _unit_of(org, sender)
    return org
