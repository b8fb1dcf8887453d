"""`yuanzhi serve`: the web pages and JSON API over an archive."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer


def register(app: typer.Typer) -> None:
    app.command("serve")(serve)


def serve(
    db: Annotated[
        str,
        typer.Option("--db", help="archive: a SQLite file (created if missing) or postgresql://USER@HOST/DB"),
    ] = "yuanzhi.db",
    host: Annotated[str, typer.Option(help="address to listen on")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="port to listen on", min=0, max=65535)] = 8000,
    admin_token: Annotated[
        str | None,
        typer.Option("--admin-token", help="token that allows uploads (without it the site is read-only)"),
    ] = None,
    editor_token: Annotated[
        list[str] | None,
        typer.Option(
            "--editor-token",
            help="NAME=TOKEN of an editor who may make corrections (repeat); the audit log names them",
        ),
    ] = None,
    upload_dir: Annotated[
        Path | None, typer.Option("--upload-dir", help="where uploaded files are kept (default: uploads/ beside --db)")
    ] = None,
) -> None:
    """Serve the archive as web pages and a JSON API (docs at /docs)."""
    import uvicorn

    from ..archive.db import display_name
    from ..archive.store import open_archive
    from ..errors import YuanzhiError
    from ..web import WebSettings, create_app

    try:
        with open_archive(db):  # fail here, with a clear message, not on the first request
            pass
        shown_db = display_name(db)
    except YuanzhiError as error:
        typer.echo(f"error: {error}", err=True)
        raise typer.Exit(1) from None
    editors: dict[str, str] = {}
    for item in editor_token or []:
        name, _, token = item.partition("=")
        if not name.strip() or len(token) < 8:
            typer.echo(f"error: --editor-token {name.strip() or '?'}=…: write NAME=TOKEN, a token of 8+ characters", err=True)
            raise typer.Exit(2)
        editors[name.strip()] = token
    settings = WebSettings(db=db, admin_token=admin_token or None, upload_dir=upload_dir, editors=editors)
    shown = f"[{host}]" if ":" in host else host
    typer.echo(f"yuanzhi: serving {shown_db} at http://{shown}:{port}/  (API docs: http://{shown}:{port}/docs)")
    typer.echo("uploads: " + ("enabled with the admin token" if admin_token else "off (read-only; pass --admin-token)"))
    if editors:
        typer.echo(f"editors who may correct: {', '.join(sorted(editors))}")
    uvicorn.run(create_app(settings), host=host, port=port, log_level="info")
