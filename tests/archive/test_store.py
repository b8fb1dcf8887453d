from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy.exc import IntegrityError

from yuanzhi.archive import schema
from yuanzhi.archive.codec import to_data
from yuanzhi.archive.integrity import canonical_dump
from yuanzhi.archive.store import Archive, open_archive
from yuanzhi.errors import ArchiveError, NotFoundError
from yuanzhi.model import Article, Byline, Issue

from .backends import fresh_target
from .sample import HOSPITAL, facts_june, facts_may, issue_june, issue_may


def _counts(archive: Archive) -> dict[str, int]:
    tables = ["issues", "articles", "bylines", "mentions", "facts", "page_images"]
    counts = {t: archive.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}
    counts["fts"] = archive.search("青川").total
    return counts


def test_ingest_adds_then_same_hash_is_unchanged(archive: Archive) -> None:
    first = archive.ingest(issue_may(), facts_may())
    assert (first.status, first.articles) == ("added", 3)
    again = archive.ingest(issue_may(), facts_may())
    assert (again.status, again.issue_id) == ("unchanged", first.issue_id)
    assert len(archive.list_issues()) == 1


def test_same_source_new_hash_replaces_articles_and_facts(archive: Archive) -> None:
    archive.ingest(issue_may(), facts_may())
    smaller = replace(issue_may(sha="sha-may-2"), articles=issue_may().articles[:1])
    result = archive.ingest(smaller, None)
    assert result.status == "replaced"
    assert [a.article.id for a in archive.list_articles()] == ["a1"]
    assert archive.conn.execute("SELECT count(*) FROM facts").fetchone()[0] == 0
    assert archive.search("胸腔镜").total == 0  # the replaced article left the index


def test_failure_midway_leaves_archive_as_it_was(
    archive: Archive, monkeypatch: pytest.MonkeyPatch
) -> None:
    archive.ingest(issue_may(), facts_may())
    before = _counts(archive)

    def boom(*args: object, **kwargs: object) -> None:
        raise IntegrityError("INSERT …", {}, Exception("injected failure"))

    monkeypatch.setattr(Archive, "_insert_facts", boom)
    with pytest.raises(ArchiveError, match="unchanged"):
        archive.ingest(issue_may(sha="sha-may-2"), facts_may())  # a replacement
    with pytest.raises(ArchiveError):
        archive.ingest(issue_june(), facts_june())  # a new issue
    assert _counts(archive) == before
    assert archive.list_issues()[0].sha256 == "sha-may"


def test_article_ids_are_stable_and_round_trip(filled: Archive) -> None:
    stored = filled.get_article("青川院报-2024-05:a2")
    assert stored.article == issue_may().articles[1]
    assert stored.date == "2024-05-20"
    assert stored.as_dict()["id"] == "青川院报-2024-05:a2"
    issue = filled.get_issue("青川院报-2024-05")
    assert issue.issue == issue_may()
    assert issue.article_ids[0] == "青川院报-2024-05:a1"


def test_same_stem_in_two_folders_gets_distinct_keys(archive: Archive) -> None:
    a = archive.ingest(issue_may(source="a/院报.txt", sha="1"))
    b = archive.ingest(issue_may(source="b/院报.txt", sha="2"))
    assert a.issue_id != b.issue_id


def test_missing_records_raise_not_found(filled: Archive) -> None:
    with pytest.raises(NotFoundError):
        filled.get_article("nope:a1")
    with pytest.raises(NotFoundError):
        filled.get_issue("nope")
    assert filled.page_image("青川院报-2024-05", 1) is None


def test_facts_use_stable_article_ids(filled: Archive) -> None:
    facts = filled.facts()
    assert {e.article_id for e in facts.events} >= {"青川院报-2024-05:a1", "青川院报-2024-06:a2"}
    names = {p.name for p in facts.people}
    assert {"林知远", "苏景行"} <= names


def test_not_a_database_is_named(tmp_path: Path) -> None:
    bad = tmp_path / "notes.db"
    bad.write_text("这不是数据库" * 200, encoding="utf-8")
    with pytest.raises(ArchiveError, match="notes.db"):
        open_archive(bad)


def test_unwritable_or_missing_paths_are_named(tmp_path: Path) -> None:
    with pytest.raises(ArchiveError, match="does not exist"):
        open_archive(tmp_path / "no-such-folder" / "x.db")
    with pytest.raises(ArchiveError, match="no archive"):
        open_archive(tmp_path / "absent.db", create=False)
    with pytest.raises(ArchiveError, match="directory"):
        open_archive(tmp_path)


def test_newer_schema_is_refused(target: str | Path) -> None:
    with open_archive(target) as archive:
        archive.conn.execute("UPDATE alembic_version SET version_num = 'from-the-future'")
    with pytest.raises(ArchiveError, match="newer"):
        open_archive(target)


def test_reopen_keeps_data_and_schema_revision(target: str | Path) -> None:
    with open_archive(target) as archive:
        archive.ingest(issue_may(), facts_may())
    with open_archive(target, create=False) as archive:
        assert schema.current_revision(archive.conn) == schema.head()
        assert archive.list_issues()[0].articles == 3


def test_an_empty_postgresql_database_is_no_archive_to_read() -> None:
    from .backends import pg_schema

    with pg_schema() as url:
        with pytest.raises(ArchiveError, match="no archive"):
            open_archive(url, create=False)
        with open_archive(url) as archive:  # created on first use
            assert archive.backend == "postgresql" and archive.list_issues() == []
        assert "password" not in archive.path


def test_bad_urls_are_named() -> None:
    with pytest.raises(ArchiveError, match="unknown database"):
        open_archive("mysql://somewhere/db")
    with pytest.raises(ArchiveError, match="cannot connect"):
        open_archive("postgresql://nobody:secret@/nowhere?host=/nonexistent-socket-dir")
    try:
        open_archive("postgresql://nobody:secret@/nowhere?host=/nonexistent-socket-dir")
    except ArchiveError as error:
        assert "secret" not in str(error)  # the password is never printed


def test_pdf_pages_are_stored_as_png(archive: Archive, tmp_path: Path) -> None:
    import pymupdf

    pdf_path = tmp_path / "issue.pdf"
    pdf = pymupdf.open()
    for _ in range(2):
        pdf.new_page(width=300, height=400).insert_text((50, 50), "Qingchuan")
    pdf.save(pdf_path)
    from yuanzhi.model import Document, Page

    document = Document(str(pdf_path), "pdf", (Page(1, ()), Page(2, ())))
    issue = replace(issue_may(source=str(pdf_path)), kind="pdf")
    archive.ingest(issue, None, document=document)
    key = archive.list_issues()[0].id
    png = archive.page_image(key, 2)
    assert png is not None and png.startswith(b"\x89PNG")
    assert archive.list_issues()[0].page_images == (1, 2)


_text = st.text(
    alphabet=st.sampled_from("医院护理科室院长手术会议青川南湖甲乙丙 ，。“”"),
    min_size=1,
    max_size=40,
)


@settings(
    max_examples=25, suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None
)
@given(
    paragraphs=st.lists(_text, min_size=1, max_size=4),
    title=st.one_of(st.none(), _text),
    authors=st.lists(st.sampled_from(["于青", "陈默", "周小满"]), max_size=2, unique=True),
)
def test_store_load_round_trips(
    backend: str, tmp_path: Path, paragraphs: list[str], title: str | None, authors: list[str]
) -> None:
    article = Article(
        "x1",
        title,
        paragraphs=tuple(paragraphs),
        bylines=(Byline("宣传科", tuple(authors)),),
        pages=(1,),
    )
    issue = Issue(
        "round.txt",
        (article,),
        date="2024-03",
        sha256=str(hash((title, tuple(paragraphs), tuple(authors)))),
    )
    with fresh_target(backend, tmp_path, "round.db") as target, open_archive(target) as archive:
        archive.ingest(issue)
        assert archive.get_issue(archive.list_issues()[0].id).issue == issue
        assert archive.list_articles()[0].article == article


def test_ids_are_the_same_in_two_fresh_archives(backend: str, tmp_path: Path) -> None:
    ids = []
    for name in ("one.db", "two.db"):
        with fresh_target(backend, tmp_path, name) as where, open_archive(where) as archive:
            archive.ingest(issue_june(), facts_june())
            archive.ingest(issue_may(), facts_may())
            ids.append(sorted(a.id for a in archive.list_articles()))
    assert ids[0] == ids[1]
    assert "青川院报-2024-06:a2" in ids[0]


def test_both_backends_hold_the_same_archive(tmp_path: Path) -> None:
    """The same issues give the same stored content and the same search hits on both."""
    dumps = []
    for backend in ("sqlite", "postgresql"):
        with fresh_target(backend, tmp_path) as where, open_archive(where) as archive:
            archive.ingest(issue_june(), facts_june())
            archive.ingest(issue_may(), facts_may())
            archive.ingest(replace(issue_may(sha="v2"), articles=issue_may().articles[1:]), None)
            dump = canonical_dump(archive, ("青川", "护士", "林知远", "禾", "医联体 签署"))
            dump["person"] = archive.person("林知远").as_dict()
            dump["org"] = archive.org(HOSPITAL, on="2024-06-30").as_dict()
            dump["chronicle"] = to_data(archive.chronicle(2024))
            dump["contributions"] = to_data(archive.contributions(2024))
            dumps.append(dump)
    assert dumps[0]["search"]["禾"] and dumps[0]["search"]["青川"]
    assert dumps[0] == dumps[1]


def test_scanned_issue_key_drops_the_first_page_suffix(archive: Archive) -> None:
    scan = replace(issue_may(source="scans/院报-2024-05_p1.png", sha="scan"), kind="scan")
    assert archive.ingest(scan).issue_id == "院报-2024-05"
    text = issue_may(source="notes/report-1.txt", sha="text")
    assert archive.ingest(text).issue_id == "report-1"


def test_fact_warnings_are_reported(archive: Archive) -> None:
    facts = replace(facts_may(), warnings=("a sentence could not be dated",))
    assert archive.ingest(issue_may(), facts).warnings == ("a sentence could not be dated",)
