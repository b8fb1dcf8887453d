"""Response shapes of the JSON API (pydantic, at the edge), for /docs and /openapi.json.

They describe what archive/views.py returns. Every model allows extra fields,
so a field added to a view is passed through before it is documented here.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field


class Open(BaseModel):
    model_config = ConfigDict(extra="allow")


class ErrorDetail(BaseModel):
    code: str = Field(description="not_found, unauthorized, invalid_request, ...")
    message: str


class ErrorBody(BaseModel):
    error: ErrorDetail


class Evidence(Open):
    source: str
    article_id: str
    quote: str


class ArticleRef(Open):
    id: str
    title: str | None
    date: str | None
    source: str | None = None


class EventItem(Open):
    date: str | None
    type: str
    summary: str
    article_id: str | None
    approximate: bool = False


class IssueSummary(Open):
    id: str
    source: str
    date: str | None
    date_source: str | None = None
    title: str | None
    number: str | None
    pages: int | None
    kind: str
    articles: int = Field(description="number of articles")
    page_images: list[int] = Field(default=[], description="pages with a stored image")


class DepartmentCount(Open):
    name: str
    articles: int


class Home(Open):
    hospital: str | None = Field(default=None, description="the archive's own hospital (yuanzhi hospital)")
    counts: dict[str, int]
    issues: list[IssueSummary]
    recent_events: list[EventItem]
    departments: list[DepartmentCount]


class Issues(Open):
    issues: list[IssueSummary]


class Byline(Open):
    department: str | None
    authors: list[str]


class IssueArticle(Open):
    id: str
    title: str | None
    pages: list[int]
    bylines: list[Byline]


class IssueDetail(IssueSummary):
    furniture: list[str]
    unassigned: list[str]
    article_list: list[IssueArticle]


class SearchHit(Open):
    article_id: str
    issue_id: str
    title: str | None
    date: str | None
    departments: list[str]
    snippet: str = Field(description="HTML-escaped text around the match, matches in <mark>")
    title_html: str
    score: float


class SearchResult(Open):
    query: str
    hits: list[SearchHit]
    total: int
    page: int
    per_page: int
    pages: int
    sort: str


class Sidebar(Open):
    title: str | None
    paragraphs: list[str]


class Sentence(Open):
    id: str = Field(description="anchor on the article page (#s3)")
    text: str
    facts: int


class TextBlock(Open):
    kind: str = Field(description="paragraph | subheading")
    sentences: list[Sentence]


class LinkedFact(Open):
    kind: str
    label: str
    detail: str
    quote: str | None
    sentence: str | None = Field(description="id of the sentence the fact comes from")


class PageFigure(Open):
    page: int
    url: str
    width_pt: float
    height_pt: float
    regions: list[dict[str, float]] = Field(description="left/top/width/height in % of the page")


class ArticleDetail(Open):
    id: str
    issue_id: str
    title: str | None
    subtitle: str | None
    kicker: str | None
    editor_note: str | None
    paragraphs: list[str]
    subheadings: list[str]
    sidebars: list[Sidebar]
    bylines: list[Byline]
    pages: list[int]
    continued: bool
    issue: dict[str, Any]
    blocks: list[TextBlock]
    facts: list[LinkedFact]
    page_images: list[PageFigure]


class PositionSpan(Open):
    title: str
    org: str | None
    first_seen: str | None
    last_seen: str | None
    evidence: list[Evidence]


class Appointment(Open):
    person: str
    title: str
    org: str | None
    action: str = Field(description="appoint | remove")
    date: str | None


class PersonDetail(Open):
    name: str
    positions: list[PositionSpan]
    appointments: list[Appointment]
    articles: list[ArticleRef]
    events: list[EventItem]
    chart: dict[str, Any]


class Leader(Open):
    person: str
    title: str
    first_seen: str | None
    last_seen: str | None
    basis: str


class OrgNode(Open):
    name: str
    kind: str
    children: list[OrgNode]


class OrgDetail(Open):
    name: str
    kind: str
    parent: str | None
    on: str | None
    leaders: list[Leader]
    tree: OrgNode
    partnerships: list[dict[str, Any]]
    honors: list[dict[str, Any]]


class ChronicleMonth(Open):
    month: int
    label: str
    events: list[EventItem]


class ChronicleDetail(Open):
    year: int
    total: int
    months: list[ChronicleMonth]
    years: list[int]


class CountRow(Open):
    name: str
    counts: list[int] = Field(description="articles in January … December")
    total: int


class ContributionsDetail(Open):
    year: int
    departments: list[CountRow]
    authors: list[CountRow]
    years: list[int]


class UploadItem(Open):
    file: str
    ok: bool
    status: str | None = Field(description="added | unchanged | replaced")
    issue_id: str | None
    articles: int
    error: str | None
    warnings: list[str]


class UploadResults(Open):
    results: list[UploadItem]


# ---------------------------------------------------------------- corrections (routes/corrections.py)

ArticleIdField = Field(min_length=1, max_length=300, description="article id (ISSUE:ID)")
ParagraphRef = int | str


class CorrectionNote(Open):
    id: int
    kind: str
    kind_label: str
    summary: str
    editor: str
    date: str
    status: str = Field(description="applied | stale | revoked")
    reason: str | None


class CorrectionTarget(Open):
    issue_id: str
    status: str
    reason: str | None
    articles: list[str]


class Correction(Open):
    id: int
    kind: str = Field(description="retitle | move_paragraph | split | merge | fact_fix | fact_delete | people_merge | people_split | mark_patient")
    kind_label: str
    summary: str
    editor: str
    created_at: str
    status: str = Field(description="applied | stale | revoked")
    reason: str | None = Field(description="why a correction is stale")
    scope: str | None = Field(description="the issue source it is anchored in; null: the whole archive")
    revoked_at: str | None
    revoked_by: str | None
    correction: dict[str, Any] = Field(description="the anchored correction as stored")
    targets: list[CorrectionTarget]


class CorrectionList(Open):
    items: list[Correction]
    total: int
    counts: dict[str, int] = Field(description="corrections per status in the whole archive")


class AuditItem(Open):
    id: int
    correction_id: int
    at: str
    editor: str = Field(description="who; 'ingest' for outcomes of an ingest")
    action: str = Field(description="create | revoke | applied | stale")
    issue_id: str | None
    before: Any = None
    after: Any = None
    note: str | None


class CorrectionDetail(Correction):
    audit: list[AuditItem]


class RetitleIn(BaseModel):
    article_id: str = ArticleIdField
    title: str | None = Field(default=None, max_length=300, description='new headline ("" removes it; null: unchanged)')
    subtitle: str | None = Field(default=None, max_length=300)
    kicker: str | None = Field(default=None, max_length=300)


class MoveParagraphIn(BaseModel):
    article_id: str = ArticleIdField
    paragraph: ParagraphRef = Field(description="number (1 = first) or some of its text")
    to_article_id: str = ArticleIdField
    at: Literal["start", "end"] = "end"


class SplitIn(BaseModel):
    article_id: str = ArticleIdField
    paragraph: ParagraphRef = Field(description="the new article's first paragraph: number or text")
    title: str | None = Field(default=None, max_length=300)
    title_from_paragraph: bool = False


class MergeIn(BaseModel):
    article_id: str = ArticleIdField
    other_article_id: str = ArticleIdField


FactKindField = Literal["position", "appointment", "event", "organization", "honor", "partnership"]


class FactDeleteIn(BaseModel):
    kind: FactKindField
    match: dict[str, str | None] = Field(description="FIELD → VALUE selecting the facts (null: empty)")
    issue_id: str | None = Field(default=None, max_length=300, description="only facts of this issue")
    quote: str | None = Field(default=None, max_length=300, description="only facts read from this sentence")


class FactFixIn(FactDeleteIn):
    set: dict[str, str | None] = Field(description="FIELD → new VALUE")


class PeopleMergeIn(BaseModel):
    name: str = Field(min_length=1, max_length=100)
    into: str = Field(min_length=1, max_length=100)
    org: str | None = Field(default=None, max_length=300)


class PeopleSplitIn(BaseModel):
    name: str = Field(min_length=1, max_length=100)
    new_name: str = Field(min_length=1, max_length=100)
    sources: list[str] = Field(default=[], max_length=100)
    quotes: list[str] = Field(default=[], max_length=100)
    orgs: list[str] = Field(default=[], max_length=100)


class MarkPatientIn(BaseModel):
    name: str = Field(min_length=1, max_length=100)
