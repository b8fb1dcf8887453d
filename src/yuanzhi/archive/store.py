"""The archive: issues, articles, facts and page images in SQLite or PostgreSQL.

    with open_archive("yuanzhi.db") as archive:       # or "postgresql://user@host/db"
        archive.ingest(issue, facts, document=document)
        page = archive.search("护士节", filters=Filters(date_from="2024-05"))

Ingesting is idempotent: the issue's content hash makes re-ingesting the same
file a no-op, and the same source name with a new hash replaces the old version
(articles, facts, page images) in one transaction. Only this package knows SQL:
db.py connects, schema.py migrates (alembic), dialect.py and the search_*
modules hold what differs between the two databases.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from .. import model
from ..errors import ArchiveError, NotFoundError
from . import chronicle, corrections_store, people, schema, search, writer
from .codec import dumps, issue_from_data, to_data
from .db import DB_ERRORS, Database, connect, display_name, first_line, parse_target
from .facts_rows import facts_from_rows, merge_issue_facts
from .meta import get_meta, increment_meta
from .pages import document_page_images
from .records import (
    Chronicle,
    Contributions,
    IngestResult,
    IssueSummary,
    OrgRecord,
    PersonRecord,
    StoredArticle,
    StoredIssue,
)
from .rows import ARTICLE_SELECT, article_from_row, issue_select, summary_from_row
from .segment import Segmenter

if TYPE_CHECKING:
    from .corrections import Corrections

DEFAULT_TOKENIZER: search.Tokenizer = "trigram"


def open_archive(
    path: str | Path,
    *,
    create: bool = True,
    tokenizer: search.Tokenizer | None = None,
    segmenter: Segmenter | None = None,
) -> Archive:
    """Open (or create) the archive at ``path``; use as a context manager.

    ``path`` is a SQLite file (a path or ``sqlite:///FILE``) or a PostgreSQL
    database (``postgresql://USER@HOST/DB``, which must exist; its tables are
    created on first use). ``tokenizer`` only matters when the archive is
    created (see search.py); an existing archive keeps the one it was built
    with. ``segmenter`` lets callers that open many archives share one jieba
    dictionary.
    """
    kind, _url, file_name = parse_target(path)
    name = display_name(path)
    if kind == "sqlite" and file_name != ":memory:":
        _check_file(Path(file_name), name, create)
    db = connect(path)
    try:
        if kind == "sqlite" and not db.memory:
            db.execute("PRAGMA journal_mode = WAL")
            db.execute("PRAGMA synchronous = NORMAL")  # safe with WAL; commits stay fast
        if kind == "postgresql" and not create and not schema.has_table(db, "issues"):
            raise ArchiveError(
                f"{name}: no archive in this database yet; ingest an issue first"
                f" (yuanzhi ingest FILE --db {name})"
            )
        schema.migrate(db)
        chosen = search.ensure_index(db, tokenizer or DEFAULT_TOKENIZER)
    except DB_ERRORS as error:
        db.close()
        problem = first_line(error)
        if "not a database" in problem or "malformed" in problem:
            raise ArchiveError(
                f"{name}: is not a yuanzhi archive (SQLite says: {problem}); choose another --db path"
            ) from None
        raise ArchiveError(
            f"{name}: cannot use the archive ({problem}); check that it is writable"
            + (" (the file and its folder)" if kind == "sqlite" else "")
        ) from None
    except BaseException:
        db.close()
        raise
    return Archive(db, name, chosen, segmenter)


def _check_file(file: Path, name: str, create: bool) -> None:
    if file.is_dir():
        raise ArchiveError(
            f"{name}: is a directory; give the archive file's path (e.g. {name}/yuanzhi.db)"
        )
    if not file.exists():
        if not create:
            raise ArchiveError(
                f"{name}: no archive here; ingest an issue first (yuanzhi ingest FILE --db {name})"
            )
        if not file.parent.exists():
            raise ArchiveError(
                f"{name}: folder {file.parent} does not exist; create it or choose another --db path"
            )


class Archive:
    def __init__(
        self,
        conn: Database,
        path: str,
        tokenizer: search.Tokenizer,
        segmenter: Segmenter | None = None,
    ):
        self.conn = conn  # archive SQL goes through it: conn.execute(sql, params) with ? marks
        self.path = path  # how messages name the archive (a URL without its password)
        self.tokenizer = tokenizer
        # the jieba option loads its dictionary on first use: pass one Segmenter to reuse it
        self.segmenter = segmenter or Segmenter()
        self._facts_cache: tuple[str, model.Facts] | None = None
        # what corrections re-run on corrected articles (None: the pipeline's extractor)
        self.extract: Callable[[model.Issue], model.Facts] | None = None

    # ------------------------------------------------------------ lifecycle

    def __enter__(self) -> Archive:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        self.conn.close()

    @property
    def backend(self) -> str:
        """"sqlite" or "postgresql"."""
        return self.conn.kind

    @contextmanager
    def transaction(self) -> Iterator[Database]:
        """One write transaction: everything inside commits together or not at all."""
        with self.conn.transaction() as conn:
            yield conn

    @contextmanager
    def snapshot(self) -> Iterator[Database]:
        """Several reads that see one state of the archive (no half of a concurrent ingest)."""
        with self.conn.snapshot() as conn:
            yield conn

    def generation(self) -> str:
        value = get_meta(self.conn, "generation")
        return "0" if value is None else value

    # ------------------------------------------------------------ ingest

    def ingest(
        self,
        issue: model.Issue,
        facts: model.Facts | None = None,
        *,
        document: model.Document | None = None,
        page_images: Mapping[int, bytes] | None = None,
    ) -> IngestResult:
        """Store one parsed issue (and its facts, and page images for PDFs and scans).

        ``page_images`` (PNG bytes per page) are stored as given instead of being
        rendered from ``document`` (the cluster's workers render them).
        """
        sha = issue.sha256 or hashlib.sha256(dumps(issue).encode("utf-8")).hexdigest()
        same = self.find_sha(sha)
        if same is not None:
            return same
        warnings: list[str] = []
        if page_images is not None:
            images = dict(page_images)
        else:
            images, warnings = document_page_images(document) if document is not None else ({}, [])
        # editors' corrections of this source (and archive-wide ones) applied to the new parse
        prepared = corrections_store.prepare_ingest(self, issue, facts)
        try:
            with self.transaction() as conn:
                same = self.find_sha(sha)  # stored by another writer while this one waited
                if same is not None:
                    return same
                old = conn.execute(
                    "SELECT id FROM issues WHERE source = ?", (issue.source,)
                ).fetchone()
                prepared = corrections_store.begin_ingest(
                    self, conn, prepared, old[0] if old is not None else None
                )
                if old is not None:
                    key = old[0]
                    search.unindex_issue(conn, self.tokenizer, key)
                    conn.execute("DELETE FROM issues WHERE id = ?", (key,))
                else:
                    key = self._new_key(issue.source, scan=issue.kind == "scan")
                stable = self._insert_issue(conn, key, sha, prepared.issue)
                self._insert_facts(conn, key, prepared.issue, prepared.facts, stable)
                corrections_store.finish_ingest(conn, key, prepared, stable)
                conn.executemany(
                    "INSERT INTO page_images(issue_id, page, png) VALUES (?, ?, ?)",
                    [(key, page, png) for page, png in sorted(images.items())],
                )
                increment_meta(conn, "generation")
        except DB_ERRORS as error:
            raise ArchiveError(
                f"{self.path}: could not store {issue.source} ({first_line(error)});"
                " the archive is unchanged"
            ) from None
        warnings.extend(facts.warnings if facts is not None else ())
        return IngestResult(
            "replaced" if old is not None else "added",
            key,
            len(prepared.issue.articles),
            tuple(warnings),
        )

    def find_sha(self, sha: str) -> IngestResult | None:
        """The stored issue with this content hash ("unchanged"), or None."""
        same = self.conn.execute(
            "SELECT id, (SELECT count(*) FROM articles WHERE issue_id = issues.id) FROM issues WHERE sha256 = ?",
            (sha,),
        ).fetchone()
        return None if same is None else IngestResult("unchanged", same[0], int(same[1]))

    def _new_key(self, source: str, scan: bool = False) -> str:
        return writer.new_key(self.conn, source, scan)

    def _insert_issue(
        self, conn: Database, key: str, sha: str, issue: model.Issue
    ) -> dict[str, str]:
        return writer.insert_issue(conn, self.tokenizer, self.segmenter, key, sha, issue)

    def _insert_facts(
        self,
        conn: Database,
        key: str,
        issue: model.Issue,
        facts: model.Facts | None,
        stable: dict[str, str],
    ) -> None:
        writer.insert_facts(conn, key, issue, facts, stable)

    @property
    def corrections(self) -> Corrections:
        """Editors' corrections: add, revoke, list, audit (archive/corrections.py)."""
        from .corrections import Corrections

        return Corrections(self)

    # ------------------------------------------------------------ reading

    def list_issues(self) -> list[IssueSummary]:
        rows = self.conn.execute(
            f"{issue_select(self.conn.kind)} ORDER BY i.date IS NULL, i.date, i.source"
        ).fetchall()
        return [summary_from_row(r) for r in rows]

    def get_issue(self, issue_id: str) -> StoredIssue:
        with self.snapshot():
            row = self.conn.execute(
                f"{issue_select(self.conn.kind)} WHERE i.id = ?", (issue_id,)
            ).fetchone()
            if row is None:
                raise NotFoundError(
                    f"{self.path}: no issue {issue_id!r}; `yuanzhi list` shows the issues"
                )
            parse = self.conn.execute(
                "SELECT parse_json FROM issues WHERE id = ?", (issue_id,)
            ).fetchone()[0]
            stored = self.list_articles(issue=issue_id)
        issue = replace(
            issue_from_data(json.loads(parse)), articles=tuple(a.article for a in stored)
        )
        return StoredIssue(summary_from_row(row), issue, tuple(a.id for a in stored))

    def list_articles(
        self,
        issue: str | None = None,
        *,
        year: int | None = None,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[StoredArticle]:
        where, params = [], []
        if issue is not None:
            where.append("a.issue_id = ?")
            params.append(issue)
        if year is not None:
            where.append("substr(a.date, 1, 4) = ?")
            params.append(f"{year:04d}")
        sql = f"{ARTICLE_SELECT} {'WHERE ' + ' AND '.join(where) if where else ''} ORDER BY a.date IS NULL, a.date, a.issue_id, a.seq"
        if limit is not None:
            sql += f" LIMIT {int(limit)} OFFSET {int(offset)}"
        return [article_from_row(r) for r in self.conn.execute(sql, params)]

    def get_article(self, article_id: str) -> StoredArticle:
        row = self.conn.execute(f"{ARTICLE_SELECT} WHERE a.id = ?", (article_id,)).fetchone()
        if row is None:
            raise NotFoundError(
                f"{self.path}: no article {article_id!r}; article ids look like ISSUE:ID (see `yuanzhi list`)"
            )
        return article_from_row(row)

    def successor_article(self, article_id: str) -> str | None:
        """The article that now holds a vanished article's text: an applied correction
        (a merge, a split) that touched ``article_id`` and an article it left standing."""
        rows = self.conn.execute(
            "SELECT issue_id, articles FROM correction_targets WHERE status = 'applied'"
            " ORDER BY correction_id DESC"
        ).fetchall()
        for issue_id, touched in rows:  # an id that vanished is kept as its local part
            ids = [i if ":" in i else f"{issue_id}:{i}" for i in map(str, json.loads(touched or "[]"))]
            if article_id not in ids:
                continue
            for other in ids:
                if other != article_id and self.conn.execute(
                    "SELECT 1 FROM articles WHERE id = ?", (other,)
                ).fetchone():
                    return other
        return None

    def page_image(self, issue_id: str, page: int) -> bytes | None:
        row = self.conn.execute(
            "SELECT png FROM page_images WHERE issue_id = ? AND page = ?", (issue_id, page)
        ).fetchone()
        return bytes(row[0]) if row else None

    def search(
        self,
        query: str,
        filters: search.Filters | None = None,
        *,
        sort: search.Sort = "relevance",
        page: int = 1,
        per_page: int = 20,
    ) -> search.SearchPage:
        return search.search(
            self.conn,
            self.tokenizer,
            self.segmenter,
            query,
            filters,
            sort=sort,
            page=page,
            per_page=per_page,
        )

    # ------------------------------------------------------------ facts

    def issue_facts(self, where: str = "1 = 1", params: Sequence[object] = ()) -> list[model.Facts]:
        """The stored facts of each issue (evidence article ids are stable ids), oldest issue first.

        ``where`` is an SQL condition on the facts row ``f`` (library-internal:
        the knowledge views load only the rows they need).
        """
        grouped: dict[str, dict[str, list[Any]]] = {}
        rows = self.conn.execute(
            "SELECT f.issue_id, f.kind, f.data FROM facts f JOIN issues i ON i.id = f.issue_id"
            f" WHERE {where} ORDER BY i.date IS NULL, i.date, i.source, f.kind, f.seq",
            tuple(params),
        )
        for issue_id, kind, data in rows:
            grouped.setdefault(issue_id, {}).setdefault(kind, []).append(json.loads(data))
        return [facts_from_rows(kinds) for kinds in grouped.values()]

    def patient_mentions(self) -> tuple[str, ...]:
        """Every patient mention in the archive, longest first (for redaction)."""
        rows = self.conn.execute(
            "SELECT DISTINCT name FROM facts WHERE kind = 'patient' AND name != ''"
        )
        return tuple(sorted((r[0] for r in rows), key=lambda m: (-len(m), m)))

    def load_facts(self, where: str, params: Sequence[object] = ()) -> model.Facts:
        """Facts rows matching ``where`` (on ``f``), merged across issues."""
        return merge_issue_facts(self.issue_facts(where, params))

    def facts(self) -> model.Facts:
        """Knowledge across every stored issue: each issue's facts merged (C's merge_facts)."""
        generation = self.generation()
        if self._facts_cache is None or self._facts_cache[0] != generation:
            self._facts_cache = (generation, merge_issue_facts(self.issue_facts()))
        return self._facts_cache[1]

    # ------------------------------------------------------------ knowledge views

    def person(self, name: str) -> PersonRecord:
        """Positions over time (first/last seen, sources), appointments, events, articles."""
        return people.person(self, name)

    def org(self, name: str, on: str | None = None) -> OrgRecord:
        """Leadership on a date (with its basis), the org tree below it, partnerships, honors."""
        return people.org(self, name, on)

    def events(
        self, start: str | None = None, end: str | None = None, type: str | None = None
    ) -> list[model.Event]:
        return chronicle.events(self, start, end, type)

    def recent_events(self, count: int = 10) -> list[model.Event]:
        """The latest dated events, newest first (cheap on a large archive)."""
        return chronicle.recent_events(self, count)

    def chronicle(self, year: int) -> Chronicle:
        """The year's events grouped by month (大事记)."""
        return chronicle.chronicle(self, year)

    def contributions(self, year: int) -> Contributions:
        """Articles per department and per author per month."""
        return chronicle.contributions(self, year)

    def years(self) -> list[int]:
        rows = self.conn.execute(
            "SELECT DISTINCT substr(date, 1, 4) FROM issues WHERE date IS NOT NULL ORDER BY 1"
        )
        return [int(r[0]) for r in rows if r[0] and r[0].isdigit()]


__all__ = ["Archive", "IngestResult", "open_archive", "to_data"]
