"""A democratic party's committee of a place, and its units, as bodies of record (GOLD_SPEC §4.8).

Newspapers name a democratic party's local committee by the party's short or full name, the
place and 委/委会/委员会: ``民盟某市委会``, ``农工党某市委``, ``九三学社某市委员会``, ``民盟省委会``.
jieba cuts these across the level word (民盟|某|州市|委会), so the token reader never sees an
ending; this pass reads them from the characters. A unit printed right after the committee
(``…市委会医药卫生第三支部``, ``…市委会组织部``, ``…市委会参政议政委员会``, ``…市委会医药卫生支社``)
is the committee's unit, named with it in full (§4.7). Kinds: the parties' prefixes in
recorded_kinds.tsv (other; a unit under one keeps it).
"""

from __future__ import annotations

import re

from .org_resolve import OrgMention
from .spans import leftmost_longest

# the democratic parties' names as printed at the head of a committee's name (recorded_kinds.tsv's ^ rows)
PARTIES = (
    "中国民主同盟", "民盟", "中国农工民主党", "农工党", "九三学社", "中国民主促进会", "民进",
    "中国民主建国会", "民建", "中国国民党革命委员会", "民革", "中国致公党", "致公党", "台湾民主自治同盟", "台盟",
)
_PARTY = "|".join(sorted(PARTIES, key=len, reverse=True))
# the committee: party + place (none for a province's: 民盟省委会) + level word + 委 (会|员会); not 委员 (a title)
_COMMITTEE = re.compile(rf"(?:{_PARTY})(?:[^\W\d_的和与及在参加为是了员成会中央]{{1,6}}?)?[省市县区州旗]委(?:员会|会|(?!员))")
# a unit printed right after it: its name (no title characters) and a unit ending
_UNIT = re.compile(r"[^\W\d_委长任主副]{0,8}?(?:第[一二三四五六七八九十\d]{1,3})?(?:总支|支部|支社|委员会|部)(?![长门分])")
_KIND = "association"  # as 委员会 reads; recorded_kinds.tsv makes the party's bodies other


def party_committees(sentence: str) -> list[OrgMention]:
    """Each party committee (and the unit printed after it) the sentence names."""
    found: list[OrgMention] = []
    if not any(party in sentence for party in PARTIES):
        return found
    for match in _COMMITTEE.finditer(sentence):
        committee = match.group(0)
        found.append(OrgMention(match.start(), match.end(), committee, committee, _KIND))
        unit = _UNIT.match(sentence, match.end())
        if unit:
            name = committee + unit.group(0)
            found.append(OrgMention(match.start(), unit.end(), name, name, _KIND, committee))
    return found


def with_party_committees(sentence: str, orgs: list[OrgMention]) -> list[OrgMention]:
    """``orgs`` with the sentence's party committees; where one overlaps a mention read from the
    tokens, the longer reading stays."""
    extra = party_committees(sentence)
    if not extra:
        return orgs
    return leftmost_longest([*extra, *orgs])  # sorted stably: ours first at a tie


def committee_before(sentence: str, end: int) -> OrgMention | None:
    """The party committee (or its unit) printed right before ``end`` (where a title starts), or None."""
    if "委" not in sentence[max(0, end - 12) : end]:
        return None
    for mention in party_committees(sentence[:end]):
        if mention.end == end:
            return mention
    return None
