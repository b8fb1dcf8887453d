"""Merge the facts of many issues into one knowledge base.

The same name in two issues is one person when the organizations agree: the
same organization, one of them unknown, or one inside the other (a department
and its hospital, a hospital and its group). Positions are merged per
(title, organization); first_seen/last_seen span every issue's evidence dates
(the sentence's own date when stated, else the issue date — see extract.facts).
Output order is deterministic: people by name then first date, the rest by date.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from ..extract.dates import date_key
from ..model import (
    Appointment,
    Event,
    Evidence,
    Facts,
    Honor,
    Organization,
    Partnership,
    PatientMention,
    Person,
    Position,
)


def merge_organizations(facts: Sequence[Facts]) -> tuple[Organization, ...]:
    merged: dict[str, Organization] = {}
    for item in facts:
        for org in item.organizations:
            known = merged.get(org.name)
            if known is None:
                merged[org.name] = org
                continue
            kind = known.kind if known.kind != "other" else org.kind
            parent = known.parent or org.parent
            merged[org.name] = Organization(org.name, kind, parent, _unique(known.evidence + org.evidence))
    return tuple(merged[name] for name in sorted(merged))


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
    if a.name != b.name:
        return False
    orgs_a, orgs_b = _orgs_of(a), _orgs_of(b)
    if None in orgs_a or None in orgs_b or not orgs_a or not orgs_b:
        return True
    for x in orgs_a:
        for y in orgs_b:
            rx, ry = _roots(x, parents), _roots(y, parents)
            if x in ry or y in rx or (rx & ry):
                return True
    return False


def _unique(items: Iterable[Evidence]) -> tuple[Evidence, ...]:
    seen: dict[Evidence, None] = {}
    for item in items:
        seen.setdefault(item, None)
    return tuple(seen)


def merge_positions(positions: Iterable[Position]) -> tuple[Position, ...]:
    by_key: dict[tuple[str, str | None], Position] = {}
    for position in positions:
        key = (position.title, position.org)
        known = by_key.get(key)
        if known is None:
            by_key[key] = position
            continue
        firsts = [d for d in (known.first_seen, position.first_seen) if d]
        lasts = [d for d in (known.last_seen, position.last_seen) if d]
        by_key[key] = Position(
            position.title,
            position.org,
            min(firsts, key=date_key) if firsts else None,
            max(lasts, key=_end_key) if lasts else None,
            _unique(known.evidence + position.evidence),
        )
    return tuple(sorted(by_key.values(), key=lambda p: (date_key(p.first_seen), p.title, p.org or "")))


def _end_key(value: str) -> str:
    return value.split("/")[-1]


def merge_people(facts: Sequence[Facts], parents: dict[str, str | None]) -> tuple[Person, ...]:
    groups: list[Person] = []
    for item in facts:
        for person in item.people:
            for index, known in enumerate(groups):
                if compatible(known, person, parents):
                    groups[index] = Person(known.name, merge_positions(known.positions + person.positions))
                    break
            else:
                groups.append(Person(person.name, merge_positions(person.positions)))
    return tuple(
        sorted(groups, key=lambda p: (p.name, date_key(p.positions[0].first_seen) if p.positions else ""))
    )


def merge_facts(facts: Sequence[Facts]) -> Facts:
    """One Facts for many issues: people resolved, positions spanning their dates."""
    organizations = merge_organizations(facts)
    parents = {org.name: org.parent for org in organizations}
    appointments: dict[tuple[str, str, str | None, str, str | None], Appointment] = {}
    events: dict[tuple[str | None, str, str, str, str], Event] = {}
    honors: dict[tuple[str, str, str | None], Honor] = {}
    partnerships: dict[tuple[frozenset[str], str], Partnership] = {}
    patients: dict[tuple[str, str, str], PatientMention] = {}
    warnings: list[str] = []
    for item in facts:
        for a in item.appointments:
            appointments.setdefault((a.person, a.title, a.org, a.action, a.date), a)
        for e in item.events:
            events.setdefault((e.date, e.type, e.summary, e.article_id, e.source), e)
        for h in item.honors:
            honors.setdefault((h.recipient, h.honor, h.date), h)
        for p in item.partnerships:
            key = (frozenset(p.parties), p.kind)
            known = partnerships.get(key)
            if known is None:
                partnerships[key] = p
            else:
                dates = [d for d in (known.date, p.date) if d]
                partnerships[key] = Partnership(
                    known.parties, known.kind, min(dates, key=date_key) if dates else None,
                    _unique(known.evidence + p.evidence),
                )
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
        partnerships=tuple(sorted(partnerships.values(), key=lambda p: (date_key(p.date), p.parties))),
        patients=tuple(patients.values()),
        warnings=tuple(warnings),
    )
