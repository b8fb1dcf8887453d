"""The worker's job, run in this process: hashes, one-line failures, the user's file names."""

from __future__ import annotations

from pathlib import Path

import pytest

from yuanzhi import pipeline
from yuanzhi.archive.intake import ingest_paths
from yuanzhi.archive.integrity import check_archive
from yuanzhi.archive.search import END
from yuanzhi.archive.store import open_archive
from yuanzhi.cluster.jobs import Failed, Parsed, content_sha256, make_job, run_job


def test_client_hash_is_the_documents_hash(issues: list[Path]) -> None:
    for path in issues:
        assert content_sha256([path]) == pipeline.read_document([path]).sha256


@pytest.mark.parametrize("ship", [False, True])
def test_a_bad_file_fails_in_one_line_naming_it(tmp_path: Path, ship: bool) -> None:
    bad = tmp_path / "第3期.pdf"
    bad.write_bytes(b"%PDF-1.4\n\x00\x01garbage")
    job = make_job([bad], None, ship)
    assert not isinstance(job, Failed)
    got = run_job(job)
    assert isinstance(got, Failed)
    assert got.message.startswith(f"{bad}: ")
    assert "\n" not in got.message and "yuanzhi-job-" not in got.message


def test_an_unexpected_exception_is_a_failure_not_a_crash(
    issues: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise ValueError("boom")

    monkeypatch.setattr(pipeline, "parse_document", broken)
    job = make_job([issues[0]], None, ship=False)
    assert not isinstance(job, Failed)
    got = run_job(job)
    assert isinstance(got, Failed)
    assert got.message == f"{issues[0]}: internal error while parsing (ValueError: boom)"


def test_shipped_job_equals_local_job(issues: list[Path]) -> None:
    jobs = [make_job([issues[-1]], "2024-05", ship) for ship in (False, True)]
    local, shipped = (run_job(job) for job in jobs if not isinstance(job, Failed))
    assert isinstance(local, Parsed) and isinstance(shipped, Parsed)
    assert local.issue == shipped.issue
    assert local.facts == shipped.facts
    assert local.page_images == shipped.page_images


def test_check_finds_an_article_missing_from_search(issues: list[Path], tmp_path: Path) -> None:
    with open_archive(tmp_path / "a.db") as archive:
        ingest_paths(archive, [issues[0]])
        assert check_archive(archive).ok
        rowid, title, text, article_id = archive.conn.execute(
            "SELECT rowid, coalesce(title, ''), text, id FROM articles ORDER BY rowid LIMIT 1"
        ).fetchone()
        archive.conn.execute(
            "INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', ?, ?, ?)",
            (rowid, title + END, text + END),
        )
        report = check_archive(archive)
        assert f"search index: article {article_id} is not indexed" in report.problems
