"""`yuanzhi reextract`: read the facts of stored issues again (current code, the archive's hospital)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.text import Text

from .shell import (
    DEFAULT_DB,
    AsJson,
    Db,
    clean_errors,
    echo_json,
    make_console,
    open_db,
    progress_bar,
    shown,
)

if TYPE_CHECKING:
    from rich.console import Console
    from rich.progress import Progress, TaskID

    from ..archive.reextract import Reread


def register(app: typer.Typer) -> None:
    app.command("reextract")(reextract)


def reextract(
    issue: Annotated[
        list[str] | None,
        typer.Option("--issue", help="an issue id to read again (repeatable; default: every issue)"),
    ] = None,
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="show what would change; write nothing")
    ] = False,
    db: Db = DEFAULT_DB,
    as_json: AsJson = False,
) -> None:
    """Read the facts of stored issues again with this yuanzhi and the archive's hospital.

    After `yuanzhi hospital NAME` or an upgrade. The articles are kept as stored; editors'
    corrections stay applied. Each issue is rewritten in one transaction: one that fails is
    left as it was and named, the others go on (exit 1 at the end).
    """
    with clean_errors(), open_db(db) as archive:
        failed = run_reextract(archive, db, issue or (), dry_run=dry_run, as_json=as_json)
    if failed:
        raise typer.Exit(1)


def run_reextract(
    archive: Any, db: str, wanted: list[str] | tuple[str, ...], *, dry_run: bool = False, as_json: bool = False
) -> int:
    """Read the issues again with a progress bar, print each failure and the summary; failures."""
    from ..archive.reextract import as_dict
    from ..archive.reextract import reextract as read_again

    console = make_console()
    with progress_bar() as progress:
        summary = read_again(archive, wanted, dry_run=dry_run, progress=_Bar(progress, console))
    if as_json:
        echo_json(as_dict(summary))
        return len(summary.failed)
    done, hospital = summary.issues, summary.hospital
    ok = len(done) - len(summary.failed)
    verb = "would be read again" if dry_run else "read again"
    console.print(
        Text(
            f"{ok} of {len(done)} issue(s) {verb} in {shown(db)}"
            + (f" (hospital {hospital})" if hospital else " (no hospital set)")
            + (f"; {len(summary.failed)} failed" if summary.failed else "")
        )
    )
    for kind, (before, after) in summary.totals().items():
        change = f"{after - before:+d}" if after != before else "="
        console.print(Text(f"  {kind:<14} {before:>6} → {after:<6} {change}"))
    if dry_run:
        console.print(Text("dry run: nothing was written"))
    return len(summary.failed)


class _Bar:
    """The bar of the issues read again, and each failure printed as it comes."""

    def __init__(self, progress: Progress, console: Console) -> None:
        self.progress, self.console = progress, console
        self.task: TaskID | None = None

    def begin(self, total: int) -> None:
        self.task = self.progress.add_task("reading facts again", total=total)

    def start(self, key: str) -> None:
        assert self.task is not None
        self.progress.update(self.task, description=f"reading {key}")

    def done(self, reread: Reread) -> None:
        assert self.task is not None
        if not reread.ok:
            self.console.print(Text(f"failed     {reread.issue_id}: {reread.error} (left as it was)"), style="red")
        self.progress.advance(self.task)
