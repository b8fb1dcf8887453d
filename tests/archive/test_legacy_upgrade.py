"""An archive written by yuanzhi before alembic opens, is upgraded, and keeps its data.

The schema below is a frozen copy of what that yuanzhi created (its own
``schema_version`` table at 1, the FTS5 trigram index, the meta rows); the
rows are written the way its ingest wrote them. Do not edit it to follow the
migrations: it is what users' files hold.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from yuanzhi.archive import schema
from yuanzhi.archive.integrity import check_archive
from yuanzhi.archive.store import open_archive
from yuanzhi.errors import ArchiveError

from .sample import facts_june, issue_june

END = "\u2029"
LEGACY_V1 = """
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


def _legacy_archive(path: Path) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("BEGIN")
    conn.execute(
        "CREATE TABLE IF NOT EXISTS schema_version ("
        " version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at TEXT NOT NULL)"
    )
    script = "\n".join(line.split("--", 1)[0] for line in LEGACY_V1.splitlines())
    for statement in script.split(";"):
        if statement.strip():
            conn.execute(statement)
    conn.execute(
        "INSERT INTO schema_version VALUES"
        " (1, 'issues, articles, bylines, mentions, facts, page images', '2024-07-01T00:00:00+00:00')"
    )
    conn.execute(
        "CREATE VIRTUAL TABLE articles_fts USING fts5(title, text,"
        " content='articles', content_rowid='rowid', tokenize='trigram')"
    )
    conn.executemany(
        "INSERT INTO meta VALUES (?, ?)",
        [("tokenizer", "trigram"), ("generation", "1"), ("index_version", "2")],
    )
    conn.execute(
        "INSERT INTO issues VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
        (
            "old-2023-12",
            "old-2023-12.txt",
            "sha-old",
            "2023-12",
            "given",
            "青川院报",
            "第12期",
            1,
            "text",
            "[]",
            "2024-01-01T00:00:00+00:00",
            '{"source":"old-2023-12.txt","articles":[],"date":"2023-12","kind":"text"}',
        ),
    )
    text = "12月5日，我院举办冬季义诊活动，专家为社区居民测量血压。"
    conn.execute(
        "INSERT INTO articles(id, issue_id, local_id, seq, date, title, subtitle, kicker,"
        " editor_note, paragraphs, subheadings, sidebars, bylines, pages, continued, regions,"
        " lines, text) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        (
            "old-2023-12:a1",
            "old-2023-12",
            "a1",
            0,
            "2023-12",
            "冬季义诊进社区",
            None,
            None,
            None,
            f'["{text}"]',
            "[]",
            "[]",
            '[{"department":"门诊部","authors":["秋禾"]}]',
            "[1]",
            0,
            "[]",
            None,
            text,
        ),
    )
    conn.execute("INSERT INTO bylines VALUES (1, '门诊部', '秋禾')")
    conn.execute(
        "INSERT INTO articles_fts(rowid, title, text) VALUES (1, ?, ?)",
        ("冬季义诊进社区" + END, text + END),
    )
    conn.execute("COMMIT")
    conn.close()


def test_an_archive_made_before_alembic_is_upgraded_and_kept(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    _legacy_archive(path)
    with open_archive(path, create=False) as archive:
        assert schema.current_revision(archive.conn) == schema.head()
        assert archive.get_article("old-2023-12:a1").article.title == "冬季义诊进社区"
        assert [h.article_id for h in archive.search("义诊").hits] == ["old-2023-12:a1"]
        assert [h.article_id for h in archive.search("测量血压").hits] == ["old-2023-12:a1"]
        assert archive.contributions(2023).totals == (("门诊部", 1),)
        archive.ingest(issue_june(), facts_june())  # the upgraded archive takes new issues
        assert len(archive.list_issues()) == 2
        assert check_archive(archive).problems == ()
    versions = sqlite3.connect(path).execute("SELECT version FROM schema_version").fetchall()
    assert versions == [(1,), (2,)]  # yuanzhi before alembic refuses it from now on


def test_upgrading_twice_changes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    _legacy_archive(path)
    open_archive(path).close()
    with open_archive(path) as archive:
        assert schema.current_revision(archive.conn) == schema.head()
        assert len(archive.list_issues()) == 1


def test_a_schema_version_without_alembic_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "odd.db"
    _legacy_archive(path)
    conn = sqlite3.connect(path)
    conn.execute("INSERT INTO schema_version VALUES (7, 'unknown', 'now')")
    conn.commit()
    conn.close()
    with pytest.raises(ArchiveError, match="newer"):
        open_archive(path)
