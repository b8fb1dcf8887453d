"""What the archive's reading API returns (frozen dataclasses, JSON via ``as_dict``)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from .. import model
from .codec import to_data

IngestStatus = Literal["added", "unchanged", "replaced"]


@dataclass(frozen=True)
class IngestResult:
    status: IngestStatus
    issue_id: str
    articles: int
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class IssueSummary:
    id: str
    source: str
    sha256: str
    date: str | None
    date_source: str | None
    title: str | None
    number: str | None
    pages: int | None
    kind: str
    articles: int
    warnings: tuple[str, ...]
    ingested_at: str
    page_images: tuple[int, ...] = ()  # pages with a stored image

    def as_dict(self) -> dict[str, Any]:
        return to_data(self)


@dataclass(frozen=True)
class StoredArticle:
    """An article as the archive keeps it: the parsed record plus where it came from."""

    id: str  # stable: issue key + ':' + the article's id in its issue
    issue_id: str
    source: str
    date: str | None
    article: model.Article

    @property
    def title(self) -> str | None:
        return self.article.title

    def as_dict(self) -> dict[str, Any]:
        """The contract's article fields, ``id`` made stable, plus issue provenance."""
        data: dict[str, Any] = to_data(self.article)
        data.pop("lines", None)
        data["local_id"] = data["id"]
        data["id"] = self.id
        data["issue_id"] = self.issue_id
        data["source"] = self.source
        data["date"] = self.date
        return data


@dataclass(frozen=True)
class StoredIssue:
    summary: IssueSummary
    issue: model.Issue  # the whole parse, as ingested
    article_ids: tuple[str, ...]  # stable ids, in issue order

    def as_dict(self) -> dict[str, Any]:
        data = self.summary.as_dict()
        parse: dict[str, Any] = to_data(self.issue)
        for article, stable in zip(parse["articles"], self.article_ids, strict=True):
            article["local_id"] = article["id"]
            article["id"] = stable
            article.pop("lines", None)
        data["parse"] = parse
        return data


@dataclass(frozen=True)
class ArticleRef:
    id: str
    title: str | None
    date: str | None
    source: str


@dataclass(frozen=True)
class PositionSpan:
    """One title a person held, over the dates the archive saw it."""

    title: str
    org: str | None
    first_seen: str | None
    last_seen: str | None
    sources: tuple[str, ...]
    evidence: tuple[model.Evidence, ...] = ()


@dataclass(frozen=True)
class PersonRecord:
    name: str
    positions: tuple[PositionSpan, ...]
    appointments: tuple[model.Appointment, ...]
    events: tuple[model.Event, ...]
    articles: tuple[ArticleRef, ...]
    honors: tuple[model.Honor, ...] = ()

    def as_dict(self) -> dict[str, Any]:
        return to_data(self)


@dataclass(frozen=True)
class Leader:
    name: str
    title: str
    since: str | None  # first date the archive saw the title
    last_seen: str | None
    basis: str  # how we know: "appointment 2024-05-31" or "named as 院长 on 2024-03-09"
    evidence: tuple[model.Evidence, ...] = ()


@dataclass(frozen=True)
class OrgNode:
    name: str
    kind: str
    children: tuple[OrgNode, ...] = ()


@dataclass(frozen=True)
class OrgRecord:
    name: str
    kind: str
    parent: str | None
    on: str | None
    leadership: tuple[Leader, ...]
    tree: OrgNode
    partnerships: tuple[model.Partnership, ...]
    honors: tuple[model.Honor, ...]
    articles: tuple[ArticleRef, ...] = ()
    staff: tuple[Leader, ...] = ()  # other titled people there (教授, 医师 …)

    def as_dict(self) -> dict[str, Any]:
        return to_data(self)


@dataclass(frozen=True)
class ChronicleEntry:
    date: str | None
    month: int
    day: int | None
    type: str
    summary: str
    article_id: str
    article_title: str | None
    source: str
    approximate: bool = False


@dataclass(frozen=True)
class Chronicle:
    year: int
    months: tuple[tuple[int, tuple[ChronicleEntry, ...]], ...]  # (month 1–12, entries) in order
    patients: tuple[str, ...] = ()  # patient mentions to redact in exports
    org: str | None = None  # the hospital the chronicle is about, when known

    def as_dict(self) -> dict[str, Any]:
        return to_data(self)


@dataclass(frozen=True)
class ContributionRow:
    department: str | None
    author: str | None  # None: the department's total
    month: int
    articles: int


@dataclass(frozen=True)
class Contributions:
    year: int
    by_department: tuple[ContributionRow, ...]
    by_author: tuple[ContributionRow, ...]
    totals: tuple[tuple[str, int], ...] = field(default=())  # department → articles in the year

    def as_dict(self) -> dict[str, Any]:
        return to_data(self)
