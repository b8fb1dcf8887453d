"""Who is correcting, whether the request may write, and what pages show about corrections.

Writing needs a token: the server's ``--admin-token`` (its holder is named
"admin" in the audit log) or a named editor's ``--editor-token NAME=TOKEN``.
The JSON API takes it in the ``X-Admin-Token`` header; HTML forms in a
``token`` field typed by the editor (never kept in a cookie, so a page on
another site cannot submit a correction: it does not know the token). Form
posts must also come from this site: a cross-origin ``Origin`` (or, without
one, ``Referer``) header is refused.
"""

from __future__ import annotations

import hmac
from typing import Annotated, Any
from urllib.parse import urlsplit

from fastapi import Depends, Form, Header, HTTPException, Request

from .deps import SettingsDep
from .settings import WebSettings

ADMIN = "admin"  # how the audit log names the holder of --admin-token


def writable(settings: WebSettings) -> bool:
    return bool(settings.admin_token or settings.editors)


def holder(settings: WebSettings, offered: str | None) -> str | None:
    """The name of the token's holder, or None (compared in constant time, every token tried)."""
    if not offered:
        return None
    found = None
    given = offered.encode("utf-8")
    tokens = [(ADMIN, settings.admin_token)] + list(settings.editors.items())
    for name, token in tokens:
        if token and hmac.compare_digest(token.encode("utf-8"), given):
            found = found or name
    return found


def _check(settings: WebSettings, offered: str | None) -> str:
    if not writable(settings):
        raise HTTPException(
            403,
            "this server is read-only: start it with --admin-token or --editor-token to allow corrections",
        )
    name = holder(settings, offered)
    if name is None:
        raise HTTPException(
            401,
            "token missing or wrong: send it in the X-Admin-Token header (API) or the token field (forms)",
            headers={"WWW-Authenticate": "Token"},
        )
    return name


def api_editor(
    settings: SettingsDep,
    x_admin_token: Annotated[
        str | None, Header(description="the admin token or an editor's token")
    ] = None,
) -> str:
    """The JSON API's editor: the holder of the token in ``X-Admin-Token``."""
    return _check(settings, x_admin_token)


def same_origin(request: Request) -> None:
    """Refuse a form posted from another site (its Origin, else its Referer, must name this host).

    A request with neither header comes from no browser page; it still needs the token.
    """
    host = request.headers.get("host", "")
    origin = request.headers.get("origin")
    referer = request.headers.get("referer")
    if origin is not None:
        foreign = origin == "null" or urlsplit(origin).netloc != host
    else:
        foreign = bool(referer) and urlsplit(referer or "").netloc != host
    if foreign:
        raise HTTPException(
            403, "cross-site form refused: post corrections from this site's own pages"
        )


def form_editor(
    request: Request,
    settings: SettingsDep,
    token: Annotated[str | None, Form(description="the admin token or an editor's token")] = None,
) -> str:
    """An HTML form's editor: same origin, and the holder of the token in the ``token`` field."""
    same_origin(request)
    return _check(settings, token)


ApiEditor = Annotated[str, Depends(api_editor)]
FormEditor = Annotated[str, Depends(form_editor)]


# ---------------------------------------------------------------- what pages show


def with_article_corrections(archive: Any, article: dict[str, Any]) -> dict[str, Any]:
    """The article view with the corrections that touched it and its issue's articles (for the forms)."""
    notes = archive.corrections.for_article(article["id"])
    siblings = [
        {"id": s.id, "title": s.title}
        for s in archive.list_articles(issue=article["issue_id"])
        if s.id != article["id"]
    ]
    return {**article, "corrections": notes, "issue_articles": siblings}


def with_person_corrections(archive: Any, person: dict[str, Any]) -> dict[str, Any]:
    return {**person, "corrections": archive.corrections.for_person(person["name"])}
