"""Lookup-or-404 dependencies: a route that needs a record declares it and never sees a miss."""

from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import quote

from fastapi import Depends, HTTPException, Path, Query, Request

from ..archive import views
from ..errors import NotFoundError
from .article_text import article_view
from .deps import ArchiveDep
from .editing import with_article_corrections, with_person_corrections

DATE_PATTERN = r"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$"


def load_article(
    request: Request,
    archive: ArchiveDep,
    article_id: Annotated[str, Path(min_length=1, max_length=300)],
) -> dict[str, Any]:
    try:
        view = article_view(archive, article_id)
    except NotFoundError as error:
        successor = archive.successor_article(article_id)  # merged into another by an editor
        if successor is not None:
            path = request.url.path  # decoded: ends with the id as given
            base = path[: -len(article_id)] if path.endswith(article_id) else "/articles/"
            location = quote(base) + quote(successor, safe=":")
            raise HTTPException(307, f"article {article_id!r} is now {successor!r}", {"Location": location}) from error
        raise HTTPException(404, f"no article {article_id!r} in the archive") from error
    return with_article_corrections(archive, view)  # "corrected: retitled by X on DATE"


def load_issue(
    archive: ArchiveDep, issue_id: Annotated[str, Path(min_length=1, max_length=300)]
) -> dict[str, Any]:
    try:
        return views.issue_view(archive, issue_id)
    except NotFoundError as error:
        raise HTTPException(404, f"no issue {issue_id!r} in the archive") from error


def load_person(
    archive: ArchiveDep, name: Annotated[str, Path(min_length=1, max_length=100)]
) -> dict[str, Any]:
    try:
        view = views.person_view(archive, name)
    except NotFoundError as error:
        raise HTTPException(404, f"no person named {name!r} in the archive") from error
    return with_person_corrections(archive, view)  # merges, splits, fixed positions


def load_org(
    archive: ArchiveDep,
    name: Annotated[str, Path(min_length=1, max_length=100)],
    on: Annotated[
        str | None,
        Query(
            description="leadership as of this date (YYYY-MM-DD or YYYY-MM)", pattern=DATE_PATTERN
        ),
    ] = None,
) -> dict[str, Any]:
    try:
        return views.org_view(archive, name, on=on or None)
    except NotFoundError as error:
        raise HTTPException(404, f"no organization named {name!r} in the archive") from error


ArticleDep = Annotated[dict[str, Any], Depends(load_article)]
IssueDep = Annotated[dict[str, Any], Depends(load_issue)]
PersonDep = Annotated[dict[str, Any], Depends(load_person)]
OrgDep = Annotated[dict[str, Any], Depends(load_org)]
