"""The partnerships one sentence states, with the guests the article named so far:

    甲分别与A、B、C签订联盟协议      ─▶ one alliance of all members
    A与甲、乙、丙签订帮扶协议        ─▶ one partnership per pair (partners.py)
    双方签订了合作协议              ─▶ the hospital and the guest the article named last (events.py)

A party printed under a second name the article declared (某公司（以下简称“某科技”）) is one party.
"""

from __future__ import annotations

import re

from ..model import Evidence
from .collector import Collector
from .donations import donation_signing
from .events import partnership_in, quoted
from .lexicon_loader import Lexicon
from .orgs import STRONG_KINDS, OrgMention
from .partners import planned_signing, several_partners
from .party_committees import PARTIES
from .signing_context import signing_stated
from .signing_people import in_full, signers_bodies
from .stated_partnerships import PLACES

_SIDES = ("代表双方", "代表三方", "代表各方")
GUEST_KINDS = {"hospital", "university", "company", "group"}  # institutions that sign with a hospital
_ALLIANCE = "alliance"
_OTHER = "other"


def add_partnerships(
    out: Collector, text: str, orgs: list[OrgMention], lexicon: Lexicon, home: str | None, guests: list[str],
    declared: dict[str, str], date: str | None, evidence: Evidence,
) -> None:
    """Add the sentence's partnerships, dated ``date``; ``guests`` (the article's institutions other
    than the hospital, in order) takes the sentence's."""
    guests.extend(m.parent if m.kind == "department" and m.parent else m.name for m in orgs
                  if (m.kind in GUEST_KINDS or m.kind == _OTHER and lexicon.org_kind(m.name) == _OTHER and not m.name.endswith(PLACES))
                  and (m.parent or m.name) != home and not quoted(text, m))  # 某县委党校, 某市图书馆: bodies by their word
    fulls = set(declared.values())  # a body the article declares a short name for (某市残疾人联合会（以下简称…）)
    guests.extend(declared.get(m.name, m.name) for m in orgs if (m.name in declared or m.name in fulls) and not quoted(text, m)
                  and declared.get(m.name, m.name) != home)
    both = (declared.get(full_guest(guests), full_guest(guests)), home) if home and guests else ()  # 双方: the last guest
    if not signing_stated(text, lexicon):
        return  # 家庭医生签约服务, 医共体建设: no signing between bodies (signing_context.py)
    again = any(side in text for side in _SIDES) and any(  # 甲与乙代表双方签约: a signing the article stated
        p.evidence and p.evidence[0].article_id == evidence.article_id for p in out.partnerships)
    split = several_partners(text, orgs, lexicon, home)  # A与甲、乙、丙签订帮扶协议: one per pair (partners.py)
    if split is not None and split[1] == _ALLIANCE:  # 甲分别与A、B、C签订联盟协议: one alliance of all members
        members = tuple(dict.fromkeys(p for pair in split[0] for p in pair))
        out.add_partnership(members, _ALLIANCE, date, evidence)
    for giver, receiver in split[0] if split is not None and split[1] != _ALLIANCE else ():
        kind = next((p.kind for p in out.partnerships if set(p.parties) == {giver, receiver}), split[1])  # type: ignore[index]
        out.add_partnership((giver, receiver), kind, date, evidence)
    if donation_signing(text):
        return  # 甲与乙签订捐赠协议: a gift, no partnership (donations.py)
    read = split is None and not planned_signing(text)
    printed = named_before(out, home, lexicon) if read else {}  # 县慈善总会与县人民医院签订: named in full before
    partnership = partnership_in(text, orgs, lexicon, home, (), declared, printed) if read else None  # the parties named
    signed = signers_bodies(text, out.positions, lexicon, home) if read and partnership is None and not again else None
    kind = next((k for cue, k in lexicon.partnership_cues if cue in text), None)
    if signed and kind:  # 甲某与乙某签订了合作协议: their bodies (signing_people.py), a guest named in full
        partnership = (tuple(in_full(s, guests, out.orgs, lexicon) for s in signed), kind)
    elif read and partnership is None and not again:  # 双方签订了…协议: the hospital and the guest named last
        partnership = partnership_in(text, orgs, lexicon, home, both, declared, printed)
    if partnership is not None:  # a party printed under a second name the article declared is one party
        parties = tuple(dict.fromkeys(declared.get(p, p) for p in partnership[0]))
        parties = tuple(p for p in parties if not p.startswith(PARTIES))  # 民盟某市委会's 结对帮扶: a party's service
        partnership = (parties, partnership[1]) if len(parties) >= 2 else None
    if partnership is not None:  # one signing is one partnership: the kind first stated for these parties
        kind = next((p.kind for p in out.partnerships if set(p.parties) == set(partnership[0])), partnership[1])
        out.add_partnership(partnership[0], kind, date, evidence)


_PLACE = re.compile(r"[\u4e00-\u9fff]{2,4}?([省市县区州旗])")  # the place a body's full name starts with


def named_before(out: Collector, home: str | None, lexicon: Lexicon) -> dict[str, str]:
    """Each institution named so far (as a body or as the body of a post) by its full name, and
    by its short form from the level (县人民医院 for 某县人民医院) when no other one shortens so."""
    names = {name for name in out.orgs} | {org for _p, _t, org in out.positions if org} | ({home} if home else set())
    full = {name: name for name in names if lexicon.org_kind(name) in STRONG_KINDS and len(name) >= _FULL}
    shorts: dict[str, set[str]] = {}
    for name in full:
        if (place := _PLACE.match(name)) and len(name) - place.start(1) >= _FULL:
            shorts.setdefault(name[place.start(1) :], set()).add(name)
    return full | {short: next(iter(of)) for short, of in shorts.items() if len(of) == 1 and short not in full}


_FULL = 4  # characters of the shortest name read so (县医院 is too common to stand for one body)


def full_guest(guests: list[str]) -> str:
    """The institution named last, under its full name when a short one (中医药大学) was last."""
    last = guests[-1]
    return next((g for g in guests if g != last and g.endswith(last)), last)
