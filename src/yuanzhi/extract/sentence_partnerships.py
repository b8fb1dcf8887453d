"""The partnerships one sentence states, with the guests the article named so far:

    甲分别与A、B、C签订联盟协议      ─▶ one alliance of all members
    A与甲、乙、丙签订帮扶协议        ─▶ one partnership per pair (partners.py)
    双方签订了合作协议              ─▶ the hospital and the guest the article named last (events.py)

A party printed under a second name the article declared (某公司（以下简称“某科技”）) is one party.
"""

from __future__ import annotations

from ..model import Evidence
from .collector import Collector
from .events import partnership_in, quoted
from .lexicon_loader import Lexicon
from .orgs import OrgMention
from .partners import planned_signing, several_partners

GUEST_KINDS = {"hospital", "university", "company", "group"}  # institutions that sign with a hospital
_ALLIANCE = "alliance"


def add_partnerships(
    out: Collector, text: str, orgs: list[OrgMention], lexicon: Lexicon, home: str | None, guests: list[str],
    declared: dict[str, str], date: str | None, evidence: Evidence,
) -> None:
    """Add the sentence's partnerships, dated ``date``; ``guests`` (the article's institutions other
    than the hospital, in order) takes the sentence's."""
    guests.extend(m.parent if m.kind == "department" and m.parent else m.name for m in orgs
                  if m.kind in GUEST_KINDS and (m.parent or m.name) != home and not quoted(text, m))
    both = (full_guest(guests), home) if home and guests else ()  # 双方: the hospital and its last guest
    split = several_partners(text, orgs, lexicon, home)  # A与甲、乙、丙签订帮扶协议: one per pair (partners.py)
    if split is not None and split[1] == _ALLIANCE:  # 甲分别与A、B、C签订联盟协议: one alliance of all members
        members = tuple(dict.fromkeys(p for pair in split[0] for p in pair))
        out.add_partnership(members, _ALLIANCE, date, evidence)
    for giver, receiver in split[0] if split is not None and split[1] != _ALLIANCE else ():
        kind = next((p.kind for p in out.partnerships if set(p.parties) == {giver, receiver}), split[1])  # type: ignore[index]
        out.add_partnership((giver, receiver), kind, date, evidence)
    partnership = None if split is not None or planned_signing(text) else partnership_in(text, orgs, lexicon, home, both)
    if partnership is not None:  # a party printed under a second name the article declared is one party
        parties = tuple(dict.fromkeys(declared.get(p, p) for p in partnership[0]))
        partnership = (parties, partnership[1]) if len(parties) >= 2 else None
    if partnership is not None:
        out.add_partnership(partnership[0], partnership[1], date, evidence)


def full_guest(guests: list[str]) -> str:
    """The institution named last, under its full name when a short one (中医药大学) was last."""
    last = guests[-1]
    return next((g for g in guests if g != last and g.endswith(last)), last)
