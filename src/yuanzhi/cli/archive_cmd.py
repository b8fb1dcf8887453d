"""Archive commands: list, show, search, person, org, events, chronicle, contributions, check
(ingest is in ingest_cmd and registered with them).

Thin shells: parse the arguments, open the archive, call one library function,
print. A named error (errors.YuanzhiError) becomes one line on stderr and exit 1.
"""

from __future__ import annotations

import html
import re
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table
from rich.text import Text

from .ingest_cmd import ingest
from .shell import (
    DEFAULT_DB,
    AsJson,
    Db,
    check_date,
    clean_errors,
    echo_json,
    make_console,
    open_db,
    shown,
)


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


# ---------------------------------------------------------------- reading


def list_issues(db: Db = DEFAULT_DB, as_json: AsJson = False) -> None:
    """List the issues in the archive and their articles."""
    with clean_errors(), open_db(db) as archive:
        issues = archive.list_issues()
        articles = {i.id: archive.list_articles(issue=i.id) for i in issues}
    if as_json:
        echo_json(
            [
                {
                    **i.as_dict(),
                    "article_list": [{"id": a.id, "title": a.title} for a in articles[i.id]],
                }
                for i in issues
            ]
        )
        return
    console = make_console()
    if not issues:
        name = shown(db)
        console.print(Text(f"{name}: no issues yet (yuanzhi ingest FILE --db {name})"))
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

    with clean_errors(), open_db(db) as archive:
        stored = archive.get_article(article_id)
    if as_json:
        echo_json(stored.as_dict())
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
        check_date(date_from, "--from"),
        check_date(date_to, "--to"),
        dept,
        person_name,
        event_type,
    )
    with clean_errors(), open_db(db) as archive:
        result = archive.search(query, filters, sort=sort, page=page, per_page=per_page)
    if as_json:
        echo_json({**asdict(result), "pages": result.pages})
        return
    console = make_console()
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
    with clean_errors(), open_db(db) as archive:
        record = archive.person(name)
    if as_json:
        echo_json(record.as_dict())
        return
    console = make_console()
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
    check_date(on, "--on")
    with clean_errors(), open_db(db) as archive:
        record = archive.org(name, on)
    if as_json:
        echo_json(record.as_dict())
        return
    console = make_console()
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

    check_date(date_from, "--from")
    check_date(date_to, "--to")
    with clean_errors(), open_db(db) as archive:
        found = archive.events(date_from, date_to, event_type)
    if as_json:
        echo_json(to_data(found))
        return
    table = Table(show_edge=False)
    for column in ("date", "type", "summary", "article"):
        table.add_column(column)
    for event in found:
        table.add_row(event.date or "", event.type, event.summary, event.article_id)
    make_console().print(table)


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
    with clean_errors(), open_db(db) as archive:
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

    with clean_errors(), open_db(db) as archive:
        record = archive.contributions(year)
    if csv or out is not None:
        _write(contributions_csv(record).encode("utf-8-sig" if out else "utf-8"), out)
        return
    table = Table(title=Text(f"{year} contributions"), title_justify="left")
    table.add_column("department")
    table.add_column("articles", justify="right")
    for department, count in record.totals:
        table.add_row(department or "（未署科室）", str(count))
    make_console().print(table)


def check(db: Db = DEFAULT_DB) -> None:
    """Check that the archive is whole: database, search index, no half-written issue."""
    from ..archive.integrity import check_archive

    with clean_errors(), open_db(db) as archive:
        report = check_archive(archive)
    for problem in report.problems:
        typer.echo(f"problem: {problem}", err=True)
    counts = f"{report.issues} issues, {report.articles} articles, {report.facts} facts"
    if not report.ok:
        typer.echo(f"{shown(db)}: {len(report.problems)} problem(s) in {counts}", err=True)
        raise typer.Exit(1)
    typer.echo(f"{shown(db)}: ok ({counts}; database, search index and every issue whole)")


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
