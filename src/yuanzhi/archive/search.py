"""Full-text search over article titles and text (SQLite FTS5).

Two index shapes, chosen when an archive is created (bench/search_bench.py
measures both):

``trigram`` (default)
    FTS5's built-in trigram tokenizer over the articles table (external
    content). Any query of three or more characters is an exact substring
    match, so names the dictionary never saw (薛伟民) are found as reliably as
    words. A two-character term (护士, 义诊, most names' given part) is no
    trigram: it becomes the OR of the index's trigrams that start with it (read
    from an fts5vocab table); every indexed value ends with END, so each
    occurrence, even at the very end of a title, starts some trigram. One-
    character terms fall back to LIKE over a bounded set (the newest
    ``LIKE_CAP`` matching articles).
``jieba``
    Text pre-segmented by jieba (search mode) in an FTS5 unicode61 table. A
    query term must match all of its jieba words; recall suffers where
    segmentation of the query and of the text disagree.

User text is never passed as FTS syntax: the query is split into terms
(whitespace; "double quotes" keep a phrase; a trailing * asks for a prefix) and
every term is quoted, so ``"AND OR NEAR(`` is searched as text.
"""

from __future__ import annotations

import html
import re
import sqlite3
from dataclasses import dataclass, field
from typing import Literal

from ..layout.normalize import normalize_text
from .segment import Segmenter

Tokenizer = Literal["trigram", "jieba"]
TOKENIZERS: tuple[Tokenizer, ...] = ("trigram", "jieba")
Sort = Literal["relevance", "date"]
LIKE_CAP = 2000  # articles examined by a query made only of 1-character terms
END = "\u2029"  # appended to every indexed trigram value (a paragraph separator: never in a term)
INDEX_VERSION = 2  # 2: trigram values end with END
MAX_EXPANSION = 3000  # trigrams a 2-character term may expand to before LIKE is used instead
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


# ---------------------------------------------------------------- index maintenance


def create_index(conn: sqlite3.Connection, tokenizer: Tokenizer) -> None:
    if tokenizer == "trigram":
        conn.execute(
            "CREATE VIRTUAL TABLE articles_fts USING fts5(title, text,"
            " content='articles', content_rowid='rowid', tokenize='trigram')"
        )
    elif tokenizer == "jieba":
        conn.execute(
            "CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, tokenize='unicode61')"
        )
    else:
        raise ValueError(f"unknown tokenizer {tokenizer!r}; choose one of {', '.join(TOKENIZERS)}")


def index_articles(
    conn: sqlite3.Connection,
    tokenizer: Tokenizer,
    segmenter: Segmenter,
    rows: list[tuple[int, str | None, str]],
) -> None:
    """Add (rowid, title, text) rows to the full-text index."""
    if tokenizer == "jieba":
        rows = [(r, segmenter.index_text(t or ""), segmenter.index_text(x)) for r, t, x in rows]
    else:
        rows = [(r, (t or "") + END, x + END) for r, t, x in rows]
    conn.executemany("INSERT INTO articles_fts(rowid, title, text) VALUES (?, ?, ?)", rows)


def unindex_issue(conn: sqlite3.Connection, tokenizer: Tokenizer, issue_id: str) -> None:
    """Remove an issue's articles from the index (call before deleting them)."""
    if tokenizer == "trigram":
        conn.execute(
            "INSERT INTO articles_fts(articles_fts, rowid, title, text)"
            " SELECT 'delete', rowid, coalesce(title, '') || ?, text || ? FROM articles"
            " WHERE issue_id = ?",
            (END, END, issue_id),
        )
    else:
        conn.execute(
            "DELETE FROM articles_fts WHERE rowid IN (SELECT rowid FROM articles WHERE issue_id = ?)",
            (issue_id,),
        )


def upgrade_index(conn: sqlite3.Connection, tokenizer: Tokenizer, found: int) -> None:
    """Rebuild an index written by an older INDEX_VERSION (inside the caller's transaction)."""
    if tokenizer == "trigram" and found < 2:
        conn.execute("INSERT INTO articles_fts(articles_fts) VALUES ('delete-all')")
        conn.execute(
            "INSERT INTO articles_fts(rowid, title, text)"
            " SELECT rowid, coalesce(title, '') || ?, text || ? FROM articles",
            (END, END),
        )


def _expand_pair(conn: sqlite3.Connection, term: str) -> list[str] | None:
    """The indexed trigrams starting with a 2-character term; None when too many."""
    conn.execute(
        "CREATE VIRTUAL TABLE IF NOT EXISTS temp.articles_vocab"
        " USING fts5vocab(main, 'articles_fts', 'row')"
    )
    low = term.lower()
    rows = conn.execute(
        "SELECT term FROM temp.articles_vocab WHERE term >= ? AND term < ? LIMIT ?",
        (low, low + "\U0010ffff", MAX_EXPANSION + 1),
    ).fetchall()
    return None if len(rows) > MAX_EXPANSION else [r[0] for r in rows]


# ---------------------------------------------------------------- query text

_QUOTED = re.compile(r'"([^"]*)"|“([^”]*)”|「([^」]*)」|(\S+)')


_CONTROL = re.compile(r"[\x00-\x1f\x7f\ud800-\udfff]")


def parse_query(query: str) -> list[Term]:
    """Split user text into terms; nothing in it is treated as FTS syntax."""
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


def _fts_string(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def _like_pattern(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _plan(
    conn: sqlite3.Connection, terms: list[Term], tokenizer: Tokenizer, segmenter: Segmenter
) -> tuple[str | None, list[str], list[str], bool]:
    """(FTS MATCH expression or None, LIKE terms, strings to highlight, can match)."""
    match_parts: list[str] = []
    likes: list[str] = []
    marks: list[str] = []
    possible = True
    for term in terms:
        if tokenizer == "trigram":
            marks.append(term.text)
            expansion = _expand_pair(conn, term.text) if len(term.text) == 2 else None
            if len(term.text) >= 3:
                match_parts.append(_fts_string(term.text))
            elif expansion is not None:
                possible = possible and bool(expansion)
                match_parts.append("(" + " OR ".join(_fts_string(t) for t in expansion) + ")")
            else:
                likes.append(term.text)
            continue
        tokens = segmenter.query_tokens(term.text)
        if not tokens:
            likes.append(term.text)
            marks.append(term.text)
            continue
        quoted = [_fts_string(t) for t in tokens]
        if term.prefix:
            quoted[-1] += "*"
        match_parts.append("(" + " AND ".join(quoted) + ")")
        marks.extend(tokens)
    return (" AND ".join(match_parts) or None), likes, marks, possible


# ---------------------------------------------------------------- filters


def _filter_sql(filters: Filters) -> tuple[list[str], list[object]]:
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
            "EXISTS (SELECT 1 FROM bylines b WHERE b.article_rowid = a.rowid"
            " AND instr(b.department, ?) > 0)"
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
    conn: sqlite3.Connection,
    tokenizer: Tokenizer,
    segmenter: Segmenter,
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
    if tokenizer == "trigram" and terms and _few_person_articles(conn, filters.person):
        # a person names few articles: test the terms on those (exact) rather than the index
        match, likes, marks, possible = None, [t.text for t in terms], [t.text for t in terms], True
    else:
        match, likes, marks, possible = _plan(conn, terms, tokenizer, segmenter)
    where, params = _filter_sql(filters)
    for text in likes:
        where.append("(a.text LIKE ? ESCAPE '\\' OR coalesce(a.title, '') LIKE ? ESCAPE '\\')")
        params.extend([_like_pattern(text)] * 2)
    offset = (page - 1) * per_page
    capped = False
    if not possible:  # a 2-character term no indexed text contains
        total, ranked = 0, []
    elif match is not None and not where and sort == "relevance":
        # no filters: count and rank inside the full-text index, no join
        total = conn.execute(
            "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ?", (match,)
        ).fetchone()[0]
        rows = conn.execute(
            f"SELECT rowid, bm25(articles_fts, {TITLE_WEIGHT}, 1.0) AS score FROM articles_fts"
            " WHERE articles_fts MATCH ? ORDER BY score, rowid LIMIT ? OFFSET ?",
            (match, per_page, offset),
        ).fetchall()
        ranked = [(int(r[0]), -float(r[1])) for r in rows]
    elif match is not None:
        where_sql = " AND ".join(["articles_fts MATCH ?", *where])
        all_params: list[object] = [match, *params]
        base = (
            f"FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid WHERE {where_sql}"
        )
        if where:
            total = conn.execute(f"SELECT count(*) {base}", all_params).fetchone()[0]
        else:
            total = conn.execute(
                "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ?", (match,)
            ).fetchone()[0]
        order = "score, a.rowid" if sort == "relevance" else "a.date DESC, a.rowid DESC"
        rows = conn.execute(
            f"SELECT a.rowid, bm25(articles_fts, {TITLE_WEIGHT}, 1.0) AS score {base}"
            f" ORDER BY {order} LIMIT ? OFFSET ?",
            [*all_params, per_page, offset],
        ).fetchall()
        ranked = [(int(r[0]), -float(r[1])) for r in rows]
    elif likes:
        where_sql = " AND ".join(where)
        candidates = conn.execute(
            f"SELECT a.rowid, a.title, a.text FROM articles a WHERE {where_sql}"
            " ORDER BY a.date DESC, a.rowid DESC LIMIT ?",
            [*params, LIKE_CAP],
        ).fetchall()
        capped = len(candidates) >= LIKE_CAP
        total = len(candidates)
        scored = [(int(r[0]), _count_score(r[1], r[2], likes)) for r in candidates]
        if sort == "relevance":
            scored.sort(key=lambda item: -item[1])
        ranked = scored[offset : offset + per_page]
    else:
        where_sql = " AND ".join(where) or "1"
        total = conn.execute(
            f"SELECT count(*) FROM articles a WHERE {where_sql}", params
        ).fetchone()[0]
        rows = conn.execute(
            f"SELECT a.rowid FROM articles a WHERE {where_sql}"
            " ORDER BY a.date DESC, a.rowid DESC LIMIT ? OFFSET ?",
            [*params, per_page, offset],
        ).fetchall()
        ranked = [(int(r[0]), 0.0) for r in rows]
    hits = _hits(conn, ranked, marks)
    return SearchPage(
        query=query,
        hits=hits,
        total=int(total),
        page=page,
        per_page=per_page,
        sort=sort,
        total_is_lower_bound=capped,
        terms=tuple(t.text for t in terms),
    )


def _few_person_articles(conn: sqlite3.Connection, person: str | None) -> bool:
    if not person:
        return False
    count = conn.execute(
        "SELECT count(*) FROM (SELECT 1 FROM mentions WHERE person = ? LIMIT ?)", (person, LIKE_CAP)
    ).fetchone()[0]
    return bool(count < LIKE_CAP)


def _count_score(title: str | None, text: str, needles: list[str]) -> float:
    title_l, text_l = (title or "").lower(), text.lower()
    return sum(TITLE_WEIGHT * title_l.count(n.lower()) + text_l.count(n.lower()) for n in needles)


def _hits(
    conn: sqlite3.Connection, ranked: list[tuple[int, float]], marks: list[str]
) -> tuple[Hit, ...]:
    if not ranked:
        return ()
    rowids = [r for r, _ in ranked]
    marks_ = ",".join("?" * len(rowids))
    rows = conn.execute(
        "SELECT a.rowid, a.id, a.issue_id, a.title, a.date, i.source, a.text,"
        " (SELECT group_concat(DISTINCT b.department) FROM bylines b"
        "   WHERE b.article_rowid = a.rowid AND b.department IS NOT NULL)"
        f" FROM articles a JOIN issues i ON i.id = a.issue_id WHERE a.rowid IN ({marks_})",
        rowids,
    ).fetchall()
    by_rowid = {int(r[0]): r for r in rows}
    hits = []
    for rowid, score in ranked:
        r = by_rowid[rowid]
        departments = tuple(sorted(set((r[7] or "").split(",")) - {""}))
        hits.append(
            Hit(
                article_id=r[1],
                issue_id=r[2],
                title=r[3],
                date=r[4],
                source=r[5],
                departments=departments,
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
