"""Boxes inside an article: photos with captions, sidebars in frames or tints, ruled tables."""

from __future__ import annotations

import random
from dataclasses import dataclass

from yuanzhi.layout.normalize import normalize_text

from .head import baseline_in
from .model import ArticleTruth, Box, PageDraw, ShapeOp, Style
from .text import Table, TextGen, Topic
from .typeset import Fonts, SetLine, set_line, set_paragraph

WHITE = (1.0, 1.0, 1.0)
TINTS = ((0.93, 0.95, 1.0), (1.0, 0.95, 0.88), (0.92, 0.97, 0.92), (0.94, 0.94, 0.94))


@dataclass(frozen=True)
class PhotoSpec:
    where: str  # "top" | "bottom" | "mid"
    c0: int
    c1: int  # columns of the article it spans, inclusive
    kind: str  # "grey" | "image" | "figure"
    aspect: float  # height / width
    caption: bool = True


@dataclass(frozen=True)
class SidebarSpec:
    c0: int
    c1: int
    frame: str  # "stroke" | "tint" | "bar"
    inner_cols: int
    share: float  # of the column height


def caption_lines(text: str, style: Style, width: float) -> list[SetLine]:
    fonts = style.kai if style.caption_kai else style.body
    size = round(style.body_pt * 0.88, 2)
    lines = set_paragraph(text, fonts, size, width, 0.0, style.squeeze)
    if len(lines) == 1:
        lines = [lines[0].aligned(width, "center")]
    return lines


def draw_picture(page: PageDraw, box: Box, kind: str, rng: random.Random) -> None:
    page.knobs["photos"] = page.knobs.get("photos", 0) + 1
    page.knobs[f"photo_{kind}"] = page.knobs.get(f"photo_{kind}", 0) + 1
    if kind == "grey":
        page.shapes.append(ShapeOp("fill", box, (g := rng.uniform(0.55, 0.85), g, g)))
    elif kind == "image":
        page.shapes.append(ShapeOp("image", box, seed=rng.randrange(1 << 30)))
    else:  # a chart drawn with vectors: a frame and a few bars
        page.shapes.append(ShapeOp("stroke", box, width=0.6))
        x0, y0, x1, y1 = box
        bars = rng.randint(3, 7)
        step = (x1 - x0) / (bars + 1)
        for i in range(bars):
            h = (y1 - y0) * rng.uniform(0.15, 0.85)
            bx = x0 + step * (i + 0.6)
            page.shapes.append(ShapeOp("fill", (bx, y1 - h, bx + step * 0.6, y1 - 2), (0.3, 0.45, 0.7)))


def photo_with_caption(page: PageDraw, x0: float, x1: float, y0: float, photo_h: float, spec: PhotoSpec,
                       art: ArticleTruth | None, gen: TextGen, topic: Topic | None, style: Style,
                       rng: random.Random, column: int, caption_text: str | None = None) -> float:
    """Draw a picture of ``photo_h`` at ``y0`` and its caption below; return the bottom y."""
    draw_picture(page, (x0, y0, x1, y0 + photo_h), spec.kind, rng)
    y = y0 + photo_h
    if spec.caption and art is not None:
        text = caption_text or gen.caption(topic)
        art.captions.append(text)
        y += style.body_pt * 0.3
        lh = style.body_pt * 0.88 * 1.35
        for line in caption_lines(text, style, x1 - x0):
            page.text(line, x0, baseline_in(y, lh, line.size), "caption", art.index, column)
            y += lh
    return y


def caption_height(text: str, style: Style, width: float) -> float:
    return style.body_pt * 0.3 + len(caption_lines(text, style, width)) * style.body_pt * 0.88 * 1.35


def draw_sidebar(page: PageDraw, box: Box, spec: SidebarSpec, art: ArticleTruth, gen: TextGen,
                 topic: Topic, style: Style, rng: random.Random, column: int) -> None:
    x0, y0, x1, y1 = box
    if spec.frame == "tint":
        page.shapes.append(ShapeOp("fill", box, rng.choice(TINTS)))
    else:
        page.shapes.append(ShapeOp("stroke", box, width=rng.choice((0.5, 0.8, 1.2))))
    body = style.body_pt
    pad = body * 0.6
    size = round(body * rng.choice((0.9, 0.95, 1.0)), 2)
    fonts = style.kai if style.sidebar_kai else style.body
    title = gen.sidebar_title()
    t_size = round(body * 1.15, 2)
    y = y0 + pad
    t_line = set_line(title, style.head, t_size)
    if spec.frame == "bar":
        bar_h = t_size * 1.6
        page.shapes.append(ShapeOp("fill", (x0, y0, x1, y0 + bar_h), (0.55, 0.1, 0.1)))
        page.text(t_line.aligned(x1 - x0 - 2 * pad, "left"), x0 + pad, baseline_in(y0, bar_h, t_size),
                  "sidebar_title", art.index, column, WHITE)
        y = y0 + bar_h + pad * 0.5
    else:
        page.text(t_line.aligned(x1 - x0 - 2 * pad, rng.choice(("left", "center"))), x0 + pad,
                  baseline_in(y, t_size * 1.5, t_size), "sidebar_title", art.index, column, style.head_color)
        y += t_size * 1.5
    inner = (x1 - x0 - 2 * pad - (spec.inner_cols - 1) * body) / spec.inner_cols
    frames = [(x0 + pad + i * (inner + body), y, y1 - pad * 0.6) for i in range(spec.inner_cols)]
    paragraphs = _fill_frames(page, frames, inner, size, fonts, style, art, gen, topic, rng, column)
    art.sidebars.append({"title": normalize_text(title), "paragraphs": paragraphs})


def _fill_frames(page: PageDraw, frames: list[tuple[float, float, float]], width: float, size: float,
                 fonts: Fonts, style: Style, art: ArticleTruth, gen: TextGen, topic: Topic,
                 rng: random.Random, column: int) -> list[str]:
    lh = size * style.leading
    slots = [(x, y0 + i * lh) for x, y0, y1 in frames for i in range(int((y1 - y0) // lh))]
    used = 0
    paragraphs: list[str] = []
    while used < len(slots):
        sentences = [gen.sidebar_sentence(topic) for _ in range(rng.choice((1, 1, 2)))]
        for k in range(len(sentences), 0, -1):
            text = "".join(sentences[:k])
            lines = set_paragraph(text, fonts, size, width, style.indent_em, style.squeeze)
            if used + len(lines) <= len(slots):
                for line in lines:
                    x, top = slots[used]
                    page.text(line, x, baseline_in(top, lh, size), "sidebar", art.index, column)
                    used += 1
                paragraphs.append(text)
                break
        else:
            break
    return paragraphs


def table_height(table: Table, size: float) -> float:
    return size * 1.9 + len(table.rows) * size * 1.8


def fit_table(table: Table, style: Style, width: float) -> float | None:
    """The largest type size (0.7–0.9 of the body) at which every cell fits its third of ``width``."""
    longest = max(len(cell) for row in table.rows for cell in row)
    for scale in (0.9, 0.8, 0.7):
        size = round(style.body_pt * scale, 2)
        if longest * size + size <= width / 3 and len(table.title) * size <= width:
            return size
    return None


def draw_table(page: PageDraw, x0: float, x1: float, y0: float, table: Table, size: float, style: Style,
               art: ArticleTruth, column: int) -> float:
    title = set_line(table.title, style.head, size).aligned(x1 - x0, "center")
    page.text(title, x0, baseline_in(y0, size * 1.9, size), "table", art.index, column, bold=True)
    y = y0 + size * 1.9
    row_h = size * 1.8
    cell = (x1 - x0) / 3
    page.shapes.append(ShapeOp("stroke", (x0, y, x1, y + row_h * len(table.rows)), width=0.6))
    for r, row in enumerate(table.rows):
        top = y + r * row_h
        if r:
            page.shapes.append(ShapeOp("line", (x0, top, x1, top), width=0.3))
        for c, text in enumerate(row):
            line = set_line(text, style.body, size).aligned(cell, "center")
            page.text(line, x0 + c * cell, baseline_in(top, row_h, size), "table", art.index, column)
    for c in (1, 2):
        page.shapes.append(ShapeOp("line", (x0 + c * cell, y, x0 + c * cell, y + row_h * len(table.rows)), width=0.3))
    art.tables.extend(normalize_text(t) for t in table.truth_rows())
    return y + row_h * len(table.rows)
