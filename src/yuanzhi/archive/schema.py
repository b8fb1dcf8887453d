"""The archive's tables and the migrations that build them.

One SQLite file. ``schema_version`` records every migration applied; opening an
archive applies the missing ones in order inside one transaction. The full-text
index is created separately (see search.py) because its shape depends on the
tokenizer chosen when the archive was created.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime

from ..errors import ArchiveError

_V1 = """
CREATE TABLE IF NOT EXISTS meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE issues (
    id TEXT PRIMARY KEY,              -- stable key made from the source name
    source TEXT NOT NULL UNIQUE,
    sha256 TEXT NOT NULL,
    date TEXT,
    date_source TEXT,
    title TEXT,
    number TEXT,
    pages INTEGER,
    kind TEXT NOT NULL,
    warnings TEXT NOT NULL,           -- JSON list
    ingested_at TEXT NOT NULL,
    parse_json TEXT NOT NULL          -- the whole Issue as JSON
);
CREATE INDEX issues_sha ON issues(sha256);
CREATE INDEX issues_date ON issues(date);
CREATE TABLE articles (
    rowid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,          -- issue key + ':' + the article's id in its issue
    issue_id TEXT NOT NULL REFERENCES issues(id) ON DELETE CASCADE,
    local_id TEXT NOT NULL,
    seq INTEGER NOT NULL,
    date TEXT,                        -- the issue's date, copied for filters and sorting
    title TEXT,
    subtitle TEXT,
    kicker TEXT,
    editor_note TEXT,
    paragraphs TEXT NOT NULL,         -- JSON
    subheadings TEXT NOT NULL,
    sidebars TEXT NOT NULL,
    bylines TEXT NOT NULL,
    pages TEXT NOT NULL,
    continued INTEGER NOT NULL,
    regions TEXT NOT NULL,
    lines TEXT,
    text TEXT NOT NULL
);
CREATE INDEX articles_issue ON articles(issue_id, seq);
CREATE INDEX articles_date ON articles(date, rowid);
CREATE TABLE bylines (
    article_rowid INTEGER NOT NULL REFERENCES articles(rowid) ON DELETE CASCADE,
    department TEXT,
    author TEXT
);
CREATE INDEX bylines_article ON bylines(article_rowid);
CREATE INDEX bylines_department ON bylines(department);
CREATE TABLE mentions (               -- people named in an article's text
    person TEXT NOT NULL,
    article_rowid INTEGER NOT NULL REFERENCES articles(rowid) ON DELETE CASCADE,
    PRIMARY KEY (person, article_rowid)
) WITHOUT ROWID;
CREATE INDEX mentions_article ON mentions(article_rowid);
CREATE TABLE facts (                  -- one row per fact record of one issue
    issue_id TEXT NOT NULL REFERENCES issues(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,               -- person | organization | appointment | event | honor | partnership | patient
    seq INTEGER NOT NULL,
    name TEXT,                        -- person, organization, recipient, mention, parties joined by '、'
    date TEXT,
    type TEXT,                        -- event type, appointment action, partnership kind, org kind
    article_id TEXT,                  -- stable article id of the first evidence
    data TEXT NOT NULL                -- the record as JSON (evidence article ids made stable)
);
CREATE INDEX facts_issue ON facts(issue_id);
CREATE INDEX facts_kind_name ON facts(kind, name);
CREATE INDEX facts_kind_date ON facts(kind, date);
CREATE INDEX facts_article ON facts(article_id);
CREATE TABLE page_images (
    issue_id TEXT NOT NULL REFERENCES issues(id) ON DELETE CASCADE,
    page INTEGER NOT NULL,
    png BLOB NOT NULL,
    PRIMARY KEY (issue_id, page)
);
"""


def _statements(script: str) -> list[str]:
    """Split a script on ';' after dropping ``--`` comments (which may hold any text)."""
    lines = [line.split("--", 1)[0] for line in script.splitlines()]
    return [part for part in "\n".join(lines).split(";") if part.strip()]


def _apply_v1(conn: sqlite3.Connection) -> None:
    for statement in _statements(_V1):
        if statement.strip():
            conn.execute(statement)


# (version, what it does, how) — append new migrations, never edit old ones
MIGRATIONS: tuple[tuple[int, str, Callable[[sqlite3.Connection], None]], ...] = (
    (1, "issues, articles, bylines, mentions, facts, page images", _apply_v1),
)
LATEST = MIGRATIONS[-1][0]


def current_version(conn: sqlite3.Connection) -> int:
    row = conn.execute(
        "SELECT name FROM sqlite_master WHERE type='table' AND name='schema_version'"
    ).fetchone()
    if row is None:
        return 0
    value = conn.execute("SELECT max(version) FROM schema_version").fetchone()[0]
    return int(value or 0)


def migrate(conn: sqlite3.Connection, path: str) -> int:
    """Bring the schema to LATEST; return the version found before."""
    found = current_version(conn)
    if found > LATEST:
        raise ArchiveError(
            f"{path}: archive schema version {found} is newer than this yuanzhi knows ({LATEST});"
            " upgrade yuanzhi to open it"
        )
    if found == LATEST:
        return found
    conn.execute("BEGIN IMMEDIATE")
    try:
        conn.execute(
            "CREATE TABLE IF NOT EXISTS schema_version ("
            " version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at TEXT NOT NULL)"
        )
        for version, description, apply in MIGRATIONS:
            if version > found:
                apply(conn)
                conn.execute(
                    "INSERT INTO schema_version VALUES (?, ?, ?)",
                    (version, description, datetime.now(UTC).isoformat(timespec="seconds")),
                )
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return found
