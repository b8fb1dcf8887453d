"""What the web pages show, as plain JSON-ready dicts (the web's only door to the archive).

Each ``*_view`` function takes an open Archive and returns the dict one page
renders and its ``/api`` twin returns. They call the Archive reading API
(store.py, people.py, chronicle.py) and add the few web-only queries (facts of
one article, busiest departments, years with issues) — nothing here writes.
"""

from __future__ import annotations

import json
import struct
from collections import defaultdict
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from .. import model
from ..errors import NotFoundError
from ..export.chronicle_text import month_name
from . import chronicle as chron
from . import people
from .codec import from_data, to_data
from .pages import RENDER_DPI
from .search import Filters

if TYPE_CHECKING:
    from .store import Archive

T = TypeVar("T")
SCAN_DPI = 150.0  # read/scan.py's resolution for images that record none
CACHE_SIZE = 256  # views kept per archive generation (per worker thread)
ORG_KINDS = {
    "group": "集团",
    "hospital": "医院",
    "company": "企业",
    "department": "科室",
    "government": "政府部门",
    "university": "高校",
    "association": "学会/协会",
    "other": "",
}
PARTNERSHIP_KINDS = {
    "alliance": "联盟",
    "assistance": "帮扶",
    "co-construction": "共建",
    "agreement": "协议",
    "other": "合作",
}


# ---------------------------------------------------------------- home and issues


def issue_summary(summary: Any) -> dict[str, Any]:
    data: dict[str, Any] = summary.as_dict()
    data.pop("sha256", None)
    return data


def busiest_departments(archive: Archive, limit: int = 8) -> list[dict[str, Any]]:
    rows = archive.conn.execute(
        "SELECT department, count(DISTINCT article_rowid) AS n FROM bylines"
        " WHERE department IS NOT NULL AND department != ''"
        " GROUP BY department ORDER BY n DESC, department LIMIT ?",
        (limit,),
    ).fetchall()
    return [{"name": name, "articles": int(n)} for name, n in rows]


def home_view(archive: Archive, events: int = 8) -> dict[str, Any]:
    return cached(archive, ("home", events), lambda: _home_view(archive, events))


def _home_view(archive: Archive, events: int) -> dict[str, Any]:
    issues = [issue_summary(s) for s in archive.list_issues()]
    issues.sort(key=lambda i: (i["date"] or "", i["source"]), reverse=True)
    recent = chron.events(archive)[-events:][::-1]
    patients = patient_mentions(archive)
    return {
        "counts": {"issues": len(issues), "articles": sum(i["articles"] for i in issues)},
        "issues": issues,
        "recent_events": [event_item(e, patients) for e in recent],
        "departments": busiest_departments(archive),
    }


def issue_view(archive: Archive, issue_id: str) -> dict[str, Any]:
    stored = archive.get_issue(issue_id)
    data = issue_summary(stored.summary)
    data["furniture"] = list(stored.issue.furniture)
    data["unassigned"] = list(stored.issue.unassigned)
    data["article_list"] = [
        {
            "id": stable,
            "title": article.title,
            "pages": list(article.pages),
            "bylines": to_data(article.bylines),
        }
        for stable, article in zip(stored.article_ids, stored.issue.articles, strict=False)
    ]
    return data


def years(archive: Archive) -> list[int]:
    rows = archive.conn.execute(
        "SELECT DISTINCT substr(date, 1, 4) FROM issues WHERE date IS NOT NULL ORDER BY 1 DESC"
    ).fetchall()
    return [int(r[0]) for r in rows if r[0] and r[0].isdigit()]


def latest_year(archive: Archive) -> int:
    found = years(archive)
    if found:
        return found[0]
    from datetime import date

    return date.today().year


# ---------------------------------------------------------------- search


def search_view(
    archive: Archive,
    query: str,
    *,
    start: str | None = None,
    end: str | None = None,
    department: str | None = None,
    person: str | None = None,
    event_type: str | None = None,
    sort: str = "relevance",
    page: int = 1,
    per_page: int = 20,
) -> dict[str, Any]:
    filters = Filters(
        date_from=start, date_to=end, department=department, person=person, event_type=event_type
    )
    result = archive.search(
        query, filters, sort="date" if sort == "date" else "relevance", page=page, per_page=per_page
    )
    data: dict[str, Any] = to_data(result)
    data["pages"] = result.pages
    data["filters"] = to_data(filters)
    return data


# ---------------------------------------------------------------- articles


def article_facts(archive: Archive, issue_id: str, article_id: str) -> model.Facts:
    """The facts stored with the article's issue whose evidence is in this article."""
    kinds: dict[str, list[Any]] = defaultdict(list)
    for kind, data in archive.conn.execute(
        "SELECT kind, data FROM facts WHERE issue_id = ? ORDER BY kind, seq", (issue_id,)
    ):
        kinds[kind].append(json.loads(data))

    def here(evidence: Any) -> bool:
        return any(e.article_id == article_id for e in evidence)

    people_ = [from_data(model.Person, d) for d in kinds["person"]]
    people_ = [
        model.Person(p.name, tuple(pos for pos in p.positions if here(pos.evidence)))
        for p in people_
        if any(here(pos.evidence) for pos in p.positions)
    ]
    events = [from_data(model.Event, d) for d in kinds["event"]]
    return model.Facts(
        people=tuple(people_),
        organizations=tuple(
            o
            for o in (from_data(model.Organization, d) for d in kinds["organization"])
            if here(o.evidence)
        ),
        appointments=tuple(
            a
            for a in (from_data(model.Appointment, d) for d in kinds["appointment"])
            if here(a.evidence)
        ),
        events=tuple(e for e in events if e.article_id == article_id or here(e.evidence)),
        honors=tuple(
            h for h in (from_data(model.Honor, d) for d in kinds["honor"]) if here(h.evidence)
        ),
        partnerships=tuple(
            p
            for p in (from_data(model.Partnership, d) for d in kinds["partnership"])
            if here(p.evidence)
        ),
    )


def png_size(png: bytes) -> tuple[int, int] | None:
    if len(png) < 24 or png[:8] != b"\x89PNG\r\n\x1a\n":
        return None
    width, height = struct.unpack(">II", png[16:24])
    return int(width), int(height)


def png_dpi(png: bytes) -> float | None:
    """The resolution a PNG records (its pHYs chunk, pixels per metre), if any."""
    at = png.find(b"pHYs", 8, 4096)
    if at < 0 or len(png) < at + 13:
        return None
    x_ppm, _y_ppm, unit = struct.unpack(">IIB", png[at + 4 : at + 13])
    return x_ppm * 0.0254 if unit == 1 and x_ppm else None


def page_figures(archive: Archive, issue: Any, article: model.Article) -> list[dict[str, Any]]:
    """The stored page images of the article's pages, its regions as percentages of each page.

    Boxes are in points. PDF pages were rendered at RENDER_DPI; a scanned page's
    image is the original scan, read at the resolution it records (the OCR
    reader's 150 dpi when it records none).
    """
    figures = []
    for page in article.pages or tuple(sorted({r.page for r in article.regions})):
        if page not in issue.page_images:
            continue
        png = archive.page_image(issue.id, page)
        size = png_size(png) if png else None
        if png is None or size is None:
            continue
        width, height = size
        dpi = RENDER_DPI if issue.kind == "pdf" else (png_dpi(png) or SCAN_DPI)
        scale = dpi / 72
        regions = [
            {
                "left": round(100 * r.box.x0 * scale / width, 2),
                "top": round(100 * r.box.y0 * scale / height, 2),
                "width": round(100 * r.box.width * scale / width, 2),
                "height": round(100 * r.box.height * scale / height, 2),
            }
            for r in article.regions
            if r.page == page
        ]
        figures.append(
            {
                "page": page,
                "url": f"/issues/{issue.id}/pages/{page}.png",
                "width_pt": round(width / scale, 1),
                "height_pt": round(height / scale, 1),
                "regions": regions,
            }
        )
    return figures


def article_parts(
    archive: Archive, article_id: str
) -> tuple[dict[str, Any], model.Article, model.Facts]:
    """The stored article as JSON-ready data (with its issue and page images), the
    Article record, and the facts whose evidence lies in it."""
    stored = archive.get_article(article_id)
    summary = next((s for s in archive.list_issues() if s.id == stored.issue_id), None)
    if summary is None:
        raise NotFoundError(f"{archive.path}: article {article_id!r} has no issue")
    data = stored.as_dict()
    data["issue"] = {
        k: getattr(summary, k) for k in ("id", "date", "title", "number", "source", "kind")
    }
    data["page_images"] = page_figures(archive, summary, stored.article)
    return data, stored.article, article_facts(archive, stored.issue_id, stored.id)


def page_png(archive: Archive, issue_id: str, page: int) -> bytes | None:
    return archive.page_image(issue_id, page)


# ---------------------------------------------------------------- people and organizations


def _years(date: str | None, end: bool = False) -> float | None:
    """An ISO date as fractional years (the timeline chart's axis)."""
    if not date or not date[:4].isdigit():
        return None
    year = int(date[:4])
    month = int(date[5:7]) if len(date) >= 7 and date[5:7].isdigit() else (12 if end else 1)
    day = int(date[8:10]) if len(date) >= 10 and date[8:10].isdigit() else (28 if end else 1)
    return round(year + (month - 1) / 12 + (day - 1) / 365, 3)


def patient_mentions(archive: Archive) -> tuple[str, ...]:
    """Anonymized patient mentions, longest first (event summaries shown in lists hide them)."""
    rows = archive.conn.execute(
        "SELECT DISTINCT name FROM facts WHERE kind = 'patient' AND name != ''"
    )
    return tuple(sorted({r[0] for r in rows if r[0]}, key=len, reverse=True))


def hide_patients(text: str, patients: tuple[str, ...]) -> str:
    from ..export.redact import redact

    return redact(text, patients) if patients else text


def event_item(event: model.Event, patients: tuple[str, ...] = ()) -> dict[str, Any]:
    return {
        "date": event.date,
        "type": event.type,
        "summary": hide_patients(event.summary, patients),
        "article_id": event.article_id,
        "approximate": event.approximate,
    }


def cached(archive: Archive, key: tuple[Any, ...], compute: Callable[[], T]) -> T:
    """``compute()`` once per archive generation (the archive changes only by ingesting).

    The cache lives on the open Archive object (one per web worker thread) and
    is dropped as soon as an ingest bumps the generation.
    """
    generation = archive.generation()
    cache: tuple[str, dict[tuple[Any, ...], Any]] | None = getattr(
        archive, "_web_views_cache", None
    )
    if cache is None or cache[0] != generation:
        cache = (generation, {})
        archive._web_views_cache = cache  # type: ignore[attr-defined]
    table = cache[1]
    if key not in table:
        if len(table) >= CACHE_SIZE:
            table.pop(next(iter(table)))
        table[key] = compute()
    return table[key]


def person_view(archive: Archive, name: str) -> dict[str, Any]:
    return cached(archive, ("person", name), lambda: _person_view(archive, name))


def _person_view(archive: Archive, name: str) -> dict[str, Any]:
    record = people.person(archive, name)
    patients = patient_mentions(archive)
    positions = []
    labels, spans = [], []
    for span in record.positions:
        item = to_data(span)
        positions.append(item)
        start, end = _years(span.first_seen), _years(span.last_seen, end=True)
        if start is not None:
            end = max(end or start, start + 1 / 12)
            labels.append(f"{span.org or ''}{span.title}")
            spans.append([start, round(end, 3)])
    latest = max((p["last_seen"] or "" for p in positions), default="")
    return {
        "name": record.name,
        "positions": positions,
        "current": [p for p in positions if (p["last_seen"] or "") == latest],
        "appointments": [
            {**to_data(a), "article_id": a.evidence[0].article_id if a.evidence else None}
            for a in record.appointments
        ],
        "honors": to_data(record.honors),
        "articles": to_data(record.articles),
        "events": [event_item(e, patients) for e in record.events],
        "chart": {"labels": labels, "spans": spans},
    }


def _org_node(node: Any) -> dict[str, Any]:
    return {
        "name": node.name,
        "kind": node.kind,
        "kind_label": ORG_KINDS.get(node.kind, ""),
        "children": [_org_node(c) for c in node.children],
    }


def _first_article(evidence: tuple[model.Evidence, ...]) -> str | None:
    return evidence[0].article_id if evidence else None


def org_view(archive: Archive, name: str, on: str | None = None) -> dict[str, Any]:
    record = people.org(archive, name, on=on)
    return {
        "name": record.name,
        "kind": record.kind,
        "kind_label": ORG_KINDS.get(record.kind, ""),
        "parent": record.parent,
        "on": record.on,
        "on_input": record.on if record.on and len(record.on) == 10 else "",
        "leaders": [
            {
                "person": lead.name,
                "title": lead.title,
                "first_seen": lead.since,
                "last_seen": lead.last_seen,
                "basis": lead.basis,
                "evidence": to_data(lead.evidence),
            }
            for lead in record.leadership
        ],
        "tree": _org_node(record.tree),
        "partnerships": [
            {
                **to_data(p),
                "kind_label": PARTNERSHIP_KINDS.get(p.kind, ""),
                "article_id": _first_article(p.evidence),
            }
            for p in record.partnerships
        ],
        "honors": [{**to_data(h), "article_id": _first_article(h.evidence)} for h in record.honors],
        "articles": to_data(record.articles),
    }


# ---------------------------------------------------------------- chronicle and contributions


def chronicle_view(archive: Archive, year: int) -> dict[str, Any]:
    record = chron.chronicle(archive, year)
    months = []
    total = 0
    for month, entries in record.months:
        total += len(entries)
        months.append(
            {
                "month": month,
                "label": month_name(month),
                "events": [
                    {
                        "date": e.date,
                        "type": e.type,
                        "summary": hide_patients(e.summary, record.patients),
                        "article_id": e.article_id,
                        "article_title": e.article_title,
                        "approximate": e.approximate,
                    }
                    for e in entries
                ],
            }
        )
    known = years(archive)
    return {
        "year": year,
        "org": record.org,
        "total": total,
        "months": months,
        "years": sorted(set(known) | {year}, reverse=True),
    }


def contributions_view(archive: Archive, year: int, authors: int = 50) -> dict[str, Any]:
    record = chron.contributions(archive, year)
    by_dept: dict[str, list[int]] = {}
    for row in record.by_department:
        counts = by_dept.setdefault(row.department or "（未署科室）", [0] * 12)
        if 1 <= row.month <= 12:
            counts[row.month - 1] += row.articles
    by_author: dict[str, list[int]] = {}
    for row in record.by_author:
        counts = by_author.setdefault(row.author or "", [0] * 12)
        if 1 <= row.month <= 12:
            counts[row.month - 1] += row.articles

    def rows(table: dict[str, list[int]]) -> list[dict[str, Any]]:
        out = [{"name": k, "counts": v, "total": sum(v)} for k, v in table.items() if k]
        return sorted(out, key=lambda r: (-r["total"], r["name"]))

    departments = rows(by_dept)
    top = departments[:8]
    return {
        "year": year,
        "departments": departments,
        "authors": rows(by_author)[:authors],
        "years": sorted(set(years(archive)) | {year}, reverse=True),
        "chart": {
            "labels": [f"{m}月" for m in range(1, 13)],
            "series": [{"name": r["name"], "counts": r["counts"]} for r in top],
        },
    }
