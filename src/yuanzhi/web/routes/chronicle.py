"""大事记: events by month for a year, and its exports (patients redacted)."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Path, Request
from fastapi.responses import RedirectResponse, Response

from ...archive import views
from .. import exports, schemas
from ..deps import ArchiveDep
from ..render import render

router = APIRouter()

Year = Annotated[int, Path(ge=1900, le=2200, description="four-digit year")]
Format = Literal["md", "docx", "csv"]


@router.get("/chronicle", include_in_schema=False)
def chronicle_latest(archive: ArchiveDep) -> RedirectResponse:
    return RedirectResponse(f"/chronicle/{views.latest_year(archive)}", status_code=307)


@router.get("/chronicle/{year}", include_in_schema=False)
def chronicle_page(request: Request, archive: ArchiveDep, year: Year) -> Response:
    return render(request, "chronicle.html", {"chronicle": views.chronicle_view(archive, year)})


@router.get(
    "/api/chronicle/{year}",
    response_model=schemas.ChronicleDetail,
    tags=["chronicle"],
    summary="Events of a year by month",
)
def chronicle_api(archive: ArchiveDep, year: Year) -> dict[str, Any]:
    return views.chronicle_view(archive, year)


@router.get(
    "/api/chronicle/{year}/export.{fmt}",
    tags=["chronicle"],
    summary="The year's 大事记 as DOCX, Markdown or CSV (patients redacted)",
    response_class=Response,
)
def chronicle_export(archive: ArchiveDep, year: Year, fmt: Format) -> Response:
    exported = exports.chronicle_export(archive, year, fmt)
    return Response(
        exported.content,
        media_type=exported.media_type,
        headers={"Content-Disposition": exported.disposition},
    )
