"""Editors' corrections: the /corrections page, its JSON twins, and one POST per kind.

``/api/corrections/…`` takes JSON and the token in the ``X-Admin-Token``
header; ``/corrections/…`` takes the article and person pages' forms (token
field, same-origin) and redirects back to the page corrected. Both call
corrections.edit, which anchors, applies and audits the correction.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated, Any, Literal
from urllib.parse import quote

from fastapi import APIRouter, Form, Path, Query, Request
from fastapi.responses import RedirectResponse, Response

from ...corrections import edit
from ...corrections.model import KIND_LABELS, CorrectionRecord
from .. import schemas
from ..deps import ArchiveDep
from ..editing import ApiEditor, FormEditor, writable
from ..render import render

router = APIRouter()
CorrectionId = Annotated[int, Path(ge=1, le=10**12, description="the correction's number")]
Status = Literal["applied", "stale", "revoked"]
Kind = Literal[
    "retitle",
    "move_paragraph",
    "split",
    "merge",
    "fact_fix",
    "fact_delete",
    "people_merge",
    "people_split",
    "mark_patient",
]
CREATED = {201: {"description": "the correction, applied"}}


def _listing(
    archive: Any, status: str | None, kind: str | None, editor: str | None, page: int
) -> dict[str, Any]:
    per_page = 50
    found = archive.corrections.search(
        status=status, kind=kind, editor=editor, limit=per_page, offset=(page - 1) * per_page
    )
    data: dict[str, Any] = found.as_dict()
    data["page"], data["per_page"] = page, per_page
    return data


StatusQuery = Annotated[Status | None, Query(description="applied | stale | revoked")]
KindQuery = Annotated[Kind | None, Query(description="kind of correction")]
EditorQuery = Annotated[str | None, Query(max_length=100, description="made by this editor")]
PageQuery = Annotated[int, Query(ge=1, le=10_000)]


@router.get("/corrections", include_in_schema=False)
def corrections_page(
    request: Request,
    archive: ArchiveDep,
    status: StatusQuery = None,
    kind: KindQuery = None,
    editor: EditorQuery = None,
    page: PageQuery = 1,
) -> Response:
    context = {
        "listing": _listing(archive, status, kind, editor or None, page),
        "audit": [e.as_dict() for e in archive.corrections.audit(editor=editor or None, limit=100)],
        "filters": {"status": status or "", "kind": kind or "", "editor": editor or ""},
        "kinds": KIND_LABELS,
        "writable": writable(request.app.state.settings),
    }
    return render(request, "corrections.html", context)


@router.get(
    "/api/corrections",
    response_model=schemas.CorrectionList,
    tags=["corrections"],
    summary="Corrections, newest first (filters: status, kind, editor)",
)
def corrections_api(
    archive: ArchiveDep,
    status: StatusQuery = None,
    kind: KindQuery = None,
    editor: EditorQuery = None,
    page: PageQuery = 1,
) -> dict[str, Any]:
    return _listing(archive, status, kind, editor or None, page)


@router.get(
    "/api/corrections/audit",
    response_model=list[schemas.AuditItem],
    tags=["corrections"],
    summary="The audit log, newest first: who, when, what, before/after",
)
def audit_api(
    archive: ArchiveDep,
    correction_id: Annotated[int | None, Query(ge=1, le=10**12)] = None,
    editor: EditorQuery = None,
    page: PageQuery = 1,
) -> list[dict[str, Any]]:
    entries = archive.corrections.audit(
        correction_id=correction_id, editor=editor or None, limit=100, offset=(page - 1) * 100
    )
    return [e.as_dict() for e in entries]


@router.get(
    "/api/corrections/{correction_id}",
    response_model=schemas.CorrectionDetail,
    tags=["corrections"],
    summary="One correction: where it applies and its audit trail",
)
def correction_api(archive: ArchiveDep, correction_id: CorrectionId) -> dict[str, Any]:
    record = archive.corrections.get(correction_id)  # NotFoundError → 404
    trail = archive.corrections.audit(correction_id=correction_id, limit=1000)
    return record.as_dict() | {"audit": [e.as_dict() for e in trail]}


# ---------------------------------------------------------------- JSON API: one POST per kind


def _created(record: CorrectionRecord) -> dict[str, Any]:
    return record.as_dict()


def _post(path: str, summary: str) -> Callable[[Any], Any]:
    return router.post(
        f"/api/corrections/{path}",
        response_model=schemas.Correction,
        status_code=201,
        tags=["corrections"],
        summary=summary + " (X-Admin-Token: the admin or an editor's token)",
    )


@_post("retitle", "Retitle an article")
def retitle_api(archive: ArchiveDep, editor: ApiEditor, body: schemas.RetitleIn) -> dict[str, Any]:
    return _created(
        edit.retitle(
            archive,
            body.article_id,
            title=body.title,
            subtitle=body.subtitle,
            kicker=body.kicker,
            editor=editor,
        )
    )


@_post("move-paragraph", "Move a paragraph to another article of its issue")
def move_api(
    archive: ArchiveDep, editor: ApiEditor, body: schemas.MoveParagraphIn
) -> dict[str, Any]:
    return _created(
        edit.move_paragraph(
            archive, body.article_id, body.paragraph, body.to_article_id, at=body.at, editor=editor
        )
    )


@_post("split", "Split an article before a paragraph")
def split_api(archive: ArchiveDep, editor: ApiEditor, body: schemas.SplitIn) -> dict[str, Any]:
    return _created(
        edit.split(
            archive,
            body.article_id,
            body.paragraph,
            title=body.title,
            title_from_paragraph=body.title_from_paragraph,
            editor=editor,
        )
    )


@_post("merge", "Merge two articles of one issue")
def merge_api(archive: ArchiveDep, editor: ApiEditor, body: schemas.MergeIn) -> dict[str, Any]:
    return _created(edit.merge(archive, body.article_id, body.other_article_id, editor=editor))


@_post("fact-fix", "Fix a fact (position, appointment, event, organization, honor, partnership)")
def fact_fix_api(archive: ArchiveDep, editor: ApiEditor, body: schemas.FactFixIn) -> dict[str, Any]:
    return _created(
        edit.fact_fix(
            archive,
            body.kind,
            body.match,
            body.set,
            issue_id=body.issue_id,
            quote=body.quote,
            editor=editor,
        )
    )


@_post("fact-delete", "Delete a wrong fact")
def fact_delete_api(
    archive: ArchiveDep, editor: ApiEditor, body: schemas.FactDeleteIn
) -> dict[str, Any]:
    return _created(
        edit.fact_delete(
            archive, body.kind, body.match, issue_id=body.issue_id, quote=body.quote, editor=editor
        )
    )


@_post("people-merge", "Merge two people (name is the same person as into)")
def people_merge_api(
    archive: ArchiveDep, editor: ApiEditor, body: schemas.PeopleMergeIn
) -> dict[str, Any]:
    return _created(edit.people_merge(archive, body.name, body.into, org=body.org, editor=editor))


@_post("people-split", "Split a person: records from given sources/sentences/orgs are another's")
def people_split_api(
    archive: ArchiveDep, editor: ApiEditor, body: schemas.PeopleSplitIn
) -> dict[str, Any]:
    return _created(
        edit.people_split(
            archive,
            body.name,
            body.new_name,
            sources=body.sources,
            quotes=body.quotes,
            orgs=body.orgs,
            editor=editor,
        )
    )


@_post("mark-patient", "Mark a name as a patient (never a person, redacted in exports)")
def mark_patient_api(
    archive: ArchiveDep, editor: ApiEditor, body: schemas.MarkPatientIn
) -> dict[str, Any]:
    return _created(edit.mark_patient(archive, body.name, editor=editor))


@router.post(
    "/api/corrections/{correction_id}/revoke",
    response_model=schemas.Correction,
    tags=["corrections"],
    summary="Revoke (undo) a correction (X-Admin-Token)",
)
def revoke_api(
    archive: ArchiveDep, editor: ApiEditor, correction_id: CorrectionId
) -> dict[str, Any]:
    return _created(edit.revoke(archive, correction_id, editor=editor))


# ---------------------------------------------------------------- HTML forms


def _back(url: str) -> RedirectResponse:
    return RedirectResponse(url, status_code=303)


def _article_url(article_id: str, anchor: str = "corrections") -> str:
    return f"/articles/{quote(article_id, safe='')}#{anchor}"


def _person_url(name: str) -> str:
    return f"/people/{quote(name, safe='')}#corrections"


Text = Annotated[str, Form(max_length=300)]
OptionalText = Annotated[str | None, Form(max_length=300)]


@router.post("/corrections/retitle", include_in_schema=False)
def retitle_form(
    archive: ArchiveDep,
    editor: FormEditor,
    article_id: Text,
    title: OptionalText = None,
    subtitle: OptionalText = None,
    kicker: OptionalText = None,
) -> Response:
    edit.retitle(archive, article_id, title=title, subtitle=subtitle, kicker=kicker, editor=editor)
    return _back(_article_url(article_id))


@router.post("/corrections/move-paragraph", include_in_schema=False)
def move_form(
    archive: ArchiveDep,
    editor: FormEditor,
    article_id: Text,
    paragraph: Text,
    to_article_id: Text,
    at: Annotated[Literal["start", "end"], Form()] = "end",
) -> Response:
    edit.move_paragraph(archive, article_id, paragraph, to_article_id, at=at, editor=editor)
    return _back(_article_url(to_article_id))


@router.post("/corrections/split", include_in_schema=False)
def split_form(
    archive: ArchiveDep,
    editor: FormEditor,
    article_id: Text,
    paragraph: Text,
    title: OptionalText = None,
    title_from_paragraph: Annotated[bool, Form()] = False,
) -> Response:
    edit.split(
        archive,
        article_id,
        paragraph,
        title=title or None,
        title_from_paragraph=title_from_paragraph,
        editor=editor,
    )
    return _back(_article_url(article_id))


@router.post("/corrections/merge", include_in_schema=False)
def merge_form(
    archive: ArchiveDep, editor: FormEditor, article_id: Text, other_article_id: Text
) -> Response:
    edit.merge(archive, article_id, other_article_id, editor=editor)
    first = min(article_id, other_article_id, key=lambda a: _position(archive, a))
    return _back(_article_url(first))


def _position(archive: Any, article_id: str) -> int:
    ids = [a.id for a in archive.list_articles(issue=article_id.split(":", 1)[0])]
    return ids.index(article_id) if article_id in ids else len(ids)


@router.post("/corrections/fact", include_in_schema=False)
def fact_form(
    archive: ArchiveDep,
    editor: FormEditor,
    kind: Annotated[schemas.FactKindField, Form()],
    back: Text,
    action: Annotated[Literal["fix", "delete"], Form()] = "fix",
    match_person: OptionalText = None,
    match_title: OptionalText = None,
    match_org: OptionalText = None,
    set_person: OptionalText = None,
    set_title: OptionalText = None,
    set_org: OptionalText = None,
) -> Response:
    """The person page's position form: match person/title/org, set new values or delete."""
    match = {"person": match_person, "title": match_title, "org": match_org or None}
    match = {k: v for k, v in match.items() if v is not None or k == "org"}
    if action == "delete":
        edit.fact_delete(archive, kind, match, editor=editor)
    else:
        given = {"person": set_person, "title": set_title, "org": set_org}
        # a field left as shown is no change (edit.fact_fix drops values equal to the match)
        changes = {k: v for k, v in given.items() if v is not None and (v or k == "org")}
        edit.fact_fix(archive, kind, match, changes, editor=editor)
    return _back(back if _local(back) else "/corrections")


def _local(url: str) -> bool:
    """A path on this site (never //host or /\\host, which browsers read as another site)."""
    return url.startswith("/") and url[1:2] not in ("/", "\\") and "\n" not in url


@router.post("/corrections/people-merge", include_in_schema=False)
def people_merge_form(
    archive: ArchiveDep, editor: FormEditor, name: Text, into: Text, org: OptionalText = None
) -> Response:
    edit.people_merge(archive, name, into, org=org or None, editor=editor)
    return _back(_person_url(into))


@router.post("/corrections/people-split", include_in_schema=False)
def people_split_form(
    archive: ArchiveDep,
    editor: FormEditor,
    name: Text,
    new_name: Text,
    sources: OptionalText = None,
    orgs: OptionalText = None,
) -> Response:
    def items(text: str | None) -> list[str]:
        return [x.strip() for x in (text or "").replace("，", ",").split(",") if x.strip()]

    edit.people_split(
        archive, name, new_name, sources=items(sources), orgs=items(orgs), editor=editor
    )
    return _back(_person_url(name))


@router.post("/corrections/mark-patient", include_in_schema=False)
def mark_patient_form(archive: ArchiveDep, editor: FormEditor, name: Text) -> Response:
    record = edit.mark_patient(archive, name, editor=editor)
    return _back(f"/corrections#c{record.id}")


@router.post("/corrections/{correction_id}/revoke", include_in_schema=False)
def revoke_form(archive: ArchiveDep, editor: FormEditor, correction_id: CorrectionId) -> Response:
    edit.revoke(archive, correction_id, editor=editor)
    return _back(f"/corrections#c{correction_id}")
