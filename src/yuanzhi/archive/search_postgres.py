"""PostgreSQL full-text index, in one of two shapes (search.py has the shared part).

``trigram`` (default)
    pg_trgm GIN indexes on articles.title and articles.text; every term is an
    exact, case-insensitive substring test (ILIKE), which the trigram index
    answers for terms of three or more characters. Shorter terms have no
    trigram, so a side table holds each article's distinct characters and
    character pairs (``article_grams``, lower case, GIN-indexed): a 1- or
    2-character term is in an article exactly when its gram is, so the index
    answers it too (ILIKE still checks, and ranks, the candidates).
``jieba``
    Title and text segmented by jieba (search mode) into a tsvector (title
    words weighted A) with a GIN index; a query term matches the articles
    holding all of its words. Recall suffers where segmentation of the query
    and of the text disagree, as with SQLite's jieba option.

Ranking: the jieba option uses ts_rank; the trigram option counts occurrences
(a title occurrence weighs TITLE_WEIGHT), as SQLite's fallback does.
"""

from __future__ import annotations

from typing import Any, cast

from ..errors import ArchiveError
from .db import Database
from .meta import add_meta, get_meta, set_meta
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

INDEX_VERSION = (
    3  # 2: a grams expression index (too slow where the planner filtered by it); 3: article_grams
)
GRAMS_HINT = "a.rowid IN (SELECT g.rowid FROM article_grams g WHERE g.grams @> CAST(? AS text[]))"


def grams(title: str | None, text: str) -> list[str]:
    """The article's distinct characters and character pairs, lower case (title and text apart)."""
    found: set[str] = set()
    for value in ((title or "").lower(), text.lower()):
        found.update(value)
        found.update(value[i : i + 2] for i in range(len(value) - 1))
    return sorted(found)


def ensure_index(db: Database, tokenizer: Tokenizer) -> Tokenizer:
    stored = get_meta(db, "tokenizer")
    version = get_meta(db, "index_version")
    if stored is not None and version is not None and int(version) >= INDEX_VERSION:
        return cast(Tokenizer, stored)
    with db.transaction():
        stored = get_meta(db, "tokenizer")
        version = get_meta(db, "index_version")
        if stored is None:
            create_index(db, tokenizer)
            add_meta(db, "tokenizer", tokenizer)
            add_meta(db, "generation", "0", if_absent=True)
        else:
            tokenizer = cast(Tokenizer, stored)
            if tokenizer == "trigram" and (version is None or int(version) < 3):
                db.execute("DROP INDEX IF EXISTS articles_grams")
                db.execute("DROP FUNCTION IF EXISTS yuanzhi_grams(text)")
                _create_grams(db)
                rows = db.execute("SELECT rowid, title, text FROM articles").fetchall()
                _insert_grams(db, [(int(r[0]), r[1], r[2]) for r in rows])
        set_meta(db, "index_version", str(INDEX_VERSION))
    return tokenizer


def _create_grams(db: Database) -> None:
    db.execute(
        "CREATE TABLE article_grams ("
        " rowid BIGINT PRIMARY KEY REFERENCES articles(rowid) ON DELETE CASCADE,"
        " grams text[] NOT NULL)"
    )
    db.execute("CREATE INDEX article_grams_gin ON article_grams USING gin (grams)")


def _insert_grams(db: Database, rows: list[tuple[int, str | None, str]]) -> None:
    db.executemany(
        "INSERT INTO article_grams(rowid, grams) VALUES (?, ?)",
        [(rowid, grams(title, text)) for rowid, title, text in rows],
    )


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
        _insert_grams(db, rows)  # the trigram indexes follow the articles table themselves
        return
    db.executemany(
        "INSERT INTO article_words(rowid, words) VALUES"
        " (?, setweight(to_tsvector('simple', ?), 'A') || to_tsvector('simple', ?))",
        [(r, segmenter.index_text(t or ""), segmenter.index_text(x)) for r, t, x in rows],
    )


def unindex_issue(db: Database, tokenizer: Tokenizer, issue_id: str) -> None:
    """Nothing to do: index rows go with their articles (indexes, ON DELETE CASCADE)."""


# ---------------------------------------------------------------- queries


# a gram in more of the articles than this is found faster by scanning the text than by its
# index (search bench, 20,000 articles, loaded machine: a pair in 12% of them 110-130 ms by the
# index against 270-500 ms by a scan; a pair or character in 80-95%: the scan wins)
COMMON = 0.15


def _occurrences(column: str, cased: bool) -> str:
    """How often the parameter occurs in a column (lower-cased first when the term has case)."""
    value = f"lower(coalesce({column}, ''))" if cased else f"coalesce({column}, '')"
    return f"((length(coalesce({column}, '')) - length(replace({value}, ?, ''))) / length(?))"


def _common_grams(db: Database, short: list[str]) -> set[str] | None:
    """Which of these grams are in more than COMMON of the articles (planner statistics of
    article_grams, kept by ANALYZE and autovacuum); None when there are no statistics yet."""
    analyzed = db.execute(
        "SELECT 1 FROM pg_stats WHERE schemaname = current_schema()"
        " AND tablename = 'article_grams' AND attname = 'grams'"
    ).fetchone()
    if analyzed is None:
        return None
    rows = db.execute(
        "SELECT x.gram, x.freq FROM pg_stats s, unnest(CAST(CAST(s.most_common_elems AS text)"
        " AS text[]), s.most_common_elem_freqs) AS x(gram, freq)"
        " WHERE s.schemaname = current_schema() AND s.tablename = 'article_grams'"
        " AND s.attname = 'grams' AND x.gram = ANY(CAST(? AS text[]))",
        (short,),
    ).fetchall()
    return {gram for gram, freq in rows if freq is not None and freq >= COMMON}


def _by_grams(db: Database, terms: list[Term], grams: bool) -> set[str]:
    """The 1-2 character terms (lower case) the grams index should answer: the rare ones."""
    short = sorted({t.text.lower() for t in terms if len(t.text) <= 2})
    if not grams or not short:
        return set()
    common = _common_grams(db, short)
    if common is None:  # never analyzed (a new, small archive): scanning is cheap
        return set()
    return set(short) - common


def _trigram_rank(db: Database, q: Query, grams: bool = True) -> Ranking:
    """Every term as an exact substring test: ILIKE (pg_trgm answers 3+ characters), or, for
    a rare 1-2 character term, its gram in article_grams (exact too).

    ``grams=False`` leaves every term to ILIKE (the bench's baseline for short terms).
    """
    indexed = _by_grams(db, q.terms, grams)
    if all(len(t.text) < 2 for t in q.terms):
        hints: tuple[list[str], list[object]] = ([], [])
        if indexed:
            hints = ([GRAMS_HINT], [sorted(indexed)])
        return substring_ranking(db, q, [t.text for t in q.terms], hints)
    where = list(q.where)
    params = list(q.params)
    if indexed:
        where.append(GRAMS_HINT)
        params.append(sorted(indexed))
    score_parts: list[str] = []
    score_params: list[object] = []
    for term in q.terms:
        low = term.text.lower()
        if low not in indexed:
            where.append(like_condition(db, term.text))
            params.extend([like_pattern(term.text)] * 2)
        cased = low != term.text.upper()
        title, text = _occurrences("a.title", cased), _occurrences("a.text", cased)
        score_parts.append(f"{TITLE_WEIGHT} * {title} + {text}")
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
        count = f"SELECT count(*) FROM articles a WHERE {where_sql}"
        total = db.execute(count, params).fetchone()[0]
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
        where.append(like_condition(db, text))
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
