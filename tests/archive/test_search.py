from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from yuanzhi.archive.integrity import check_archive
from yuanzhi.archive.search import Filters, Term, make_snippet, parse_query
from yuanzhi.archive.segment import Segmenter
from yuanzhi.archive.store import Archive, open_archive

from .sample import facts_june, facts_may, issue_june, issue_may


@pytest.fixture(scope="module")
def segmenter() -> Segmenter:
    return Segmenter()


@pytest.fixture(params=["trigram", "jieba"])
def any_index(
    request: pytest.FixtureRequest, target: str | Path, segmenter: Segmenter
) -> Iterator[Archive]:
    """Each index option on each backend (``target`` is parametrized by backend)."""
    with open_archive(target, tokenizer=request.param, segmenter=segmenter) as archive:
        archive.ingest(issue_may(), facts_may())
        archive.ingest(issue_june(), facts_june())
        yield archive


def ids(page) -> list[str]:  # type: ignore[no-untyped-def]
    return [h.article_id for h in page.hits]


def test_parse_query_keeps_phrases_and_prefixes() -> None:
    assert parse_query('胸腔镜  "国际 护士节" 医联*') == [
        Term("胸腔镜"),
        Term("国际护士节"),
        Term("医联", prefix=True),
    ]
    assert parse_query('"Da  Vinci Xi"') == [Term("Da Vinci Xi")]
    assert parse_query('"AND OR NEAR(') == [Term("AND"), Term("OR"), Term("NEAR(")]
    assert parse_query("  ") == []


@pytest.mark.parametrize("query", ["胸腔镜", "林知远", "医联体"])
def test_words_are_found_with_either_tokenizer(any_index: Archive, query: str) -> None:
    page = any_index.search(query)
    assert page.total >= 1
    for hit in page.hits:
        assert query in any_index.get_article(hit.article_id).article.text


def test_trigram_finds_names_by_substring(filled: Archive) -> None:
    assert ids(filled.search("苏景行")) == ["青川院报-2024-06:a1"]
    assert ids(filled.search("国际护士节")) == ["青川院报-2024-05:a1"]


def test_two_word_query_needs_both(filled: Archive) -> None:
    assert ids(filled.search("林知远 医联体")) == ["青川院报-2024-05:a3"]
    assert filled.search("林知远 不存在的词").total == 0


def test_short_terms_fall_back_to_like(filled: Archive) -> None:
    page = filled.search("义诊")
    assert ids(page) == ["青川院报-2024-06:a2"]
    assert "<mark>义诊</mark>" in page.hits[0].snippet
    assert filled.search("禾").total == 2  # 小禾 and 郑晓禾
    mixed = filled.search("医院 医联体")  # 2-char term + trigram term
    assert ids(mixed) == ["青川院报-2024-05:a3"]


def test_prefix_query(any_index: Archive) -> None:
    assert ids(any_index.search("胸腔*")) == ["青川院报-2024-05:a2"]


def test_trigram_finds_words_jieba_segments_apart(filled: Archive, tmp_path: Path) -> None:
    # jieba cuts 紧密型医联体 as 紧密/型医/联体: substring matching still finds 医联体
    assert ids(filled.search("医联*")) == ["青川院报-2024-05:a3"]


@pytest.mark.parametrize(
    "query",
    [
        '"AND OR NEAR(',
        "AND",
        "OR",
        "NOT 医院",
        "a:b",
        "{title}:x",
        "^医院",
        "*",
        '"',
        "'",
        "(",
        "医院)",
        "NEAR(a b)",
        "--",
        "%",
        "_",
    ],
)
def test_fts_syntax_in_user_text_never_raises(any_index: Archive, query: str) -> None:
    page = any_index.search(query)
    assert page.total >= 0


@settings(
    max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None
)
@given(st.text(max_size=20))
def test_any_text_searches_without_error(filled: Archive, query: str) -> None:
    page = filled.search(query)
    assert page.total >= len(page.hits)


def test_filters(filled: Archive) -> None:
    assert ids(filled.search("", Filters(date_from="2024-06"))) == [
        "青川院报-2024-06:a2",
        "青川院报-2024-06:a1",
    ]
    assert filled.search("", Filters(date_to="2024-05")).total == 3
    assert filled.search("", Filters(date_from="2024-05", date_to="2024-05-31")).total == 3
    assert ids(filled.search("我院", Filters(department="胸外科"))) == []
    assert set(ids(filled.search("", Filters(department="护理部")))) == {
        "青川院报-2024-05:a1",
        "青川院报-2024-06:a2",
    }
    assert set(ids(filled.search("", Filters(person="苏景行")))) == {"青川院报-2024-06:a1"}
    assert ids(filled.search("", Filters(event_type="signing"))) == ["青川院报-2024-05:a3"]
    assert filled.search("林知远", Filters(person="林知远", date_to="2024-05")).total == 2


def test_sort_by_date_and_paging(filled: Archive) -> None:
    page1 = filled.search("我院", sort="date", per_page=2, page=1)
    page2 = filled.search("我院", sort="date", per_page=2, page=2)
    dates = [h.date for h in page1.hits + page2.hits]
    assert dates == sorted(dates, reverse=True)
    assert page1.total == page2.total == len(set(ids(page1) + ids(page2)))
    assert page1.pages == 2


def test_relevance_prefers_title_matches(filled: Archive) -> None:
    page = filled.search("胸腔镜")
    assert page.hits[0].article_id == "青川院报-2024-05:a2"
    assert "<mark>胸腔镜</mark>" in page.hits[0].title_html


def test_snippets_are_escaped() -> None:
    snippet = make_snippet("前文胸腔镜<script>alert(1)</script>手术&更多", ["胸腔镜"])
    assert "<script>" not in snippet
    assert "&lt;script&gt;" in snippet
    assert "<mark>胸腔镜</mark>" in snippet


def test_snippet_window_centres_on_first_match() -> None:
    text = "甲" * 200 + "护士节" + "乙" * 200
    snippet = make_snippet(text, ["护士节"], width=40)
    assert snippet.startswith("…") and snippet.endswith("…")
    assert "<mark>护士节</mark>" in snippet


def test_two_character_terms_use_the_index_even_at_the_end_of_a_title(archive: Archive) -> None:
    from yuanzhi.model import Article, Issue

    articles = (
        Article("a1", "社区义诊", paragraphs=("专家走进社区，为居民测量血压。",)),
        Article("a2", "健康讲座", paragraphs=("讲座结束后开展了义诊。",)),
        Article("a3", "消防演练", paragraphs=("全院职工参加演练。",)),
    )
    archive.ingest(Issue("t.txt", articles, date="2024-01", sha256="t"))
    assert set(ids(archive.search("义诊"))) == {"t:a1", "t:a2"}
    assert ids(archive.search("演练 消防")) == ["t:a3"]
    assert archive.search("诊疗").total == 0
    assert archive.search("OK").total == 0


def test_replacing_an_issue_keeps_the_index_consistent(archive: Archive) -> None:
    from dataclasses import replace

    archive.ingest(issue_may(), facts_may())
    archive.ingest(replace(issue_may(sha="v2"), articles=issue_may().articles[2:]), None)
    assert check_archive(archive).problems == ()
    assert archive.search("护士").total == 0
    assert ids(archive.search("签署")) == ["青川院报-2024-05:a3"]


def test_old_index_without_end_marks_is_rebuilt_on_open(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    with open_archive(path) as archive:
        archive.ingest(issue_june(), facts_june())
        conn = archive.conn
        conn.execute("INSERT INTO articles_fts(articles_fts) VALUES ('delete-all')")
        conn.execute(
            "INSERT INTO articles_fts(rowid, title, text) SELECT rowid, coalesce(title, ''), text FROM articles"
        )
        conn.execute("DELETE FROM meta WHERE key = 'index_version'")
    with open_archive(path) as archive:
        assert archive.search("到家").total == 1  # 2 characters at the very end of a title
        archive.ingest(replace_june(), None)
        archive.conn.execute("INSERT INTO articles_fts(articles_fts) VALUES ('integrity-check')")
        assert archive.search("义诊").total == 0


def replace_june():  # type: ignore[no-untyped-def]
    from dataclasses import replace

    return replace(issue_june(sha="june-v2"), articles=issue_june().articles[:1])


def test_person_filter_with_short_and_long_terms(filled: Archive) -> None:
    page = filled.search("合作 医联体", Filters(person="林知远"))
    assert ids(page) == ["青川院报-2024-05:a3"]
    assert "<mark>医联体合作</mark>" in page.hits[0].snippet  # adjacent matches merge
    assert filled.search("义诊", Filters(person="林知远")).total == 0


def test_short_terms_on_postgresql_use_the_grams_index_added_on_open() -> None:
    """A PostgreSQL archive made before the grams index gets it when opened; results unchanged."""
    from .backends import pg_schema

    with pg_schema() as url:
        with open_archive(url) as archive:
            archive.ingest(issue_may(), facts_may())
            before = {q: ids(archive.search(q)) for q in ("义诊", "禾", "护士", "医联体 签署")}
            archive.conn.execute("DROP TABLE article_grams")
            archive.conn.execute("UPDATE meta SET value = '2' WHERE key = 'index_version'")
            assert check_archive(archive).problems == (
                "search index: article_grams_gin is missing",
            )
        with open_archive(url) as archive:
            assert check_archive(archive).problems == ()
            assert {q: ids(archive.search(q)) for q in before} == before
            archive.conn.execute("SET enable_seqscan = off")  # the table is tiny: ask for the index
            plan = archive.conn.execute(
                "EXPLAIN SELECT rowid FROM article_grams WHERE grams @> CAST(? AS text[])",
                (["义诊"],),
            ).fetchall()
            assert "article_grams_gin" in " ".join(r[0] for r in plan)


def test_rare_short_terms_on_postgresql_are_answered_by_the_grams_index() -> None:
    """Once statistics exist, a rare 1-2 character term goes to article_grams, exactly."""
    from yuanzhi.archive import search_postgres
    from yuanzhi.archive.search import parse_query
    from yuanzhi.model import Article, Issue

    from .backends import pg_schema

    filler = "全院职工参加消防安全培训并进行应急疏散演练。"
    rare = {7: "义诊", 19: "禾苗", 33: "Qi", 48: "鹭"}
    articles = tuple(
        Article(
            f"a{i}",
            f"第{i}号",
            paragraphs=(filler + (rare.get(i, "") + "活动" if i in rare else ""),),
        )
        for i in range(80)
    )
    with pg_schema() as url, open_archive(url) as archive:
        archive.ingest(Issue("g.txt", articles, date="2024-03", sha256="g"))
        archive.conn.execute("ANALYZE article_grams")
        for term, expected in (
            ("义诊", ["g:a7"]),
            ("禾", ["g:a19"]),
            ("qi", ["g:a33"]),
            ("鹭", ["g:a48"]),
        ):
            chosen = search_postgres._by_grams(archive.conn, parse_query(term), True)
            assert chosen == {term.lower()}, term  # the index path, not a scan
            assert ids(archive.search(term)) == expected, term
        assert search_postgres._by_grams(archive.conn, parse_query("消防"), True) == set()
        assert archive.search("消防").total == 80  # a common pair is scanned, all found
        assert ids(archive.search("义诊 消防")) == ["g:a7"]
