"""Organizations: departments and branches as a tree, leadership as of a date, partnerships, honors."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import Response

from .. import schemas
from ..lookups import OrgDep
from ..render import render

router = APIRouter()


@router.get("/orgs/{name}", include_in_schema=False)
def org_page(request: Request, org: OrgDep) -> Response:
    return render(request, "org.html", {"org": org})


@router.get(
    "/api/orgs/{name}",
    response_model=schemas.OrgDetail,
    tags=["organizations"],
    summary="An organization: departments tree, leadership as of a date, partnerships, honors",
)
def org_api(org: OrgDep) -> dict[str, Any]:
    return org
