"""Full-text search over article titles and text, on either backend.

This module is what both backends share: the query language, filters, the
exact-substring fallbacks, hits and snippets. The index itself lives in one
module per backend, chosen when an archive is created and kept in its ``meta``
table (bench/search_bench.py measures every option):

* SQLite (search_sqlite.py): FTS5 ``trigram`` (default) or ``jieba``
  pre-segmented words;
* PostgreSQL (search_postgres.py): ``trigram`` (pg_trgm GIN indexes and a
  character-pair index for 1–2 character terms, default) or ``jieba``
  (segmented words in a tsvector).

User text is never passed as index syntax: the query is split into terms
(whitespace; "double quotes" keep a phrase; a trailing * asks for a prefix) and
every term is quoted or bound as a parameter, so ``"AND OR NEAR(`` is searched
as text.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from typing import Any, Literal

from ..layout.normalize import normalize_text
from . import dialect
from .db import Database

Tokenizer = Literal["trigram", "jieba"]
TOKENIZERS: tuple[Tokenizer, ...] = ("trigram", "jieba")
Sort = Literal["relevance", "date"]
LIKE_CAP = 2000  # articles examined by a query made only of 1-character terms
END = "\u2029"  # appended to every indexed trigram value (a paragraph separator: never in a term)
TITLE_WEIGHT = 10.0


@dataclass(frozen=True)
class Term:
    text: str
    prefix: bool = False


@dataclass(frozen=True)
class Filters:
    date_from: str | None = None  # YYYY, YYYY-MM or YYYY-MM-DD, inclusive
    date_to: str | None = None
    department: str | None = None  # a byline department containing this text
    person: str | None = None  # articles that name this person
    event_type: str | None = None  # articles with an event of this type


@dataclass(frozen=True)
class Hit:
    article_id: str
    issue_id: str
    title: str | None
    date: str | None
    source: str
    departments: tuple[str, ...]
    snippet: str  # HTML-escaped, terms in <mark>
    title_html: str  # HTML-escaped title with terms in <mark>
    score: float


@dataclass(frozen=True)
class SearchPage:
    query: str
    hits: tuple[Hit, ...]
    total: int
    page: int
    per_page: int
    sort: Sort
    total_is_lower_bound: bool = False  # True when the LIKE fallback hit LIKE_CAP
    terms: tuple[str, ...] = field(default=())

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.per_page))


@dataclass(frozen=True)
class Ranking:
    """What a backend found: the total, one page of (article rowid, score), whether capped."""

    total: int
    ranked: list[tuple[int, float]]
    capped: bool = False


@dataclass(frozen=True)
class Query:
    """A parsed search, ready for a backend: terms, filter SQL on ``a`` (articles), paging."""

    terms: list[Term]
    where: list[str]
    params: list[object]
    sort: Sort
    limit: int
    offset: int


# ---------------------------------------------------------------- query text

_QUOTED = re.compile(r'"([^"]*)"|“([^”]*)”|「([^」]*)」|(\S+)')
_CONTROL = re.compile(r"[\x00-\x1f\x7f\ud800-\udfff]")


def parse_query(query: str) -> list[Term]:
    """Split user text into terms; nothing in it is treated as index syntax."""
    terms: list[Term] = []
    for match in _QUOTED.finditer(_CONTROL.sub(" ", query or "")):
        phrase = next(g for g in match.groups() if g is not None)
        prefix = False
        if match.group(4) is not None:
            phrase = phrase.replace('"', "")
            if phrase.endswith("*"):
                prefix = True
                phrase = phrase.rstrip("*")
        phrase = normalize_text(phrase)  # "国际 护士节" is 国际护士节; "Da Vinci" keeps its space
        if phrase:
            terms.append(Term(phrase, prefix))
    return terms


def like_pattern(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def like_condition(db: Database, term: str = "") -> str:
    """An article whose title or text contains the parameter (a like_pattern of ``term``), any case."""
    if db.kind == "sqlite":  # SQLite's LIKE ignores ASCII case already
        return "(a.text LIKE ? ESCAPE '\\' OR coalesce(a.title, '') LIKE ? ESCAPE '\\')"
    # PostgreSQL: ILIKE only for a term with case (LIKE is twice as fast on Chinese text); no
    # coalesce: a NULL title is no match either way, and the bare column keeps its index
    like = "LIKE" if term and term.lower() == term.upper() else "ILIKE"
    return f"(a.text {like} ? ESCAPE '\\' OR a.title {like} ? ESCAPE '\\')"


# ---------------------------------------------------------------- filters


def filter_sql(db: Database, filters: Filters) -> tuple[list[str], list[object]]:
    where: list[str] = []
    params: list[object] = []
    if filters.date_from:
        where.append("a.date >= ?")
        params.append(filters.date_from)
    if filters.date_to:
        where.append("substr(a.date, 1, length(?)) <= ?")
        params.extend([filters.date_to, filters.date_to])
    if filters.department:
        where.append(
            "EXISTS (SELECT 1 FROM bylines b WHERE b.article_rowid = a.rowid AND "
            + dialect.contains(db.kind, "b.department", "?")
            + ")"
        )
        params.append(filters.department)
    if filters.person:
        where.append("a.rowid IN (SELECT article_rowid FROM mentions WHERE person = ?)")
        params.append(filters.person)
    if filters.event_type:
        where.append(
            "EXISTS (SELECT 1 FROM facts f WHERE f.kind = 'event' AND f.article_id = a.id"
            " AND f.type = ?)"
        )
        params.append(filters.event_type)
    return where, params


# ---------------------------------------------------------------- search


def search(
    db: Database,
    tokenizer: Tokenizer,
    segmenter: object,
    query: str,
    filters: Filters | None = None,
    *,
    sort: Sort = "relevance",
    page: int = 1,
    per_page: int = 20,
) -> SearchPage:
    filters = filters or Filters()
    page = max(1, int(page))
    per_page = min(max(1, int(per_page)), 200)
    if sort not in ("relevance", "date"):
        sort = "relevance"
    terms = parse_query(query)
    where, params = filter_sql(db, filters)
    asked = Query(terms, where, params, sort, per_page, (page - 1) * per_page)
    with db.snapshot():
        if not terms:
            ranking = listing(db, asked)
        elif tokenizer == "trigram" and few_person_articles(db, filters.person):
            # a person names few articles: test the terms on those (exact) rather than the index
            ranking = substring_ranking(db, asked, [t.text for t in terms])
        elif db.kind == "sqlite":
            from . import search_sqlite

            ranking = search_sqlite.rank(db, tokenizer, segmenter, asked)
        else:
            from . import search_postgres

            ranking = search_postgres.rank(db, tokenizer, segmenter, asked)
        marks = highlight_terms(tokenizer, segmenter, terms)
        hits = _hits(db, ranking.ranked, marks)
    return SearchPage(
        query=query,
        hits=hits,
        total=int(ranking.total),
        page=page,
        per_page=per_page,
        sort=sort,
        total_is_lower_bound=ranking.capped,
        terms=tuple(t.text for t in terms),
    )


def highlight_terms(tokenizer: Tokenizer, segmenter: object, terms: list[Term]) -> list[str]:
    """The strings marked in snippets: the terms, or their words for the jieba option."""
    if tokenizer != "jieba":
        return [t.text for t in terms]
    marks: list[str] = []
    for term in terms:
        tokens = segmenter.query_tokens(term.text)  # type: ignore[attr-defined]
        marks.extend(tokens or [term.text])
    return marks


def listing(db: Database, q: Query) -> Ranking:
    """No terms: the filtered articles, newest first."""
    where_sql = " AND ".join(q.where) or "1 = 1"
    total = db.execute(f"SELECT count(*) FROM articles a WHERE {where_sql}", q.params).fetchone()[0]
    rows = db.execute(
        f"SELECT a.rowid FROM articles a WHERE {where_sql}"
        " ORDER BY a.date DESC NULLS LAST, a.rowid DESC LIMIT ? OFFSET ?",
        [*q.params, q.limit, q.offset],
    ).fetchall()
    return Ranking(int(total), [(int(r[0]), 0.0) for r in rows])


def substring_ranking(
    db: Database,
    q: Query,
    needles: list[str],
    hints: tuple[list[str], list[object]] = ([], []),
) -> Ranking:
    """Articles containing every needle, found by LIKE over the newest LIKE_CAP candidates.

    ``hints`` are extra conditions (and their parameters) that every such
    article meets and an index can answer (search_postgres's character grams).
    """
    where = list(q.where) + hints[0]
    params = list(q.params) + hints[1]
    for text in needles:
        where.append(like_condition(db, text))
        params.extend([like_pattern(text)] * 2)
    candidates = db.execute(
        f"SELECT a.rowid, a.title, a.text FROM articles a WHERE {' AND '.join(where)}"
        " ORDER BY a.date DESC NULLS LAST, a.rowid DESC LIMIT ?",
        [*params, LIKE_CAP],
    ).fetchall()
    scored = [(int(r[0]), count_score(r[1], r[2], needles)) for r in candidates]
    if q.sort == "relevance":
        scored.sort(key=lambda item: -item[1])
    return Ranking(len(candidates), scored[q.offset : q.offset + q.limit], len(candidates) >= LIKE_CAP)


def few_person_articles(db: Database, person: str | None) -> bool:
    if not person:
        return False
    count = db.execute(
        "SELECT count(*) FROM (SELECT 1 FROM mentions WHERE person = ? LIMIT ?) AS m",
        (person, LIKE_CAP),
    ).fetchone()[0]
    return bool(count < LIKE_CAP)


def count_score(title: str | None, text: str, needles: list[str]) -> float:
    title_l, text_l = (title or "").lower(), text.lower()
    return sum(TITLE_WEIGHT * title_l.count(n.lower()) + text_l.count(n.lower()) for n in needles)


def _hits(db: Database, ranked: list[tuple[int, float]], marks: list[str]) -> tuple[Hit, ...]:
    if not ranked:
        return ()
    rowids = [r for r, _ in ranked]
    places = ",".join("?" * len(rowids))
    departments = dialect.group_concat(db.kind, "b.department", distinct=True)
    rows = db.execute(
        "SELECT a.rowid, a.id, a.issue_id, a.title, a.date, i.source, a.text,"
        f" (SELECT {departments} FROM bylines b"
        "   WHERE b.article_rowid = a.rowid AND b.department IS NOT NULL)"
        f" FROM articles a JOIN issues i ON i.id = a.issue_id WHERE a.rowid IN ({places})",
        rowids,
    ).fetchall()
    by_rowid = {int(r[0]): r for r in rows}
    hits = []
    for rowid, score in ranked:
        r = by_rowid.get(rowid)
        if r is None:  # replaced by an ingest between ranking and reading (no snapshot)
            continue
        hits.append(
            Hit(
                article_id=r[1],
                issue_id=r[2],
                title=r[3],
                date=r[4],
                source=r[5],
                departments=tuple(sorted(set((r[7] or "").split(",")) - {""})),
                snippet=make_snippet(r[6], marks),
                title_html=highlight(r[3] or "", marks),
                score=round(score, 4),
            )
        )
    return tuple(hits)


# ---------------------------------------------------------------- snippets


def _spans(text: str, needles: list[str]) -> list[tuple[int, int]]:
    lowered = text.lower()
    spans: list[tuple[int, int]] = []
    for needle in {n.lower() for n in needles if n}:
        start = lowered.find(needle)
        while start >= 0:
            spans.append((start, start + len(needle)))
            start = lowered.find(needle, start + 1)
    spans.sort()
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def highlight(text: str, needles: list[str], start: int = 0, end: int | None = None) -> str:
    """HTML-escaped ``text[start:end]`` with every needle wrapped in <mark>."""
    end = len(text) if end is None else end
    out: list[str] = []
    cursor = start
    for s, e in _spans(text, needles):
        s, e = max(s, start), min(e, end)
        if s >= e or s < cursor:
            continue
        out.append(html.escape(text[cursor:s]))
        out.append(f"<mark>{html.escape(text[s:e])}</mark>")
        cursor = e
    out.append(html.escape(text[cursor:end]))
    return "".join(out)


def make_snippet(text: str, needles: list[str], width: int = 90) -> str:
    """A window of the text around the first match, HTML-escaped, matches marked."""
    flat = text.replace("\n", " ")
    spans = _spans(flat, needles)
    first = spans[0][0] if spans else 0
    start = max(0, first - width // 4)
    end = min(len(flat), start + width)
    body = highlight(flat, needles, start, end)
    return ("…" if start > 0 else "") + body + ("…" if end < len(flat) else "")


# ---------------------------------------------------------------- index maintenance


def ensure_index(db: Database, tokenizer: Tokenizer) -> Tokenizer:
    """Create the index an archive is created with, or upgrade an older one; return its option."""
    if tokenizer not in TOKENIZERS:
        raise ValueError(f"unknown tokenizer {tokenizer!r}; choose one of {', '.join(TOKENIZERS)}")
    return _backend(db).ensure_index(db, tokenizer)


def index_articles(
    db: Database, tokenizer: Tokenizer, segmenter: object, rows: list[tuple[int, str | None, str]]
) -> None:
    """Add (rowid, title, text) rows to the full-text index (inside the ingest transaction)."""
    _backend(db).index_articles(db, tokenizer, segmenter, rows)


def unindex_issue(db: Database, tokenizer: Tokenizer, issue_id: str) -> None:
    """Remove an issue's articles from the index (call before deleting them)."""
    _backend(db).unindex_issue(db, tokenizer, issue_id)


def _backend(db: Database) -> Any:
    if db.kind == "sqlite":
        from . import search_sqlite

        return search_sqlite
    from . import search_postgres

    return search_postgres
