"""`yuanzhi ingest --cluster/--workers` and `yuanzhi check` from the command line."""

from __future__ import annotations

import socket
from pathlib import Path
from typing import Any

import pytest
import typer
from typer.testing import CliRunner

from yuanzhi.archive.store import open_archive
from yuanzhi.cli import archive_cmd

runner = CliRunner()


@pytest.fixture
def app() -> typer.Typer:
    app = typer.Typer(pretty_exceptions_enable=False)
    archive_cmd.register(app)
    return app


def run(app: typer.Typer, *args: Any, env: dict[str, str] | None = None) -> tuple[int, str, str]:
    result = runner.invoke(app, [str(a) for a in args], env=env)
    return result.exit_code, result.stdout, result.stderr


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_ingest_on_a_running_cluster_then_check(
    app: typer.Typer, client: Any, issues: list[Path], tmp_path: Path
) -> None:
    db = tmp_path / "cli.db"
    bad = tmp_path / "乱码.txt"
    bad.write_bytes(bytes(range(256)) * 8)
    address = client.scheduler.address
    code, out, err = run(app, "ingest", issues[0], bad, issues[1], "--db", db, "--cluster", address)
    assert code == 1  # one file failed
    lines = out.splitlines()
    assert lines[0].startswith(f"added      {issues[0]}")
    assert lines[1].startswith(f"failed     {bad}: {bad}")
    assert lines[2].startswith(f"added      {issues[1]}")
    assert "2 added, 1 failed" in lines[-1]
    code, out, err = run(app, "check", "--db", db)
    assert code == 0, err
    assert "ok (2 issues" in out


def test_unreachable_cluster_is_one_line(
    app: typer.Typer, issues: list[Path], tmp_path: Path
) -> None:
    address = f"127.0.0.1:{_closed_port()}"
    env = {"YUANZHI_CLUSTER_TIMEOUT": "1"}
    code, out, err = run(
        app, "ingest", issues[0], "--db", tmp_path / "x.db", "--cluster", address, env=env
    )
    assert code == 1
    assert err.strip().count("\n") == 0, err
    assert err.startswith(f"error: --cluster {address}: cannot reach a Dask scheduler")
    assert "Traceback" not in out + err


def test_workers_and_cluster_together_are_refused(
    app: typer.Typer, issues: list[Path], tmp_path: Path
) -> None:
    code, _, err = run(
        app,
        "ingest",
        issues[0],
        "--workers",
        2,
        "--cluster",
        "127.0.0.1:1",
        "--db",
        tmp_path / "x.db",
    )
    assert code == 2
    assert "not both" in err


def test_check_names_a_half_written_issue(
    app: typer.Typer, issues: list[Path], tmp_path: Path
) -> None:
    from yuanzhi.archive.intake import ingest_paths

    db = tmp_path / "half.db"
    with open_archive(db) as archive:
        ingest_paths(archive, [issues[0]])
        issue_id = archive.list_issues()[0].id
        archive.conn.execute("DELETE FROM articles WHERE issue_id = ? AND seq = 1", (issue_id,))
    code, _, err = run(app, "check", "--db", db)
    assert code == 1
    assert f"issue {issue_id}: articles numbered" in err
    assert "is no article" in err  # its search entry is left without an article


@pytest.mark.parametrize("address", ["nonsense", "http://127.0.0.1:8786", "127.0.0.1:99999"])
def test_malformed_cluster_address_is_one_line(
    app: typer.Typer, issues: list[Path], tmp_path: Path, address: str
) -> None:
    code, out, err = run(app, "ingest", issues[0], "--db", tmp_path / "x.db", "--cluster", address)
    assert code == 1
    assert err.strip().count("\n") == 0, err
    assert err.startswith(f"error: --cluster {address}: not a scheduler address")
    assert "Traceback" not in out + err
