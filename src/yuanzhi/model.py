"""Records passed between the pipeline stages.

    file ─read─▶ Document ─layout─▶ Blocks ─assemble─▶ Issue ─extract─▶ Facts

Every record is a frozen dataclass and carries its provenance (source, page,
box when known, line numbers). Stages never mutate what they receive.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

# ---------------------------------------------------------------- geometry


@dataclass(frozen=True)
class Box:
    """A rectangle on a page, in PDF points, origin top-left (PyMuPDF's convention)."""

    x0: float
    y0: float
    x1: float
    y1: float

    @property
    def width(self) -> float:
        return self.x1 - self.x0

    @property
    def height(self) -> float:
        return self.y1 - self.y0

    def union(self, other: Box) -> Box:
        return Box(
            min(self.x0, other.x0),
            min(self.y0, other.y0),
            max(self.x1, other.x1),
            max(self.y1, other.y1),
        )


# ---------------------------------------------------------------- read → Document


@dataclass(frozen=True)
class Line:
    """One printed line as a reader saw it.

    ``text`` is the raw text (layout spaces kept: normalization is a later stage).
    Readers without geometry (flattened text) leave ``box``/``size``/``bold`` None.
    """

    text: str
    page: int  # 1-based; 1 when the reader cannot tell
    index: int  # position in the reader's output, 0-based, unique in the document
    box: Box | None = None
    size: float | None = None  # font size in points
    bold: bool | None = None
    column: int | None = None  # column index on the page, when the reader knows it
    source_line: int | None = None  # 1-based line number in a text source


@dataclass(frozen=True)
class Page:
    number: int  # 1-based
    lines: tuple[Line, ...]
    width: float | None = None
    height: float | None = None
    rects: tuple[Box, ...] = ()  # drawn frames or shaded areas (sidebars, boxes)
    image: str | None = None  # path of a rendered/scanned image of the page, if any
    aside: tuple[Line, ...] = ()  # text the layout does not place (vertical lines): output as unassigned


@dataclass(frozen=True)
class Document:
    source: str  # the file name as the user gave it
    kind: Literal["text", "pdf", "scan"]
    pages: tuple[Page, ...]
    sha256: str = ""
    warnings: tuple[str, ...] = ()

    @property
    def lines(self) -> tuple[Line, ...]:
        return tuple(line for page in self.pages for line in page.lines)


# ---------------------------------------------------------------- layout → Blocks

BlockKind = Literal[
    "headline",
    "subtitle",
    "kicker",
    "body",
    "subheading",
    "byline",
    "editor_note",
    "sidebar_title",
    "sidebar",
    "marker",
    "furniture",
]


@dataclass(frozen=True)
class Block:
    """A run of lines with one role, in reading order.

    ``text`` is normalized (layout spaces removed, lines joined). For ``body``,
    ``sidebar`` and ``editor_note`` one block is one paragraph. ``raw`` keeps the
    lines' text before normalization (bylines need the spaces to split names).
    """

    kind: BlockKind
    text: str
    lines: tuple[Line, ...]
    raw: str = ""
    page: int = 1
    box: Box | None = None
    # headline groups: consecutive headline-like lines share a group number
    group: int | None = None
    # marker blocks: "to" (下转) or "from" (上接) and the page named in the marker
    marker: Literal["to", "from"] | None = None
    marker_page: int | None = None
    # a body paragraph that a marker cut: True when the paragraph continues elsewhere
    open_end: bool = False
    # a unit of its own (a photo with its caption, no headline): an article by itself
    standalone: bool = False

    @property
    def first_index(self) -> int:
        return self.lines[0].index if self.lines else -1

    @property
    def pages(self) -> tuple[int, ...]:
        return tuple(sorted({line.page for line in self.lines}))


# ---------------------------------------------------------------- assemble → Issue


@dataclass(frozen=True)
class Byline:
    department: str | None
    authors: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()  # role words printed in the byline: 通讯员, 文, 图 …


@dataclass(frozen=True)
class Sidebar:
    title: str | None
    paragraphs: tuple[str, ...] = ()


@dataclass(frozen=True)
class Region:
    """Where an article's text sits on a page (for showing the original beside it)."""

    page: int
    box: Box


@dataclass(frozen=True)
class Article:
    id: str
    title: str | None
    subtitle: str | None = None
    kicker: str | None = None
    editor_note: str | None = None
    paragraphs: tuple[str, ...] = ()
    subheadings: tuple[str, ...] = ()
    sidebars: tuple[Sidebar, ...] = ()
    bylines: tuple[Byline, ...] = ()
    pages: tuple[int, ...] = ()
    continued: bool = False
    regions: tuple[Region, ...] = ()
    lines: tuple[int, int] | None = None  # first and last source line (text input)

    @property
    def text(self) -> str:
        """All article text, for search and extraction."""
        parts = [p for p in (self.kicker, self.title, self.subtitle, self.editor_note) if p]
        parts.extend(self.paragraphs)
        for sidebar in self.sidebars:
            if sidebar.title:
                parts.append(sidebar.title)
            parts.extend(sidebar.paragraphs)
        return "\n".join(parts)


DateSource = Literal["given", "filename", "masthead", "inferred"]


@dataclass(frozen=True)
class Issue:
    source: str
    articles: tuple[Article, ...]
    date: str | None = None
    date_source: DateSource | None = None
    title: str | None = None  # newspaper name when printed
    number: str | None = None  # issue number when printed
    pages: int | None = None
    furniture: tuple[str, ...] = ()
    unassigned: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()
    sha256: str = ""
    kind: Literal["text", "pdf", "scan"] = "text"
    date_confidence: float | None = None  # 0–1: how sure the date is (1 when given)
    date_evidence: tuple[str, ...] = ()  # short quotes the date was read from
    hospital: str | None = None  # the paper's own hospital when given (--hospital, the archive's setting)


# ---------------------------------------------------------------- extract → Facts


@dataclass(frozen=True)
class Evidence:
    source: str
    article_id: str
    quote: str  # the sentence the fact comes from
    start: int | None = None  # character offsets of the mention inside ``quote``
    end: int | None = None
    page: int | None = None  # the page the sentence is printed on, when the article's page is known


@dataclass(frozen=True)
class Position:
    title: str
    org: str | None
    first_seen: str | None = None
    last_seen: str | None = None
    evidence: tuple[Evidence, ...] = ()


@dataclass(frozen=True)
class Person:
    name: str
    positions: tuple[Position, ...] = ()


OrgKind = Literal[
    "group", "hospital", "company", "department", "government", "university", "association", "other"
]


@dataclass(frozen=True)
class Organization:
    name: str
    kind: OrgKind = "other"
    parent: str | None = None
    evidence: tuple[Evidence, ...] = ()
    aliases: tuple[str, ...] = ()  # other names it is printed under (with a designation, a short name)


@dataclass(frozen=True)
class Appointment:
    person: str
    title: str
    org: str | None
    action: Literal["appoint", "remove"]
    date: str | None
    evidence: tuple[Evidence, ...] = ()


EventType = Literal[
    "meeting",
    "signing",
    "award",
    "surgery",
    "training",
    "outreach",
    "visit",
    "competition",
    "appointment",
    "other",
]


@dataclass(frozen=True)
class Event:
    date: str | None
    type: EventType
    summary: str
    article_id: str
    source: str = ""
    approximate: bool = False  # 近日/日前: dated near the issue date
    evidence: tuple[Evidence, ...] = ()


@dataclass(frozen=True)
class Honor:
    recipient: str
    honor: str
    date: str | None
    evidence: tuple[Evidence, ...] = ()


@dataclass(frozen=True)
class Partnership:
    parties: tuple[str, ...]
    kind: Literal["alliance", "assistance", "co-construction", "agreement", "other"]
    date: str | None
    evidence: tuple[Evidence, ...] = ()


@dataclass(frozen=True)
class PatientMention:
    mention: str
    source: str
    article_id: str


@dataclass(frozen=True)
class ListedRole:
    """A person named in a collective list (``院领导甲、乙、丙出席``): one of ``role`` (as
    written: 院领导, 领导班子成员) of ``org`` on ``date``, with no individual post stated."""

    name: str
    role: str
    org: str | None
    date: str | None
    evidence: tuple[Evidence, ...] = ()


HomeSource = Literal["given", "masthead", "text"]


@dataclass(frozen=True)
class HomeHospital:
    """The paper's own hospital (what 我院/本院/医院 refer to): given, read from the masthead, or
    guessed from the texts."""

    name: str
    source: HomeSource


@dataclass(frozen=True)
class Facts:
    people: tuple[Person, ...] = ()
    organizations: tuple[Organization, ...] = ()
    appointments: tuple[Appointment, ...] = ()
    events: tuple[Event, ...] = ()
    honors: tuple[Honor, ...] = ()
    partnerships: tuple[Partnership, ...] = ()
    patients: tuple[PatientMention, ...] = ()
    warnings: tuple[str, ...] = field(default=())
    listed_leaders: tuple[ListedRole, ...] = ()  # named among an organization's leaders, no post given
    homes: tuple[HomeHospital, ...] = ()  # each issue's own hospital (distinct, in order) and where it came from
