"""Records of the wide generator: the issue's typographic style, what is drawn on a
page (text lines and shapes, in reading order), and the truth of each article.

Coordinates are PDF points with the origin at the top left of the page (y down).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .typeset import Fonts, SetLine

Box = tuple[float, float, float, float]
BLACK = (0.0, 0.0, 0.0)


@dataclass(frozen=True)
class Style:
    """Typography of one issue (every page shares it)."""

    body: Fonts
    head: Fonts
    kai: Fonts  # editor's notes, captions, sidebars in some issues
    body_pt: float
    leading: float  # line pitch / body size
    indent_em: float  # 0, 1 or 2
    para_gap_em: float  # extra space between paragraphs (never 0 when indent is 0)
    gutter_em: float
    squeeze: bool  # closing marks squeezed into a full line (else pushed down)
    head_align: str  # "center" | "left" | "mixed"
    head_color: tuple[float, float, float]
    fake_bold: bool  # headlines stroked as well as filled
    caption_kai: bool
    sidebar_kai: bool
    subhead_style: str  # "bold" | "center" | "big"
    snap: bool  # column widths a whole number of ems

    @property
    def line_h(self) -> float:
        return self.body_pt * self.leading


@dataclass(frozen=True)
class TextOp:
    """One printed line placed on a page."""

    line: SetLine
    x: float  # left edge of the line's measure
    baseline: float
    role: str  # title kicker subtitle byline note body subhead caption sidebar_title sidebar table marker furniture
    article: int | None  # index of the truth article, None for furniture
    column: int  # page column of the line (stream orders use it)
    seq: int  # reading order on the page
    color: tuple[float, float, float] = BLACK
    bold: bool = False

    @property
    def box(self) -> Box:
        top = self.baseline - 0.88 * self.line.size
        return (self.x + self.line.start, top, self.x + self.line.extent, top + self.line.size * 1.1)


@dataclass(frozen=True)
class ShapeOp:
    """A rule, frame, tint, grey photo or raster image."""

    kind: str  # "fill" | "stroke" | "line" | "image" | "figure"
    box: Box
    color: tuple[float, float, float] = BLACK
    width: float = 0.5
    seed: int = 0  # raster content of an image


@dataclass
class PageDraw:
    """Everything drawn on one page, text in reading order."""

    number: int
    width: float
    height: float
    texts: list[TextOp] = field(default_factory=list)
    shapes: list[ShapeOp] = field(default_factory=list)
    knobs: dict[str, Any] = field(default_factory=dict)

    def text(self, line: SetLine, x: float, baseline: float, role: str, article: int | None,
             column: int = 0, color: tuple[float, float, float] = BLACK, bold: bool = False) -> TextOp:
        op = TextOp(line, x, baseline, role, article, column, len(self.texts), color, bold)
        self.texts.append(op)
        return op


@dataclass
class ArticleTruth:
    """An article as the truth lists it; parts are added while pages are filled."""

    index: int
    title: str | None = None
    subtitle: str | None = None
    kicker: str | None = None
    editor_note: str | None = None
    body: list[str] = field(default_factory=list)
    subheadings: list[str] = field(default_factory=list)
    sidebars: list[dict[str, Any]] = field(default_factory=list)
    bylines: list[dict[str, Any]] = field(default_factory=list)
    captions: list[str] = field(default_factory=list)
    tables: list[str] = field(default_factory=list)
    pages: list[int] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": f"a{self.index + 1}",
            "title": self.title,
            "subtitle": self.subtitle,
            "kicker": self.kicker,
            "editor_note": self.editor_note,
            "paragraphs": self.body + self.captions + self.tables,
            "subheadings": list(self.subheadings),
            "sidebars": [dict(s) for s in self.sidebars],
            "bylines": [dict(b) for b in self.bylines],
            "pages": sorted(set(self.pages)),
            "continued": len(set(self.pages)) > 1,
            "captions": list(self.captions),
            "tables": list(self.tables),
        }
