"""`yuanzhi correct …` and `yuanzhi corrections …`: thin shells, one-line errors, --editor in the audit."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from yuanzhi.archive.store import open_archive
from yuanzhi.cli import build_app

from . import sample

MARCH = "songxi-2026-03"


@pytest.fixture
def db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setattr("yuanzhi.archive.corrections_store.default_extract", sample.extract)
    path = tmp_path / "cli.db"
    with open_archive(path) as archive:
        for issue in (sample.issue_march(), sample.issue_april()):
            archive.ingest(issue, sample.extract(issue))
    return str(path)


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(build_app(), list(args))
    return result.exit_code, result.output


def test_every_correct_command_has_help() -> None:
    for group in ("correct", "corrections"):
        code, out = run(group, "--help")
        assert code == 0, out
    for name in (
        "retitle",
        "move-paragraph",
        "split",
        "merge",
        "fact-fix",
        "fact-delete",
        "people-merge",
        "people-split",
        "mark-patient",
        "paragraphs",
    ):
        code, out = run("correct", name, "--help")
        assert code == 0 and "--db" in out, name
    for name in ("list", "show", "audit", "revoke"):
        assert run("corrections", name, "--help")[0] == 0, name


def test_correct_then_list_audit_and_revoke(db: str) -> None:
    code, out = run(
        "correct",
        "retitle",
        f"{MARCH}:a2",
        "--title",
        "护理服务再提升",
        "--editor",
        "编辑丙",
        "--db",
        db,
    )
    assert code == 0 and out.startswith("correction #1 applied"), out
    code, out = run("correct", "paragraphs", f"{MARCH}:a1", "--db", db)
    assert code == 0 and f"  3  {sample.STRAY}" in out
    code, out = run(
        "correct",
        "move-paragraph",
        f"{MARCH}:a1",
        "3",
        "--to",
        f"{MARCH}:a2",
        "--db",
        db,
        "--editor",
        "编辑丙",
    )
    assert code == 0, out
    code, out = run(
        "correct",
        "fact-fix",
        "position",
        "--match",
        "person=邵青",
        "--set",
        "title=科主任",
        "--db",
        db,
        "--editor",
        "编辑丙",
    )
    assert code == 0 and "[songxi-2026-03]" in out, out
    code, out = run("corrections", "list", "--json", "--db", db)
    listed = json.loads(out)
    assert [c["kind"] for c in listed["items"]] == ["fact_fix", "move_paragraph", "retitle"]
    assert {c["editor"] for c in listed["items"]} == {"编辑丙"}
    code, out = run("corrections", "revoke", "1", "--editor", "主编", "--db", db)
    assert code == 0 and "revoked by 主编" in out
    code, out = run("corrections", "audit", "--id", "1", "--json", "--db", db)
    assert [e["action"] for e in json.loads(out)] == ["revoke", "create"]
    code, out = run("corrections", "show", "2", "--db", db)
    assert code == 0 and "move_paragraph applied" in out


def test_stale_corrections_are_listed_with_their_reason(db: str) -> None:
    run(
        "correct", "retitle", f"{MARCH}:a5", "--title", "简讯两则", "--db", db, "--editor", "编辑丙"
    )
    with open_archive(db) as archive:
        archive.extract = sample.extract
        issue = sample.issue_march(sha="sha-changed")
        issue = issue.__class__(**{**issue.__dict__, "articles": issue.articles[:4]})
        archive.ingest(issue, sample.extract(issue))
    code, out = run("corrections", "list", "--stale", "--db", db)
    assert code == 0 and "#1" in out and "stale: article 「简讯」 is no longer in" in out


def test_errors_are_one_line_and_exit_1(db: str) -> None:
    code, out = run("correct", "merge", f"{MARCH}:a1", "songxi-2026-04:a1", "--db", db)
    assert code == 1 and out.count("\n") == 1 and "different issues" in out
    code, out = run("correct", "split", f"{MARCH}:a1", "99", "--db", db)
    assert code == 1 and "has 3 paragraphs" in out
    code, out = run("correct", "fact-fix", "position", "--match", "person", "--db", db)
    assert code == 2 and "FIELD=VALUE" in out
    code, out = run("corrections", "revoke", "7", "--db", db)
    assert code == 1 and "no correction #7" in out
    code, out = run("corrections", "list", "--db", str(Path(db).with_name("none.db")))
    assert code == 1 and "no archive here" in out
