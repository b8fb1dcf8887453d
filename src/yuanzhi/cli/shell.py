"""What every command shell shares: the --db and --json options, named errors as one
line and exit 1, dates checked, the archive opened and named as messages name it."""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.console import Console

from ..errors import YuanzhiError

if TYPE_CHECKING:
    from rich.progress import Progress

Db = Annotated[
    str,
    typer.Option(
        "--db",
        envvar="YUANZHI_DB",
        help="archive: a SQLite file, or postgresql://USER@HOST/DB (env YUANZHI_DB)",
    ),
]
AsJson = Annotated[bool, typer.Option("--json", help="print JSON instead of a table")]
Hospital = Annotated[
    str | None,
    typer.Option(
        "--hospital",
        help="the paper's own hospital by its full name (what 我院/医院 refer to); default: the archive's, the masthead's, else guessed from the texts",
    ),
]
DEFAULT_DB = "yuanzhi.db"
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


@contextmanager
def clean_errors() -> Iterator[None]:
    try:
        yield
    except YuanzhiError as error:
        typer.echo(f"error: {error}", err=True)
        raise typer.Exit(1) from None


def make_console() -> Console:
    return Console(soft_wrap=True, highlight=False)


def progress_bar() -> Progress:
    """A counted progress bar on stderr, shown only on a terminal and gone when done."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    return Progress(
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        console=Console(stderr=True),
        transient=True,
        disable=not sys.stderr.isatty(),
    )


def echo_json(data: Any) -> None:
    typer.echo(json.dumps(data, ensure_ascii=False, indent=2))


def check_date(value: str | None, option: str) -> str | None:
    if value is not None and not _DATE.match(value):
        typer.echo(
            f"error: {option} {value!r} is not a date; use YYYY, YYYY-MM or YYYY-MM-DD", err=True
        )
        raise typer.Exit(2)
    return value


def check_hospital(value: str | None) -> str | None:
    """A --hospital value tidied, or one line saying what is wrong (exit 2)."""
    from ..extract.paper_hospital import check_hospital as tidy

    try:
        return tidy(value)
    except YuanzhiError as error:
        typer.echo(f"error: {error}", err=True)
        raise typer.Exit(2) from None


def open_db(db: str, create: bool = False) -> Any:
    from ..archive.store import open_archive

    return open_archive(db, create=create)


def shown(db: str) -> str:
    """The archive as messages name it (a URL without its password)."""
    from ..archive.db import display_name
    from ..errors import ArchiveError

    try:
        return display_name(db)
    except ArchiveError:
        return db
