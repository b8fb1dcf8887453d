"""Docs are tested: every CLI command has help and appears in the README, and
the README opens with the two commands a newcomer runs."""

from __future__ import annotations

from typer.main import get_command
from typer.testing import CliRunner

from tests.conftest import REPO
from yuanzhi.cli import build_app


def test_readme_opens_with_make_run_and_make_test() -> None:
    head = (REPO / "README.md").read_text(encoding="utf-8").splitlines()[:8]
    assert any("make run" in line for line in head) and any("make test" in line for line in head)


def test_every_command_has_help_and_is_documented() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    app = build_app()
    commands = get_command(app).commands  # type: ignore[attr-defined]
    assert {"parse", "facts", "ingest", "serve"} <= set(commands)
    runner = CliRunner()
    for name, command in commands.items():
        assert command.help, f"{name} has no help"
        assert f"yuanzhi {name}" in readme, f"`yuanzhi {name}` is not in the README"
        result = runner.invoke(app, [name, "--help"])
        assert result.exit_code == 0, result.output
