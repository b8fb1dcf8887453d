"""Partnerships stated by one sentence: two or more named parties and the kind of tie
(``签约``, ``联盟``) from the lexicon's partnership cues."""

from __future__ import annotations

import re

from .background_signings import without_background
from .declared_parties import at_venue, declared_in, home_by_word
from .lexicon_loader import Lexicon
from .orgs import (
    STRONG_KINDS,
    OrgMention,
)
from .signing_clauses import clause_parties
from .title_spans import title_matches

# a hospital signs with bodies of every kind named by their word: a library, a school, a law firm
# (kind other); a village or a community is a place served (家庭医生签约, 帮扶), no party
_OTHER = "other"
PLACES = ("村", "社区", "村委会", "居委会", "社区居委会", "村民委员会", "居民委员会")
_COUNTED = re.compile(r"(?:[各全][省市县区]?|多家|所有|其他|其它|相关|[一二三四五六七八九十百\d]+[家所个])$")


def partnership_in(
    sentence: str, orgs: list[OrgMention], lexicon: Lexicon, home: str | None, both: tuple[str, ...] = (),
    declared: dict[str, str] | None = None, printed: dict[str, str] | None = None,
) -> tuple[tuple[str, ...], str] | None:
    """(parties, kind) when the sentence states a partnership between two or more parties.

    ``both``: the two parties the article has named (its guest and its hospital), for
    ``双方签订了…协议`` when the sentence names no party of its own. ``declared``: the article's
    short names (以下简称) and their bodies; a short name printed in the sentence is its body
    (declared_parties.py). ``printed``: the bodies the article named before (and their short forms
    from the level, 县人民医院), a side of the signing the sentence's reader did not read as a body."""
    declared = declared or {}
    news = without_background(sentence)  # 双方2024年签署…以来: a signing recalled, no news
    kind = next((k for cue, k in lexicon.partnership_cues if cue in news), None)
    if kind is None:
        return None
    parties: list[tuple[int, str]] = []
    qualifying: list[tuple[int, str]] = []  # organizations that only qualify a person's title
    venues: list[str] = []  # where the ceremony is held (declared_parties.at_venue)
    regex_titles = {start for start, _end, _t in title_matches(sentence, lexicon)}
    bodies = tuple(cue for cue, k in lexicon.partnership_cues if k == "alliance")
    for mention in orgs:
        top = mention.parent if mention.parent and mention.kind == "department" else mention.name
        if (lexicon.org_kind(top) or mention.kind) not in STRONG_KINDS and (lexicon.org_kind(top) != _OTHER or top.endswith(PLACES)) or top.endswith(bodies):
            continue  # 区域胸痛救治联盟: the alliance is the partnership, not one of its parties
        if _COUNTED.search(sentence, max(0, mention.start - 6), mention.start):
            continue  # 全县十二家乡镇卫生院: a class of members, not one named party
        if quoted(sentence, mention):
            continue  # 授予“某大学教学医院”牌匾, 共建“某医院某分院”: a plaque or a project, no party
        if at_venue(sentence, mention.start, mention.end):
            venues.append(top)  # 签约仪式在某院区举行: a side only when the sentence names fewer than two
        elif mention.end in regex_titles:
            qualifying.append((mention.start, top))
        else:
            parties.append((mention.start, top))
    if len({name for _at, name in parties}) < 2:
        parties += [(at, name) for at, name in qualifying if lexicon.org_kind(name) == "hospital"]
    parties += declared_in(sentence, orgs, declared)  # 甲检验与乙医院签订…: 甲检验 declared before
    if printed:  # 县慈善总会与县人民医院签订…: bodies the article named in full before
        taken = {name for _at, name in parties}
        parties += [(at, name) for at, name in declared_in(sentence, orgs, printed) if name not in taken]
    signed = [cue for cue, k in lexicon.partnership_cues if k == kind == _AGREEMENT]  # (an alliance's founders span clauses)
    parties = clause_parties(news, parties, signed)  # 甲与乙签订协议，…与丙联网运行: 丙 is no side
    if home:
        for ref in ("我院", "本院"):
            at = sentence.find(ref)
            if at >= 0:
                parties.append((at, home))
        parties += [(at, home) for at in home_by_word(sentence)]  # 市医调委、某公司与医院签订了三方合作协议
    names: list[str] = []
    for _at, name in sorted(parties):
        name = declared.get(name, name)
        if name not in names:
            names.append(name)
    if len(names) < 2:
        names += [name for name in dict.fromkeys(declared.get(v, v) for v in venues) if name not in names]
    if len(names) < 2 and _BOTH in sentence and len(both) == 2 and set(names) <= set(both):
        names = list(both)
    if len(names) < 2:
        return None
    return tuple(names), kind


_BOTH = "双方"
_AGREEMENT = "agreement"


def quoted(sentence: str, mention: OrgMention) -> bool:
    """The name is printed inside quotation marks, alone or (a body, not a unit that stands for
    its hospital) at the end of the quoted name: a plaque's or a project's name (“某医院某分院”)."""
    if mention.start <= 0 or mention.end >= len(sentence) or sentence[mention.end] not in "”」』":
        return False
    if mention.kind == "department":
        return sentence[mention.start - 1] in "“「『"  # “某某专家工作站”: the unit's hospital may still sign
    opened = max(sentence.rfind(mark, 0, mention.start + 1) for mark in "“「『")
    return opened >= 0 and not any(mark in sentence[opened : mention.start] for mark in "”」』")
