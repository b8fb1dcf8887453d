"""Reading the facts of stored issues again (archive/reextract.py, `yuanzhi reextract`,
`yuanzhi hospital NAME --reextract`), on SQLite and PostgreSQL.

Invented hospitals, people and texts throughout.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from yuanzhi.archive import writer
from yuanzhi.archive.hospital_setting import remember_hospital
from yuanzhi.archive.integrity import check_archive
from yuanzhi.archive.reextract import reextract
from yuanzhi.archive.store import Archive, open_archive
from yuanzhi.cli import build_app
from yuanzhi.corrections import edit
from yuanzhi.pipeline import issues_to_facts, parse_text

HOME = "澜溪市第三人民医院"

# articles that never name their hospital: 医院/院长/我院 are the paper's own
SPRING = """医院召开春季工作会议

3月12日，医院召开春季工作会议。医院党委书记蒲文澜、院长庾思远出席会议。我院副院长晏秋池主持会议。

会议总结了上一季度的工作，部署了春季重点任务。

心内科开展义诊活动

3月20日，心内科主任医师柏青禾带领团队走进社区，为居民免费测量血压。
"""

SUMMER = """医院举行护士节表彰大会

5月12日，医院举行护士节表彰大会。院长庾思远为优秀护士颁奖，护理部主任温若岚宣读表彰决定。
"""


def _store(archive: Archive, text: str, source: str, date: str) -> str:
    issue = parse_text(text, source=source, date=date)
    return archive.ingest(issue, issues_to_facts([issue])).issue_id


def _rows(archive: Archive, key: str) -> list[tuple[Any, ...]]:
    rows = archive.conn.execute(
        "SELECT kind, seq, name, date, type, article_id, data FROM facts WHERE issue_id = ? ORDER BY kind, seq",
        (key,),
    )
    return [tuple(r) for r in rows]


def _orgs(archive: Archive, key: str) -> dict[tuple[str, str], str | None]:
    found = {}
    for (data,) in archive.conn.execute("SELECT data FROM facts WHERE issue_id = ? AND kind = 'person'", (key,)):
        person = json.loads(data)
        for pos in person["positions"]:
            found[(person["name"], pos["title"])] = pos["org"]
    return found


@pytest.fixture
def stored(archive: Archive) -> tuple[Archive, str, str]:
    return archive, _store(archive, SPRING, "澜溪院报-2025-03.txt", "2025-03"), _store(
        archive, SUMMER, "澜溪院报-2025-05.txt", "2025-05"
    )


def test_reading_again_with_nothing_changed_keeps_every_fact(stored: tuple[Archive, str, str]) -> None:
    archive, spring, summer = stored
    before = {k: _rows(archive, k) for k in (spring, summer)}
    summary = reextract(archive)
    assert not summary.failed and [r.issue_id for r in summary.issues] == sorted([spring, summer])
    assert {k: _rows(archive, k) for k in (spring, summer)} == before
    assert all(b == a for b, a in summary.totals().values()) and summary.totals()
    assert archive.conn.execute("SELECT count(*) FROM raw_parses").fetchone()[0] == 0
    assert check_archive(archive).ok


def test_the_progress_is_told_the_count_each_start_and_each_outcome(stored: tuple[Archive, str, str]) -> None:
    archive, spring, summer = stored
    told: list[object] = []

    class Recorder:
        def begin(self, total: int) -> None:
            told.append(total)

        def start(self, key: str) -> None:
            told.append(f"start {key}")

        def done(self, reread: Any) -> None:
            told.append(f"done {reread.issue_id} {reread.ok}")

    summary = reextract(archive, [summer, spring], dry_run=True, progress=Recorder())
    assert [r.issue_id for r in summary.issues] == [summer, spring]
    assert told == [2, f"start {summer}", f"done {summer} True", f"start {spring}", f"done {spring} True"]


def test_a_hospital_set_after_ingest_reaches_the_stored_facts(stored: tuple[Archive, str, str]) -> None:
    archive, spring, summer = stored
    assert _orgs(archive, spring).get(("庾思远", "院长")) != HOME
    generation = archive.generation()
    remember_hospital(archive, HOME)
    summary = reextract(archive, [spring])
    assert [r.issue_id for r in summary.issues] == [spring] and summary.hospital == HOME
    orgs = _orgs(archive, spring)
    assert orgs[("庾思远", "院长")] == HOME and orgs[("蒲文澜", "党委书记")] == HOME
    assert archive.get_issue(spring).issue.hospital == HOME  # the parse remembers it
    assert archive.get_issue(summer).issue.hospital is None  # not asked for: untouched
    assert archive.generation() != generation  # caches keyed on the generation see the change
    assert HOME in {p.org for p in archive.person("庾思远").positions}
    assert check_archive(archive).ok


def test_corrections_stay_applied_after_reading_again(stored: tuple[Archive, str, str]) -> None:
    archive, spring, _summer = stored
    first = f"{spring}:{archive.get_issue(spring).issue.articles[0].id}"
    assert "柏青禾" in {n for n, _t in _orgs(archive, spring)}  # read from the text: deleted below
    edit.retitle(archive, first, title="春季工作会议召开", editor="编辑甲")
    edit.fact_delete(archive, "position", {"person": "柏青禾"}, editor="编辑乙", issue_id=spring)
    edit.fact_fix(archive, "position", {"person": "晏秋池"}, {"title": "常务副院长"}, editor="编辑乙", issue_id=spring)
    assert "柏青禾" not in {n for n, _t in _orgs(archive, spring)}
    assert ("晏秋池", "常务副院长") in _orgs(archive, spring)
    remember_hospital(archive, HOME)
    summary = reextract(archive)
    assert not summary.failed
    assert archive.get_article(first).title == "春季工作会议召开"
    assert "柏青禾" not in {n for n, _t in _orgs(archive, spring)}  # the deletion holds on the new facts
    assert _orgs(archive, spring)[("晏秋池", "常务副院长")] == HOME  # the fix holds, on the new org
    assert _orgs(archive, spring)[("庾思远", "院长")] == HOME  # and the new facts are there
    assert {r.status for r in archive.corrections.search().items} == {"applied"}
    raw = archive.conn.execute("SELECT issue_json FROM raw_parses WHERE issue_id = ?", (spring,)).fetchone()
    assert json.loads(raw[0])["articles"][0]["title"] == "医院召开春季工作会议"  # the parse kept as parsed
    assert check_archive(archive).ok


def test_a_failure_leaves_that_issue_as_it_was_and_the_others_go_on(
    stored: tuple[Archive, str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    archive, spring, summer = stored
    before = {k: _rows(archive, k) for k in (spring, summer)}
    remember_hospital(archive, HOME)
    real = writer.insert_facts

    def broken(conn: Any, key: str, *args: Any) -> None:
        if key == spring:  # after its old facts were deleted in the same transaction
            raise RuntimeError("disk full while writing")
        real(conn, key, *args)

    monkeypatch.setattr(writer, "insert_facts", broken)
    summary = reextract(archive)
    assert [r.issue_id for r in summary.failed] == [spring]
    assert "disk full" in (summary.failed[0].error or "")
    assert _rows(archive, spring) == before[spring]
    assert archive.get_issue(spring).issue.hospital is None
    assert archive.conn.execute("SELECT count(*) FROM raw_parses").fetchone()[0] == 0
    assert archive.get_issue(summer).issue.hospital == HOME  # the next issue was read again
    assert check_archive(archive).ok


def test_a_dry_run_writes_nothing(stored: tuple[Archive, str, str]) -> None:
    archive, spring, summer = stored
    before = {k: _rows(archive, k) for k in (spring, summer)}
    generation = archive.generation()
    remember_hospital(archive, HOME)
    summary = reextract(archive, dry_run=True)
    assert summary.dry_run and not summary.failed
    assert {k: _rows(archive, k) for k in (spring, summer)} == before
    assert archive.generation() == generation
    assert archive.get_issue(spring).issue.hospital is None


# ---------------------------------------------------------------- the commands


def _sqlite_archive(tmp_path: Path) -> Path:
    path = tmp_path / "yz.db"
    with open_archive(path) as archive:
        _store(archive, SPRING, "澜溪院报-2025-03.txt", "2025-03")
        _store(archive, SUMMER, "澜溪院报-2025-05.txt", "2025-05")
    return path


def test_the_command_reads_again_and_prints_the_summary(tmp_path: Path) -> None:
    path = _sqlite_archive(tmp_path)
    runner = CliRunner()
    done = runner.invoke(build_app(), ["hospital", HOME, "--reextract", "--db", str(path)])
    assert done.exit_code == 0, done.output
    assert f"2 of 2 issue(s) read again in {path} (hospital {HOME})" in done.output
    assert "person" in done.output and "→" in done.output
    as_json = runner.invoke(build_app(), ["reextract", "--db", str(path), "--issue", "澜溪院报-2025-05", "--json"])
    assert as_json.exit_code == 0, as_json.output
    data = json.loads(as_json.output)
    assert [i["id"] for i in data["issues"]] == ["澜溪院报-2025-05"] and data["hospital"] == HOME
    assert data["totals"]["person"]["before"] == data["totals"]["person"]["after"]  # read again: same


def test_the_command_names_a_failure_and_exits_non_zero(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _sqlite_archive(tmp_path)
    real = writer.insert_facts

    def broken(conn: Any, key: str, *args: Any) -> None:
        if key.endswith("03"):
            raise RuntimeError("disk full while writing")
        real(conn, key, *args)

    monkeypatch.setattr(writer, "insert_facts", broken)
    done = CliRunner().invoke(build_app(), ["reextract", "--db", str(path)])
    assert done.exit_code == 1
    assert "failed     澜溪院报-2025-03: RuntimeError: disk full while writing (left as it was)" in done.output
    assert "1 of 2 issue(s) read again" in done.output and "1 failed" in done.output
    unknown = CliRunner().invoke(build_app(), ["reextract", "--db", str(path), "--issue", "nope"])
    assert unknown.exit_code == 1 and "no issue 'nope'" in unknown.output


def test_the_web_api_serves_the_facts_read_again(tmp_path: Path) -> None:
    from fastapi.testclient import TestClient

    from yuanzhi.web import WebSettings, create_app

    path = _sqlite_archive(tmp_path)
    settings = WebSettings(db=path, admin_token=None, upload_dir=tmp_path / "uploads")
    with TestClient(create_app(settings)) as client:
        home = client.get("/api/home").json()
        before = client.get("/api/people/庾思远").json()
        done = CliRunner().invoke(build_app(), ["hospital", HOME, "--reextract", "--db", str(path)])
        assert done.exit_code == 0, done.output
        assert client.get("/api/home").json()["counts"] == home["counts"]
        after = client.get("/api/people/庾思远")
        assert after.status_code == 200
        assert HOME in json.dumps(after.json(), ensure_ascii=False)
        assert HOME not in json.dumps(before, ensure_ascii=False)
