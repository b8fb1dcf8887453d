"""An article's head: kicker, headline (1–2 lines), subtitle, byline, editor's note."""

from __future__ import annotations

import random
from dataclasses import dataclass

from yuanzhi.layout.normalize import normalize_text

from .model import ArticleTruth, PageDraw, ShapeOp, Style
from .text import TextGen, Topic
from .typeset import break_balanced, set_line, set_paragraph


@dataclass(frozen=True)
class HeadSpec:
    kicker: bool = False
    subtitle: bool = False
    note: bool = False
    byline: bool = False  # printed under the headline (else at the end or not at all)
    size: float | None = None  # headline size; None picks one that fits
    align: str = "center"
    rule: bool = False  # a thin rule under the head


def baseline_in(top: float, height: float, size: float) -> float:
    """Baseline of a line of ``size`` centred in a slot of ``height`` starting at ``top``."""
    return top + (height - size) / 2 + 0.88 * size


def draw_head(page: PageDraw, x0: float, x1: float, y: float, spec: HeadSpec, art: ArticleTruth,
              gen: TextGen, topic: Topic, style: Style, rng: random.Random, column: int) -> float:
    """Draw the head over [x0, x1] from ``y`` down; return the y where the body may start."""
    width = x1 - x0
    body = style.body_pt
    lo = max(14.0, body * 1.4)
    max_chars = int(2 * width / lo)
    title = gen.headline(topic, max_chars)
    plain = title.replace(" ", "")
    size = spec.size
    lines: list[str] | None = None
    for _ in range(12):
        hi = min(36.0, width / max(1, (len(plain) + 1) // 2) - 0.5)
        if hi < lo:
            break
        candidate = size if size is not None else round(rng.uniform(lo, hi), 1)
        lines = break_balanced(title, style.head, candidate, width, max_lines=2)
        if lines is not None:
            size = candidate
            break
        size = None
    if lines is None or size is None:  # at the floor size, as many lines as it takes
        size = lo
        lines = break_balanced(title, style.head, size, width, 2) or [
            line.text.strip() for line in set_paragraph(title, style.head, size, width, 0.0, False, justify=False)]
    art.title = normalize_text(title)
    color = style.head_color
    gap = body * 0.3
    y += gap
    if spec.kicker:
        kicker = gen.kicker()
        k_size = max(body * 1.05, min(size * 0.55, 18.0))
        k_lines = break_balanced(kicker, style.body, k_size, width, 1)
        if k_lines:
            art.kicker = normalize_text(kicker)
            for text in k_lines:
                line = set_line(text, style.body, k_size).aligned(width, spec.align)
                page.text(line, x0, baseline_in(y, k_size * 1.4, k_size), "kicker", art.index, column)
                y += k_size * 1.4
    for text in lines:
        spacing = size * 0.08 if len(text) <= 8 and rng.random() < 0.3 else 0.0
        line = set_line(text, style.head, size, spacing)
        if line.extent > width:
            line = set_line(text, style.head, size)
        page.text(line.aligned(width, spec.align), x0, baseline_in(y, size * 1.25, size), "title",
                  art.index, column, color, style.fake_bold)
        y += size * 1.25
    if spec.subtitle:
        s_size = max(body * 1.05, min(size * 0.5, 16.0))
        subtitle = gen.subtitle(topic, int(width / s_size))
        s_lines = break_balanced(subtitle, style.body, s_size, width, 1) if subtitle else None
        if subtitle and s_lines:
            art.subtitle = normalize_text(subtitle)
            align = "right" if spec.align == "center" and rng.random() < 0.4 else spec.align
            line = set_line(s_lines[0], style.body, s_size).aligned(width, align)
            page.text(line, x0, baseline_in(y, s_size * 1.5, s_size), "subtitle", art.index, column)
            y += s_size * 1.5
    if spec.byline:
        byline = gen.byline(topic, "head")
        b_lines = break_balanced(byline.printed, style.body, body, width, 1)
        if b_lines:
            art.bylines.append(byline.truth)
            line = set_line(b_lines[0], style.body, body).aligned(width, spec.align)
            page.text(line, x0, baseline_in(y, style.line_h, body), "byline", art.index, column)
            y += style.line_h
    if spec.note:
        note = gen.editor_note(topic)
        art.editor_note = note
        y += body * 0.4
        for line in set_paragraph(note, style.kai, body, width, style.indent_em or 2.0, style.squeeze):
            page.text(line, x0, baseline_in(y, style.line_h, body), "note", art.index, column)
            y += style.line_h
    y += body * 0.6
    if spec.rule:
        page.shapes.append(ShapeOp("line", (x0, y, x1, y), width=0.4))
        y += body * 0.5
    return y

