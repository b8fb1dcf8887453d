"""`yuanzhi correct …` and `yuanzhi corrections …`: editors' corrections from the command line.

Thin shells over corrections.edit (make one) and archive.corrections (list,
revoke, audit). Every change names its editor (--editor, else $YUANZHI_EDITOR,
else the login name) in the audit log.
"""

from __future__ import annotations

import getpass
import json
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Annotated, Any

import typer

from ..errors import YuanzhiError
from .shell import DEFAULT_DB, Db

correct_app = typer.Typer(
    help="Correct the archive as an editor (retitle, move, split, merge, facts, people); "
    "corrections survive re-ingest and are audited.",
    no_args_is_help=True,
)
corrections_app = typer.Typer(
    help="List, inspect, audit and revoke editors' corrections.", no_args_is_help=True
)

Editor = Annotated[
    str | None,
    typer.Option(
        "--editor", help="who makes the change (audit log); default $YUANZHI_EDITOR or your login"
    ),
]
ArticleId = Annotated[str, typer.Argument(help="article id as `yuanzhi list` shows it (ISSUE:ID)")]
Paragraph = Annotated[
    str,
    typer.Argument(
        help="the paragraph: its number (1 = first, see `correct paragraphs`) or some of its text"
    ),
]
AsJson = Annotated[bool, typer.Option("--json", help="print JSON")]


def register(app: typer.Typer) -> None:
    app.add_typer(correct_app, name="correct")
    app.add_typer(corrections_app, name="corrections")


def _editor(given: str | None) -> str:
    if given:
        return given
    try:
        return os.environ.get("YUANZHI_EDITOR") or getpass.getuser()
    except (KeyError, OSError):  # no login name in this environment
        return "cli"


@contextmanager
def _archive(db: str) -> Iterator[Any]:
    from ..archive.store import open_archive

    try:
        with open_archive(db, create=False) as archive:
            yield archive
    except YuanzhiError as error:
        typer.echo(f"error: {error}", err=True)
        raise typer.Exit(1) from None


def _made(db: str, make: Callable[[Any], Any]) -> None:
    with _archive(db) as archive:
        record = make(archive)
    where = ", ".join(t.issue_id for t in record.targets if t.status == "applied")
    typer.echo(
        f"correction #{record.id} {record.status}: {record.summary}"
        + (f" [{where}]" if where else "")
    )


def _pairs(items: list[str] | None, option: str) -> dict[str, str | None]:
    out: dict[str, str | None] = {}
    for item in items or []:
        if "=" not in item:
            typer.echo(
                f"error: {option} {item!r}: write FIELD=VALUE (an empty VALUE means none)", err=True
            )
            raise typer.Exit(2)
        name, value = item.split("=", 1)
        out[name.strip()] = value
    return out


# ---------------------------------------------------------------- correct …


@correct_app.command("paragraphs")
def paragraphs(article_id: ArticleId, db: Db = DEFAULT_DB) -> None:
    """Print an article's paragraphs, numbered as the other commands count them."""
    with _archive(db) as archive:
        article = archive.get_article(article_id).article
    typer.echo(f"# {article.title or '（无标题）'}")
    for n, text in enumerate(article.paragraphs, 1):
        typer.echo(f"{n:>3}  {text}")


@correct_app.command("retitle")
def retitle(
    article_id: ArticleId,
    title: Annotated[str | None, typer.Option("--title", help="new headline")] = None,
    subtitle: Annotated[
        str | None, typer.Option("--subtitle", help='new 副题 ("" removes it)')
    ] = None,
    kicker: Annotated[str | None, typer.Option("--kicker", help='new 引题 ("" removes it)')] = None,
    editor: Editor = None,
    db: Db = DEFAULT_DB,
) -> None:
    """Give an article a new title, subtitle or kicker."""
    from ..corrections import edit

    _made(
        db,
        lambda a: edit.retitle(
            a, article_id, title=title, subtitle=subtitle, kicker=kicker, editor=_editor(editor)
        ),
    )


@correct_app.command("move-paragraph")
def move_paragraph(
    article_id: ArticleId,
    paragraph: Paragraph,
    to: Annotated[str, typer.Option("--to", help="the article it belongs to (same issue)")],
    at: Annotated[str, typer.Option("--at", help="start or end of that article")] = "end",
    editor: Editor = None,
    db: Db = DEFAULT_DB,
) -> None:
    """Move a paragraph to another article of the same issue."""
    from ..corrections import edit

    _made(
        db,
        lambda a: edit.move_paragraph(a, article_id, paragraph, to, at=at, editor=_editor(editor)),
    )


@correct_app.command("split")
def split(
    article_id: ArticleId,
    paragraph: Paragraph,
    title: Annotated[str | None, typer.Option("--title", help="title of the new article")] = None,
    title_from_paragraph: Annotated[
        bool,
        typer.Option("--title-from-paragraph", help="the paragraph is the new article's headline"),
    ] = False,
    editor: Editor = None,
    db: Db = DEFAULT_DB,
) -> None:
    """Split an article before a paragraph: it and the rest become a new article."""
    from ..corrections import edit

    _made(
        db,
        lambda a: edit.split(
            a,
            article_id,
            paragraph,
            title=title,
            title_from_paragraph=title_from_paragraph,
            editor=_editor(editor),
        ),
    )


@correct_app.command("merge")
def merge(
    article_id: ArticleId,
    other_id: Annotated[str, typer.Argument(help="the article to append (same issue)")],
    editor: Editor = None,
    db: Db = DEFAULT_DB,
) -> None:
    """Merge two articles of one issue (e.g. both pieces of a continued story)."""
    from ..corrections import edit

    _made(db, lambda a: edit.merge(a, article_id, other_id, editor=_editor(editor)))


Kind = Annotated[
    str, typer.Argument(help="position | appointment | event | organization | honor | partnership")
]
Match = Annotated[
    list[str] | None,
    typer.Option(
        "--match", help="FIELD=VALUE selecting the facts (repeat), e.g. person=林远山 title=院长"
    ),
]
Issue = Annotated[
    str | None, typer.Option("--issue", help="only facts of this issue (required for events)")
]
Quote = Annotated[str | None, typer.Option("--quote", help="only facts read from this sentence")]


@correct_app.command("fact-fix")
def fact_fix(
    kind: Kind,
    match: Match = None,
    set_: Annotated[
        list[str] | None, typer.Option("--set", help="FIELD=VALUE to write (repeat)")
    ] = None,
    issue: Issue = None,
    quote: Quote = None,
    editor: Editor = None,
    db: Db = DEFAULT_DB,
) -> None:
    """Fix a fact: a position's person/title/org, an appointment, an event, an organization."""
    from ..corrections import edit

    selected, changes = _pairs(match, "--match"), _pairs(set_, "--set")
    _made(
        db,
        lambda a: edit.fact_fix(
            a, kind, selected, changes, issue_id=issue, quote=quote, editor=_editor(editor)
        ),
    )


@correct_app.command("fact-delete")
def fact_delete(
    kind: Kind,
    match: Match = None,
    issue: Issue = None,
    quote: Quote = None,
    editor: Editor = None,
    db: Db = DEFAULT_DB,
) -> None:
    """Delete a wrong fact."""
    from ..corrections import edit

    selected = _pairs(match, "--match")
    _made(
        db,
        lambda a: edit.fact_delete(
            a, kind, selected, issue_id=issue, quote=quote, editor=_editor(editor)
        ),
    )


@correct_app.command("people-merge")
def people_merge(
    name: Annotated[
        str, typer.Argument(help="the name to fold in (a variant, or a duplicate record)")
    ],
    into: Annotated[str, typer.Option("--into", help="the name the person is listed under")],
    org: Annotated[
        str | None, typer.Option("--org", help="only records at this organization")
    ] = None,
    editor: Editor = None,
    db: Db = DEFAULT_DB,
) -> None:
    """Merge two people: NAME is the same person as --into."""
    from ..corrections import edit

    _made(db, lambda a: edit.people_merge(a, name, into, org=org, editor=_editor(editor)))


@correct_app.command("people-split")
def people_split(
    name: Annotated[str, typer.Argument(help="the person whose records mix two people")],
    as_: Annotated[str, typer.Option("--as", help="name for the other person, e.g. 张伟（儿科）")],
    source: Annotated[
        list[str] | None,
        typer.Option("--source", help="an issue (id or file) whose records are theirs"),
    ] = None,
    quote: Annotated[
        list[str] | None, typer.Option("--quote", help="a sentence whose records are theirs")
    ] = None,
    org: Annotated[
        list[str] | None, typer.Option("--org", help="an organization whose records are theirs")
    ] = None,
    editor: Editor = None,
    db: Db = DEFAULT_DB,
) -> None:
    """Split a person: the records from given issues, sentences or organizations are another person's."""
    from ..corrections import edit

    _made(
        db,
        lambda a: edit.people_split(
            a,
            name,
            as_,
            sources=source or (),
            quotes=quote or (),
            orgs=org or (),
            editor=_editor(editor),
        ),
    )


@correct_app.command("mark-patient")
def mark_patient(
    name: Annotated[str, typer.Argument(help="the name, as printed")],
    editor: Editor = None,
    db: Db = DEFAULT_DB,
) -> None:
    """Mark a name as a patient: never listed as a person, redacted in exports."""
    from ..corrections import edit

    _made(db, lambda a: edit.mark_patient(a, name, editor=_editor(editor)))


# ---------------------------------------------------------------- corrections …


@corrections_app.command("list")
def list_corrections(
    stale: Annotated[
        bool, typer.Option("--stale", help="only corrections that no longer apply")
    ] = False,
    status: Annotated[
        str | None, typer.Option("--status", help="applied | stale | revoked")
    ] = None,
    kind: Annotated[
        str | None, typer.Option("--kind", help="retitle, merge, people_merge …")
    ] = None,
    editor: Annotated[str | None, typer.Option("--editor", help="made by this editor")] = None,
    limit: Annotated[
        int, typer.Option("--limit", min=1, max=10_000, help="at most this many")
    ] = 100,
    as_json: AsJson = False,
    db: Db = DEFAULT_DB,
) -> None:
    """List corrections, newest first, with their status (stale ones say why)."""
    with _archive(db) as archive:
        page = archive.corrections.search(
            status="stale" if stale else status, kind=kind, editor=editor, limit=limit
        )
    if as_json:
        typer.echo(json.dumps(page.as_dict(), ensure_ascii=False, indent=2))
        return
    if not page.items:
        typer.echo("no corrections" + (" that are stale" if stale else ""))
    for r in page.items:
        typer.echo(f"#{r.id:<5} {r.status:<8} {r.created_at[:10]} {r.editor}  {r.summary}")
        if r.status == "stale" and r.reason:
            typer.echo(f"       stale: {r.reason}")
    counts = ", ".join(f"{n} {s}" for s, n in page.counts.items() if n)
    typer.echo(f"{len(page.items)} shown of {page.total} ({counts or 'no corrections'})", err=True)


@corrections_app.command("show")
def show(
    correction_id: Annotated[int, typer.Argument(help="the correction's number")],
    as_json: AsJson = False,
    db: Db = DEFAULT_DB,
) -> None:
    """One correction: what it does, where it applies, and its audit trail."""
    with _archive(db) as archive:
        record = archive.corrections.get(correction_id)
        trail = archive.corrections.audit(correction_id=correction_id, limit=1000)
    if as_json:
        data = record.as_dict() | {"audit": [e.as_dict() for e in trail]}
        typer.echo(json.dumps(data, ensure_ascii=False, indent=2))
        return
    typer.echo(f"#{record.id} {record.kind} {record.status}: {record.summary}")
    if record.reason:
        typer.echo(f"  reason: {record.reason}")
    for t in record.targets:
        typer.echo(
            f"  {t.issue_id}: {t.status}{' (' + t.reason + ')' if t.reason else ''} {' '.join(t.articles)}"
        )
    for e in trail:
        typer.echo(f"  {e.at} {e.editor} {e.action} {e.issue_id or ''} {e.note or ''}")


@corrections_app.command("audit")
def audit(
    correction_id: Annotated[int | None, typer.Option("--id", help="only this correction")] = None,
    limit: Annotated[
        int, typer.Option("--limit", min=1, max=10_000, help="at most this many")
    ] = 100,
    as_json: AsJson = False,
    db: Db = DEFAULT_DB,
) -> None:
    """The audit log: who did what when (before/after JSON with --json)."""
    with _archive(db) as archive:
        entries = archive.corrections.audit(correction_id=correction_id, limit=limit)
    if as_json:
        typer.echo(json.dumps([e.as_dict() for e in entries], ensure_ascii=False, indent=2))
        return
    for e in entries:
        typer.echo(
            f"{e.at} #{e.correction_id:<5} {e.action:<8} {e.editor}  {e.issue_id or ''} {e.note or ''}"
        )


@corrections_app.command("revoke")
def revoke(
    correction_id: Annotated[int, typer.Argument(help="the correction's number")],
    editor: Editor = None,
    db: Db = DEFAULT_DB,
) -> None:
    """Revoke (undo) a correction; the issues it touched are rebuilt without it."""
    from ..corrections import edit

    with _archive(db) as archive:
        record = edit.revoke(archive, correction_id, editor=_editor(editor))
    typer.echo(f"correction #{record.id} revoked by {record.revoked_by}: {record.summary}")
