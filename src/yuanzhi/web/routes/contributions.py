"""Contributions: articles per department and per author by month (chart + CSV)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse, Response

from ...archive import views
from .. import exports, schemas
from ..deps import ArchiveDep
from ..render import render
from .chronicle import Year

router = APIRouter()


@router.get("/contributions", include_in_schema=False)
def contributions_latest(archive: ArchiveDep) -> RedirectResponse:
    return RedirectResponse(f"/contributions/{views.latest_year(archive)}", status_code=307)


@router.get("/contributions/{year}", include_in_schema=False)
def contributions_page(request: Request, archive: ArchiveDep, year: Year) -> Response:
    data = views.contributions_view(archive, year)
    return render(request, "contributions.html", {"contrib": data})


@router.get(
    "/api/contributions/{year}",
    response_model=schemas.ContributionsDetail,
    tags=["contributions"],
    summary="Articles per department and author by month",
)
def contributions_api(archive: ArchiveDep, year: Year) -> dict[str, Any]:
    return views.contributions_view(archive, year)


@router.get(
    "/api/contributions/{year}/export.csv",
    tags=["contributions"],
    summary="Contributions of a year as CSV",
    response_class=Response,
)
def contributions_csv(archive: ArchiveDep, year: Year) -> Response:
    exported = exports.contributions_export(archive, year)
    return Response(
        exported.content,
        media_type=exported.media_type,
        headers={"Content-Disposition": exported.disposition},
    )
