"""Is the archive whole? And a canonical dump to compare two archives.

``check_archive`` looks for what a crash or a bug could leave behind:

* the database file itself (SQLite ``integrity_check``, foreign keys);
* the full-text index's own structure (FTS5 ``integrity-check``), and that it
  holds exactly one entry per article (no article missing from search, no
  entry for a deleted one), each findable by a piece of its own text;
* half-written issues: every issue's articles numbered 0…n-1 without a gap,
  every issue's facts numbered 0…n-1 per kind, page images of a PDF or scan
  issue numbered 1…n, every byline and mention pointing at an article.

``canonical_dump`` is the archive's content without what differs between two
runs that stored the same issues (times, row ids): issues, articles, facts,
bylines, mentions, page-image hashes and the hits of a few queries, per issue.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from .search import END

PROBE = 3  # characters of an article's text searched for it (one trigram)


@dataclass(frozen=True)
class CheckReport:
    issues: int
    articles: int
    facts: int
    problems: tuple[str, ...]

    @property
    def ok(self) -> bool:
        return not self.problems


def check_archive(archive: Any, probe_articles: bool = True) -> CheckReport:
    """Every problem found, as one line each (an empty tuple: the archive is whole)."""
    conn = archive.conn
    problems: list[str] = []
    if getattr(conn, "kind", "sqlite") == "sqlite":  # a bare sqlite3 connection, or db.Database
        for (line,) in conn.execute("PRAGMA integrity_check"):
            if line != "ok":
                problems.append(f"database: {line}")
        for table, rowid, parent, _ in conn.execute("PRAGMA foreign_key_check"):
            problems.append(f"database: {table} row {rowid} points at a missing {parent} row")
        problems.extend(_index_problems(archive, probe_articles))
    else:  # PostgreSQL enforces the foreign keys itself
        problems.extend(_pg_index_problems(archive))
    problems.extend(_issue_problems(conn))
    counts = [
        conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
        for t in ("issues", "articles", "facts")
    ]
    return CheckReport(counts[0], counts[1], counts[2], tuple(problems))


def _index_problems(archive: Any, probe: bool) -> list[str]:
    conn = archive.conn
    problems: list[str] = []
    try:
        conn.execute("INSERT INTO articles_fts(articles_fts, rank) VALUES ('integrity-check', 0)")
    except Exception as error:  # sqlite3.DatabaseError: the index's own structure is broken
        problems.append(f"search index: {error}")
        return problems
    if archive.tokenizer == "trigram":
        indexed = {r for (r,) in conn.execute("SELECT id FROM articles_fts_docsize")}
    else:
        indexed = {r for (r,) in conn.execute("SELECT rowid FROM articles_fts")}
    stored = dict(conn.execute("SELECT rowid, id FROM articles").fetchall())
    for rowid in sorted(set(stored) - indexed):
        problems.append(f"search index: article {stored[rowid]} is not indexed")
    for rowid in sorted(indexed - set(stored)):
        problems.append(f"search index: holds row {rowid}, which is no article")
    if probe and archive.tokenizer == "trigram":
        for rowid, article_id, text in conn.execute("SELECT rowid, id, text FROM articles"):
            piece = _probe(text)
            if piece is None or rowid not in indexed:
                continue
            found = conn.execute(
                "SELECT 1 FROM articles_fts WHERE articles_fts MATCH ? AND rowid = ?",
                ('"' + piece.replace('"', '""') + '"', rowid),
            ).fetchone()
            if found is None:
                problems.append(f"search index: article {article_id} is not found by its own text")
    return problems


PG_INDEXES = {
    "trigram": ("articles_text_trgm", "articles_title_trgm", "article_grams_gin"),
    "jieba": ("article_words_gin",),
}


def _pg_index_problems(archive: Any) -> list[str]:
    """PostgreSQL: the search indexes exist and are valid; the jieba word rows match the articles."""
    conn = archive.conn
    problems: list[str] = []
    for name in PG_INDEXES.get(archive.tokenizer, ()):
        row = conn.execute(
            "SELECT i.indisvalid FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid"
            " WHERE c.relname = ? AND c.relnamespace = current_schema()::regnamespace",
            (name,),
        ).fetchone()
        if row is None:
            problems.append(f"search index: {name} is missing")
        elif not row[0]:
            problems.append(f"search index: {name} is not valid (rebuild it with REINDEX)")
    side = "article_words" if archive.tokenizer == "jieba" else "article_grams"
    if problems == []:
        (missing,) = conn.execute(
            "SELECT count(*) FROM articles a WHERE NOT EXISTS"
            f" (SELECT 1 FROM {side} w WHERE w.rowid = a.rowid)"
        ).fetchone()
        if missing:
            problems.append(f"search index: {missing} articles are not indexed")
    return problems


def _probe(text: str) -> str | None:
    """A piece from the middle of the text, as indexed (the index holds text + END)."""
    value = text + END
    if len(value) < PROBE:
        return None
    middle = max(0, len(value) // 2 - 1)
    return value[middle : middle + PROBE]


def _issue_problems(conn: Any) -> list[str]:
    problems: list[str] = []
    for issue_id, n, low, high in conn.execute(
        "SELECT i.id, count(a.rowid), min(a.seq), max(a.seq) FROM issues i"
        " LEFT JOIN articles a ON a.issue_id = i.id GROUP BY i.id"
    ):
        if n and (low != 0 or high != n - 1):
            problems.append(f"issue {issue_id}: articles numbered {low}…{high} for {n} articles")
    for issue_id, kind, n, low, high in conn.execute(
        "SELECT issue_id, kind, count(*), min(seq), max(seq) FROM facts GROUP BY issue_id, kind"
    ):
        if low != 0 or high != n - 1:
            problems.append(f"issue {issue_id}: {kind} facts numbered {low}…{high} for {n} facts")
    for issue_id, n, low, high in conn.execute(
        "SELECT issue_id, count(*), min(page), max(page) FROM page_images GROUP BY issue_id"
    ):
        if low != 1 or high != n:
            problems.append(f"issue {issue_id}: page images numbered {low}…{high} for {n} pages")
    for (issue_id,) in conn.execute(
        "SELECT DISTINCT issue_id FROM facts WHERE issue_id NOT IN (SELECT id FROM issues)"
        " UNION SELECT DISTINCT issue_id FROM articles WHERE issue_id NOT IN (SELECT id FROM issues)"
    ):
        problems.append(f"issue {issue_id}: articles or facts without their issue row")
    for table in ("bylines", "mentions"):
        (orphans,) = conn.execute(
            f"SELECT count(*) FROM {table} WHERE article_rowid NOT IN (SELECT rowid FROM articles)"
        ).fetchone()
        if orphans:
            problems.append(f"{table}: {orphans} rows point at no article")
    return problems


# ---------------------------------------------------------------- canonical dump

DEFAULT_QUERIES = ("医院", "护士", "党委", "健康", "院长", "义诊", "科")


def canonical_dump(archive: Any, queries: Sequence[str] = DEFAULT_QUERIES) -> dict[str, Any]:
    """{"issues": {source: everything stored for it}, "search": {query: article ids}}."""
    conn = archive.conn
    issues: dict[str, Any] = {}
    for row in conn.execute(
        "SELECT id, source, sha256, date, date_source, title, number, pages, kind, warnings,"
        " parse_json FROM issues ORDER BY source"
    ):
        issue_id = row[0]
        issues[row[1]] = {
            "issue": list(row),
            "articles": _rows(
                conn,
                "SELECT a.id, a.local_id, a.seq, a.date, a.title, a.subtitle, a.kicker,"
                " a.editor_note, a.paragraphs, a.subheadings, a.sidebars, a.bylines, a.pages,"
                " a.continued, a.regions, a.lines, a.text FROM articles a"
                " WHERE a.issue_id = ? ORDER BY a.seq",
                issue_id,
            ),
            "bylines": _rows(
                conn,
                "SELECT a.id, b.department, b.author FROM bylines b JOIN articles a"
                " ON a.rowid = b.article_rowid WHERE a.issue_id = ?"
                " ORDER BY a.seq, b.department, b.author",
                issue_id,
            ),
            "mentions": _rows(
                conn,
                "SELECT a.id, m.person FROM mentions m JOIN articles a"
                " ON a.rowid = m.article_rowid WHERE a.issue_id = ? ORDER BY a.seq, m.person",
                issue_id,
            ),
            "facts": _rows(
                conn,
                "SELECT kind, seq, name, date, type, article_id, data FROM facts"
                " WHERE issue_id = ? ORDER BY kind, seq",
                issue_id,
            ),
            "page_images": [
                [page, hashlib.sha256(png).hexdigest()]
                for page, png in conn.execute(
                    "SELECT page, png FROM page_images WHERE issue_id = ? ORDER BY page",
                    (issue_id,),
                )
            ],
        }
    return {"issues": issues, "search": {q: search_hits(archive, q) for q in queries}}


def search_hits(archive: Any, query: str, per_page: int = 200) -> list[str]:
    """Every article id the query finds (all result pages), sorted."""
    found: list[str] = []
    page = 1
    while True:
        result = archive.search(query, sort="date", page=page, per_page=per_page)
        found.extend(hit.article_id for hit in result.hits)
        if page >= result.pages or not result.hits:
            return sorted(found)
        page += 1


def _rows(conn: Any, sql: str, *args: Any) -> list[list[Any]]:
    return [list(row) for row in conn.execute(sql, args)]


def dump_digest(part: Any) -> str:
    """A short hash of any part of a dump (to compare issue by issue)."""
    text = json.dumps(part, ensure_ascii=False, sort_keys=True, default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
