"""Render contract-shaped truth issues to born-digital PDFs with known layout.

``render_issue(truth, path, seed=0, order="reading")`` typesets the truth's
articles on A3 newspaper pages (masthead on page 1, running head and page
number elsewhere), in bands of one to three side-by-side articles, each with
its own columns (so column widths differ across the page), headlines spanning
their article's columns, kickers, subtitles, editor's notes, subheadings,
sidebars in drawn or shaded boxes, bylines, first-line indents, justified
lines, and continuation markers when an article does not fit on its page.

``order`` chooses the content stream order: ``reading`` (article by article),
``rows`` (every text line sorted by height across the page, as a naive
extractor would read it) or ``shuffled`` (blocks in random order). A reader
that trusts the stream order fails the last two.

Returns a copy of the truth with ``pages`` and ``continued`` filled in.
"""

from __future__ import annotations

import copy
import random
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

FONT_PATHS = (
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
)
REGULAR = "YZSynthRegular"
BOLD = "YZSynthBold"

PAGE_W, PAGE_H = 842.0, 1191.0  # A3 in points
MARGIN = 42.0
BODY = 10.0
LEADING = 15.0
COL_GAP = 14.0
BAND_GAP = 22.0
NO_LINE_START = set("，。、；：？！）》」』”’…%,.;:?!)")
CN_NUM = "〇一二三四五六七八九十"


# ---------------------------------------------------------------- fonts


def register_fonts() -> None:
    """Register the CJK TrueType font twice: regular and a face named ``-Bold``."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if REGULAR in pdfmetrics.getRegisteredFontNames():
        return
    path = next((p for p in FONT_PATHS if Path(p).exists()), None)
    if path is None:
        raise RuntimeError("no CJK TrueType font: apt-get install fonts-wqy-microhei")
    regular = TTFont(REGULAR, path, subfontIndex=0)
    bold = TTFont(BOLD, path, subfontIndex=0)
    bold.face.name = bold.face.name + b"-Bold"
    pdfmetrics.registerFont(regular)
    pdfmetrics.registerFont(bold)


def width(text: str, font: str, size: float) -> float:
    from reportlab.pdfbase import pdfmetrics

    return float(pdfmetrics.stringWidth(text, font, size))


def page_label(n: int) -> str:
    if n <= 10:
        return CN_NUM[n] if n < 10 else "十"
    if n < 20:
        return "十" + CN_NUM[n - 10]
    return str(n)


# ---------------------------------------------------------------- draw ops


@dataclass
class TextOp:
    text: str
    x: float
    y: float  # baseline, from the top of the page
    font: str
    size: float
    block: int
    char_space: float = 0.0


@dataclass
class RectOp:
    x0: float
    y0: float
    x1: float
    y1: float
    fill: bool
    block: int


@dataclass
class PageOps:
    number: int
    ops: list[TextOp | RectOp] = field(default_factory=list)


# ---------------------------------------------------------------- wrapping


def wrap(text: str, avail: float, font: str, size: float, indent: float = 0.0) -> list[str]:
    """Break text into printed lines (kinsoku: no closing punctuation at a line start)."""
    lines: list[str] = []
    current = ""
    limit = avail - indent
    for char in text:
        if current and width(current + char, font, size) > limit + 0.01:
            if char in NO_LINE_START:
                current += char  # hang it on the line
                continue
            lines.append(current)
            current = ""
            limit = avail
        current += char
    if current:
        lines.append(current)
    return lines


@dataclass
class Element:
    kind: str  # body | subheading | byline | marker_to | marker_from | note
    text: str
    indent: bool = True  # first line indented by two ems
    cut: bool = False  # a paragraph cut by a 下转 marker: its last printed line is full, justified


@dataclass
class FlowLine:
    text: str
    kind: str
    indent: float
    justify: bool
    last: bool  # last line of its element
    element: int


def flow_lines(elements: list[Element], avail: float) -> list[FlowLine]:
    out: list[FlowLine] = []
    for number, element in enumerate(elements):
        if element.kind == "subheading":
            lines = wrap(element.text, avail, BOLD, BODY + 0.5)
            for i, text in enumerate(lines):
                out.append(FlowLine(text, "subheading", 0.0, False, i == len(lines) - 1, number))
            continue
        if element.kind in ("byline", "marker_to", "marker_from"):
            lines = wrap(element.text, avail, REGULAR, BODY)  # a long byline wraps
            for i, text in enumerate(lines):
                out.append(FlowLine(text, element.kind, 0.0, False, i == len(lines) - 1, number))
            continue
        indent = 2 * BODY if element.indent else 0.0
        lines = wrap(element.text, avail, REGULAR, BODY, indent)
        for i, text in enumerate(lines):
            last = i == len(lines) - 1
            justify = not last or element.cut
            out.append(FlowLine(text, element.kind, indent if i == 0 else 0.0, justify, last, number))
    return out


# ---------------------------------------------------------------- articles


@dataclass
class Part:
    """What is left to print of one article."""

    article: dict[str, Any]
    elements: list[Element]
    sidebars: list[dict[str, Any]]
    first: bool  # the article's first part: print kicker/headline/subtitle/note in full
    from_page: int | None = None


def article_part(article: dict[str, Any]) -> Part:
    elements: list[Element] = []
    subheads = set(article.get("subheadings") or [])
    for text in article.get("paragraphs") or []:
        elements.append(Element("subheading" if text in subheads else "body", text))
    for byline in article.get("bylines") or []:
        names = " ".join(byline.get("authors") or [])
        dept = byline.get("department")
        inner = f"{dept} {names}".strip() if dept else names
        elements.append(Element("byline", f"（{inner}）"))
    return Part(article, elements, list(article.get("sidebars") or []), True)


def column_plan(span: float, rng: random.Random) -> tuple[int, float]:
    target = rng.uniform(125.0, 165.0)
    ncols = max(1, round((span + COL_GAP) / (target + COL_GAP)))
    return ncols, (span - (ncols - 1) * COL_GAP) / ncols


@dataclass
class Heads:
    lines: list[tuple[str, str, float, float]]  # (text, font, size, height)

    @property
    def height(self) -> float:
        return sum(h for *_, h in self.lines)


def head_lines(part: Part, span: float) -> Heads:
    article = part.article
    lines: list[tuple[str, str, float, float]] = []
    title = article.get("title")
    if part.first:
        if article.get("kicker"):
            for text in wrap(article["kicker"], span, REGULAR, 13):
                lines.append((text, REGULAR, 13.0, 19.0))
        if title:
            size = 24.0 if span > 300 else 19.0
            wrapped = wrap(title, span, BOLD, size)
            while size > 12 and max(width(t, BOLD, size) for t in wrapped) > span:
                size -= 1.0  # hanging punctuation would run out of the span: set it smaller
                wrapped = wrap(title, span, BOLD, size)
            for text in wrapped:
                lines.append((text, BOLD, size, size * 1.35))
        if article.get("subtitle"):
            sub = article["subtitle"]
            for text in wrap(sub, span, REGULAR, 12.5):
                lines.append((text, REGULAR, 12.5, 18.0))
    elif title:
        for text in wrap(title, span, BOLD, 16):
            lines.append((text, BOLD, 16.0, 22.0))
    return Heads(lines)


def note_lines(part: Part, span: float) -> list[FlowLine]:
    note = part.article.get("editor_note") if part.first else None
    if not note:
        return []
    if not note.startswith("编者按"):
        note = "编者按：" + note
    return flow_lines([Element("note", note)], span)


def sidebar_lines(sidebar: dict[str, Any], span: float) -> list[tuple[str, str, float, float, bool]]:
    inner = span - 16
    out: list[tuple[str, str, float, float, bool]] = []
    if sidebar.get("title"):
        for text in wrap(sidebar["title"], inner, BOLD, 11):
            out.append((text, BOLD, 11.0, 0.0, False))
    for paragraph in sidebar.get("paragraphs") or []:
        lines = wrap(paragraph, inner, REGULAR, 9.5, 19.0)
        for i, text in enumerate(lines):
            out.append((text, REGULAR, 9.5, 19.0 if i == 0 else 0.0, i < len(lines) - 1))
    return out


def measure(part: Part, span: float, ncols: int, colw: float) -> float:
    heads = head_lines(part, span)
    body = flow_lines(part.elements, colw)
    per_col = -(-len(body) // ncols) if body else 0
    height = heads.height + (8 if heads.lines else 0)
    height += len(note_lines(part, span)) * LEADING + 6
    height += per_col * LEADING + (LEADING if part.from_page is not None else 0)
    for sidebar in part.sidebars:
        height += len(sidebar_lines(sidebar, span)) * 14.0 + 22
    return height


# ---------------------------------------------------------------- renderer


class Renderer:
    def __init__(self, truth: dict[str, Any], seed: int, max_columns: int = 6):
        self.truth = truth
        self.rng = random.Random(seed)
        self.pages: list[PageOps] = []
        self.block = 0
        self.article_pages: dict[int, set[int]] = {}
        self.continued: set[int] = set()
        self.max_columns = max_columns

    def next_block(self) -> int:
        self.block += 1
        return self.block

    def text(self, page: PageOps, text: str, x: float, y: float, font: str, size: float,
             block: int, char_space: float = 0.0) -> None:
        page.ops.append(TextOp(text, x, y, font, size, block, char_space))

    def centered(self, page: PageOps, text: str, x0: float, span: float, y: float,
                 font: str, size: float, block: int) -> None:
        self.text(page, text, x0 + (span - width(text, font, size)) / 2, y, font, size, block)

    def new_page(self) -> tuple[PageOps, float]:
        number = len(self.pages) + 1
        page = PageOps(number)
        self.pages.append(page)
        name = self.truth.get("title") or "青川市人民医院报"
        date = self.truth.get("date") or ""
        if number == 1:
            b = self.next_block()
            self.centered(page, name, MARGIN, PAGE_W - 2 * MARGIN, MARGIN + 40, BOLD, 40, b)
            info = "  ".join(x for x in (cn_date(date), self.truth.get("number") or "", "第一版") if x)
            self.centered(page, info, MARGIN, PAGE_W - 2 * MARGIN, MARGIN + 66, REGULAR, 10, self.next_block())
            page.ops.append(RectOp(MARGIN, MARGIN + 74, PAGE_W - MARGIN, MARGIN + 75.5, True, b))
            top = MARGIN + 96
        else:
            b = self.next_block()
            self.text(page, name, MARGIN, MARGIN + 12, REGULAR, 9, b)
            right = f"{cn_date(date)}  第{page_label(number)}版".strip()
            self.text(page, right, PAGE_W - MARGIN - width(right, REGULAR, 9), MARGIN + 12, REGULAR, 9, self.next_block())
            page.ops.append(RectOp(MARGIN, MARGIN + 17, PAGE_W - MARGIN, MARGIN + 17.8, True, b))
            top = MARGIN + 36
        folio = f"— {number} —"
        self.centered(page, folio, MARGIN, PAGE_W - 2 * MARGIN, PAGE_H - MARGIN + 10, REGULAR, 9, self.next_block())
        return page, top

    def render(self) -> list[PageOps]:
        queue = [article_part(a) for a in self.truth.get("articles") or []]
        bottom = PAGE_H - MARGIN - 14
        page, y = self.new_page()
        carry: list[Part] = []
        while queue or carry:
            band = carry[:1] if carry else self.choose_band(queue)
            if carry:
                carry.pop(0)
            full = PAGE_W - 2 * MARGIN
            spans = self.split_width(full, len(band))
            plans = [column_plan(s, self.rng) for s in spans]
            heights = [measure(p, s, n, w) for p, s, (n, w) in zip(band, spans, plans, strict=True)]
            if y + max(heights) <= bottom:
                x = MARGIN
                for part, span, (ncols, colw) in zip(band, spans, plans, strict=True):
                    self.place(page, part, x, y, span, ncols, colw, None)
                    x += span + COL_GAP * 1.5
                y += max(heights) + BAND_GAP
                continue
            if len(band) > 1:  # try the first article alone; the others go back
                queue[0:0] = band[1:]
                carry.insert(0, band[0])
                continue
            part = band[0]
            avail = bottom - y
            if avail > 260 or (y <= 140 and avail > 0):
                rest = self.place(page, part, MARGIN, y, spans[0], plans[0][0], plans[0][1], avail)
                if rest is not None:
                    rest.from_page = page.number
                    carry.insert(0, rest)
            else:
                carry.insert(0, part)
            page, y = self.new_page()
        return self.pages

    def choose_band(self, queue: list[Part]) -> list[Part]:
        count = self.rng.choice((1, 2, 2, 3)) if len(queue) > 1 else 1
        count = min(count, len(queue))
        band = queue[:count]
        del queue[:count]
        return band

    def split_width(self, full: float, count: int) -> list[float]:
        if count == 1:
            return [full]
        gaps = COL_GAP * 1.5 * (count - 1)
        shares = [self.rng.uniform(0.7, 1.6) for _ in range(count)]
        total = sum(shares)
        return [(full - gaps) * s / total for s in shares]

    def place(self, page: PageOps, part: Part, x0: float, y0: float, span: float, ncols: int,
              colw: float, avail: float | None) -> Part | None:
        """Print a part; with ``avail`` set, print what fits and return the rest."""
        index = id(part.article)
        self.article_pages.setdefault(index, set()).add(page.number)
        y = y0
        heads = head_lines(part, span)
        if heads.lines:
            group = self.next_block()
            for text, font, size, height in heads.lines:
                y += height
                self.centered(page, text, x0, span, y - height * 0.22, font, size, group)
            y += 8
        if part.from_page is not None:
            part.elements.insert(0, Element("marker_from", f"（上接{page_label(part.from_page)}版）"))
        for line in note_lines(part, span):
            y += LEADING
            self.line(page, line, x0, y, span, self.next_block() if line.indent else self.block)
        if part.first and part.article.get("editor_note"):
            y += 6
        body = flow_lines(part.elements, colw)
        sidebar_h = sum(len(sidebar_lines(s, span)) * 14.0 + 22 for s in part.sidebars)
        rest: Part | None = None
        if avail is not None:
            room = int((y0 + avail - y - sidebar_h) // LEADING)
            if room * ncols < len(body):
                rest = self.cut(part, body, colw, ncols, room, page.number)
                body = flow_lines(part.elements, colw)
                sidebar_h = 0.0
        per_col = -(-len(body) // ncols) if body else 0
        block = -1
        element = -1
        for i, line in enumerate(body):
            col, row = divmod(i, per_col)
            if row == 0 or line.element != element:
                block = self.next_block()
                element = line.element
            x = x0 + col * (colw + COL_GAP)
            self.line(page, line, x, y + (row + 1) * LEADING, colw, block)
        y += per_col * LEADING
        if rest is None:
            for sidebar in part.sidebars:
                y = self.sidebar(page, sidebar, x0, y + 10, span) + 12
            part.sidebars = []
        part.elements = []
        return rest

    def cut(self, part: Part, body: list[FlowLine], colw: float, ncols: int, room: int,
            page: int) -> Part:
        """Keep ``room`` lines per column (one for the 下转 marker), return the rest."""
        keep = max(1, room * ncols - 1)
        kept = body[:keep]
        last = kept[-1]
        elements = part.elements
        cut_at = last.element
        printed = len("".join(line.text for line in kept if line.element == cut_at))
        head = elements[cut_at]
        rest_elements = list(elements[cut_at + 1 :])
        if not last.last:  # a paragraph cut mid-way: the rest starts without an indent
            rest_elements.insert(0, Element(head.kind, head.text[printed:], indent=False))
            head = Element(head.kind, head.text[:printed], head.indent, cut=True)
        part.elements = [*elements[:cut_at], head]
        part.elements.append(Element("marker_to", f"（下转{page_label(page + 1)}版）"))
        self.continued.add(id(part.article))
        return Part(part.article, rest_elements, part.sidebars, False)

    def line(self, page: PageOps, line: FlowLine, x: float, y: float, colw: float, block: int) -> None:
        if line.kind == "subheading":
            self.text(page, line.text, x, y, BOLD, BODY + 0.5, block)
            return
        if line.kind in ("byline", "marker_to"):  # set flush right, squeezed if it is too long
            used = width(line.text, REGULAR, BODY)
            squeeze = min(0.0, (colw - used) / max(1, len(line.text) - 1))
            self.text(page, line.text, x + max(0.0, colw - used), y, REGULAR, BODY, block, squeeze)
            return
        avail = colw - line.indent
        used = width(line.text, REGULAR, BODY)
        space = 0.0
        if len(line.text) > 1 and (used > avail or (line.justify and used < avail)):
            # justify; a line with hanging punctuation is compressed back into the column
            space = min((avail - used) / (len(line.text) - 1), BODY * 0.4)
        self.text(page, line.text, x + line.indent, y, REGULAR, BODY, block, space)

    def sidebar(self, page: PageOps, sidebar: dict[str, Any], x0: float, y0: float, span: float) -> float:
        lines = sidebar_lines(sidebar, span)
        height = len(lines) * 14.0 + 12
        shaded = self.rng.random() < 0.5
        page.ops.append(RectOp(x0, y0, x0 + span, y0 + height, shaded, self.next_block()))
        y = y0 + 4
        block = self.next_block()
        for text, font, size, indent, justify in lines:
            y += 14.0
            if font == BOLD:
                self.centered(page, text, x0 + 8, span - 16, y, font, size, block)
                block = self.next_block()
                continue
            if indent:
                block = self.next_block()
            used = width(text, font, size)
            avail = span - 16 - indent
            space = min((avail - used) / max(1, len(text) - 1), 4) if justify or used > avail else 0
            self.text(page, text, x0 + 8 + indent, y, font, size, block, space)
        return y0 + height


def cn_date(date: str) -> str:
    parts = date.split("-") if date else []
    if len(parts) == 3:
        return f"{int(parts[0])}年{int(parts[1])}月{int(parts[2])}日"
    if len(parts) == 2:
        return f"{int(parts[0])}年{int(parts[1])}月"
    return ""


# ---------------------------------------------------------------- output


def stream_order(ops: list[TextOp | RectOp], order: str, rng: random.Random) -> list[TextOp | RectOp]:
    if order == "reading":
        return ops
    if order == "rows":
        rects = [op for op in ops if isinstance(op, RectOp)]
        texts = sorted((op for op in ops if isinstance(op, TextOp)), key=lambda op: (round(op.y), op.x))
        return [*rects, *texts]
    if order == "shuffled":
        blocks: dict[int, list[TextOp | RectOp]] = {}
        for op in ops:
            blocks.setdefault(op.block, []).append(op)
        keys = list(blocks)
        rng.shuffle(keys)
        return [op for key in keys for op in blocks[key]]
    raise ValueError(f"unknown stream order {order!r}: use reading, rows or shuffled")


def write_pdf(pages: list[PageOps], path: Path, order: str, seed: int) -> None:
    from reportlab.pdfgen import canvas

    rng = random.Random(seed + 7)
    pdf = canvas.Canvas(str(path), pagesize=(PAGE_W, PAGE_H), pageCompression=1)
    pdf.setTitle("synthetic newsletter")
    for page in pages:
        for op in stream_order(page.ops, order, rng):
            if isinstance(op, RectOp):
                if op.fill:
                    pdf.setFillGray(0.1 if op.y1 - op.y0 < 3 else 0.92)
                    pdf.rect(op.x0, PAGE_H - op.y1, op.x1 - op.x0, op.y1 - op.y0, stroke=0, fill=1)
                    pdf.setFillGray(0)
                else:
                    pdf.setLineWidth(0.8)
                    pdf.rect(op.x0, PAGE_H - op.y1, op.x1 - op.x0, op.y1 - op.y0, stroke=1, fill=0)
                continue
            text = pdf.beginText(op.x, PAGE_H - op.y)
            text.setFont(op.font, op.size)
            text.setCharSpace(op.char_space)
            text.textOut(op.text)
            pdf.drawText(text)
        pdf.showPage()
    pdf.save()


def render_issue(truth: dict[str, Any], path: Path | str, seed: int = 0, order: str = "reading") -> dict[str, Any]:
    """Typeset ``truth`` to ``path``; return the truth with pages/continued filled in."""
    register_fonts()
    truth = copy.deepcopy(truth)
    renderer = Renderer(truth, seed)
    pages = renderer.render()
    write_pdf(pages, Path(path), order, seed)
    for article in truth.get("articles") or []:
        article["pages"] = sorted(renderer.article_pages.get(id(article), set()))
        article["continued"] = id(article) in renderer.continued
    truth["pages"] = len(pages)
    return truth
