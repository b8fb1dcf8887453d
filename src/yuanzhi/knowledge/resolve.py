"""Merge the facts of many issues into one knowledge base.

The same name in two issues is one person when the organizations agree: the
same organization, one of them unknown, or one inside the other (a department
and its hospital, a hospital and its group). Positions are merged per
(title, organization); first_seen/last_seen span every issue's evidence dates
(the sentence's own date when stated, else the issue date — see extract.facts).
Output order is deterministic: people by name then first date, the rest by date.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import replace
from typing import Generic, TypeVar

from ..extract.dates import date_key
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
from .orgnames import name_map, rename_facts
from .partnerships import one_per_signing, parties_only

R = TypeVar("R", Organization, Position, Partnership)
INSTITUTION_KINDS = {"group", "hospital", "company", "government", "university"}  # what signs a partnership


def merge_organizations(
    facts: Sequence[Facts], aliases: Mapping[str, tuple[str, ...]] | None = None
) -> tuple[Organization, ...]:
    """One record per organization name (kind and parent from the first that gives
    them), with the aliases it was printed under."""
    merged: dict[str, _Fold[Organization]] = {}
    for item in facts:
        for org in item.organizations:
            known = merged.get(org.name)
            if known is None:
                merged[org.name] = _Fold(org)
                continue
            head = known.head
            kind = head.kind if head.kind != "other" else org.kind
            parent = head.parent or org.parent
            if kind != head.kind or parent != head.parent:
                known.head = replace(head, kind=kind, parent=parent)
            known.add(org.evidence)
    out = []
    for name in sorted(merged):
        org = merged[name].result()
        names = tuple(dict.fromkeys((*org.aliases, *(aliases or {}).get(name, ()))))
        out.append(replace(org, aliases=names, parent=None if org.parent == name else org.parent) if names != org.aliases or org.parent == name else org)
    return tuple(out)


def _roots(org: str | None, parents: dict[str, str | None]) -> set[str]:
    """The organization and every organization it belongs to."""
    out: set[str] = set()
    while org and org not in out:
        out.add(org)
        org = parents.get(org)
    return out


def _orgs_of(person: Person) -> set[str | None]:
    return {p.org for p in person.positions}


def compatible(a: Person, b: Person, parents: dict[str, str | None]) -> bool:
    """Whether two same-name people can be one person."""
    return a.name == b.name and _orgs_agree(_orgs_of(a), _orgs_of(b), parents)


def _orgs_agree(orgs_a: set[str | None], orgs_b: set[str | None], parents: dict[str, str | None]) -> bool:
    if None in orgs_a or None in orgs_b or not orgs_a or not orgs_b:
        return True
    for x in orgs_a:
        for y in orgs_b:
            rx, ry = _roots(x, parents), _roots(y, parents)
            if x in ry or y in rx or (rx & ry):
                return True
    return False


def _unique(items: Iterable[Evidence]) -> tuple[Evidence, ...]:
    return tuple(dict.fromkeys(items))


class _Fold(Generic[R]):
    """One record merged with later copies of itself, in linear time.

    ``head`` holds the merged scalar fields; evidence is kept once, in first-seen
    order, in a dict that grows as copies arrive (re-deduplicating the whole tuple
    at every merge made a person named in N articles cost O(N²)). A record never
    merged is returned as it came (its evidence untouched).
    """

    __slots__ = ("head", "_evidence")

    def __init__(self, first: R) -> None:
        self.head: R = first
        self._evidence: dict[Evidence, None] | None = None

    def add(self, evidence: tuple[Evidence, ...]) -> None:
        if self._evidence is None:
            self._evidence = dict.fromkeys(self.head.evidence)
        for item in evidence:
            self._evidence.setdefault(item, None)

    def result(self) -> R:
        if self._evidence is None:
            return self.head
        return replace(self.head, evidence=tuple(self._evidence))


def _position_order(p: Position) -> tuple[str, str, str, bool]:
    return (date_key(p.first_seen), p.title, p.org or "", p.org is not None)


class _Career:
    """A person's positions while merging: one fold per (title, organization)."""

    __slots__ = ("name", "folds", "orgs")

    def __init__(self, name: str) -> None:
        self.name = name
        self.folds: dict[tuple[str, str | None], _Fold[Position]] = {}
        self.orgs: set[str | None] = set()

    def add(self, position: Position) -> None:
        key = (position.title, position.org)
        known = self.folds.get(key)
        if known is None:
            self.folds[key] = _Fold(position)
            self.orgs.add(position.org)
            return
        head = known.head
        firsts = [d for d in (head.first_seen, position.first_seen) if d]
        lasts = [d for d in (head.last_seen, position.last_seen) if d]
        first = min(firsts, key=date_key) if firsts else None
        last = max(lasts, key=_end_key) if lasts else None
        if first != head.first_seen or last != head.last_seen:
            known.head = Position(head.title, head.org, first, last, head.evidence)
        known.add(position.evidence)

    def positions(self) -> tuple[Position, ...]:
        return tuple(sorted((f.result() for f in self.folds.values()), key=_position_order))


def merge_positions(positions: Iterable[Position]) -> tuple[Position, ...]:
    """One position per (title, organization): dates spanning all, evidence once each."""
    career = _Career("")
    for position in positions:
        career.add(position)
    return career.positions()


def _end_key(value: str) -> str:
    return value.split("/")[-1]


def merge_people(facts: Sequence[Facts], parents: dict[str, str | None]) -> tuple[Person, ...]:
    """Same-name people whose organizations agree become one (the first that agrees)."""
    groups: list[_Career] = []
    by_name: dict[str, list[_Career]] = {}
    for item in facts:
        for person in item.people:
            orgs = _orgs_of(person)
            same_name = by_name.setdefault(person.name, [])
            career = next((c for c in same_name if _orgs_agree(c.orgs, orgs, parents)), None)
            if career is None:
                career = _Career(person.name)
                groups.append(career)
                same_name.append(career)
            for position in person.positions:
                career.add(position)
    people = [Person(c.name, c.positions()) for c in groups]
    return tuple(
        sorted(people, key=lambda p: (p.name, date_key(p.positions[0].first_seen) if p.positions else ""))
    )


def merge_facts(facts: Sequence[Facts]) -> Facts:
    """One Facts for many issues: organizations under one name each (orgnames),
    people resolved, positions spanning their dates, one partnership per signing."""
    mapping, aliases = name_map(facts)
    facts = [rename_facts(item, mapping) for item in facts]
    organizations = merge_organizations(facts, aliases)
    parents = {org.name: org.parent for org in organizations}
    appointments: dict[tuple[str, str, str | None, str, str | None], Appointment] = {}
    events: dict[tuple[str | None, str, str, str, str], Event] = {}
    honors: dict[tuple[str, str, str | None], Honor] = {}
    patients: dict[tuple[str, str, str], PatientMention] = {}
    warnings: list[str] = []
    for item in facts:
        for a in item.appointments:
            appointments.setdefault((a.person, a.title, a.org, a.action, a.date), a)
        for e in item.events:
            events.setdefault((e.date, e.type, e.summary, e.article_id, e.source), e)
        for h in item.honors:
            honors.setdefault((h.recipient, h.honor, h.date), h)
        for m in item.patients:
            patients.setdefault((m.mention, m.source, m.article_id), m)
        warnings.extend(item.warnings)
    patient_names = {m.mention for m in patients.values()}  # a patient is never a person
    people = tuple(p for p in merge_people(facts, parents) if p.name not in patient_names)
    return Facts(
        people=people,
        organizations=organizations,
        appointments=tuple(sorted(appointments.values(), key=lambda a: (date_key(a.date), a.person, a.title))),
        events=tuple(sorted(events.values(), key=lambda e: (date_key(e.date), e.source, e.article_id))),
        honors=tuple(sorted(honors.values(), key=lambda h: (date_key(h.date), h.recipient, h.honor))),
        partnerships=tuple(
            sorted(
                one_per_signing(
                    parties_only(
                        (p for item in facts for p in item.partnerships),
                        institutions=(o.name for o in organizations if o.kind in INSTITUTION_KINDS),
                    )
                ),
                key=lambda p: (date_key(p.date), p.parties),
            )
        ),
        patients=tuple(patients.values()),
        warnings=tuple(warnings),
        listed_leaders=merge_listed(facts, patient_names),
    )


def merge_listed(facts: Sequence[Facts], patients: Collection[str] = ()) -> tuple[ListedRole, ...]:
    """One listing per (name, role, organization, date), evidence kept once each."""
    merged: dict[tuple[str, str, str | None, str | None], ListedRole] = {}
    for item in facts:
        for listed in item.listed_leaders:
            if listed.name in patients:
                continue
            key = (listed.name, listed.role, listed.org, listed.date)
            known = merged.get(key)
            if known is None:
                merged[key] = listed
            else:
                merged[key] = replace(known, evidence=_unique(known.evidence + listed.evidence))
    # by occasion, then in the order the list prints the names
    return tuple(sorted(merged.values(), key=lambda r: (date_key(r.date), r.org or "", *_place(r))))


def _place(listed: ListedRole) -> tuple[str, str, int]:
    first = listed.evidence[0] if listed.evidence else None
    return (first.source, first.quote, first.start or 0) if first else ("", "", 0)
