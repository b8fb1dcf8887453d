"""Security headers on every response: the pages load nothing but this server's own files.

The Content-Security-Policy allows scripts only from /static (chart data travels
in inert ``<script type="application/json">`` blocks), so even text that slipped
past escaping could not run. /docs needs swagger-ui's inline bootstrap script.
Other sites may neither frame the pages, nor embed their files (CORP), nor keep
a handle on a window they open (COOP); the pages use no camera, microphone,
location or payment (Permissions-Policy).

The headers are added by a plain ASGI wrapper around the *whole* middleware
stack, outside Starlette's ServerErrorMiddleware, so that every response
carries them: pages, JSON, static files, redirects, 404/413/422 errors and the
500 page of an unexpected error alike.
"""

from __future__ import annotations

from collections.abc import Callable

from fastapi import FastAPI
from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

PAGE_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; "
    "form-action 'self'; frame-ancestors 'none'"
)
DOCS_POLICY = PAGE_POLICY.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
PERMISSIONS_POLICY = (
    "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), "
    "microphone=(), payment=(), usb=(), browsing-topics=()"
)

COMMON_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "X-Frame-Options": "DENY",
    "Permissions-Policy": PERMISSIONS_POLICY,
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
}


def security_headers(path: str) -> dict[str, str]:
    """The headers every response to ``path`` carries."""
    policy = DOCS_POLICY if path == "/docs" else PAGE_POLICY
    return {"Content-Security-Policy": policy, **COMMON_HEADERS}


class SecurityHeaders:
    """ASGI middleware: add ``security_headers`` to a response that does not set them itself."""

    def __init__(self, app: ASGIApp):
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        wanted = security_headers(scope["path"])

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for key, value in wanted.items():
                    headers.setdefault(key, value)
            await send(message)

        await self.app(scope, receive, send_with_headers)


def install_security_headers(app: FastAPI) -> None:
    """Wrap the app's whole middleware stack (built on the first request) in SecurityHeaders."""
    build: Callable[[], ASGIApp] = app.build_middleware_stack

    def build_with_headers() -> ASGIApp:
        return SecurityHeaders(build())

    app.build_middleware_stack = build_with_headers  # type: ignore[method-assign]
