"""Request dependencies: the archive for this request, settings, the admin check.

Routes are plain ``def`` functions (SQLite is blocking; FastAPI runs them in its
thread pool); each request borrows an open archive from the app's ArchivePool.
"""

from __future__ import annotations

import hmac
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated, Any

from fastapi import Depends, Form, Header, HTTPException, Request
from starlette.exceptions import HTTPException as AnyHTTPException

from ..archive.db import DB_ERRORS
from ..errors import CorrectionError, InputError, NotFoundError
from .settings import WebSettings


def get_settings(request: Request) -> WebSettings:
    settings: WebSettings = request.app.state.settings
    return settings


class ArchivePool:
    """Open archives, each lent to one request at a time and kept open for the next.

    FastAPI runs a sync dependency and its endpoint in separate thread-pool
    calls, often on different threads, so an archive kept per thread could be
    used by two requests at once (bench/load_bench.py found it: "cannot start a
    transaction within a transaction", "abort due to ROLLBACK"). A request
    borrows an archive for its whole life instead; as many stay open as
    requests ran at once (at most the thread pool's 40), each with its own
    connection and merged-knowledge cache.
    """

    def __init__(self, db: str | Path):
        self.db = db
        self._idle: list[Any] = []
        self._open: list[Any] = []
        self._lock = threading.Lock()

    def acquire(self) -> Any:
        with self._lock:
            if self._idle:
                return self._idle.pop()  # the most recently used: its caches are warm
        from ..archive.store import open_archive

        archive = open_archive(self.db)
        with self._lock:
            self._open.append(archive)
        return archive

    def release(self, archive: Any) -> None:
        with self._lock:
            self._idle.append(archive)

    def discard(self, archive: Any) -> None:
        """Close an archive whose connection may be broken instead of lending it again."""
        with self._lock:
            if archive in self._open:
                self._open.remove(archive)
        try:
            archive.close()
        except DB_ERRORS:
            pass

    def close(self) -> None:
        with self._lock:
            for archive in self._open:
                archive.close()
            self._open.clear()
            self._idle.clear()


def get_archive(request: Request) -> Iterator[Any]:
    """The archive this request has to itself (borrowed from the app's pool, given back after).

    After an error of the database itself the archive is closed, not lent again.
    """
    pool: ArchivePool = request.app.state.archive_pool
    archive = pool.acquire()
    try:
        yield archive
    except (AnyHTTPException, NotFoundError, InputError, CorrectionError):
        pool.release(archive)  # a miss or a bad request: the connection is fine
        raise
    except BaseException:
        pool.discard(archive)
        raise
    pool.release(archive)


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
