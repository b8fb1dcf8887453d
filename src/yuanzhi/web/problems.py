"""One error shape for the whole site.

API paths (``/api/...``) answer ``{"error": {"code", "message"}}``; pages asked
for by a browser answer the same status with a small HTML page. Named errors map to statuses here, and
nothing else in the web package decides an error's status or shape.
"""

from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from ..errors import ArchiveError, InputError, NotFoundError, YuanzhiError

log = logging.getLogger(__name__)

CODES = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    413: "too_large",
    422: "invalid_request",
    500: "internal_error",
    503: "unavailable",
}

ERROR_SCHEMA = {
    "type": "object",
    "properties": {
        "error": {
            "type": "object",
            "properties": {"code": {"type": "string"}, "message": {"type": "string"}},
            "required": ["code", "message"],
        }
    },
    "required": ["error"],
}


def error_body(status: int, message: str, code: str | None = None) -> dict[str, dict[str, str]]:
    return {"error": {"code": code or CODES.get(status, "error"), "message": message}}


def wants_json(request: Request) -> bool:
    """API paths always answer JSON; other paths answer an HTML page to browsers
    (which ask for text/html) and JSON to everything else (images, scripts, tools)."""
    path = request.url.path
    if path.startswith("/api/") or path == "/api" or path.endswith(".json"):
        return True
    return "text/html" not in request.headers.get("accept", "")


def error_response(
    request: Request, status: int, message: str, code: str | None = None
) -> Response:
    body = error_body(status, message, code)
    if wants_json(request):
        return JSONResponse(body, status_code=status)
    templates = request.app.state.templates
    return templates.TemplateResponse(
        request,
        "error.html",
        {"status": status, "error": body["error"], "title": f"{status}"},
        status_code=status,
    )


def status_of(error: YuanzhiError) -> int:
    if isinstance(error, NotFoundError):
        return 404
    if isinstance(error, InputError):
        return 400
    if isinstance(error, ArchiveError):
        return 503
    return 400


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(StarletteHTTPException)
    def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        message = exc.detail if isinstance(exc.detail, str) else CODES.get(exc.status_code, "error")
        response = error_response(request, exc.status_code, message)
        for key, value in (exc.headers or {}).items():
            response.headers[key] = value
        return response

    @app.exception_handler(RequestValidationError)
    def invalid_request(request: Request, exc: RequestValidationError) -> Response:
        parts = []
        for item in exc.errors()[:5]:
            where = ".".join(
                str(p) for p in item.get("loc", ()) if p not in ("query", "path", "body")
            )
            parts.append(f"{where or 'request'}: {item.get('msg', 'invalid')}")
        return error_response(request, 422, "; ".join(parts) or "invalid request")

    @app.exception_handler(YuanzhiError)
    def named_error(request: Request, exc: YuanzhiError) -> Response:
        return error_response(request, status_of(exc), str(exc))

    @app.exception_handler(Exception)
    def unexpected(request: Request, exc: Exception) -> Response:
        log.error("unexpected error on %s", request.url.path, exc_info=exc)
        return error_response(
            request, 500, f"internal error ({type(exc).__name__}); see the server log"
        )


def html_page(content: str, status: int = 200) -> HTMLResponse:
    return HTMLResponse(content, status_code=status)
