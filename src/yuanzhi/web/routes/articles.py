"""The article page (text, original page image with regions, facts) and page images."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Path, Request
from fastapi.responses import Response

from ...archive import views
from .. import schemas
from ..deps import ArchiveDep
from ..lookups import ArticleDep
from ..render import render

router = APIRouter()


@router.get("/articles/{article_id}", include_in_schema=False)
def article_page(request: Request, article: ArticleDep) -> Response:
    return render(request, "article.html", {"article": article})


@router.get(
    "/api/articles/{article_id}",
    response_model=schemas.ArticleDetail,
    tags=["articles"],
    summary="One article with its facts",
)
def article_api(article: ArticleDep) -> dict[str, Any]:
    return article


@router.get(
    "/issues/{issue_id}/pages/{page}.png",
    tags=["issues"],
    summary="The original page as a PNG (PDF and scanned issues)",
    response_class=Response,
    responses={200: {"content": {"image/png": {}}}},
)
def page_image(
    archive: ArchiveDep,
    issue_id: Annotated[str, Path(min_length=1, max_length=300)],
    page: Annotated[int, Path(ge=1, le=10_000)],
) -> Response:
    png = views.page_png(archive, issue_id, page)
    if png is None:
        raise HTTPException(404, f"no page image {page} for issue {issue_id!r}")
    return Response(png, media_type="image/png", headers={"Cache-Control": "max-age=3600"})
