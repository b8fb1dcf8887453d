"""Upload issues (text, PDF, page images) into the archive: admin token required."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, File, Form, Request, UploadFile
from fastapi.responses import Response

from ...errors import InputError
from .. import schemas
from ..deps import ArchiveDep, SettingsDep, require_admin
from ..lookups import DATE_PATTERN
from ..render import render
from ..uploads import UploadResult, ingest_files, save_upload

router = APIRouter()


@router.get("/upload", include_in_schema=False)
def upload_page(request: Request, settings: SettingsDep) -> Response:
    return render(request, "upload.html", {"writable": bool(settings.admin_token)})


@router.post(
    "/api/upload",
    response_model=schemas.UploadResults,
    tags=["upload"],
    summary="Ingest uploaded issues (X-Admin-Token header or token form field)",
    dependencies=[Depends(require_admin)],
)
def upload_api(
    archive: ArchiveDep,
    settings: SettingsDep,
    files: Annotated[
        list[UploadFile], File(description="issue files; page images together form one issue")
    ],
    date: Annotated[str | None, Form(pattern=DATE_PATTERN)] = None,
) -> dict[str, Any]:
    saved = []
    results: list[UploadResult] = []
    for upload in files:
        try:
            saved.append(
                save_upload(
                    settings.uploads, upload.filename, upload.file, settings.max_upload_bytes
                )
            )
        except InputError as error:
            results.append(UploadResult(file=str(upload.filename), ok=False, error=str(error)))
    results.extend(ingest_files(archive, saved, date=date or None))
    return {"results": [result.as_dict() for result in results]}
