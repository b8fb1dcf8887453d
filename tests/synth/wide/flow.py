"""Fill one article's region: head over some of its columns, pictures, sidebar and
table taken from the tops and bottoms of columns, and body text flowed column by
column through what is left, generated until the region is full.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from .head import HeadSpec, baseline_in, draw_head
from .model import ArticleTruth, PageDraw, Style
from .parts import (
    PhotoSpec,
    SidebarSpec,
    caption_height,
    draw_sidebar,
    draw_table,
    fit_table,
    photo_with_caption,
    table_height,
)
from .text import TextGen, Topic
from .typeset import SetLine, set_line, set_paragraph

CN_PAGE = "一二三四五六七八九十"
Item = tuple[str, SetLine | None, float]  # role, line (None: vertical gap), height


@dataclass(frozen=True)
class Region:
    columns: tuple[tuple[float, float], ...]  # x ranges of the region's columns (equal widths)
    page_columns: tuple[int, ...]  # their page-wide column numbers
    y0: float
    y1: float


@dataclass(frozen=True)
class ArticleSpec:
    head: HeadSpec | None = None
    head_cols: int = 0  # the head spans the region's first head_cols columns
    byline_end: bool = False
    photos: tuple[PhotoSpec, ...] = ()
    sidebar: SidebarSpec | None = None
    table: bool = False
    subheads: bool = False
    jump_to: int | None = None  # this part ends with （下转第N版）
    jump_from: int | None = None  # this part starts with （上接第N版）


@dataclass
class Carry:
    """An article cut at the foot of its region, to go on on a later page."""

    art: ArticleTruth
    topic: Topic
    text: str  # the paragraph that was cut
    offset: int  # characters of it already drawn
    pages: list[int] = field(default_factory=list)


@dataclass(frozen=True)
class Frame:
    x0: float
    y0: float
    y1: float
    column: int


class Placer:
    """Places items of given heights down a sequence of frames."""

    def __init__(self, frames: list[Frame]):
        self.frames = frames
        self.fi = 0
        self.y = frames[0].y0 if frames else 0.0

    def mark(self) -> tuple[int, float]:
        return self.fi, self.y

    def reset(self, mark: tuple[int, float]) -> None:
        self.fi, self.y = mark

    def place(self, items: list[Item]) -> list[tuple[Frame, float]] | None:
        out: list[tuple[Frame, float]] = []
        for _, line, height in items:
            while self.fi < len(self.frames):
                frame = self.frames[self.fi]
                if line is None and self.y <= frame.y0 + 0.01:
                    break  # no gap at the top of a frame
                if self.y + height <= frame.y1 + 0.01:
                    break
                self.fi += 1
                if self.fi < len(self.frames):
                    self.y = self.frames[self.fi].y0
            if self.fi >= len(self.frames):
                return None
            frame = self.frames[self.fi]
            if line is None and self.y <= frame.y0 + 0.01:
                out.append((frame, self.y))
                continue
            out.append((frame, self.y))
            self.y += height
        return out


def marker(kind: str, page: int, rng: random.Random) -> str:
    number = str(page) if rng.random() < 0.6 else CN_PAGE[page - 1]
    word = {"to": rng.choice(("下转", "下转", "转")), "from": rng.choice(("上接", "上接", "接"))}[kind]
    return f"（{word}{rng.choice(('第', ''))}{number}版）"


def fill_article(page: PageDraw, region: Region, spec: ArticleSpec, art: ArticleTruth, gen: TextGen,
                 topic: Topic, style: Style, rng: random.Random, carry: Carry | None = None) -> Carry | None:
    cols, n = region.columns, len(region.columns)
    width = cols[0][1] - cols[0][0]
    top = [region.y0] * n
    bottom = [region.y1] * n
    lh = style.line_h
    art.pages.append(page.number)
    if spec.head is not None:
        k = max(1, min(n, spec.head_cols))
        y = draw_head(page, cols[0][0], cols[k - 1][1], region.y0, spec.head, art, gen, topic, style, rng,
                      region.page_columns[0])
        top[:k] = [y] * k

    def room(c0: int, c1: int) -> float:
        return min(bottom[c] - top[c] for c in range(c0, c1 + 1))

    gap = style.body_pt * 0.8
    if spec.sidebar is not None:
        sb = spec.sidebar
        h = max(room(sb.c0, sb.c1) * sb.share, style.body_pt * 9)
        if room(sb.c0, sb.c1) - h > lh * 5:
            y0 = min(bottom[sb.c0 : sb.c1 + 1]) - h
            draw_sidebar(page, (cols[sb.c0][0], y0, cols[sb.c1][1], y0 + h), sb, art, gen, topic, style, rng,
                         region.page_columns[sb.c0])
            for c in range(sb.c0, sb.c1 + 1):
                bottom[c] = y0 - gap
    if spec.table and n >= 2:
        table = gen.table(topic)
        size = fit_table(table, style, cols[-1][1] - cols[0][0]) if table else None
        if table is not None and size is not None:
            h = table_height(table, size)
            if room(0, n - 1) - h > lh * 6:
                y0 = min(bottom) - h
                draw_table(page, cols[0][0], cols[-1][1], y0, table, size, style, art, region.page_columns[0])
                bottom = [y0 - gap] * n
    mids: dict[int, tuple[float, float]] = {}
    for photo in spec.photos:
        x0, x1 = cols[photo.c0][0], cols[photo.c1][1]
        cap = gen.caption(topic) if photo.caption else None
        cap_h = caption_height(cap, style, x1 - x0) if cap else 0.0
        ph = min((x1 - x0) * photo.aspect, room(photo.c0, photo.c1) * 0.45)
        if ph < style.body_pt * 4 or room(photo.c0, photo.c1) - ph - cap_h - gap < lh * 5:
            continue
        cspan = range(photo.c0, photo.c1 + 1)
        if photo.where == "top":
            y0 = max(top[c] for c in cspan)
            end = photo_with_caption(page, x0, x1, y0, ph, photo, art, gen, topic, style, rng,
                                     region.page_columns[photo.c0], cap)
            for c in cspan:
                top[c] = end + gap
        elif photo.where == "bottom":
            y0 = min(bottom[c] for c in cspan) - ph - cap_h
            photo_with_caption(page, x0, x1, y0, ph, photo, art, gen, topic, style, rng,
                               region.page_columns[photo.c0], cap)
            for c in cspan:
                bottom[c] = y0 - gap
        elif photo.c0 == photo.c1 and photo.c0 not in mids:
            c = photo.c0
            y0 = top[c] + lh * max(2, int((bottom[c] - top[c] - ph - cap_h) / lh * rng.uniform(0.2, 0.7)))
            end = photo_with_caption(page, x0, x1, y0, ph, photo, art, gen, topic, style, rng,
                                     region.page_columns[c], cap)
            mids[c] = (y0 - gap * 0.6, end + gap)
    frames: list[Frame] = []
    for c in range(n):
        x, pc = cols[c][0], region.page_columns[c]
        if c in mids:
            frames += [Frame(x, top[c], mids[c][0], pc), Frame(x, mids[c][1], bottom[c], pc)]
        else:
            frames.append(Frame(x, top[c], bottom[c], pc))
    return _fill_body(page, Placer(frames), width, spec, art, gen, topic, style, rng, carry)


def _commit(page: PageDraw, items: list[Item], spots: list[tuple[Frame, float]], art: ArticleTruth,
            style: Style, width: float) -> None:
    for (role, line, height), (frame, y) in zip(items, spots, strict=True):
        if line is None:
            continue
        bold = role == "subhead" and style.subhead_style != "center"
        page.text(line, frame.x0, baseline_in(y, height, line.size), role, art.index, frame.column,
                  style.head_color if role == "subhead" else (0.0, 0.0, 0.0), bold and style.fake_bold)


def _try(placer: Placer, items: list[Item], tail: list[Item]) -> list[tuple[Frame, float]] | None:
    mark = placer.mark()
    spots = placer.place(items)
    if spots is not None:
        after = placer.mark()
        if placer.place(tail) is not None:
            placer.reset(after)
            return spots
    placer.reset(mark)
    return None


def _fill_body(page: PageDraw, placer: Placer, width: float, spec: ArticleSpec, art: ArticleTruth,
               gen: TextGen, topic: Topic, style: Style, rng: random.Random, carry: Carry | None) -> Carry | None:
    lh, size = style.line_h, style.body_pt
    body = style.body

    def lines_of(text: str, indent: float | None = None) -> list[Item]:
        em = style.indent_em if indent is None else indent
        return [("body", line, lh) for line in set_paragraph(text, body, size, width, em, style.squeeze)]

    tail: list[Item] = []
    if spec.jump_to is not None:
        tail = [("marker", set_line(marker("to", spec.jump_to, rng), body, size).aligned(width, "right"), lh)]
    elif spec.byline_end:
        byline = gen.byline(topic, "end")
        line = set_line(byline.printed, body, size)
        if line.extent <= width:
            tail = [("byline", line.aligned(width, rng.choice(("right", "right", "left"))), lh)]
            art.bylines.append(byline.truth)
    para_gap: list[Item] = [("gap", None, size * style.para_gap_em)] if style.para_gap_em else []
    started = False
    if spec.jump_from is not None:
        lead: list[Item] = [("marker", set_line(marker("from", spec.jump_from, rng), body, size), lh)]
        spots = placer.place(lead)
        if spots:
            _commit(page, lead, spots, art, style, width)
    if carry is not None:
        rest = carry.text[carry.offset :]
        items = lines_of(rest, None if carry.offset == 0 else 0.0)
        mark = placer.mark()
        spots = placer.place(items)
        if spots is None:  # the region is too small for the rest: the truth is what is drawn
            placer.reset(mark)
            fit = 0
            while fit < len(items) and placer.place(items[: fit + 1]) is not None:
                placer.reset(mark)
                fit += 1
            spots = placer.place(items[:fit]) or []
            items = items[:fit]
            rest = "".join(line.text for _, line, _ in items if line is not None)
        _commit(page, items, spots, art, style, width)
        art.body.append(carry.text[: carry.offset] + rest)
        started = True
    every = rng.randint(2, 4) if spec.subheads else 0
    count = misses = 0
    while misses < 3:
        gap = list(para_gap) if started else []
        heading = ""
        if every and count and count % every == 0 and not misses:
            heading = gen.subheading(len(art.subheadings) + 1)
        head_items = _subhead_items(heading, style, width) if heading else []
        sentences = gen.paragraph(topic, 1 if misses else None)
        items = gap + head_items + lines_of("".join(sentences))
        spots = _try(placer, items, tail)
        if spots is not None:
            _commit(page, items, spots, art, style, width)
            if heading:
                art.body.append(heading)
                art.subheadings.append(heading)
            art.body.append("".join(sentences))
            started, count = True, count + 1
            continue
        if spec.jump_to is not None:
            return _cut(page, placer, gap, sentences, tail, art, topic, style, width, lines_of)
        misses += 1
        for k in range(len(sentences) - 1, 0, -1):
            text = "".join(sentences[:k])
            spots = _try(placer, gap + lines_of(text), tail)
            if spots is not None:
                _commit(page, gap + lines_of(text), spots, art, style, width)
                art.body.append(text)
                started, count = True, count + 1
                break
    spots = placer.place(tail)
    if spots:
        _commit(page, tail, spots, art, style, width)
    return None


def _subhead_items(text: str, style: Style, width: float) -> list[Item]:
    size = style.body_pt * (1.15 if style.subhead_style == "big" else 1.0)
    line = set_line(text, style.head, size)
    if line.extent > width:
        lines = set_paragraph(text, style.head, size, width, 0.0, style.squeeze, justify=False)
    else:
        lines = [line.aligned(width, "center" if style.subhead_style == "center" else "left")]
    height = style.line_h * (1.5 if style.subhead_style == "big" else 1.0)
    return [("subhead", line, height) for line in lines]


def _cut(page: PageDraw, placer: Placer, gap: list[Item], sentences: list[str], tail: list[Item],
         art: ArticleTruth, topic: Topic, style: Style, width: float, lines_of) -> Carry:  # noqa: ANN001
    """Fill the region to its foot with the start of a paragraph; the rest goes on later."""
    text = "".join(sentences)
    items = lines_of(text)
    for k in range(len(items), -1, -1):
        head = (gap if k else []) + items[:k]
        spots = _try(placer, head, tail)
        if spots is not None:
            _commit(page, head, spots, art, style, width)
            offset = sum(len(line.text) for _, line, _ in items[:k] if line is not None)
            end = placer.place(tail)
            if end:
                _commit(page, tail, end, art, style, width)
            return Carry(art, topic, text, offset)
    return Carry(art, topic, text, 0)  # no room even for the marker: all of it goes on
