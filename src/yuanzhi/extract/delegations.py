"""A visiting delegation: ``某大学副校长甲率教务处处长乙、研究生院副院长丙一行来到我院``.

The people a leader leads (率, 率领, 带领 … 一行) come from the leader's institution: a bare
unit written with their post (教务处, 研究生院) is that institution's unit, and a post written
without any unit is the institution's, not the hospital the news is about.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .lexicon_loader import Lexicon
from .mentions import PersonMention
from .orgs import OrgMention

_LEADS = re.compile(r"率领|带领|率")
_PARTY_END = re.compile(r"一行|等人|[。；！？]")
_INSTITUTIONS = {"hospital", "university", "group", "company", "government", "association"}


def delegation_orgs(
    sentence: str, mentions: Sequence[PersonMention], lexicon: Lexicon, home: str | None
) -> dict[int, OrgMention]:
    """For each mention (by index) led by another institution's leader: the organization its post is of."""
    out: dict[int, OrgMention] = {}
    leaders: dict[int, PersonMention] = {}  # where a post with its body ends -> the first such (read once)
    for m in mentions:
        if m.org is not None:
            leaders.setdefault(m.end, m)
    for cue in _LEADS.finditer(sentence):
        leader = leaders.get(cue.start())
        institution = _institution(leader.org, lexicon) if leader is not None and leader.org is not None else None
        if institution is None or institution.name == home:
            continue
        stop = _PARTY_END.search(sentence, cue.end())
        if stop is None or stop.group(0) != "一行":
            continue  # 率队 … without 一行: the led may be anyone's staff
        for index, mention in enumerate(mentions):
            if not cue.end() <= mention.start < stop.start():
                continue
            org = mention.org
            if org is None:
                out[index] = institution
            elif org.kind == "department" and org.parent in (None, home):
                name = institution.name + org.text
                out[index] = OrgMention(org.start, org.end, org.text, name, "department", institution.name)
    return out


def _institution(org: OrgMention, lexicon: Lexicon) -> OrgMention | None:
    if org.kind in _INSTITUTIONS:
        return org
    if org.kind == "department" and org.parent:
        return OrgMention(org.start, org.end, org.parent, org.parent, lexicon.org_kind(org.parent) or "other")
    return None


def deputy_orgs(mentions: Sequence[PersonMention]) -> dict[int, OrgMention]:
    """``某县卫生健康局局长甲出席会议并讲话，副局长乙主持会议``: a deputy written without an
    organization, after the head of one in the same sentence, is that organization's deputy."""
    out: dict[int, OrgMention] = {}
    heads: dict[str, OrgMention] = {}
    for index, mention in enumerate(mentions):
        if mention.org is None and mention.title.startswith(_DEPUTY) and mention.title[len(_DEPUTY) :] in heads:
            out[index] = heads[mention.title[len(_DEPUTY) :]]
        elif mention.org is not None and mention.org.kind != "department":
            heads.setdefault(mention.title, mention.org)
    return out


_DEPUTY = "副"
