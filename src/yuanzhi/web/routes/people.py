"""People: positions over time, appointments, articles and events mentioning them."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import Response

from .. import schemas
from ..lookups import PersonDep
from ..render import render

router = APIRouter()


@router.get("/people/{name}", include_in_schema=False)
def person_page(request: Request, person: PersonDep) -> Response:
    return render(request, "person.html", {"person": person})


@router.get(
    "/api/people/{name}",
    response_model=schemas.PersonDetail,
    tags=["people"],
    summary="A person's positions over time",
)
def person_api(person: PersonDep) -> dict[str, Any]:
    return person
