"""`yuanzhi parse` and `yuanzhi facts`: rebuild issues and extract facts, print."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from ..errors import YuanzhiError
from .shell import Hospital, check_hospital


def register(app: typer.Typer) -> None:
    app.command("parse")(parse)
    app.command("facts")(facts)


def _fail(error: YuanzhiError) -> typer.Exit:
    typer.echo(f"error: {error}", err=True)
    return typer.Exit(1)


def _print_json(data: object) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def parse(
    paths: Annotated[
        list[Path],
        typer.Argument(help="the issue: a text file, a PDF, or the page images of one issue in order"),
    ],
    date: Annotated[str | None, typer.Option("--date", help="issue date (YYYY, YYYY-MM or YYYY-MM-DD)")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="print the contract JSON")] = False,
    as_md: Annotated[bool, typer.Option("--md", help="print readable Markdown")] = False,
    debug_png: Annotated[
        Path | None,
        typer.Option("--debug-png", help="PDF/scans: write each page with its blocks drawn and numbered here"),
    ] = None,
    hospital: Hospital = None,
) -> None:
    """Rebuild one newsletter issue as articles (text, PDF or page images)."""
    from ..contract import issue_to_json, issue_to_markdown
    from ..pipeline import blocks_to_issue, document_to_blocks, read_document, with_hospital

    hospital = check_hospital(hospital)
    try:
        document = read_document(paths, source=str(paths[0]))
        blocks = document_to_blocks(document)
        issue = with_hospital(blocks_to_issue(blocks, document, date=date), hospital)
        if debug_png is not None:
            if document.kind == "text":
                typer.echo("warning: --debug-png needs a PDF or page images; text has no pages to draw", err=True)
            else:
                from ..layout.debug_png import write_debug_pngs

                written = write_debug_pngs(document, blocks, debug_png)
                typer.echo(f"wrote {len(written)} page image(s) to {debug_png}", err=True)
    except YuanzhiError as error:
        raise _fail(error) from None
    for warning in issue.warnings:
        typer.echo(f"warning: {warning}", err=True)
    if as_json:
        data = issue_to_json(issue)
        data["issue"]["home"] = _paper_home(issue)  # the paper's own hospital: given | masthead
        _print_json(data)
    elif as_md:
        sys.stdout.write(issue_to_markdown(issue))
    else:
        _print_summary(issue)


def _print_summary(issue: object) -> None:
    from rich.console import Console
    from rich.table import Table

    from ..model import Issue

    assert isinstance(issue, Issue)
    console = Console(highlight=False)
    sure = f", confidence {issue.date_confidence:.2f}" if issue.date_confidence is not None else ""
    meta = [f"date {issue.date} ({issue.date_source}{sure})" if issue.date else "date unknown"]
    if issue.title:
        meta.insert(0, issue.title)
    home = _paper_home(issue)
    if home:
        meta.append(f"hospital {home['name']} ({home['source']})")
    if issue.number:
        meta.append(f"No. {issue.number}")
    if issue.pages:
        meta.append(f"{issue.pages} pages")
    console.print(f"[bold]{issue.source}[/bold]: {len(issue.articles)} articles; " + ", ".join(meta))
    table = Table("id", "pages", "title", "paragraphs", "byline", show_lines=False)
    for a in issue.articles:
        byline = "; ".join(" ".join(x for x in (b.department or "", *b.authors) if x) for b in a.bylines)
        pages = ",".join(str(p) for p in a.pages)
        title = (a.title or "—") + (" (续)" if a.continued else "")
        table.add_row(a.id, pages, title, str(len(a.paragraphs)), byline)
    console.print(table)
    if issue.unassigned:
        console.print(f"[yellow]{len(issue.unassigned)} piece(s) of text could not be placed[/yellow]")


def _paper_home(issue: object) -> dict[str, str] | None:
    """The paper's own hospital when given or printed in the masthead (not guessed: parse runs no extractor)."""
    from ..extract.lexicon_loader import default_lexicon
    from ..extract.paper_hospital import paper_home
    from ..model import Issue

    assert isinstance(issue, Issue)
    home = paper_home(issue, default_lexicon())
    return {"name": home.name, "source": home.source} if home else None


def facts(
    paths: Annotated[list[Path], typer.Argument(help="one or more issues (or single news articles)")],
    date: Annotated[str | None, typer.Option("--date", help="date for all the given files")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="print the contract JSON")] = False,
    hospital: Hospital = None,
) -> None:
    """Extract people, positions, appointments, events, honors and partnerships."""
    from ..extract.facts import facts_to_json
    from ..pipeline import issues_to_facts, parse_file

    hospital = check_hospital(hospital)
    issues = []
    try:
        for path in paths:
            issues.append(parse_file(path, date=date, hospital=hospital))
        result = issues_to_facts(issues)
    except YuanzhiError as error:
        raise _fail(error) from None
    data: dict[str, Any] = facts_to_json(result)
    if as_json:
        _print_json(data)
        return
    from rich.console import Console

    console = Console(highlight=False)
    if data.get("home"):
        console.print(f"hospital {data['home']['name']} ({data['home']['source']})")
    for person in data.get("people", []):
        posts = "；".join(
            f"{p['title']}（{p.get('org') or '?'}）" for p in person.get("positions", [])
        )
        console.print(f"[bold]{person['name']}[/bold] {posts}")
    console.print(
        f"{len(data.get('people', []))} people, {len(data.get('appointments', []))} appointments, "
        f"{len(data.get('events', []))} events, {len(data.get('partnerships', []))} partnerships, "
        f"{len(data.get('patients', []))} patient mentions (never listed as people)"
    )
