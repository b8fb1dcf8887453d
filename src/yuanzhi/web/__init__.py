"""Web pages and JSON API over the archive: ``create_app(settings)`` builds the app."""

from __future__ import annotations

from .app import create_app
from .settings import WebSettings

__all__ = ["WebSettings", "create_app"]
