"""Writing one issue: its rows in every table, inside the caller's transaction (store.py)."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from .. import model
from . import search
from .codec import dumps
from .db import Database
from .facts_rows import first_article, restamp_facts
from .segment import Segmenter


def new_key(db: Database, source: str, scan: bool = False) -> str:
    """A stable, unused issue key made from the source file's name."""
    stem = Path(source).stem or "issue"
    if scan:  # a scanned issue is named by its first page: 院报-2024-05_p1 → 院报-2024-05
        stem = re.sub(r"[-_ ]?(?:p|page|第)?0*1页?$", "", stem, flags=re.IGNORECASE) or stem
    base = re.sub(r"[^\w\-]+", "-", stem).strip("-")[:60] or "issue"
    key, n = base, 1
    while db.execute("SELECT 1 FROM issues WHERE id = ?", (key,)).fetchone():
        n += 1
        key = f"{base}-{n}"
    return key

def insert_issue(
    conn: Database,
    tokenizer: search.Tokenizer,
    segmenter: Segmenter,
    key: str,
    sha: str,
    issue: model.Issue,
) -> dict[str, str]:
    """The issue row, its articles, bylines and index entries; article id → stable id."""
    conn.execute(
        "INSERT INTO issues(id, source, sha256, date, date_source, title, number, pages, kind,"
        " warnings, ingested_at, parse_json) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
        (
            key,
            issue.source,
            sha,
            issue.date,
            issue.date_source,
            issue.title,
            issue.number,
            issue.pages,
            issue.kind,
            json.dumps(list(issue.warnings), ensure_ascii=False),
            datetime.now(UTC).isoformat(timespec="seconds"),
            dumps(replace(issue, articles=())),  # the articles live in their table
        ),
    )
    return insert_articles(conn, tokenizer, segmenter, key, issue)


def insert_articles(
    conn: Database,
    tokenizer: search.Tokenizer,
    segmenter: Segmenter,
    key: str,
    issue: model.Issue,
) -> dict[str, str]:
    """The issue's articles, bylines and index entries (its row exists); article id → stable id."""
    stable: dict[str, str] = {}
    index_rows: list[tuple[int, str | None, str]] = []
    for seq, article in enumerate(issue.articles):
        article_id = f"{key}:{article.id}"
        stable[article.id] = article_id
        text = article.text
        inserted = conn.execute(
            "INSERT INTO articles(id, issue_id, local_id, seq, date, title, subtitle, kicker,"
            " editor_note, paragraphs, subheadings, sidebars, bylines, pages, continued, regions,"
            " lines, text) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) RETURNING rowid",
            (
                article_id,
                key,
                article.id,
                seq,
                issue.date,
                article.title,
                article.subtitle,
                article.kicker,
                article.editor_note,
                dumps(article.paragraphs),
                dumps(article.subheadings),
                dumps(article.sidebars),
                dumps(article.bylines),
                dumps(article.pages),
                int(article.continued),
                dumps(article.regions),
                dumps(article.lines) if article.lines else None,
                text,
            ),
        )
        rowid = int(inserted.scalar_one())
        index_rows.append((rowid, article.title, text))
        rows = [
            (rowid, b.department, a) for b in article.bylines for a in (b.authors or (None,))
        ]
        conn.executemany(
            "INSERT INTO bylines(article_rowid, department, author) VALUES (?, ?, ?)", rows
        )
    search.index_articles(conn, tokenizer, segmenter, index_rows)
    return stable

def insert_facts(
    conn: Database,
    key: str,
    issue: model.Issue,
    facts: model.Facts | None,
    stable: dict[str, str],
) -> None:
    if facts is None:
        return
    facts = restamp_facts(facts, stable)
    rows: list[tuple[Any, ...]] = []

    def add(
        kind: str,
        seq: int,
        name: str | None,
        date: str | None,
        type_: str | None,
        article: str | None,
        record: Any,
    ) -> None:
        rows.append((key, kind, seq, name, date, type_, article, dumps(record)))

    for i, person in enumerate(facts.people):
        add(
            "person",
            i,
            person.name,
            None,
            None,
            first_article(p.evidence for p in person.positions),
            person,
        )
    for i, org in enumerate(facts.organizations):
        add(
            "organization",
            i,
            org.name,
            None,
            org.kind,
            first_article([org.evidence]),
            org,
        )
    for i, ap in enumerate(facts.appointments):
        add(
            "appointment",
            i,
            ap.person,
            ap.date,
            ap.action,
            first_article([ap.evidence]),
            ap,
        )
    for i, ev in enumerate(facts.events):
        add("event", i, None, ev.date, ev.type, ev.article_id, ev)
    for i, honor in enumerate(facts.honors):
        add(
            "honor",
            i,
            honor.recipient,
            honor.date,
            None,
            first_article([honor.evidence]),
            honor,
        )
    for i, part in enumerate(facts.partnerships):
        add(
            "partnership",
            i,
            "、".join(part.parties),
            part.date,
            part.kind,
            first_article([part.evidence]),
            part,
        )
    for i, patient in enumerate(facts.patients):
        add("patient", i, patient.mention, None, None, patient.article_id, patient)
    for i, listed in enumerate(facts.listed_leaders):  # 院领导甲、乙出席: among the leaders, no post
        add("listed_leader", i, listed.name, listed.date, listed.role, first_article([listed.evidence]), listed)
    conn.executemany(
        "INSERT INTO facts(issue_id, kind, seq, name, date, type, article_id, data)"
        " VALUES (?,?,?,?,?,?,?,?)",
        rows,
    )
    names = {p.name for p in facts.people} | {a.person for a in facts.appointments}
    mentions = [
        (name, rowid)
        for rowid, text in conn.execute(
            "SELECT rowid, text FROM articles WHERE issue_id = ?", (key,)
        )
        for name in names
        if name and name in text
    ]
    conn.executemany(
        "INSERT INTO mentions(person, article_rowid) VALUES (?, ?) ON CONFLICT DO NOTHING",
        mentions,
    )
