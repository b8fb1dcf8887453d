"""`yuanzhi hospital [NAME]`: the archive's own hospital (what 我院/医院 refer to), shown or set."""

from __future__ import annotations

from typing import Annotated

import typer

from .shell import DEFAULT_DB, Db, check_hospital, clean_errors, open_db, shown


def register(app: typer.Typer) -> None:
    app.command("hospital")(hospital)


def hospital(
    name: Annotated[
        str | None,
        typer.Argument(help="the paper's own hospital by its full name; omit to show the archive's"),
    ] = None,
    db: Db = DEFAULT_DB,
    reextract: Annotated[
        bool,
        typer.Option("--reextract", help="then read the facts of every stored issue again with it"),
    ] = False,
) -> None:
    """Show or set the archive's own hospital; later ingests and uploads extract facts with it.

    The first `yuanzhi ingest --hospital NAME` sets it too. Issues already stored keep the facts
    they were read with (ingesting an unchanged file again does not read it again) until
    `yuanzhi reextract` or `--reextract` reads them again.
    """
    from ..archive.hospital_setting import remember_hospital, stored_hospital

    given = check_hospital(name)
    with clean_errors(), open_db(db, create=given is not None) as archive:
        if given is not None:
            remember_hospital(archive, given)
            typer.echo(f"hospital of {shown(db)}: {given}")
        stored = stored_hospital(archive)
        if reextract:  # NAME given: read again with it; else with the archive's
            from .reextract_cmd import run_reextract

            if given is None:
                typer.echo(f"hospital of {shown(db)}: {stored or 'none set'}")
            if run_reextract(archive, db, ()):
                raise typer.Exit(1)
            return
        if given is not None:
            return
    typer.echo(
        f"hospital of {shown(db)}: {stored}" if stored
        else f"{shown(db)}: no hospital set; `yuanzhi hospital NAME` or `yuanzhi ingest --hospital NAME` sets it"
    )
