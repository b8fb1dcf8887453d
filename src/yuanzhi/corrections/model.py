"""Editors' corrections as frozen records, anchored to content (never to row ids).

A correction names what it changes by what the text says: an article by its
issue's source and a fingerprint of its text (title, first paragraph), a
paragraph by its text, a fact by its key fields (and, to narrow it, the
evidence sentence), a person by name (and organization). Applied again to a
re-parsed issue, each one finds its anchor again or is reported stale.

``to_payload`` / ``from_payload`` turn a correction into the JSON the archive
stores and back (kind + fields).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any, ClassVar, Literal

Status = Literal["applied", "stale", "revoked"]
FactKind = Literal["position", "appointment", "event", "organization", "honor", "partnership"]
FACT_KINDS: tuple[FactKind, ...] = (
    "position",
    "appointment",
    "event",
    "organization",
    "honor",
    "partnership",
)
# the fields a selector may name, and (second) those a fix may change, per kind of fact
MATCH_FIELDS: dict[str, tuple[str, ...]] = {
    "position": ("person", "title", "org"),
    "appointment": ("person", "title", "org", "action", "date"),
    "event": ("date", "type", "summary"),
    "organization": ("name", "kind", "parent"),
    "honor": ("recipient", "honor", "date"),
    "partnership": ("parties", "kind", "date"),
}
FIX_FIELDS: dict[str, tuple[str, ...]] = {
    "position": ("person", "title", "org"),
    "appointment": ("person", "title", "org", "action", "date"),
    "event": ("date", "type", "summary"),
    "organization": ("name", "kind", "parent"),
    "honor": ("recipient", "honor", "date"),
    "partnership": ("kind", "date"),
}


@dataclass(frozen=True)
class ArticleAnchor:
    """An article found again by its issue and its text, not its position."""

    source: str  # the issue's source (file name as ingested)
    title: str | None
    first_paragraph: str  # as printed ("" for an article without body paragraphs)
    local_id: str = ""  # its id when the correction was made: breaks ties only
    second_paragraph: str = ""  # found again when the parser moves the first one away


@dataclass(frozen=True)
class Retitle:
    kind: ClassVar[str] = "retitle"
    article: ArticleAnchor
    title: str | None = None  # None: unchanged; "": removed
    subtitle: str | None = None
    kicker: str | None = None


@dataclass(frozen=True)
class MoveParagraph:
    kind: ClassVar[str] = "move_paragraph"
    paragraph: str  # its text as printed
    origin: ArticleAnchor  # the article it was in
    target: ArticleAnchor  # the article it belongs to
    at: Literal["start", "end"] = "end"


@dataclass(frozen=True)
class Split:
    kind: ClassVar[str] = "split"
    article: ArticleAnchor
    paragraph: str  # the first paragraph of the new article
    title: str | None = None  # the new article's title
    title_from_paragraph: bool = False  # the paragraph is the new article's (misread) headline


@dataclass(frozen=True)
class Merge:
    kind: ClassVar[str] = "merge"
    first: ArticleAnchor
    second: ArticleAnchor  # its text is appended to the earlier of the two


@dataclass(frozen=True)
class FactSelector:
    """Which facts: key fields (absent = any value; None = empty), optionally one issue and one sentence."""

    kind: FactKind
    match: tuple[tuple[str, str | None], ...]
    source: str | None = None  # only facts of this issue
    quote: str | None = None  # only facts whose evidence is this sentence

    def value(self, name: str) -> str | None:
        return dict(self.match).get(name)


@dataclass(frozen=True)
class FactFix:
    kind: ClassVar[str] = "fact_fix"
    fact: FactSelector
    changes: tuple[tuple[str, str | None], ...]


@dataclass(frozen=True)
class FactDelete:
    kind: ClassVar[str] = "fact_delete"
    fact: FactSelector


@dataclass(frozen=True)
class PeopleMerge:
    """``name`` is the same person as ``into`` (a variant spelling, or a record kept apart)."""

    kind: ClassVar[str] = "people_merge"
    name: str
    into: str
    org: str | None = None  # only the positions and appointments at this organization


@dataclass(frozen=True)
class PeopleSplit:
    """The positions of ``name`` seen in these sources / sentences / organizations are ``new_name``'s."""

    kind: ClassVar[str] = "people_split"
    name: str
    new_name: str
    sources: tuple[str, ...] = ()
    quotes: tuple[str, ...] = ()
    orgs: tuple[str, ...] = ()


@dataclass(frozen=True)
class MarkPatient:
    """``name`` is a patient: never a person, redacted like other patients."""

    kind: ClassVar[str] = "mark_patient"
    name: str


Correction = (
    Retitle
    | MoveParagraph
    | Split
    | Merge
    | FactFix
    | FactDelete
    | PeopleMerge
    | PeopleSplit
    | MarkPatient
)
KINDS: dict[str, type[Any]] = {
    cls.kind: cls
    for cls in (
        Retitle,
        MoveParagraph,
        Split,
        Merge,
        FactFix,
        FactDelete,
        PeopleMerge,
        PeopleSplit,
        MarkPatient,
    )
}
ARTICLE_KINDS = frozenset({"retitle", "move_paragraph", "split", "merge"})
KIND_LABELS = {
    "retitle": "改标题",
    "move_paragraph": "移段",
    "split": "拆分文章",
    "merge": "合并文章",
    "fact_fix": "改正事实",
    "fact_delete": "删除事实",
    "people_merge": "合并人物",
    "people_split": "拆分人物",
    "mark_patient": "标为患者",
}


def scope(correction: Correction) -> str | None:
    """The issue source a correction is anchored in; None: it applies across the archive."""
    if isinstance(correction, Retitle | Split):
        return correction.article.source
    if isinstance(correction, MoveParagraph):
        return correction.target.source
    if isinstance(correction, Merge):
        return correction.first.source
    if isinstance(correction, FactFix | FactDelete):
        return correction.fact.source
    return None


def is_article_kind(correction: Correction) -> bool:
    return correction.kind in ARTICLE_KINDS


@dataclass(frozen=True)
class Outcome:
    """What applying one correction to one issue did."""

    status: Literal["applied", "stale"]
    reason: str = ""  # why stale, or a note ("already so in the parse")
    articles: tuple[str, ...] = ()  # article ids (in the issue) it touched
    before: Any = None  # JSON-ready: what the anchored thing looked like
    after: Any = None


@dataclass(frozen=True)
class CorrectionRecord:
    """A stored correction and where it stands."""

    id: int
    kind: str
    correction: Correction
    summary: str
    editor: str
    created_at: str
    status: Status
    reason: str | None = None
    scope: str | None = None
    revoked_at: str | None = None
    revoked_by: str | None = None
    targets: tuple[Target, ...] = field(default=())

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            "kind_label": KIND_LABELS.get(self.kind, self.kind),
            "summary": self.summary,
            "editor": self.editor,
            "created_at": self.created_at,
            "status": self.status,
            "reason": self.reason,
            "scope": self.scope,
            "revoked_at": self.revoked_at,
            "revoked_by": self.revoked_by,
            "correction": to_payload(self.correction),
            "targets": [dataclasses.asdict(t) for t in self.targets],
        }


@dataclass(frozen=True)
class Target:
    """Where an active correction stands in one issue."""

    issue_id: str
    status: Literal["applied", "stale"]
    reason: str | None
    articles: tuple[str, ...] = ()  # archive article ids it touched


@dataclass(frozen=True)
class AuditEntry:
    id: int
    correction_id: int
    at: str
    editor: str  # who; "re-ingest" for outcomes of a re-ingest
    action: Literal["create", "revoke", "applied", "stale"]
    issue_id: str | None
    before: Any
    after: Any
    note: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


# ---------------------------------------------------------------- JSON


def to_payload(correction: Correction) -> dict[str, Any]:
    """The correction as JSON-ready data: its kind and fields."""
    data = _plain(correction)
    data["kind"] = correction.kind
    return data


def _plain(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    return value


def from_payload(data: dict[str, Any]) -> Correction:
    """Rebuild a correction from ``to_payload`` data (KeyError/TypeError on a bad payload)."""
    cls = KINDS[data["kind"]]
    fields = {k: v for k, v in data.items() if k != "kind"}
    for name in ("article", "origin", "target", "first", "second"):
        if name in fields:
            fields[name] = ArticleAnchor(**fields[name])
    if "fact" in fields:
        fact = dict(fields["fact"])
        fact["match"] = _pairs(fact.get("match", ()))
        fields["fact"] = FactSelector(**fact)
    if "changes" in fields:
        fields["changes"] = _pairs(fields["changes"])
    for name in ("sources", "quotes", "orgs"):
        if name in fields:
            fields[name] = tuple(fields[name])
    result: Correction = cls(**fields)
    return result


def _pairs(items: Any) -> tuple[tuple[str, str | None], ...]:
    if isinstance(items, dict):
        items = items.items()
    return tuple((str(k), v) for k, v in items)
