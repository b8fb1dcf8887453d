"""Events over time: a date range, the year's 大事记 by month, and who wrote what."""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING

from .. import model
from . import dialect
from .records import Chronicle, ChronicleEntry, ContributionRow, Contributions

if TYPE_CHECKING:
    from .store import Archive


def in_range(date: str | None, start: str | None, end: str | None) -> bool:
    """ISO-prefix comparison: ``2024-06`` as an end covers all of June."""
    if not date:
        return False
    if start and date[: len(start)] < start[: len(date)]:
        return False
    return not (end and date[: len(end)] > end[: len(date)])


def events(
    archive: Archive, start: str | None = None, end: str | None = None, type: str | None = None
) -> list[model.Event]:
    seen: set[tuple[str | None, str]] = set()
    found = []
    where, params = ["f.kind = 'event'"], []
    if start:
        where.append("f.date >= substr(?, 1, 4)")
        params.append(start)
    if end:
        where.append("substr(f.date, 1, 4) <= substr(?, 1, 4)")
        params.append(end)
    if type:
        where.append("f.type = ?")
        params.append(type)
    for event in archive.load_facts(" AND ".join(where), params).events:
        if type and event.type != type:
            continue
        if not in_range(event.date, start, end):
            continue
        key = (event.date, event.summary)
        if key in seen:
            continue
        seen.add(key)
        found.append(event)
    found.sort(key=lambda e: (e.date or "", e.summary))
    return found


def recent_events(archive: Archive, count: int = 10) -> list[model.Event]:
    """The ``count`` latest dated events, newest first (reads only the newest rows)."""
    rows = "f.rowid IN (SELECT rowid FROM facts WHERE kind = 'event' AND date IS NOT NULL ORDER BY date DESC LIMIT ?)"
    found = events_where(archive, rows, [count * 3])
    return found[::-1][:count]


def events_where(archive: Archive, where: str, params: list[object]) -> list[model.Event]:
    seen: set[tuple[str | None, str]] = set()
    found = []
    for event in archive.load_facts(where, params).events:
        key = (event.date, event.summary)
        if event.date and key not in seen:
            seen.add(key)
            found.append(event)
    found.sort(key=lambda e: (e.date or "", e.summary))
    return found


def chronicle(archive: Archive, year: int) -> Chronicle:
    chosen = events(archive, f"{year:04d}", f"{year:04d}")
    ids = list({e.article_id for e in chosen})
    titles: dict[str, tuple[str | None, str]] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        for aid, title, source in archive.conn.execute(
            f"SELECT a.id, a.title, i.source FROM articles a JOIN issues i ON i.id = a.issue_id WHERE a.id IN ({marks})",
            chunk,
        ):
            titles[aid] = (title, source)
    months: dict[int, list[ChronicleEntry]] = defaultdict(list)
    for event in chosen:
        date = event.date or ""
        month = int(date[5:7]) if len(date) >= 7 and date[5:7].isdigit() else 0
        day = int(date[8:10]) if len(date) >= 10 and date[8:10].isdigit() else None
        title, source = titles.get(event.article_id, (None, event.source))
        months[month].append(
            ChronicleEntry(
                date or None,
                month,
                day,
                event.type,
                event.summary,
                event.article_id,
                title,
                source or event.source,
                event.approximate,
            )
        )
    hospitals = _home_hospital(archive)
    return Chronicle(
        year=year,
        months=tuple((m, tuple(months[m])) for m in sorted(months)),
        patients=archive.patient_mentions(),
        org=hospitals,
    )


def _home_hospital(archive: Archive) -> str | None:
    """The hospital the newsletter is about: the one most people hold titles in."""
    kind = archive.conn.kind
    org = dialect.json_field(kind, "p.value", "org")
    row = archive.conn.execute(
        f"SELECT {org} AS org, count(*) AS n"
        f" FROM facts f, {dialect.json_items(kind, 'f.data', 'positions', 'p')}"
        f" WHERE f.kind = 'person' AND {org} IN"
        "  (SELECT name FROM facts WHERE kind = 'organization' AND type = 'hospital')"
        " GROUP BY 1 ORDER BY n DESC, org LIMIT 1"
    ).fetchone()
    if row is not None:
        return str(row[0])
    row = archive.conn.execute(
        "SELECT name, count(*) AS n FROM facts WHERE kind = 'organization' AND type = 'hospital'"
        " GROUP BY name ORDER BY n DESC, name LIMIT 1"
    ).fetchone()
    return str(row[0]) if row else None


def contributions(archive: Archive, year: int) -> Contributions:
    """Articles per department and per author, per month of ``year`` (month 0: unknown)."""
    params = (f"{year:04d}",)
    month = "CAST(CASE WHEN length(a.date) >= 7 THEN substr(a.date, 6, 2) ELSE '0' END AS INTEGER)"
    by_dept = archive.conn.execute(
        f"SELECT b.department, {month} AS m, count(DISTINCT a.rowid) FROM bylines b"
        " JOIN articles a ON a.rowid = b.article_rowid WHERE substr(a.date, 1, 4) = ?"
        " GROUP BY b.department, m ORDER BY b.department NULLS FIRST, m",
        params,
    ).fetchall()
    by_author = archive.conn.execute(
        f"SELECT b.department, b.author, {month} AS m, count(DISTINCT a.rowid) FROM bylines b"
        " JOIN articles a ON a.rowid = b.article_rowid WHERE substr(a.date, 1, 4) = ? AND b.author IS NOT NULL"
        " GROUP BY b.department, b.author, m ORDER BY b.department NULLS FIRST, b.author, m",
        params,
    ).fetchall()
    totals = archive.conn.execute(
        "SELECT coalesce(b.department, ''), count(DISTINCT a.rowid) AS n FROM bylines b"
        " JOIN articles a ON a.rowid = b.article_rowid WHERE substr(a.date, 1, 4) = ?"
        " GROUP BY b.department ORDER BY n DESC, b.department NULLS FIRST",
        params,
    ).fetchall()
    return Contributions(
        year=year,
        by_department=tuple(ContributionRow(d, None, int(m), int(n)) for d, m, n in by_dept),
        by_author=tuple(ContributionRow(d, a, int(m), int(n)) for d, a, m, n in by_author),
        totals=tuple((d, int(n)) for d, n in totals),
    )
