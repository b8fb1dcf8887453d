"""Request bodies are refused as they stream in, before anything stores them.

Starlette parses a multipart upload into temporary files (spooled to disk past
1 MB) *before* the route runs, so a size check in the route comes after the
whole body is on disk. This ASGI middleware sits in front: a body whose
declared ``Content-Length`` is over the limit is refused at once, unread; a
body without one (chunked) or whose declared length lies is counted as it
arrives, and the request fails with 413 at the first byte past the limit.

* ``POST /api/upload``: at most ``max_request_bytes`` for the whole request
  (every file of it together); each file is also held to ``max_upload_bytes``
  by ``uploads.save_upload``. At most ``max_concurrent_uploads`` uploads run at
  once (parsing a scanned issue takes seconds of CPU and hundreds of MB); one
  more is answered 503 with ``Retry-After`` before its body is read.
* every other request (the JSON corrections API, HTML forms): at most
  ``max_body_bytes``.
"""

from __future__ import annotations

from typing import Any

from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .settings import WebSettings

UPLOAD_PATH = "/api/upload"
RETRY_AFTER_S = 30


class BodyTooLarge(HTTPException):
    """Raised from ``receive`` at the first byte past the limit; the error handlers answer 413."""

    def __init__(self, limit: int, what: str):
        super().__init__(413, f"{what} is larger than the limit of {_size(limit)}; {_HINTS[what]}")


_HINTS = {
    "the upload": "send fewer or smaller files at once (the server's max_request_bytes)",
    "the request body": "this route takes a small JSON or form body",
}


def _size(n: int) -> str:
    return (
        f"{n // (1024 * 1024)} MB" if n >= 1024 * 1024 and n % (1024 * 1024) == 0 else f"{n} bytes"
    )


class BodyLimits:
    """ASGI middleware: body size limits per route kind and a cap on concurrent uploads."""

    def __init__(self, app: ASGIApp, settings: WebSettings):
        self.app = app
        self.upload_limit = max(settings.max_request_bytes, settings.max_upload_bytes)
        self.body_limit = settings.max_body_bytes
        self.max_uploads = settings.max_concurrent_uploads
        self.uploads_running = 0  # one event loop per process: no lock needed

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        upload = scope["path"] == UPLOAD_PATH and scope["method"] == "POST"
        limit, what = (
            (self.upload_limit, "the upload") if upload else (self.body_limit, "the request body")
        )
        declared = _content_length(scope)
        if declared is not None and declared > limit:
            await _refuse(scope, send, BodyTooLarge(limit, what))
            return
        if upload and self.uploads_running >= self.max_uploads:
            busy = HTTPException(
                503,
                f"{self.uploads_running} uploads are being parsed; try again in {RETRY_AFTER_S} s",
                headers={"Retry-After": str(RETRY_AFTER_S)},
            )
            await _refuse(scope, send, busy)
            return
        received = 0
        started = False

        async def counted_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    raise BodyTooLarge(limit, what)
            return message

        async def watched_send(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        if upload:
            self.uploads_running += 1
        try:
            await self.app(scope, counted_receive, watched_send)
        except BodyTooLarge as error:  # raised where no handler caught it
            if started:
                raise
            await _refuse(scope, send, error)
        finally:
            if upload:
                self.uploads_running -= 1


def _content_length(scope: Scope) -> int | None:
    for key, value in scope.get("headers", ()):
        if key == b"content-length":
            try:
                return int(value)
            except ValueError:
                return None
    return None


async def _refuse(scope: Scope, send: Send, error: HTTPException) -> None:
    """Answer ``error`` in the site's one error shape, without reading the body."""
    from .problems import error_response

    async def no_body() -> Message:
        return {"type": "http.disconnect"}

    request = Request(scope, no_body)
    response = error_response(request, error.status_code, str(error.detail))
    headers: dict[str, Any] = dict(error.headers or {})
    headers["Connection"] = "close"  # the unread body must not be read as the next request
    for key, value in headers.items():
        response.headers[key] = value
    await response(scope, no_body, send)
