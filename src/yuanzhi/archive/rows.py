"""Database rows to the reading API's records (the SELECTs and their mapping)."""

from __future__ import annotations

import json
from typing import Any

from .. import model
from .codec import from_data
from .db import Kind
from .dialect import group_concat
from .records import IssueSummary, StoredArticle


def issue_select(kind: Kind) -> str:
    return (
        "SELECT i.id, i.source, i.sha256, i.date, i.date_source, i.title, i.number, i.pages, i.kind,"
        " (SELECT count(*) FROM articles a WHERE a.issue_id = i.id), i.warnings, i.ingested_at,"
        f" (SELECT {group_concat(kind, 'page')} FROM page_images p WHERE p.issue_id = i.id)"
        " FROM issues i"
    )


def summary_from_row(row: Any) -> IssueSummary:
    pages = tuple(sorted(int(p) for p in row[12].split(","))) if row[12] else ()
    return IssueSummary(
        id=row[0],
        source=row[1],
        sha256=row[2],
        date=row[3],
        date_source=row[4],
        title=row[5],
        number=row[6],
        pages=row[7],
        kind=row[8],
        articles=int(row[9]),
        warnings=tuple(json.loads(row[10])),
        ingested_at=row[11],
        page_images=pages,
    )


ARTICLE_SELECT = (
    "SELECT a.id, a.issue_id, i.source, a.date, a.local_id, a.title, a.subtitle, a.kicker,"
    " a.editor_note, a.paragraphs, a.subheadings, a.sidebars, a.bylines, a.pages, a.continued,"
    " a.regions, a.lines FROM articles a JOIN issues i ON i.id = a.issue_id"
)


def article_from_row(row: Any) -> StoredArticle:
    data = {
        "id": row[4],
        "title": row[5],
        "subtitle": row[6],
        "kicker": row[7],
        "editor_note": row[8],
        "paragraphs": json.loads(row[9]),
        "subheadings": json.loads(row[10]),
        "sidebars": json.loads(row[11]),
        "bylines": json.loads(row[12]),
        "pages": json.loads(row[13]),
        "continued": bool(row[14]),
        "regions": json.loads(row[15]),
        "lines": json.loads(row[16]) if row[16] else None,
    }
    return StoredArticle(
        id=row[0],
        issue_id=row[1],
        source=row[2],
        date=row[3],
        article=from_data(model.Article, data),
    )
