"""`yuanzhi ingest`: parse issues (here or on a Dask cluster) and store each in one transaction."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import ExitStack, closing, contextmanager
from functools import partial
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.text import Text

from ..errors import YuanzhiError
from .shell import (
    DEFAULT_DB,
    Db,
    Hospital,
    check_date,
    check_hospital,
    clean_errors,
    make_console,
    open_db,
    progress_bar,
    shown,
)


@contextmanager
def _stop_note() -> Iterator[None]:
    """Ctrl-C during an ingest: the issues stored so far are whole, the one being written is not stored."""
    try:
        yield
    except KeyboardInterrupt:
        typer.echo(
            "interrupted: every issue stored so far is complete, the one in progress was not"
            " stored; run the same command again to go on",
            err=True,
        )
        raise typer.Exit(130) from None


def _cluster_stream(
    stack: ExitStack,
    archive: Any,
    groups: list[tuple[Path, ...]],
    date: str | None,
    workers: int | None,
    address: str | None,
    shared_files: bool,
    hospital: str | None = None,
) -> Iterator[tuple[tuple[Path, ...], Callable[[], Any]]]:
    """(paths, a call giving the stored outcome or raising its error), parsed on a cluster."""
    from ..cluster.engine import ingest_on_cluster
    from ..cluster.local import local_client, remote_client

    if address is not None:
        client = stack.enter_context(remote_client(address))
    else:
        client = stack.enter_context(local_client(workers or 1))
    ship = address is not None and not shared_files
    outcomes = ingest_on_cluster(archive, groups, client, date=date, ship_files=ship, hospital=hospital)
    for outcome in stack.enter_context(closing(outcomes)):  # jobs in flight cancelled first
        yield outcome.paths, outcome.as_intake


def ingest(
    files: Annotated[
        list[Path],
        typer.Argument(
            help="issue files: text, PDF, or page images (consecutive images = one issue)"
        ),
    ],
    db: Db = DEFAULT_DB,
    date: Annotated[
        str | None,
        typer.Option("--date", help="issue date when the file does not say (YYYY-MM[-DD])"),
    ] = None,
    workers: Annotated[
        int | None,
        typer.Option("--workers", min=1, help="parse on a local cluster of N worker processes"),
    ] = None,
    cluster: Annotated[
        str | None,
        typer.Option(
            "--cluster", help="parse on the workers of a running Dask cluster (tcp://HOST:PORT)"
        ),
    ] = None,
    shared_files: Annotated[
        bool,
        typer.Option(
            "--shared-files", help="with --cluster: workers read the same paths (shared disk)"
        ),
    ] = False,
    hospital: Hospital = None,
) -> None:
    """Parse issues and store them (articles, facts, page images) in the archive.

    Re-ingesting an unchanged file does nothing; a changed file with the same
    name replaces its old version. Several page images given one after another
    are the pages of one scanned issue, in the order given. With --workers or
    --cluster the issues are parsed on a Dask cluster and this process writes
    each one in one transaction. --hospital names the paper's own hospital; the
    archive remembers the first one given and later ingests use it.
    """
    from ..archive.hospital_setting import ingest_hospital, stored_hospital
    from ..archive.intake import group_inputs, ingest_paths

    check_date(date, "--date")
    hospital = check_hospital(hospital)
    if workers is not None and cluster is not None:
        typer.echo("error: give --workers N or --cluster ADDRESS, not both", err=True)
        raise typer.Exit(2)
    groups = group_inputs(files)
    counts = {"added": 0, "unchanged": 0, "replaced": 0, "failed": 0}
    articles = 0
    console = make_console()
    with _stop_note(), clean_errors(), open_db(db, create=True) as archive, ExitStack() as stack:
        before = stored_hospital(archive)
        if hospital and before and hospital != before:
            console.print(
                Text(f"note: these issues are read as {hospital}'s; the archive's hospital stays {before}"
                     f" (`yuanzhi hospital NAME` changes it)"),
                style="yellow",
            )
        hospital = ingest_hospital(archive, hospital)  # given (remembered the first time), else the archive's
        progress = progress_bar()
        with progress:
            task = progress.add_task("ingesting", total=len(groups))
            if workers is not None or cluster is not None:
                stream = _cluster_stream(
                    stack, archive, groups, date, workers, cluster, shared_files, hospital
                )
            else:
                stream = (
                    (paths, partial(ingest_paths, archive, paths, date=date, hospital=hospital))
                    for paths in groups
                )
            for paths, run in stream:
                name = str(paths[0]) + (f" (+{len(paths) - 1} pages)" if len(paths) > 1 else "")
                progress.update(task, description=f"ingesting {paths[0].name}")
                try:
                    intake = run()
                except YuanzhiError as error:
                    counts["failed"] += 1
                    console.print(Text(f"failed     {name}: {error}"), style="red")
                    progress.advance(task)
                    continue
                result = intake.result
                counts[result.status] += 1
                articles += result.articles if result.status != "unchanged" else 0
                line = (
                    f"{result.status:<10} {name} → {result.issue_id} ({result.articles} articles)"
                )
                console.print(Text(line))
                for warning in intake.warnings:
                    console.print(Text(f"  warning: {warning}"), style="yellow")
                progress.advance(task)
    summary = ", ".join(f"{n} {status}" for status, n in counts.items() if n)
    console.print(
        Text(
            f"{len(groups)} issue(s): {summary or 'nothing to do'}; {articles} articles stored in {shown(db)}"
            + (f" (hospital {hospital})" if hospital else "")
        )
    )
    if counts["failed"]:
        raise typer.Exit(1)
