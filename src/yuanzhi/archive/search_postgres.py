"""PostgreSQL full-text index, in one of two shapes (search.py has the shared part).

``trigram`` (default)
    pg_trgm GIN indexes on articles.title and articles.text; every term is an
    exact, case-insensitive substring test (ILIKE), which the trigram index
    answers for terms of three or more characters. Shorter terms have no
    trigram, so a third GIN index holds each article's distinct characters and
    character pairs (``yuanzhi_grams``, lower case): a 1- or 2-character term
    is in an article exactly when its gram is, so the index answers it too
    (ILIKE still checks, and ranks, the candidates).
``jieba``
    Title and text segmented by jieba (search mode) into a tsvector (title
    words weighted A) with a GIN index; a query term matches the articles
    holding all of its words. Recall suffers where segmentation of the query
    and of the text disagree, as with SQLite's jieba option.

Ranking: the jieba option uses ts_rank; the trigram option counts occurrences
(a title occurrence weighs TITLE_WEIGHT), as SQLite's fallback does.
"""

from __future__ import annotations

from typing import Any

from ..errors import ArchiveError
from .db import Database
from .search import (
    TITLE_WEIGHT,
    Query,
    Ranking,
    Term,
    Tokenizer,
    like_condition,
    like_pattern,
    substring_ranking,
)

INDEX_VERSION = 2  # 2: the grams index for 1-2 character terms


def _grams_of(prefix: str) -> str:
    """The indexed expression: grams of the title and text (a newline between, never in a term)."""
    return f"yuanzhi_grams(coalesce({prefix}title, '') || chr(10) || {prefix}text)"


GRAMS = _grams_of("a.")
_GRAMS_FUNCTION = """
CREATE OR REPLACE FUNCTION yuanzhi_grams(value text) RETURNS text[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT coalesce(array_agg(DISTINCT g), '{}') FROM (
    SELECT lower(substr(value, i, 1)) AS g FROM generate_series(1, length(value)) AS i
    UNION ALL
    SELECT lower(substr(value, i, 2)) FROM generate_series(1, length(value) - 1) AS i
  ) AS grams
$$
"""


def ensure_index(db: Database, tokenizer: Tokenizer) -> Tokenizer:
    row = db.execute("SELECT value FROM meta WHERE key = 'tokenizer'").fetchone()
    version = db.execute("SELECT value FROM meta WHERE key = 'index_version'").fetchone()
    if row is not None and version is not None and int(version[0]) >= INDEX_VERSION:
        return row[0]
    with db.transaction():
        row = db.execute("SELECT value FROM meta WHERE key = 'tokenizer'").fetchone()
        version = db.execute("SELECT value FROM meta WHERE key = 'index_version'").fetchone()
        if row is None:
            create_index(db, tokenizer)
            db.execute("INSERT INTO meta VALUES ('tokenizer', ?)", (tokenizer,))
            db.execute("INSERT INTO meta VALUES ('generation', '0') ON CONFLICT DO NOTHING")
        else:
            tokenizer = row[0]
            if tokenizer == "trigram" and (version is None or int(version[0]) < 2):
                _create_grams(db)
        db.execute(
            "INSERT INTO meta VALUES ('index_version', ?)"
            " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (str(INDEX_VERSION),),
        )
    return tokenizer


def _create_grams(db: Database) -> None:
    db.execute(_GRAMS_FUNCTION)
    db.execute(f"CREATE INDEX articles_grams ON articles USING gin ({_grams_of('')})")


def create_index(db: Database, tokenizer: Tokenizer) -> None:
    if tokenizer == "trigram":
        installed = db.execute("SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'").fetchone()
        if installed is None:
            try:
                db.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
            except Exception as error:
                raise ArchiveError(
                    f"{db.name}: the pg_trgm extension is missing and could not be created"
                    f" ({str(error).splitlines()[0]}); ask the database owner to run"
                    " CREATE EXTENSION pg_trgm (Debian: package postgresql-contrib)"
                ) from None
        db.execute("CREATE INDEX articles_text_trgm ON articles USING gin (text gin_trgm_ops)")
        db.execute("CREATE INDEX articles_title_trgm ON articles USING gin (title gin_trgm_ops)")
        _create_grams(db)
    else:
        db.execute(
            "CREATE TABLE article_words ("
            " rowid BIGINT PRIMARY KEY REFERENCES articles(rowid) ON DELETE CASCADE,"
            " words tsvector NOT NULL)"
        )
        db.execute("CREATE INDEX article_words_gin ON article_words USING gin (words)")


def index_articles(
    db: Database, tokenizer: Tokenizer, segmenter: Any, rows: list[tuple[int, str | None, str]]
) -> None:
    if tokenizer != "jieba":
        return  # the trigram indexes follow the articles table
    db.executemany(
        "INSERT INTO article_words(rowid, words) VALUES"
        " (?, setweight(to_tsvector('simple', ?), 'A') || to_tsvector('simple', ?))",
        [(r, segmenter.index_text(t or ""), segmenter.index_text(x)) for r, t, x in rows],
    )


def unindex_issue(db: Database, tokenizer: Tokenizer, issue_id: str) -> None:
    """Nothing to do: index rows go with their articles (indexes, ON DELETE CASCADE)."""


# ---------------------------------------------------------------- queries


def _occurrences(column: str) -> str:
    """How often the parameter (lower case) occurs in a column (any case)."""
    return f"((length(coalesce({column}, '')) - length(replace(lower(coalesce({column}, '')), ?, ''))) / length(?))"


def _gram_hints(terms: list[Term]) -> tuple[list[str], list[object]]:
    """Index conditions for the 1-2 character terms (implied by their ILIKE tests)."""
    short = sorted({t.text.lower() for t in terms if len(t.text) <= 2})
    if not short:
        return [], []
    return [f"{GRAMS} @> CAST(? AS text[])"], ["{" + ",".join(_array_item(g) for g in short) + "}"]


def _array_item(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _trigram_rank(db: Database, q: Query, grams: bool = True) -> Ranking:
    """``grams=False`` leaves 1-2 character terms to ILIKE alone (the bench's baseline)."""
    hints = _gram_hints(q.terms) if grams else ([], [])
    if all(len(t.text) < 2 for t in q.terms):
        return substring_ranking(db, q, [t.text for t in q.terms], hints)
    where = list(q.where) + hints[0]
    params = list(q.params) + hints[1]
    score_parts: list[str] = []
    score_params: list[object] = []
    for term in q.terms:
        where.append(like_condition(db))
        params.extend([like_pattern(term.text)] * 2)
        low = term.text.lower()
        score_parts.append(f"{TITLE_WEIGHT} * {_occurrences('a.title')} + {_occurrences('a.text')}")
        score_params.extend([low, low, low, low])
    score = " + ".join(score_parts)
    order = (
        "score DESC, a.rowid" if q.sort == "relevance" else "a.date DESC NULLS LAST, a.rowid DESC"
    )
    where_sql = " AND ".join(where)
    rows = db.execute(
        f"SELECT a.rowid, {score} AS score, count(*) OVER () FROM articles a WHERE {where_sql}"
        f" ORDER BY {order} LIMIT ? OFFSET ?",
        [*score_params, *params, q.limit, q.offset],
    ).fetchall()
    if rows:
        total = int(rows[0][2])
    else:
        total = db.execute(f"SELECT count(*) FROM articles a WHERE {where_sql}", params).fetchone()[
            0
        ]
    return Ranking(int(total), [(int(r[0]), float(r[1])) for r in rows])


def _tsquery(terms: list[Term], segmenter: Any) -> tuple[list[str], list[object], list[str]]:
    """(tsquery SQL parts, their parameters, terms left for ILIKE)."""
    parts: list[str] = []
    params: list[object] = []
    likes: list[str] = []
    for term in terms:
        tokens = segmenter.query_tokens(term.text)
        if not tokens:
            likes.append(term.text)
            continue
        if term.prefix:
            last = tokens.pop()
            quoted = "'" + last.replace("\\", "\\\\").replace("'", "''") + "':*"
            parts.append("to_tsquery('simple', ?)")
            params.append(quoted)
        if tokens:
            parts.append("plainto_tsquery('simple', ?)")
            params.append(" ".join(tokens))
    return parts, params, likes


def _jieba_rank(db: Database, segmenter: Any, q: Query) -> Ranking:
    parts, tsparams, likes = _tsquery(q.terms, segmenter)
    if not parts:
        return substring_ranking(db, q, likes)
    query = " && ".join(parts)
    where = ["w.words @@ (" + query + ")", *q.where]
    params: list[object] = [*tsparams, *q.params]
    for text in likes:
        where.append(like_condition(db))
        params.extend([like_pattern(text)] * 2)
    order = (
        "score DESC, a.rowid" if q.sort == "relevance" else "a.date DESC NULLS LAST, a.rowid DESC"
    )
    where_sql = " AND ".join(where)
    base = f"FROM article_words w JOIN articles a ON a.rowid = w.rowid WHERE {where_sql}"
    rows = db.execute(
        f"SELECT a.rowid, ts_rank(w.words, {query}) AS score, count(*) OVER () {base}"
        f" ORDER BY {order} LIMIT ? OFFSET ?",
        [*tsparams, *params, q.limit, q.offset],
    ).fetchall()
    if rows:
        total = int(rows[0][2])
    else:
        total = db.execute(f"SELECT count(*) {base}", params).fetchone()[0]
    return Ranking(int(total), [(int(r[0]), float(r[1])) for r in rows])


def rank(db: Database, tokenizer: Tokenizer, segmenter: Any, q: Query) -> Ranking:
    if tokenizer == "jieba":
        return _jieba_rank(db, segmenter, q)
    return _trigram_rank(db, q)
