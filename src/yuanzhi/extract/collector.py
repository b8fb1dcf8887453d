"""Facts of one issue as they are gathered: one record per fact, evidence accumulating,
then frozen into :class:`yuanzhi.model.Facts`."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from ..model import (
    Appointment,
    Event,
    Evidence,
    Facts,
    Honor,
    ListedRole,
    Organization,
    Partnership,
    PatientMention,
    Person,
    Position,
)
from .aliased_holders import full_holders, held_in_full
from .held_bodies import government_office, holder_of
from .lexicon_loader import Lexicon
from .media_units import with_stations
from .orgs import OrgMention
from .recorded_kinds import recorded_kind
from .registered_groups import canonical, declared_groups, printed_unit, registered_groups
from .sentences import fold_name
from .stationed_bodies import stationed_in_full


@dataclass
class Collector:
    lexicon: Lexicon
    positions: dict[tuple[str, str, str | None], list[tuple[Evidence, str | None]]] = field(default_factory=dict)
    written: set[tuple[str, str, str | None]] = field(default_factory=set)  # org written with the title
    orgs: dict[str, Organization] = field(default_factory=dict)
    appointments: list[Appointment] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    honors: list[Honor] = field(default_factory=list)
    partnerships: list[Partnership] = field(default_factory=list)
    patients: list[PatientMention] = field(default_factory=list)
    listed: dict[tuple[str, str, str | None, str | None], ListedRole] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)

    def add_org(self, mention: OrgMention | None, evidence: Evidence | None = None) -> None:
        if mention is None or len(mention.name) < 2:
            return
        if any(mention.name in org.aliases for org in self.orgs.values()):
            return  # a name already known as another organization's alias
        if government_office(mention.name, mention.kind, mention.parent):
            mention = replace(mention, kind="government", parent=None)  # 某市人民政府外事办公室 (held_bodies.py)
        if mention.parent is None and (holder := holder_of(mention.name, mention.kind, self.lexicon)):
            mention = replace(mention, parent=holder)  # 某林业局医院: the bureau's hospital (held_bodies.py)
        if mention.parent and mention.parent not in self.orgs:
            parent_kind = self.lexicon.org_kind(mention.parent) or "other"
            self.orgs[mention.parent] = Organization(mention.parent, parent_kind)  # type: ignore[arg-type]
        known = self.orgs.get(mention.name)
        if known is None:
            self.orgs[mention.name] = Organization(
                mention.name, mention.kind, mention.parent, (evidence,) if evidence else ()  # type: ignore[arg-type]
            )
        elif known.parent is None and mention.parent and mention.parent != mention.name:
            self.orgs[mention.name] = replace(known, parent=mention.parent)

    def add_alias(self, name: str, alias: str, kind: str) -> None:
        """``alias`` is another way the issue prints the organization ``name`` (省医, 县人民医院)."""
        if alias == name or len(alias) < 2:
            return
        owner = next((o.name for o in self.orgs.values() if name in o.aliases and alias != o.name
                      and not o.name.endswith(name)), None)  # (a name's tail, 某乡卫生院 of 某县某乡卫生院, keeps its own)
        name = owner or name  # 县检察院 of 某县检察院, itself declared for 某县人民检察院: that body's
        if alias == name:
            return
        known = self.orgs.get(name) or Organization(name, kind)  # type: ignore[arg-type]
        if alias not in known.aliases:
            self.orgs[name] = replace(known, aliases=(*known.aliases, alias))
        self.orgs.pop(alias, None)  # the short form is no organization of its own

    def add_partnership(self, parties: tuple[str, ...], kind: str, date: str | None, evidence: Evidence) -> None:
        """One partnership per (parties, kind) in an issue; the first stated date wins."""
        for index, known in enumerate(self.partnerships):
            if set(known.parties) == set(parties) and known.kind == kind:
                self.partnerships[index] = Partnership(
                    known.parties, known.kind, known.date or date, known.evidence + (evidence,)
                )
                return
        self.partnerships.append(Partnership(parties, kind, date, (evidence,)))  # type: ignore[arg-type]

    def add_listed(self, role: ListedRole) -> None:
        """One listing per (name, role, organization, date); evidence accumulates."""
        key = (role.name, role.role, role.org, role.date)
        known = self.listed.get(key)
        self.listed[key] = role if known is None else replace(known, evidence=known.evidence + role.evidence)

    def add_honor(self, honor: Honor) -> None:
        """One honor per (recipient, honor) in an issue; the most precise date wins."""
        for index, known in enumerate(self.honors):
            if (known.recipient, known.honor) == (honor.recipient, honor.honor):
                date = max((known.date or "", honor.date or ""), key=len) or None
                self.honors[index] = Honor(known.recipient, known.honor, date, known.evidence + honor.evidence)
                return
        self.honors.append(honor)

    def add_position(
        self, name: str, title: str, org: str | None, evidence: Evidence, when: str | None, written: bool = True
    ) -> None:
        name = fold_name(name)  # a person's variant character is folded (not a standard one: 蘋), an organization's kept (sentences.py)
        title = self.lexicon.listed_post(title)  # 原院长, 挂职副院长: listed under the post (GOLD_SPEC §6)
        if title in self.lexicon.degree_titles:
            return  # 主任医师某某博士: a degree is no post (GOLD_SPEC §1)
        self.positions.setdefault((name, title, org), []).append((evidence, when))
        if written:
            self.written.add((name, title, org))

    def settle_positions(self) -> None:
        """A title whose organization was only inferred (the issue's hospital, a neighbour's)
        joins the same title with a written organization, when the issue has one."""
        for key in list(self.positions):
            if key in self.written:
                continue
            name, title, _org = key
            target = next((k for k in self.positions if k[:2] == (name, title) and k in self.written), None)
            if target is not None:
                self.positions[target].extend(self.positions.pop(key))


def collector_to_facts(out: Collector, issue_date: str | None) -> Facts:
    _registered_names(out)
    _stationed_senders(out)
    _held_in_full(out)
    out.settle_positions()
    by_name: dict[str, list[Position]] = {}
    patients = {m.mention for m in out.patients}
    for (name, title, org), items in out.positions.items():
        if name in patients:
            out.warnings.append(f"{name}: named as a patient in this issue, so not listed among people")
            continue
        dates = sorted(w for _e, w in items if w)
        position = Position(
            title, org, dates[0] if dates else None, dates[-1] if dates else None, tuple(e for e, _w in items)
        )
        by_name.setdefault(name, []).append(position)
    people = tuple(
        Person(name, tuple(sorted(positions, key=lambda p: (p.first_seen or "", p.title, p.org or ""))))
        for name, positions in by_name.items()
    )
    warnings = tuple(dict.fromkeys(out.warnings))
    full = {alias: o.name for o in out.orgs.values() for alias in o.aliases}  # 市某台 for 某市某台: a party by its full name
    partnerships = tuple(
        Partnership(parties, p.kind, p.date or issue_date, p.evidence) for p in out.partnerships
        if len(parties := _full_parties(p.parties, full)) >= _PARTIES  # 市三院 and 某市第三人民医院: one body, no partners
    )
    return Facts(
        people=people,
        organizations=with_stations(
            tuple(replace(o, kind=recorded_kind(o.name, o.kind, o.parent)) for o in out.orgs.values())  # type: ignore[arg-type]
        ),
        appointments=tuple(replace(a, title=out.lexicon.listed_post(a.title)) for a in out.appointments),
        events=tuple(out.events),
        honors=tuple(out.honors),
        partnerships=partnerships,
        patients=tuple(out.patients),
        listed_leaders=tuple(r for r in out.listed.values() if r.name not in patients),
        warnings=warnings,
    )


def _full_parties(parties: tuple[str, ...], full: dict[str, str]) -> tuple[str, ...]:
    """The parties by the full names their short forms stand for (a body written twice is one party)."""
    return tuple(dict.fromkeys(full.get(party, party) for party in parties))


_PARTIES = 2  # a partnership has two parties or more


def _held_in_full(out: Collector) -> None:
    """A post held at a body's short form: the body by its recorded name (aliased_holders.py)."""
    holders = full_holders(out.orgs)
    for key in [k for k in out.positions if k[2]]:
        full = held_in_full(key[2], holders)
        if full != key[2]:
            out.positions.setdefault((key[0], key[1], full), []).extend(out.positions.pop(key))
            if key in out.written:
                out.written.add((key[0], key[1], full))


def _stationed_senders(out: Collector) -> None:
    """市纪委监委驻某局纪检监察组 after 某市纪委监委 was printed: the sender in full (stationed_bodies.py)."""
    senders = {alias: o.name for o in out.orgs.values() for alias in o.aliases}
    for key in [k for k in out.positions if k[2] and "驻" in k[2]]:
        full = stationed_in_full(key[2], senders)
        if full != key[2]:
            out.positions.setdefault((key[0], key[1], full), []).extend(out.positions.pop(key))
            if key in out.written:
                out.written.add((key[0], key[1], full))
    for name in [n for n in out.orgs if "驻" in n]:
        full = stationed_in_full(name, senders) or name
        body = out.orgs.pop(name)
        if body.parent and "驻" in body.parent:  # 某委纪检监察组: the senders' organ, no unit of the body it sits in
            body = replace(body, kind=out.lexicon.org_kind(full) or body.kind, parent=None)  # type: ignore[arg-type]
        out.orgs.setdefault(full, replace(body, name=full))


def _registered_names(out: Collector) -> None:
    """A group printed under its registered name: its short forms, the units under them and the
    parents naming them take the registered name (registered_groups.py)."""
    groups = registered_groups([name for name, o in out.orgs.items() if o.kind == "company"])
    declared = declared_groups([(name, o.aliases) for name, o in out.orgs.items() if o.kind == "company"])
    if not groups and not declared:
        return
    lexicon = out.lexicon
    printed = list(out.orgs)
    for key in list(out.positions):
        person, title, held = key
        full = canonical(held, groups, lexicon, declared)
        full = printed_unit(full, printed) if full is not None else full  # 第二巡察组 after 某公司党委第二巡察组
        if full != held:
            out.positions.setdefault((person, title, full), []).extend(out.positions.pop(key))
            if key in out.written:
                out.written.add((person, title, full))
    for name, body in list(out.orgs.items()):
        whole = canonical(name, groups, lexicon, declared) or name
        parent = canonical(body.parent, groups, lexicon, declared)
        if whole != name:
            out.orgs.pop(name)
            if whole not in out.orgs:
                out.orgs[whole] = replace(body, name=whole, parent=parent if parent != whole else None)
        elif parent != body.parent:
            out.orgs[name] = replace(body, parent=parent if parent != name else None)
