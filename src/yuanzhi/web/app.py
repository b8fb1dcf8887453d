"""``create_app(settings)``: the FastAPI application over one archive.

Nothing happens at import time; the app, its templates and settings are built
here and passed to the routes through ``app.state``.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from .deps import ArchivePool
from .headers import install_security_headers
from .limits import BodyLimits
from .problems import ERROR_SCHEMA, install_error_handlers
from .render import STATIC_DIR, make_templates
from .routes import (
    articles,
    chronicle,
    contributions,
    corrections,
    docs,
    home,
    orgs,
    people,
    search,
    upload,
)
from .settings import WebSettings

ROUTERS = (home, search, articles, people, orgs, chronicle, contributions, upload, corrections, docs)


@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    yield
    app.state.archive_pool.close()


def create_app(settings: WebSettings) -> FastAPI:
    app = FastAPI(
        lifespan=lifespan,
        title="院志 yuanzhi",
        summary="Hospital newsletters as articles, people, events and a 大事记",
        version="0.1.0",
        docs_url=None,  # served by routes/docs.py from local files
        redoc_url=None,
        responses={
            404: {
                "description": "not found",
                "content": {"application/json": {"schema": ERROR_SCHEMA}},
            },
            422: {
                "description": "invalid request",
                "content": {"application/json": {"schema": ERROR_SCHEMA}},
            },
        },
    )
    app.state.settings = settings
    app.state.archive_pool = ArchivePool(settings.db)
    app.state.templates = make_templates()
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    install_error_handlers(app)
    install_security_headers(app)
    app.add_middleware(BodyLimits, settings=settings)  # bodies refused as they stream in
    for module in ROUTERS:
        app.include_router(module.router)
    return app
