"""Home (issues by date, recent events, busiest departments) and the issue pages."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import Response

from ...archive import views
from ...archive.hospital_setting import stored_hospital
from .. import schemas
from ..deps import ArchiveDep
from ..lookups import IssueDep
from ..render import render

router = APIRouter()


@router.get("/", include_in_schema=False)
def home_page(request: Request, archive: ArchiveDep) -> Response:
    return render(request, "home.html", {"home": _home(archive)})


def _home(archive: ArchiveDep) -> dict[str, Any]:
    """The home view with the archive's own hospital (a setting, read fresh: not in the view cache)."""
    return {**views.home_view(archive), "hospital": stored_hospital(archive)}


@router.get(
    "/api/home",
    response_model=schemas.Home,
    tags=["pages"],
    summary="Home: issues, recent events, busiest departments",
)
def home_api(archive: ArchiveDep) -> dict[str, Any]:
    return _home(archive)


@router.get(
    "/api/issues",
    response_model=schemas.Issues,
    tags=["issues"],
    summary="All issues by date with article counts",
)
def issues_api(archive: ArchiveDep) -> dict[str, Any]:
    return {"issues": views.home_view(archive)["issues"]}


@router.get("/issues/{issue_id}", include_in_schema=False)
def issue_page(request: Request, issue: IssueDep) -> Response:
    return render(request, "issue.html", {"issue": issue})


@router.get(
    "/api/issues/{issue_id}",
    response_model=schemas.IssueDetail,
    tags=["issues"],
    summary="One issue and its articles",
)
def issue_api(issue: IssueDep) -> dict[str, Any]:
    return issue
