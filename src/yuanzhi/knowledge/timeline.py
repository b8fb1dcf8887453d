"""Questions over a knowledge base: a person's career, who led an organization
on a date, what happened in a period. Pure functions over :class:`model.Facts`.

Dates compare as ISO prefixes, so ``2024-06`` covers every day of June. A
position's span runs from the start of its earliest date to the end of its
latest one; callers that know the date of the article behind each piece of
evidence (the archive does) pass ``dates`` (article id → date) to widen spans
with them.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Literal

from ..errors import LexiconError
from ..extract.dates import date_key
from ..model import Appointment, Event, Evidence, Facts, Position

LEADERSHIP_TITLES = Path(__file__).with_name("leadership_titles.tsv")


# ---------------------------------------------------------------- leadership titles (data)


ORG_KINDS = frozenset(
    {"group", "hospital", "company", "department", "government", "university", "association", "other"}
)


@dataclass(frozen=True)
class Ending:
    """One line of leadership_titles.tsv: titles ending so lead organizations of ``kinds``."""

    ending: str
    rank: int
    kinds: frozenset[str] | None = None  # None: every kind

    def leads(self, kind: str | None) -> bool:
        return self.kinds is None or kind is None or kind in self.kinds


@dataclass(frozen=True)
class LeadershipTitles:
    """Which titles lead an organization, and in what order (leadership_titles.tsv)."""

    endings: tuple[Ending, ...]  # in file order
    deputy_marks: tuple[str, ...] = ()

    def ending(self, title: str) -> int | None:
        """Index of the first ending ``title`` ends with, or None (staff)."""
        for index, entry in enumerate(self.endings):
            if title.endswith(entry.ending):
                return index
        return None

    def is_leading(self, title: str, kind: str | None = None) -> bool:
        """Does ``title`` lead an organization of ``kind`` (None: of some kind)?"""
        index = self.ending(title)
        return index is not None and self.endings[index].leads(kind)

    def order(self, title: str) -> tuple[int, int]:
        """Sort key: rank (a deputy one lower), then file order; staff last."""
        index = self.ending(title)
        if index is None:
            return (1_000, 0)
        deputy = any(mark in title for mark in self.deputy_marks)
        return (self.endings[index].rank + deputy, index)


def load_leadership_titles(path: Path = LEADERSHIP_TITLES) -> LeadershipTitles:
    """Read a leadership titles file; a bad line raises LexiconError naming it."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise LexiconError(str(path), 0, f"cannot read the leadership titles ({exc})") from None
    endings: list[Ending] = []
    marks: list[str] = []
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        cols = [c.strip() for c in line.split("\t")]
        word = cols[0]
        if len(cols) not in (2, 3) or not word or any(ch.isspace() for ch in word) or len(word) > 12:
            raise LexiconError(
                str(path), number, f"{line!r} is not 'ending<TAB>rank[<TAB>kinds]' or 'mark<TAB>deputy'"
            )
        if cols[1] == "deputy" and len(cols) == 2:
            marks.append(word)
        elif cols[1].isdigit():
            endings.append(Ending(word, int(cols[1]), _kinds(path, number, cols[2]) if len(cols) == 3 else None))
        else:
            raise LexiconError(str(path), number, f"rank {cols[1]!r} is neither a number nor 'deputy'")
    return LeadershipTitles(tuple(endings), tuple(marks))


def _kinds(path: Path, number: int, text: str) -> frozenset[str]:
    negated = text.startswith("!")
    named = frozenset(k.strip() for k in text.lstrip("!").split(",") if k.strip())
    unknown = sorted(named - ORG_KINDS)
    if not named or unknown:
        raise LexiconError(
            str(path), number, f"unknown organization kind {', '.join(unknown) or text!r}; use {', '.join(sorted(ORG_KINDS))}"
        )
    return ORG_KINDS - named if negated else named


@lru_cache(maxsize=1)
def default_titles() -> LeadershipTitles:
    """The shipped leadership titles (read on first use)."""
    return load_leadership_titles()


# ---------------------------------------------------------------- dates


def on_or_before(date: str | None, on: str) -> bool:
    """``date`` (or the start of a range) is not after ``on``, compared at the coarser precision."""
    key = date_key(date)
    if not key:
        return False
    size = min(len(key), len(on))
    return key[:size] <= on[:size]


def _end(value: str) -> str:
    return value.split("/")[-1]


def _span(
    positions: Iterable[Position], dates: Mapping[str, str] | None
) -> tuple[str | None, str | None, tuple[Evidence, ...]]:
    """First date, last date and evidence of positions that are one post."""
    values: list[str] = []
    evidence: dict[Evidence, None] = {}
    for p in positions:
        values.extend(d for d in (p.first_seen, p.last_seen) if d)
        for item in p.evidence:
            evidence.setdefault(item, None)
    if dates:
        values.extend(d for e in evidence if (d := dates.get(e.article_id)))
    first = min((date_key(v) for v in values), default=None)
    last = max((_end(v) for v in values), default=None)
    return first, last, tuple(evidence)


# ---------------------------------------------------------------- careers


def person_timeline(
    facts: Facts, name: str, dates: Mapping[str, str] | None = None
) -> list[Position]:
    """Every post of everyone called ``name``: one per (title, organization),
    spanning all its dates, by first date (unknown dates last)."""
    grouped: dict[tuple[str, str | None], list[Position]] = defaultdict(list)
    for person in facts.people:
        if person.name == name:
            for p in person.positions:
                grouped[(p.title, p.org)].append(p)
    out = [Position(title, org, *_span(items, dates)) for (title, org), items in grouped.items()]
    return sorted(out, key=lambda p: (p.first_seen or "9999", p.title, p.org or ""))


# ---------------------------------------------------------------- leadership


@dataclass(frozen=True)
class LeaderRow:
    """Someone holding a title at an organization on a date, and how we know."""

    person: str
    title: str
    since: str | None
    basis: Literal["appointment", "last_seen", "listed"]  # listed: named among the leaders, no post
    org: str | None = None
    last_seen: str | None = None
    evidence: tuple[Evidence, ...] = ()
    leading: bool = True  # a leadership title (else staff: 教授, 医师 …)
    appointed: str | None = None  # the date of the deciding appointment (basis "appointment")


def holders_as_of(
    facts: Facts,
    org: str,
    date: str | None = None,
    *,
    titles: LeadershipTitles | None = None,
    dates: Mapping[str, str] | None = None,
    kind: str | None = None,
) -> list[LeaderRow]:
    """Everyone holding a title at ``org`` on ``date`` (None: now, on the latest record).

    1. Appointments and removals decide where they are stated: the latest on or
       before ``date`` wins (a removal on the same day as an appointment wins);
       a removal ends the post, an appointment starts it (from the first sighting
       when no removal came between).
    2. Otherwise a post counts from when it was first seen (basis ``last_seen``:
       the row says when it was last confirmed).
    3. Succession: a leadership title someone newer has taken is no longer held
       by earlier holders not seen since the newest took it. Staff titles are
       held by many at once and are exempt.

    Which titles lead depends on the organization's ``kind`` (from the facts, else
    from its name): a 主任 at a hospital heads one of its units, not the hospital.
    Leaders come first, by rank (leadership_titles.tsv), then start date.
    """
    titles = titles or default_titles()
    kind = kind or org_kind(facts, org)
    by_name: dict[tuple[str, str], list[Position]] = defaultdict(list)
    for person in facts.people:
        for p in person.positions:
            if p.org == org:
                by_name[(person.name, p.title)].append(p)
    spans: dict[tuple[str, str], tuple[str | None, str | None, tuple[Evidence, ...]]] = {}
    for key, items in by_name.items():
        first, last, evidence = _span(items, dates)
        if date is None or (first is not None and on_or_before(first, date)):
            spans[key] = (first, last, evidence)
    decisions: dict[tuple[str, str], list[Appointment]] = defaultdict(list)
    for a in facts.appointments:
        if a.org == org and (date is None or on_or_before(a.date, date)):
            decisions[(a.person, a.title)].append(a)
    rows: dict[tuple[str, str], LeaderRow] = {}
    for (name, title), stated in decisions.items():
        stated.sort(key=lambda a: (date_key(a.date), a.action == "remove"))
        last_decision = stated[-1]
        if last_decision.action == "remove":
            continue
        ap_date = date_key(last_decision.date) or None
        seen = spans.get((name, title))
        removed_before = any(a.action == "remove" for a in stated[:-1])
        starts = [d for d in (ap_date, None if removed_before or not seen else seen[0]) if d]
        ends = [d for d in (ap_date, seen[1] if seen else None) if d]
        evidence = tuple(dict.fromkeys(last_decision.evidence + (seen[2] if seen else ())))
        rows[(name, title)] = LeaderRow(
            name, title, min(starts, default=None), "appointment", org, max(ends, default=None),
            evidence, titles.is_leading(title, kind), ap_date,
        )
    for (name, title), (first, last, evidence) in spans.items():
        if (name, title) not in decisions:
            rows[(name, title)] = LeaderRow(
                name, title, first, "last_seen", org, last, evidence, titles.is_leading(title, kind)
            )
    newest: dict[str, str] = {}
    for row in rows.values():
        if row.leading and row.since and row.since > newest.get(row.title, ""):
            newest[row.title] = row.since
    current = [
        row
        for row in rows.values()
        if not row.leading
        or not newest.get(row.title)
        or (row.last_seen or row.since or "") >= newest[row.title]
    ]
    ordered = sorted(
        current,
        key=lambda r: (titles.order(r.title) if r.leading else (1_000, 0), r.since or "9999", r.person),
    )
    posted = {row.person for row in current if row.leading}
    # people listed among the leaders come after the posts, in the order the lists print them
    listed = sorted(
        (row for row in listed_as_of(facts, org, date, dates) if row.person not in posted),
        key=lambda r: r.since or "9999",
    )
    return [r for r in ordered if r.leading] + listed + [r for r in ordered if not r.leading]


def listed_as_of(
    facts: Facts, org: str, date: str | None = None, dates: Mapping[str, str] | None = None
) -> list[LeaderRow]:
    """People a collective list (院领导甲、乙出席) names among ``org``'s leaders on or
    before ``date``: one row per person and collective word, with the sentences; no
    post is invented (basis ``listed``, the title is the word as written)."""
    grouped: dict[tuple[str, str], list[tuple[str | None, tuple[Evidence, ...]]]] = defaultdict(list)
    for listed in facts.listed_leaders:
        if listed.org != org:
            continue
        when = listed.date or next((d for e in listed.evidence if dates and (d := dates.get(e.article_id))), None)
        if date is None or (when is not None and on_or_before(when, date)):
            grouped[(listed.name, listed.role)].append((when, listed.evidence))
    rows = []
    for (name, role), sightings in grouped.items():
        whens = [w for w, _ in sightings if w]
        first = min((date_key(w) for w in whens), default=None)
        last = max((_end(w) for w in whens), default=None)
        evidence = tuple(dict.fromkeys(e for _, items in sightings for e in items))
        rows.append(LeaderRow(name, role, first, "listed", org, last, evidence))
    return rows


def org_kind(facts: Facts, org: str) -> str | None:
    """The kind the facts give ``org``, else the kind its name's ending says (None: unknown)."""
    for known in facts.organizations:
        if known.name == org and known.kind != "other":
            return known.kind
    from ..extract.lexicon_loader import default_lexicon

    return default_lexicon().org_kind(org)


def leadership_as_of(
    facts: Facts,
    org: str,
    date: str | None = None,
    *,
    titles: LeadershipTitles | None = None,
    dates: Mapping[str, str] | None = None,
    kind: str | None = None,
) -> list[LeaderRow]:
    """Who led ``org`` on ``date``: :func:`holders_as_of` without the staff."""
    return [r for r in holders_as_of(facts, org, date, titles=titles, dates=dates, kind=kind) if r.leading]


# ---------------------------------------------------------------- events


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
