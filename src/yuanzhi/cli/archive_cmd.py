"""Archive commands: ingest, list, show, search, person, org, events, chronicle, contributions.

Thin shells: parse the arguments, open the archive, call one library function,
print. A named error (errors.YuanzhiError) becomes one line on stderr and exit 1.
"""

from __future__ import annotations

import html
import json
import re
import sys
from collections.abc import Callable, Iterator
from contextlib import ExitStack, closing, contextmanager
from functools import partial
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text

from ..errors import YuanzhiError

Db = Annotated[
    str,
    typer.Option(
        "--db",
        envvar="YUANZHI_DB",
        help="archive: a SQLite file, or postgresql://USER@HOST/DB (env YUANZHI_DB)",
    ),
]
AsJson = Annotated[bool, typer.Option("--json", help="print JSON instead of a table")]
DEFAULT_DB = "yuanzhi.db"
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def register(app: typer.Typer) -> None:
    for name, command in (
        ("ingest", ingest),
        ("list", list_issues),
        ("show", show),
        ("search", search),
        ("person", person),
        ("org", org),
        ("events", events),
        ("chronicle", chronicle),
        ("contributions", contributions),
        ("check", check),
    ):
        app.command(name)(command)


@contextmanager
def _clean_errors() -> Iterator[None]:
    try:
        yield
    except YuanzhiError as error:
        typer.echo(f"error: {error}", err=True)
        raise typer.Exit(1) from None


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
) -> Iterator[tuple[tuple[Path, ...], Callable[[], Any]]]:
    """(paths, a call giving the stored outcome or raising its error), parsed on a cluster."""
    from ..cluster.engine import ingest_on_cluster
    from ..cluster.local import local_client, remote_client

    if address is not None:
        client = stack.enter_context(remote_client(address))
    else:
        client = stack.enter_context(local_client(workers or 1))
    ship = address is not None and not shared_files
    outcomes = ingest_on_cluster(archive, groups, client, date=date, ship_files=ship)
    for outcome in stack.enter_context(closing(outcomes)):  # jobs in flight cancelled first
        yield outcome.paths, outcome.as_intake


def _console() -> Console:
    return Console(soft_wrap=True, highlight=False)


def _echo_json(data: Any) -> None:
    typer.echo(json.dumps(data, ensure_ascii=False, indent=2))


def _check_date(value: str | None, option: str) -> str | None:
    if value is not None and not _DATE.match(value):
        typer.echo(
            f"error: {option} {value!r} is not a date; use YYYY, YYYY-MM or YYYY-MM-DD", err=True
        )
        raise typer.Exit(2)
    return value


def _open(db: str, create: bool = False) -> Any:
    from ..archive.store import open_archive

    return open_archive(db, create=create)


def _shown(db: str) -> str:
    """The archive as messages name it (a URL without its password)."""
    from ..archive.db import display_name
    from ..errors import ArchiveError

    try:
        return display_name(db)
    except ArchiveError:
        return db


# ---------------------------------------------------------------- ingest


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
) -> None:
    """Parse issues and store them (articles, facts, page images) in the archive.

    Re-ingesting an unchanged file does nothing; a changed file with the same
    name replaces its old version. Several page images given one after another
    are the pages of one scanned issue, in the order given. With --workers or
    --cluster the issues are parsed on a Dask cluster and this process writes
    each one in one transaction.
    """
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    from ..archive.intake import group_inputs, ingest_paths

    _check_date(date, "--date")
    if workers is not None and cluster is not None:
        typer.echo("error: give --workers N or --cluster ADDRESS, not both", err=True)
        raise typer.Exit(2)
    groups = group_inputs(files)
    counts = {"added": 0, "unchanged": 0, "replaced": 0, "failed": 0}
    articles = 0
    console = _console()
    with _stop_note(), _clean_errors(), _open(db, create=True) as archive, ExitStack() as stack:
        progress = Progress(
            TextColumn("[progress.description]{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            console=Console(stderr=True),
            transient=True,
            disable=not sys.stderr.isatty(),
        )
        with progress:
            task = progress.add_task("ingesting", total=len(groups))
            if workers is not None or cluster is not None:
                stream = _cluster_stream(
                    stack, archive, groups, date, workers, cluster, shared_files
                )
            else:
                stream = (
                    (paths, partial(ingest_paths, archive, paths, date=date)) for paths in groups
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
            f"{len(groups)} issue(s): {summary or 'nothing to do'}; {articles} articles stored in {_shown(db)}"
        )
    )
    if counts["failed"]:
        raise typer.Exit(1)


# ---------------------------------------------------------------- reading


def list_issues(db: Db = DEFAULT_DB, as_json: AsJson = False) -> None:
    """List the issues in the archive and their articles."""
    with _clean_errors(), _open(db) as archive:
        issues = archive.list_issues()
        articles = {i.id: archive.list_articles(issue=i.id) for i in issues}
    if as_json:
        _echo_json(
            [
                {
                    **i.as_dict(),
                    "article_list": [{"id": a.id, "title": a.title} for a in articles[i.id]],
                }
                for i in issues
            ]
        )
        return
    console = _console()
    if not issues:
        shown = _shown(db)
        console.print(Text(f"{shown}: no issues yet (yuanzhi ingest FILE --db {shown})"))
        return
    for issue in issues:
        head = f"{issue.id}  {issue.date or '日期不详'}  {issue.title or ''} {issue.number or ''}  ({issue.source}, {issue.articles} articles)"
        table = Table(title=Text(head), title_justify="left", show_edge=False)
        table.add_column("article id")
        table.add_column("title")
        table.add_column("pages")
        for stored in articles[issue.id]:
            table.add_row(
                stored.id,
                stored.title or "（无标题）",
                ",".join(str(p) for p in stored.article.pages),
            )
        console.print(table)


def show(
    article_id: Annotated[
        str, typer.Argument(help="article id as `yuanzhi list` shows it (ISSUE:ID)")
    ],
    db: Db = DEFAULT_DB,
    as_json: AsJson = False,
) -> None:
    """Print one rebuilt article (Markdown, or the contract's JSON with --json)."""
    from ..export import article_markdown

    with _clean_errors(), _open(db) as archive:
        stored = archive.get_article(article_id)
    if as_json:
        _echo_json(stored.as_dict())
    else:
        typer.echo(article_markdown(stored))


def _terminal(snippet: str) -> Text:
    """An HTML snippet with <mark> as highlighted terminal text."""
    text = Text()
    for i, part in enumerate(re.split(r"</?mark>", snippet)):
        text.append(html.unescape(part), style="bold reverse" if i % 2 else "")
    return text


def search(
    query: Annotated[
        str, typer.Argument(help='words, "a phrase", or prefix*; all terms must match')
    ],
    db: Db = DEFAULT_DB,
    date_from: Annotated[
        str | None, typer.Option("--from", help="from date (YYYY[-MM[-DD]])")
    ] = None,
    date_to: Annotated[str | None, typer.Option("--to", help="to date, inclusive")] = None,
    dept: Annotated[
        str | None, typer.Option("--dept", help="byline department containing this text")
    ] = None,
    person_name: Annotated[
        str | None, typer.Option("--person", help="articles naming this person")
    ] = None,
    event_type: Annotated[
        str | None, typer.Option("--type", help="articles with an event of this type")
    ] = None,
    sort: Annotated[str, typer.Option("--sort", help="relevance or date")] = "relevance",
    page: Annotated[int, typer.Option("--page", min=1, help="result page")] = 1,
    per_page: Annotated[int, typer.Option("--per-page", min=1, max=200, help="hits per page")] = 20,
    as_json: AsJson = False,
) -> None:
    """Full-text search of titles and text, with filters."""
    from dataclasses import asdict

    from ..archive.search import Filters

    if sort not in ("relevance", "date"):
        typer.echo(f"error: --sort {sort!r}: use relevance or date", err=True)
        raise typer.Exit(2)
    filters = Filters(
        _check_date(date_from, "--from"),
        _check_date(date_to, "--to"),
        dept,
        person_name,
        event_type,
    )
    with _clean_errors(), _open(db) as archive:
        result = archive.search(query, filters, sort=sort, page=page, per_page=per_page)
    if as_json:
        _echo_json({**asdict(result), "pages": result.pages})
        return
    console = _console()
    more = "+" if result.total_is_lower_bound else ""
    console.print(Text(f"{result.total}{more} hits (page {result.page} of {result.pages})"))
    for hit in result.hits:
        console.print(
            Text(f"\n{hit.article_id}  {hit.date or ''}  ", style="dim")
            + _terminal(hit.title_html or "（无标题）")
        )
        console.print(_terminal(hit.snippet))


def person(
    name: Annotated[str, typer.Argument(help="the person's name")],
    db: Db = DEFAULT_DB,
    as_json: AsJson = False,
) -> None:
    """A person's positions over time (first and last seen, sources), appointments, articles."""
    with _clean_errors(), _open(db) as archive:
        record = archive.person(name)
    if as_json:
        _echo_json(record.as_dict())
        return
    console = _console()
    table = Table(title=Text(f"{record.name}: positions"), title_justify="left")
    for column in ("title", "org", "first seen", "last seen", "sources"):
        table.add_column(column)
    for span in record.positions:
        table.add_row(
            span.title,
            span.org or "",
            span.first_seen or "",
            span.last_seen or "",
            "; ".join(span.sources),
        )
    console.print(table)
    for ap in record.appointments:
        verb = "appointed" if ap.action == "appoint" else "removed as"
        console.print(Text(f"{ap.date or '?'}  {verb} {ap.title} ({ap.org or ''})"))
    console.print(
        Text(f"{len(record.articles)} articles name {record.name}; {len(record.events)} events")
    )


def org(
    name: Annotated[str, typer.Argument(help="organization name, e.g. a hospital or department")],
    on: Annotated[
        str | None, typer.Option("--on", help="leadership as of this date (YYYY-MM[-DD])")
    ] = None,
    db: Db = DEFAULT_DB,
    as_json: AsJson = False,
) -> None:
    """Who led an organization on a date (and on what basis), its units and partnerships."""
    _check_date(on, "--on")
    with _clean_errors(), _open(db) as archive:
        record = archive.org(name, on)
    if as_json:
        _echo_json(record.as_dict())
        return
    console = _console()
    table = Table(
        title=Text(f"{record.name}: leadership{' on ' + on if on else ''}"), title_justify="left"
    )
    for column in ("title", "name", "since", "last seen", "basis"):
        table.add_column(column)
    for lead in record.leadership:
        table.add_row(lead.title, lead.name, lead.since or "", lead.last_seen or "", lead.basis)
    console.print(table)
    if record.tree.children:
        console.print(Text("units: " + "、".join(child.name for child in record.tree.children)))
    for part in record.partnerships:
        console.print(Text(f"{part.date or '?'}  {part.kind}: {'、'.join(part.parties)}"))


def events(
    date_from: Annotated[
        str | None, typer.Option("--from", help="from date (YYYY[-MM[-DD]])")
    ] = None,
    date_to: Annotated[str | None, typer.Option("--to", help="to date, inclusive")] = None,
    event_type: Annotated[
        str | None, typer.Option("--type", help="meeting, signing, award, surgery, …")
    ] = None,
    db: Db = DEFAULT_DB,
    as_json: AsJson = False,
) -> None:
    """Events between two dates."""
    from ..archive.codec import to_data

    _check_date(date_from, "--from")
    _check_date(date_to, "--to")
    with _clean_errors(), _open(db) as archive:
        found = archive.events(date_from, date_to, event_type)
    if as_json:
        _echo_json(to_data(found))
        return
    table = Table(show_edge=False)
    for column in ("date", "type", "summary", "article"):
        table.add_column(column)
    for event in found:
        table.add_row(event.date or "", event.type, event.summary, event.article_id)
    _console().print(table)


def chronicle(
    year: Annotated[int, typer.Argument(help="the year, e.g. 2024", min=1900, max=2200)],
    fmt: Annotated[str, typer.Option("--format", help="md, docx, csv or json")] = "md",
    out: Annotated[
        Path | None, typer.Option("--out", help="file to write (needed for docx)")
    ] = None,
    db: Db = DEFAULT_DB,
) -> None:
    """The year's 大事记 by month, patients redacted."""
    from ..export import CHRONICLE_FORMATS, chronicle_bytes

    if fmt not in CHRONICLE_FORMATS:
        typer.echo(f"error: --format {fmt!r}: use one of {', '.join(CHRONICLE_FORMATS)}", err=True)
        raise typer.Exit(2)
    if fmt == "docx" and out is None:
        typer.echo("error: --format docx needs --out FILE.docx", err=True)
        raise typer.Exit(2)
    with _clean_errors(), _open(db) as archive:
        data = chronicle_bytes(archive.chronicle(year), fmt)
    _write(data, out)


def contributions(
    year: Annotated[int, typer.Argument(help="the year, e.g. 2024", min=1900, max=2200)],
    csv: Annotated[
        bool, typer.Option("--csv", help="CSV (departments and authors × months)")
    ] = False,
    out: Annotated[
        Path | None, typer.Option("--out", help="file to write instead of stdout")
    ] = None,
    db: Db = DEFAULT_DB,
) -> None:
    """Articles per department and per author per month."""
    from ..export import contributions_csv

    with _clean_errors(), _open(db) as archive:
        record = archive.contributions(year)
    if csv or out is not None:
        _write(contributions_csv(record).encode("utf-8-sig" if out else "utf-8"), out)
        return
    table = Table(title=Text(f"{year} contributions"), title_justify="left")
    table.add_column("department")
    table.add_column("articles", justify="right")
    for department, count in record.totals:
        table.add_row(department or "（未署科室）", str(count))
    _console().print(table)


def check(db: Db = DEFAULT_DB) -> None:
    """Check that the archive is whole: database, search index, no half-written issue."""
    from ..archive.integrity import check_archive

    with _clean_errors(), _open(db) as archive:
        report = check_archive(archive)
    for problem in report.problems:
        typer.echo(f"problem: {problem}", err=True)
    counts = f"{report.issues} issues, {report.articles} articles, {report.facts} facts"
    if not report.ok:
        typer.echo(f"{_shown(db)}: {len(report.problems)} problem(s) in {counts}", err=True)
        raise typer.Exit(1)
    typer.echo(f"{_shown(db)}: ok ({counts}; database, search index and every issue whole)")


def _write(data: bytes, out: Path | None) -> None:
    if out is None:
        typer.echo(data.removeprefix(b"\xef\xbb\xbf"), nl=False)
        return
    try:
        out.write_bytes(data)
    except OSError as error:
        typer.echo(f"error: cannot write {out}: {error.strerror}", err=True)
        raise typer.Exit(1) from None
    typer.echo(f"wrote {out} ({len(data):,} bytes)", err=True)
