"""SQLite full-text index: FTS5, in one of two shapes (search.py has the shared part).

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
"""

from __future__ import annotations

from typing import Any, cast

from .db import Database
from .meta import add_meta, get_meta, set_meta
from .search import (
    END,
    TITLE_WEIGHT,
    Query,
    Ranking,
    Term,
    Tokenizer,
    like_condition,
    like_pattern,
    substring_ranking,
)

INDEX_VERSION = 2  # 2: trigram values end with END
MAX_EXPANSION = 3000  # trigrams a 2-character term may expand to before LIKE is used instead


def ensure_index(db: Database, tokenizer: Tokenizer) -> Tokenizer:
    stored = get_meta(db, "tokenizer")
    version = get_meta(db, "index_version")
    found = int(version) if version is not None else 1
    if stored is not None and found >= INDEX_VERSION:
        return cast(Tokenizer, stored)
    with db.transaction():
        stored = get_meta(db, "tokenizer")
        if stored is None:
            create_index(db, tokenizer)
            add_meta(db, "tokenizer", tokenizer)
            add_meta(db, "generation", "0", if_absent=True)
        else:
            tokenizer = cast(Tokenizer, stored)
            upgrade_index(db, tokenizer, found)
        set_meta(db, "index_version", str(INDEX_VERSION))
    return tokenizer


def create_index(db: Database, tokenizer: Tokenizer) -> None:
    if tokenizer == "trigram":
        db.execute(
            "CREATE VIRTUAL TABLE articles_fts USING fts5(title, text,"
            " content='articles', content_rowid='rowid', tokenize='trigram')"
        )
    else:
        db.execute("CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, tokenize='unicode61')")


def upgrade_index(db: Database, tokenizer: Tokenizer, found: int) -> None:
    """Rebuild an index written by an older INDEX_VERSION (inside the caller's transaction)."""
    if tokenizer == "trigram" and found < 2:
        db.execute("INSERT INTO articles_fts(articles_fts) VALUES ('delete-all')")
        db.execute(
            "INSERT INTO articles_fts(rowid, title, text)"
            " SELECT rowid, coalesce(title, '') || ?, text || ? FROM articles",
            (END, END),
        )


def index_articles(
    db: Database, tokenizer: Tokenizer, segmenter: Any, rows: list[tuple[int, str | None, str]]
) -> None:
    if tokenizer == "jieba":
        rows = [(r, segmenter.index_text(t or ""), segmenter.index_text(x)) for r, t, x in rows]
    else:
        rows = [(r, (t or "") + END, x + END) for r, t, x in rows]
    db.executemany("INSERT INTO articles_fts(rowid, title, text) VALUES (?, ?, ?)", rows)


def unindex_issue(db: Database, tokenizer: Tokenizer, issue_id: str) -> None:
    if tokenizer == "trigram":
        db.execute(
            "INSERT INTO articles_fts(articles_fts, rowid, title, text)"
            " SELECT 'delete', rowid, coalesce(title, '') || ?, text || ? FROM articles"
            " WHERE issue_id = ?",
            (END, END, issue_id),
        )
    else:
        db.execute(
            "DELETE FROM articles_fts WHERE rowid IN (SELECT rowid FROM articles WHERE issue_id = ?)",
            (issue_id,),
        )


# ---------------------------------------------------------------- queries


def _expand_pair(db: Database, term: str) -> list[str] | None:
    """The indexed trigrams starting with a 2-character term; None when too many."""
    db.execute(
        "CREATE VIRTUAL TABLE IF NOT EXISTS temp.articles_vocab"
        " USING fts5vocab(main, 'articles_fts', 'row')"
    )
    low = term.lower()
    rows = db.execute(
        "SELECT term FROM temp.articles_vocab WHERE term >= ? AND term < ? LIMIT ?",
        (low, low + "\U0010ffff", MAX_EXPANSION + 1),
    ).fetchall()
    return None if len(rows) > MAX_EXPANSION else [r[0] for r in rows]


def _fts_string(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def _plan(
    db: Database, terms: list[Term], tokenizer: Tokenizer, segmenter: Any
) -> tuple[str | None, list[str], bool]:
    """(FTS MATCH expression or None, terms for LIKE, can match)."""
    match_parts: list[str] = []
    likes: list[str] = []
    possible = True
    for term in terms:
        if tokenizer == "trigram":
            expansion = _expand_pair(db, term.text) if len(term.text) == 2 else None
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
            continue
        quoted = [_fts_string(t) for t in tokens]
        if term.prefix:
            quoted[-1] += "*"
        match_parts.append("(" + " AND ".join(quoted) + ")")
    return (" AND ".join(match_parts) or None), likes, possible


def rank(db: Database, tokenizer: Tokenizer, segmenter: Any, q: Query) -> Ranking:
    match, likes, possible = _plan(db, q.terms, tokenizer, segmenter)
    if not possible:  # a 2-character term no indexed text contains
        return Ranking(0, [])
    if match is None:
        return substring_ranking(db, q, likes)
    where = list(q.where)
    params = list(q.params)
    for text in likes:
        where.append(like_condition(db))
        params.extend([like_pattern(text)] * 2)
    score = f"bm25(articles_fts, {TITLE_WEIGHT}, 1.0)"
    if not where and q.sort == "relevance":
        # no filters: count and rank inside the full-text index, no join
        total = db.execute(
            "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ?", (match,)
        ).fetchone()[0]
        rows = db.execute(
            f"SELECT rowid, {score} AS score FROM articles_fts"
            " WHERE articles_fts MATCH ? ORDER BY score, rowid LIMIT ? OFFSET ?",
            (match, q.limit, q.offset),
        ).fetchall()
        return Ranking(int(total), [(int(r[0]), -float(r[1])) for r in rows])
    where_sql = " AND ".join(["articles_fts MATCH ?", *where])
    all_params: list[object] = [match, *params]
    base = f"FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid WHERE {where_sql}"
    if where:
        total = db.execute(f"SELECT count(*) {base}", all_params).fetchone()[0]
    else:
        total = db.execute(
            "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ?", (match,)
        ).fetchone()[0]
    order = "score, a.rowid" if q.sort == "relevance" else "a.date DESC NULLS LAST, a.rowid DESC"
    rows = db.execute(
        f"SELECT a.rowid, {score} AS score {base} ORDER BY {order} LIMIT ? OFFSET ?",
        [*all_params, q.limit, q.offset],
    ).fetchall()
    return Ranking(int(total), [(int(r[0]), -float(r[1])) for r in rows])
