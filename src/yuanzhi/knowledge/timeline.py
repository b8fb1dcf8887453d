"""Questions over a knowledge base: a person's career, who led an organization
on a date, what happened in a period. Pure functions over :class:`model.Facts`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from ..extract.dates import date_key
from ..model import Appointment, Event, Facts, Position

# titles that make someone a leader of the organization named with the title
LEADING_WORDS = ("书记", "院长", "主任", "董事长", "总经理", "总裁", "首席", "总监", "处长", "部长",
                 "科长", "局长", "会长", "主委", "理事长", "校长", "护士长", "经理", "总会计师")


@dataclass(frozen=True)
class LeaderRow:
    person: str
    title: str
    since: str | None
    basis: Literal["appointment", "last_seen"]
    org: str | None = None
    last_seen: str | None = None


def person_timeline(facts: Facts, name: str) -> list[Position]:
    """Every position of everyone called ``name``, by first_seen (unknown dates last)."""
    positions = [p for person in facts.people if person.name == name for p in person.positions]
    return sorted(positions, key=lambda p: (date_key(p.first_seen) or "9999", p.title, p.org or ""))


def _on_or_before(value: str | None, date: str) -> bool:
    key = date_key(value)
    return bool(key) and key[: len(date)] <= date


def leadership_as_of(facts: Facts, org: str, date: str) -> list[LeaderRow]:
    """Who held a leading title at ``org`` on ``date``.

    Appointments and removals decide where they are stated (a removal ends a post,
    an appointment starts one); otherwise a post counts from when it was first seen,
    with basis ``last_seen`` (the record says when it was last confirmed).
    """
    decisions: dict[tuple[str, str], list[Appointment]] = {}
    for a in facts.appointments:
        if a.org == org and a.date and _on_or_before(a.date, date):
            decisions.setdefault((a.person, a.title), []).append(a)
    rows: dict[tuple[str, str], LeaderRow] = {}
    for (name, title), items in decisions.items():
        last = max(items, key=lambda a: (date_key(a.date), a.action == "remove"))
        if last.action == "appoint":
            rows[(name, title)] = LeaderRow(name, title, last.date, "appointment", org)
    for person in facts.people:
        for p in person.positions:
            key = (person.name, p.title)
            if p.org != org or key in rows or key in decisions:
                continue
            if not any(word in p.title for word in LEADING_WORDS):
                continue
            if p.first_seen and _on_or_before(p.first_seen, date):
                rows[key] = LeaderRow(person.name, p.title, p.first_seen, "last_seen", org, p.last_seen)
    return sorted(rows.values(), key=lambda r: (_rank(r.title), date_key(r.since), r.person))


def _rank(title: str) -> int:
    order = ("党委书记", "院长", "党委副书记", "副院长", "院长助理")
    return order.index(title) if title in order else len(order)


def events_between(facts: Facts, start: str, end: str) -> list[Event]:
    """Events dated from ``start`` to ``end`` (inclusive; ISO dates or months), by date."""
    out = []
    for event in facts.events:
        key = date_key(event.date)
        if not key:
            continue
        if key >= start[: len(key)] and key[: len(end)] <= end:
            out.append(event)
    return sorted(out, key=lambda e: (date_key(e.date), e.source, e.article_id))
