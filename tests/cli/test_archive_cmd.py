from __future__ import annotations

import json
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from yuanzhi.archive.store import open_archive
from yuanzhi.cli import archive_cmd

from ..archive.sample import facts_june, facts_may, issue_june, issue_may

COMMANDS = (
    "ingest",
    "list",
    "show",
    "search",
    "person",
    "org",
    "events",
    "chronicle",
    "contributions",
)

# an invented two-article issue in the flattened one-line-per-printed-line form
ISSUE_TEXT = """青川市人民医院报

2024年9月20日

我院召开秋季安全生产工作会议

9月12日，青川市人民医院召开秋季安全生产

工作会议，院长林知远出席并讲话，要求各科室

压实安全责任，排查风险隐患。

（院办 陈默）

心内科开展健康义诊活动

9月15日，心内科专家走进青川社区开展义诊，

为居民免费测量血压、血糖，讲解慢病防治知识。

（心内科 周小满）
"""


@pytest.fixture
def app() -> typer.Typer:
    app = typer.Typer(pretty_exceptions_enable=False)
    archive_cmd.register(app)
    return app


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "cli.db"
    with open_archive(path) as archive:
        archive.ingest(issue_may(), facts_may())
        archive.ingest(issue_june(), facts_june())
    return path


runner = CliRunner()


def run(app: typer.Typer, *args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, [str(a) for a in args])
    return result.exit_code, result.stdout, result.stderr


def test_every_command_has_help(app: typer.Typer) -> None:
    for command in COMMANDS:
        code, out, _ = run(app, command, "--help")
        assert code == 0, command
        assert "Usage" in out


def test_ingest_text_then_again_is_unchanged(app: typer.Typer, tmp_path: Path) -> None:
    source = tmp_path / "青川院报-2024-09.txt"
    source.write_text(ISSUE_TEXT, encoding="utf-8")
    db = tmp_path / "new.db"
    code, out, _ = run(app, "ingest", source, "--db", db)
    assert code == 0, out
    assert out.startswith("added")
    code, out, _ = run(app, "ingest", source, "--db", db)
    assert code == 0 and out.startswith("unchanged")
    source.write_text(ISSUE_TEXT.replace("9月15日", "9月16日"), encoding="utf-8")
    code, out, _ = run(app, "ingest", source, "--db", db)
    assert code == 0 and out.startswith("replaced")


def test_bad_file_fails_alone_and_exit_is_1(app: typer.Typer, tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(ISSUE_TEXT, encoding="utf-8")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"  \n\n")  # empty: a named input error
    missing = tmp_path / "missing.txt"
    code, out, _ = run(app, "ingest", bad, missing, good, "--db", tmp_path / "mixed.db")
    assert code == 1
    lines = out.splitlines()
    assert lines[0].startswith("failed") and "bad.txt" in lines[0]
    assert lines[1].startswith("failed") and "missing.txt" in lines[1]
    assert any(line.startswith("added") and "good.txt" in line for line in lines)
    assert "Traceback" not in out


def test_list_and_show(app: typer.Typer, db: Path) -> None:
    code, out, _ = run(app, "list", "--db", db)
    assert code == 0 and "青川院报-2024-05:a2" in out
    code, out, _ = run(app, "show", "青川院报-2024-05:a2", "--db", db, "--json")
    data = json.loads(out)
    assert data["id"] == "青川院报-2024-05:a2" and data["continued"] is True
    assert [(b["department"], b["authors"]) for b in data["bylines"]] == [
        ("胸外科", ["韩立川", "周小满"])
    ]
    code, out, _ = run(app, "show", "青川院报-2024-05:a2", "--db", db)
    assert out.startswith("# 胸外科成功完成")


def test_missing_article_and_missing_db_are_one_line_errors(
    app: typer.Typer, db: Path, tmp_path: Path
) -> None:
    code, out, err = run(app, "show", "nope:a1", "--db", db)
    assert code == 1 and err.startswith("error:") and err.count("\n") == 1
    code, _, err = run(app, "list", "--db", tmp_path / "absent.db")
    assert code == 1 and "no archive" in err
    assert not (tmp_path / "absent.db").exists()


def test_search_filters_and_json(app: typer.Typer, db: Path) -> None:
    code, out, _ = run(app, "search", "林知远", "--db", db, "--from", "2024-06", "--json")
    data = json.loads(out)
    assert [h["article_id"] for h in data["hits"]] == ["青川院报-2024-06:a1"]
    code, out, _ = run(app, "search", '"AND OR NEAR(', "--db", db)
    assert code == 0 and out.startswith("0 hits")
    code, out, _ = run(app, "search", "", "--dept", "护理部", "--sort", "date", "--db", db)
    assert code == 0 and out.startswith("2 hits")
    code, _, err = run(app, "search", "x", "--from", "May", "--db", db)
    assert code == 2 and "YYYY" in err


def test_person_org_events(app: typer.Typer, db: Path) -> None:
    code, out, _ = run(app, "person", "林知远", "--db", db, "--json")
    spans = {p["title"]: p for p in json.loads(out)["positions"]}
    assert (
        spans["院长"]["first_seen"] == "2024-05-20" and spans["院长"]["last_seen"] == "2024-06-25"
    )
    code, out, _ = run(app, "org", "青川市人民医院", "--on", "2024-06-30", "--db", db)
    assert code == 0 and "苏景行" in out and "appointed 2024-06-03" in out
    code, out, _ = run(app, "events", "--from", "2024-06", "--to", "2024-06", "--db", db, "--json")
    assert [e["type"] for e in json.loads(out)] == ["appointment", "outreach"]
    code, _, err = run(app, "person", "无名氏", "--db", db)
    assert code == 1 and "无名氏" in err


def test_chronicle_formats(app: typer.Typer, db: Path, tmp_path: Path) -> None:
    code, out, _ = run(app, "chronicle", "2024", "--db", db)
    assert code == 0 and out.startswith("# 青川市人民医院2024年大事记") and "小禾" not in out
    target = tmp_path / "大事记.docx"
    code, _, _ = run(app, "chronicle", "2024", "--format", "docx", "--out", target, "--db", db)
    assert code == 0 and target.read_bytes().startswith(b"PK")
    code, _, err = run(app, "chronicle", "2024", "--format", "docx", "--db", db)
    assert code == 2 and "--out" in err
    code, out, _ = run(app, "chronicle", "2024", "--format", "csv", "--db", db)
    assert out.startswith("日期,月,日")


def test_contributions(app: typer.Typer, db: Path) -> None:
    code, out, _ = run(app, "contributions", "2024", "--db", db)
    assert code == 0 and "护理部" in out
    code, out, _ = run(app, "contributions", "2024", "--csv", "--db", db)
    assert out.splitlines()[0].startswith("科室,作者,1月")
