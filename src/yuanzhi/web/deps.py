"""Request dependencies: the archive for this request, settings, the admin check.

Routes are plain ``def`` functions (SQLite is blocking; FastAPI runs them in its
thread pool); each pool thread opens the archive once and reuses it.
"""

from __future__ import annotations

import hmac
from typing import Annotated, Any

from fastapi import Depends, Form, Header, HTTPException, Request

from .settings import WebSettings


def get_settings(request: Request) -> WebSettings:
    settings: WebSettings = request.app.state.settings
    return settings


def get_archive(request: Request) -> Any:
    """This worker thread's open archive (opened on first use, kept for the app's life).

    One connection per thread keeps SQLite use single-threaded per connection and
    lets the archive's merged-knowledge cache live across requests.
    """
    from ..archive.store import open_archive

    local = request.app.state.archives
    archive = getattr(local, "archive", None)
    if archive is None:
        archive = open_archive(get_settings(request).db)
        local.archive = archive
        with request.app.state.archives_lock:
            request.app.state.open_archives.append(archive)
    return archive


ArchiveDep = Annotated[Any, Depends(get_archive)]
SettingsDep = Annotated[WebSettings, Depends(get_settings)]


def token_matches(settings: WebSettings, offered: str | None) -> bool:
    if not settings.admin_token or not offered:
        return False
    return hmac.compare_digest(settings.admin_token.encode("utf-8"), offered.encode("utf-8"))


def require_admin(
    settings: SettingsDep,
    x_admin_token: Annotated[str | None, Header(description="the server's --admin-token")] = None,
    token: Annotated[str | None, Form(description="the admin token, for HTML forms")] = None,
) -> None:
    """Writing needs the admin token (header ``X-Admin-Token`` or form field ``token``).

    No token configured on the server → 403 (writing is off); token missing or
    wrong → 401.
    """
    if not settings.admin_token:
        raise HTTPException(
            403, "this server is read-only: start it with --admin-token to allow uploads"
        )
    if not token_matches(settings, x_admin_token or token):
        raise HTTPException(
            401,
            "admin token missing or wrong: send it in the X-Admin-Token header or the token form field",
            headers={"WWW-Authenticate": "Token"},
        )


AdminDep = Depends(require_admin)
