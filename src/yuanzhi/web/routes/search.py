"""Search over titles and text, with filters, sorting and paging."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import Response

from ...archive import views
from .. import schemas
from ..deps import ArchiveDep
from ..lookups import DATE_PATTERN
from ..render import render

router = APIRouter()


class SearchParams:
    """The query string of /search and /api/search (validated once, used by both)."""

    def __init__(
        self,
        q: Annotated[
            str, Query(max_length=200, description='words, a "phrase", or a prefix*')
        ] = "",
        start: Annotated[str | None, Query(alias="from", pattern=DATE_PATTERN)] = None,
        end: Annotated[str | None, Query(alias="to", pattern=DATE_PATTERN)] = None,
        dept: Annotated[str | None, Query(max_length=100, description="byline department")] = None,
        person: Annotated[str | None, Query(max_length=100)] = None,
        type: Annotated[str | None, Query(max_length=30, description="event type")] = None,
        sort: Annotated[Literal["relevance", "date"], Query()] = "relevance",
        page: Annotated[int, Query(ge=1, le=1000)] = 1,
        per_page: Annotated[int, Query(ge=1, le=100)] = 20,
    ) -> None:
        self.q = q.strip()
        self.start = start or None
        self.end = end or None
        self.dept = (dept or "").strip() or None
        self.person = (person or "").strip() or None
        self.type = (type or "").strip() or None
        self.sort = sort
        self.page = page
        self.per_page = per_page

    def run(self, archive: Any) -> dict[str, Any]:
        return views.search_view(
            archive,
            self.q,
            start=self.start,
            end=self.end,
            department=self.dept,
            person=self.person,
            event_type=self.type,
            sort=self.sort,
            page=self.page,
            per_page=self.per_page,
        )

    def query_string(self, page: int) -> dict[str, Any]:
        """The parameters for a link to another page of the same search."""
        params = {
            "q": self.q,
            "from": self.start,
            "to": self.end,
            "dept": self.dept,
            "person": self.person,
            "type": self.type,
            "sort": self.sort,
            "page": page,
        }
        return {key: value for key, value in params.items() if value not in (None, "")}


SearchDep = Annotated[SearchParams, Depends(SearchParams)]


@router.get("/search", include_in_schema=False)
def search_page(request: Request, archive: ArchiveDep, params: SearchDep) -> Response:
    result = (
        params.run(archive) if params.q or params.person or params.dept or params.type else None
    )
    return render(request, "search.html", {"params": params, "result": result})


@router.get(
    "/api/search",
    response_model=schemas.SearchResult,
    tags=["search"],
    summary="Search titles and text (highlighted snippets)",
)
def search_api(archive: ArchiveDep, params: SearchDep) -> dict[str, Any]:
    return params.run(archive)
