"""CSV and JSON exports: the 大事记 as rows, contributions as a month grid.

Cells come from newsletter text, which anyone can print; a spreadsheet would
run a cell that starts with ``=``, ``+``, ``-``, ``@`` (or a tab or carriage
return before one) as a formula. ``safe_cell`` quotes such a cell with a
leading apostrophe (OWASP's advice for CSV injection), so the export opens as
text in Excel, LibreOffice and WPS.
"""

from __future__ import annotations

import csv
import io
import json

from ..archive.records import Chronicle, Contributions
from . import chronicle_text as ct
from .redact import redact

CHRONICLE_COLUMNS = ("日期", "月", "日", "类型", "事件", "文章", "来源", "文章ID")


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "＝", "＋", "－", "＠")


def safe_cell(value: object) -> object:
    """A text cell a spreadsheet will not evaluate; numbers pass unchanged."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def _csv(rows: list[list[object]]) -> str:
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows([[safe_cell(v) for v in row] for row in rows])
    return out.getvalue()


def chronicle_csv(chronicle: Chronicle) -> str:
    rows: list[list[object]] = [list(CHRONICLE_COLUMNS)]
    for _, entries in chronicle.months:
        for e in entries:
            rows.append(
                [
                    e.date or "",
                    e.month or "",
                    "" if e.day is None or e.approximate else e.day,
                    e.type,
                    ct.entry_summary(e, chronicle.patients),
                    redact(e.article_title or "", chronicle.patients),
                    e.source,
                    e.article_id,
                ]
            )
    return _csv(rows)


def chronicle_json(chronicle: Chronicle) -> str:
    data = chronicle.as_dict()
    data.pop("patients", None)
    for _, entries in data["months"]:
        for entry in entries:
            entry["summary"] = redact(entry["summary"], chronicle.patients)
            entry["article_title"] = (
                redact(entry["article_title"] or "", chronicle.patients) or None
            )
    return json.dumps(data, ensure_ascii=False, indent=2)


def contributions_csv(contributions: Contributions) -> str:
    """One row per department (作者 「合计」) then per author: articles in months 1–12 and the year."""
    header: list[object] = ["科室", "作者", *[f"{m}月" for m in range(1, 13)], "月份不详", "全年"]
    grid: dict[tuple[str, str], list[int]] = {}
    for row in contributions.by_department:
        grid.setdefault((row.department or "", "合计"), [0] * 13)[row.month % 13] += row.articles
    for row in contributions.by_author:
        grid.setdefault((row.department or "", row.author or ""), [0] * 13)[row.month % 13] += (
            row.articles
        )
    rows: list[list[object]] = [header]
    for (department, author), counts in sorted(
        grid.items(), key=lambda kv: (kv[0][0], kv[0][1] != "合计", kv[0][1])
    ):
        rows.append([department, author, *counts[1:], counts[0], sum(counts)])
    return _csv(rows)
