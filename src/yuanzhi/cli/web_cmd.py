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
    settings = WebSettings(db=db, admin_token=admin_token or None, upload_dir=upload_dir)
    shown = f"[{host}]" if ":" in host else host
    typer.echo(f"yuanzhi: serving {shown_db} at http://{shown}:{port}/  (API docs: http://{shown}:{port}/docs)")
    typer.echo("uploads: " + ("enabled with the admin token" if admin_token else "off (read-only; pass --admin-token)"))
    uvicorn.run(create_app(settings), host=host, port=port, log_level="info")
