"""Adversarial newspaper pages for the geometric layout's unit tests.

Written apart from ``tests/synth/render_pdf.py`` (whose layout the parser was
developed on) and without its conventions: a page is a grid of 1–8 columns
with narrow or wide gutters, filled with rectangular modules (one article
each) that span any run of columns; a module may stack two articles, may set
its body in its own sub-grid (mixed grids on one page), may hold a photo (a
grey box over some of its columns, text flowing around it, with or without a
caption), and may be fenced by rules. Headlines are centred or flush left,
body size, leading and gutter vary, and the content stream comes in reading
order, row by row, line by line shuffled, or reversed.

``make_page(seed, path, **knobs)`` writes a one-page PDF and returns its
truth (contract-shaped: tests/synth/metrics.py scores it). Article text comes
from tests/synth/generate.py (invented hospitals and people).

    python -m tests.layout.grid_pages SEED OUT.pdf [--columns N] [--order rows]
"""

from __future__ import annotations

import argparse
import json
import random
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from tests.synth.generate import generate_issue

FONT = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
PAGE = (842.0, 1191.0)  # A3
NO_START = set("，。、；：？！）》」』”’…%,.;:?!)")
ORDERS = ("reading", "rows", "lines", "reversed")


@dataclass(frozen=True)
class Knobs:
    columns: int = 6
    body: float = 10.0  # points
    leading: float = 1.5  # line pitch / body size
    gutter: float = 1.2  # ems
    margin: float = 36.0
    photos: float = 0.5  # chance of a photo per article
    captions: bool = False
    mixed: float = 0.3  # chance a wide module sets its body in its own sub-grid
    stacked: float = 0.4  # chance a module stacks two articles
    rules: bool = True
    centred: float = 0.6  # chance a headline is centred over its columns
    order: str = "reading"


def random_knobs(rng: random.Random, **fixed: Any) -> Knobs:
    knobs = Knobs(
        columns=rng.randint(1, 8),
        body=rng.choice((8.5, 9.0, 9.5, 10.0, 10.5, 11.0, 12.0)),
        leading=rng.uniform(1.2, 1.8),
        gutter=rng.uniform(0.8, 2.0),
        photos=rng.choice((0.0, 0.4, 0.8)),
        captions=rng.random() < 0.5,
        mixed=rng.choice((0.0, 0.5)),
        stacked=rng.choice((0.0, 0.5)),
        rules=rng.random() < 0.5,
        centred=rng.choice((0.0, 0.6, 1.0)),
        order=rng.choice(ORDERS),
    )
    return replace(knobs, **fixed)


@dataclass
class Op:
    kind: str  # "text" | "rect" | "line"
    x: float
    y: float  # text: baseline; rect/line: top
    text: str = ""
    size: float = 0.0
    x1: float = 0.0
    y1: float = 0.0
    widths: tuple[float, ...] = ()  # per character advance (justified)
    grey: float = 0.0


@dataclass
class Sheet:
    """One page being typeset: draw ops and the truth of what was printed."""

    knobs: Knobs
    rng: random.Random
    stories: list[dict[str, Any]]
    ops: list[Op] = field(default_factory=list)
    articles: list[dict[str, Any]] = field(default_factory=list)

    def width(self, text: str, size: float) -> float:
        return sum(char_width(c) for c in text) * size

    def wrap(self, text: str, avail: float, size: float, indent: float = 0.0, hang: bool = True) -> list[str]:
        """Lines of at most ``avail`` points (kinsoku: no closing punctuation starts a line;
        it hangs on the line before, squeezed in when justified, or with ``hang`` False
        takes the last character of that line along)."""
        lines: list[str] = []
        current = ""
        limit = avail - indent
        for char in text:
            if current and self.width(current + char, size) > limit + 0.01:
                if char in NO_START and hang:
                    current += char
                    continue
                if char in NO_START and len(current) > 1:
                    lines.append(current[:-1])
                    current, limit = current[-1] + char, avail
                    continue
                lines.append(current)
                current, limit = "", avail
            current += char
        if current:
            lines.append(current)
        return lines

    def line(self, text: str, x: float, baseline: float, size: float, avail: float | None = None) -> None:
        """A printed line; with ``avail``, justified to that width (last lines are not)."""
        widths = [char_width(c) * size for c in text]
        hang = self.knobs.gutter >= 1.5  # punctuation may hang into a wide gutter, else it is squeezed in
        if avail is not None and len(text) > 1 and (sum(widths) < avail or not hang):
            extra = (avail - sum(widths)) / (len(text) - 1)
            widths = [w + extra for w in widths[:-1]] + widths[-1:]
        self.ops.append(Op("text", x, baseline, text, size, widths=tuple(widths)))


@lru_cache(maxsize=4096)
def char_width(char: str) -> float:
    """The glyph's advance in ems (ideographs and full-width punctuation 1)."""
    import pymupdf

    return float(_font(pymupdf).text_length(char, fontsize=1.0)) or 1.0


@lru_cache(maxsize=1)
def _font(pymupdf: Any) -> Any:
    return pymupdf.Font(fontfile=FONT)


def make_page(seed: int, path: Path | str, **fixed: Any) -> dict[str, Any]:
    """Typeset one page for ``seed`` to ``path``; return its truth."""
    rng = random.Random(seed)
    knobs = random_knobs(rng, **fixed)
    truth = generate_issue(seed, pages=2).truth
    stories = [a for a in truth["articles"] if a.get("title")]
    sheet = Sheet(knobs, rng, stories)
    top = masthead(sheet)
    fill(sheet, top)
    write(sheet, Path(path))
    return {"source": str(path), "pages": 1, "articles": sheet.articles, "furniture": [],
            "knobs": knobs.__dict__}


def masthead(sheet: Sheet) -> float:
    x0 = sheet.knobs.margin
    y = sheet.knobs.margin + 20
    sheet.line("康宁医院报", x0, y, 26)
    sheet.line("2024年5月20日 星期一 第88期", PAGE[0] - sheet.knobs.margin - 14 * 9, y, 9)
    sheet.ops.append(Op("line", x0, y + 8, x1=PAGE[0] - x0, y1=y + 8))
    return y + 8 + 14


def grid(left: float, right: float, columns: int, gutter: float) -> list[tuple[float, float]]:
    width = (right - left - (columns - 1) * gutter) / columns
    return [(left + i * (width + gutter), left + i * (width + gutter) + width) for i in range(columns)]


def fill(sheet: Sheet, top: float) -> None:
    """Bands of modules down the page; each module spans a run of base columns."""
    k, rng = sheet.knobs, sheet.rng
    body = k.body
    gutter = k.gutter * body
    columns = k.columns
    while columns > 1 and grid(k.margin, PAGE[0] - k.margin, columns, gutter)[0][1] - k.margin < 6 * body:
        columns -= 1  # at least six characters a line
    base = grid(k.margin, PAGE[0] - k.margin, columns, gutter)
    bottom = PAGE[1] - k.margin
    y = top
    while sheet.stories and bottom - y > 12 * body * k.leading:
        height = min(bottom - y, rng.uniform(0.22, 0.45) * (bottom - top))
        if bottom - y - height < 10 * body * k.leading:
            height = bottom - y
        spans: list[int] = []
        left = columns
        while left:
            spans.append(min(left, rng.randint(1, max(1, min(left, 4)))))
            left -= spans[-1]
        start = 0
        for n, span in enumerate(spans):
            x0, x1 = base[start][0], base[start + span - 1][1]
            start += span
            if k.rules and n:
                sheet.ops.append(Op("line", x0 - gutter / 2, y + 4, x1=x0 - gutter / 2, y1=y + height - 4))
            stack = 2 if rng.random() < k.stacked and height > 30 * body * k.leading else 1
            module_top = y
            for part in range(stack):
                module_bottom = y + height * (part + 1) / stack
                if not sheet.stories:
                    break
                sub = base[start - span : start]
                if span >= 3 and rng.random() < k.mixed:
                    sub = grid(x0, x1, span + rng.choice((-1, 1)), gutter)
                article(sheet, sheet.stories.pop(0), sub, module_top, module_bottom - body)
                if part + 1 < stack and k.rules:
                    sheet.ops.append(Op("line", x0, module_bottom - body / 2, x1=x1, y1=module_bottom - body / 2))
                module_top = module_bottom
        y += height
        if k.rules and bottom - y > 12 * body * k.leading:
            sheet.ops.append(Op("line", base[0][0], y - body / 2, x1=base[-1][1], y1=y - body / 2))


def article(sheet: Sheet, story: dict[str, Any], cols: list[tuple[float, float]], top: float, bottom: float) -> None:
    """Headline over the columns, body flowed column by column around a photo, byline."""
    k, rng = sheet.knobs, sheet.rng
    body = k.body
    pitch = body * k.leading
    x0, x1 = cols[0][0], cols[-1][1]
    drawn = len(sheet.ops)  # an article that gets no paragraph is not printed at all
    size = body * rng.uniform(1.5, 2.4)
    title = story["title"]
    heads = sheet.wrap(title, x1 - x0, size, hang=False)
    while len(heads) > 2 and size > 1.4 * body:
        size -= 1.0
        heads = sheet.wrap(title, x1 - x0, size, hang=False)
    centred = rng.random() < k.centred
    y = top + size * 1.1
    for text in heads:
        x = x0 + (x1 - x0 - sheet.width(text, size)) / 2 if centred else x0
        sheet.line(text, x, y, size)
        y += size * 1.3
    y += body * 0.6
    colw = cols[0][1] - cols[0][0]
    rows = int((bottom - y) // pitch)
    if rows < 3:
        del sheet.ops[drawn:]
        return
    # slots: (column, row) free for text, column by column
    photo: tuple[int, int, int, int] | None = None  # first col, last col, first row, rows
    if rng.random() < k.photos and rows > 10:
        span = rng.randint(1, len(cols))
        first = rng.randint(0, len(cols) - span)
        tall = rng.randint(5, min(14, rows - 4))
        where = rng.choice((0, rng.randint(1, rows - tall - 1), rows - tall))
        photo = (first, first + span - 1, where, tall)
    slots: list[tuple[int, int]] = []
    for c in range(len(cols)):
        for r in range(rows):
            if photo and photo[0] <= c <= photo[1] and photo[2] <= r < photo[2] + photo[3]:
                continue
            slots.append((c, r))
    caption: str | None = None
    if photo:
        px0, px1 = cols[photo[0]][0], cols[photo[1]][1]
        py0 = y + photo[2] * pitch
        py1 = py0 + photo[3] * pitch - 0.35 * pitch
        if k.captions:
            caption = "图为" + title[: max(4, int((px1 - px0) / body) - 4)]
            py1 -= pitch  # the caption's line comes out of the photo's rows
            sheet.line(caption, px0 + (px1 - px0 - sheet.width(caption, body * 0.9)) / 2, py1 + pitch * 0.8,
                       body * 0.9)
        sheet.ops.append(Op("rect", px0, py0, x1=px1, y1=py1, grey=rng.choice((0.55, 0.7, 0.85))))
    paragraphs: list[str] = []
    lines: list[tuple[str, bool, bool]] = []  # (text, indented, justified)
    for paragraph in story["paragraphs"]:
        wrapped = sheet.wrap(paragraph, colw, body, indent=2 * body)
        if len(lines) + len(wrapped) > len(slots) - 1:
            break
        paragraphs.append(paragraph)
        lines.extend((t, i == 0, i < len(wrapped) - 1) for i, t in enumerate(wrapped))
    if not paragraphs:
        del sheet.ops[drawn:]
        return
    bylines = story.get("bylines") or []
    byline_text = None
    if bylines and len(lines) < len(slots):
        b = bylines[0]
        inner = f"{b.get('department') or ''} {' '.join(b.get('authors') or [])}".strip()
        byline_text = f"（{inner}）"
        if sheet.width(byline_text, body) <= colw:
            lines.append((byline_text, False, False))
        else:
            byline_text = None
    for (text, indented, justified), (c, r) in zip(lines, slots, strict=False):
        left = cols[c][0] + (2 * body if indented else 0.0)
        avail = cols[c][1] - left
        overflow = sheet.width(text, body) > avail + 0.01  # a mark hung on a last line: squeezed in too
        sheet.line(text, left, y + r * pitch + body * 0.88, body, avail if justified or overflow else None)
    record: dict[str, Any] = {
        "id": f"a{len(sheet.articles) + 1}", "title": title, "subtitle": None, "kicker": None,
        "editor_note": None, "paragraphs": paragraphs, "subheadings": [], "sidebars": [],
        "bylines": [bylines[0]] if byline_text else [], "pages": [1], "continued": False,
    }
    if caption:
        record["caption"] = caption
    sheet.articles.append(record)


def write(sheet: Sheet, path: Path) -> None:
    import pymupdf

    ops = list(sheet.ops)
    order = sheet.knobs.order
    if order == "rows":
        ops.sort(key=lambda op: (round(op.y), op.x))
    elif order == "lines":
        sheet.rng.shuffle(ops)
    elif order == "reversed":
        ops.reverse()
    pdf = pymupdf.open()
    page = pdf.new_page(width=PAGE[0], height=PAGE[1])
    font = pymupdf.Font(fontfile=FONT)
    for op in ops:
        if op.kind == "rect":
            page.draw_rect(pymupdf.Rect(op.x, op.y, op.x1, op.y1), color=None, fill=(op.grey,) * 3)
        elif op.kind == "line":
            page.draw_line((op.x, op.y), (op.x1, op.y1), width=0.6)
        else:
            writer = pymupdf.TextWriter(page.rect)
            x = op.x
            for char, advance in zip(op.text, op.widths, strict=True):
                writer.append((x, op.y), char, font=font, fontsize=op.size)
                x += advance
            writer.write_text(page)
    pdf.save(str(path), garbage=3, deflate=True)
    pdf.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("seed", type=int)
    parser.add_argument("out")
    parser.add_argument("--columns", type=int)
    parser.add_argument("--order", choices=ORDERS)
    args = parser.parse_args()
    fixed = {k: v for k, v in (("columns", args.columns), ("order", args.order)) if v is not None}
    truth = make_page(args.seed, args.out, **fixed)
    print(json.dumps(truth["knobs"], ensure_ascii=False))


if __name__ == "__main__":
    main()
