"""Ordered layout leaves → role-tagged Blocks (one body Block per paragraph).

A paragraph starts at a first-line indent, after a short line, after a
vertical gap, or where the type changes (bold subheadings). A paragraph that
runs out of a column continues at the top of the next one when its last
line is full and the next column's first line is not indented. Roles come
from geometry (headline groups, frames) and from the conventions of Chinese
newspapers: 编者按 opens an editor's note, a line of full-width parentheses
holding a department and names is a byline, （下转X版）/（上接X版） are
continuation markers.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from functools import lru_cache

from ..model import Block, BlockKind, Box, Line
from .normalize import normalize_text
from .patterns import looks_like_byline_content
from .xycut import Item

_NUM = "0-9０-９一二三四五六七八九十"
MARKER = re.compile(rf"^[（(]\s*(下转|上接|转|接)\s*第?\s*([{_NUM}]{{1,3}})\s*版\s*[）)]$")
INLINE_TO = re.compile(rf"[（(]\s*(下转|转)\s*第?\s*([{_NUM}]{{1,3}})\s*版\s*[）)]$")
INLINE_FROM = re.compile(rf"^[（(]\s*(上接|接)\s*第?\s*([{_NUM}]{{1,3}})\s*版\s*[）)]")
SENTENCE_ENDS = ("。", "！", "？", "”", "…", "!", "?")
BYLINE = re.compile(r"^[（(][^（）()。，！？；,!?;]{2,40}[）)]$")
EDITOR_NOTE = re.compile(r"^[【\[〔（(]?编者按")
SHORT = 0.9  # a line ending this many ems before the column edge ends its paragraph
INDENT = 0.6  # ems in from the column's left edge: a first-line indent (PDF)
INDENT_OCR = 1.2
SHORT_OCR = 1.4  # the same for OCR lines, whose boxes stop at the ink (a final 。 looks short)
_CN = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


class Counter:
    """Per-document numbering of headline groups."""

    def __init__(self) -> None:
        self.groups = 0
        # (page, page named by its 上接 marker) → the part's first paragraph starts indented
        self.resumed_indented: dict[tuple[int, int], bool] = {}

    def next_group(self) -> int:
        self.groups += 1
        return self.groups

    def furniture(self, line: Line) -> Block:
        return make_block("furniture", [line])


def join_lines(lines: Sequence[Line]) -> str:
    text = ""
    for line in lines:
        piece = line.text.strip()
        if text and text[-1].isascii() and text[-1].isalpha() and piece[:1].isascii() and piece[:1].isalpha():
            text += " "
        text += piece
    return normalize_text(text)


def make_block(kind: BlockKind, lines: Sequence[Line], **extra: object) -> Block:
    box: Box | None = None
    for line in lines:
        if line.box:
            box = line.box if box is None else box.union(line.box)
    return Block(
        kind=kind,
        text=join_lines(lines),
        lines=tuple(lines),
        raw="\n".join(line.text for line in lines),
        page=lines[0].page,
        box=box,
        **extra,  # type: ignore[arg-type]
    )


def marker_page(token: str) -> int | None:
    token = token.translate(str.maketrans("０１２３４５６７８９", "0123456789"))
    if token.isdigit():
        return int(token)
    if token == "十":
        return 10
    if token.startswith("十"):
        return 10 + _CN.get(token[1:], 0)
    if token.endswith("十"):
        return _CN.get(token[0], 0) * 10
    if len(token) == 3 and token[1] == "十":
        return _CN.get(token[0], 0) * 10 + _CN.get(token[2], 0)
    return _CN.get(token)


NAME_PIECE = re.compile(r"[\u4e00-\u9fff]{1,4}")  # the rest of a letter-spaced name (吕　波) read apart
_LEAD_MARK = re.compile(r"^[□■◆●○▲△☆★]\s*")
_SPLIT = re.compile(r"[\s、/／：:]+")


def lead_byline(text: str) -> bool:
    """A byline as set under a headline, without parentheses: 本报记者 张三 李四, 通讯员 王五
    记者 赵六, 文/图 孙七, 护理部 周八: two words or more (spaced, or after a role's colon
    or slash), byline words only (the first line of a paragraph is one run of text)."""
    text = _LEAD_MARK.sub("", text.strip())
    if not text or not looks_like_byline_content(text):
        return False
    return len([t for t in _SPLIT.split(text) if t]) >= 2


def _indent(line: Line) -> float:
    """Ems a first line starts in from its column's edge: one em or two (PDF geometry is
    exact: a justified line starts at the edge); OCR boxes wobble, so two."""
    return INDENT if line.bold is not None else INDENT_OCR


def _size(line: Line, body: float) -> float:
    return line.size or body


def _standalone(line: Line) -> bool:
    return _standalone_text(line.text)


@lru_cache(maxsize=8192)
def _standalone_text(raw: str) -> bool:
    text = normalize_text(raw)
    return bool(MARKER.match(text) or BYLINE.match(text))


class _Builder:
    def __init__(self, body: float, gap: float, counter: Counter):
        self.body = body
        self.gap = gap
        self.counter = counter
        self.out: list[Block] = []
        self.lines: list[Line] = []
        self.full_end = False  # the open paragraph's last line reaches the column's right edge

    def flush(self, sidebar: bool = False) -> None:
        if not self.lines:
            return
        lines, self.lines = self.lines, []
        text = join_lines(lines)
        marker = MARKER.match(text)
        if marker:
            direction = "to" if marker.group(1) in ("下转", "转") else "from"
            if direction == "to" and self.out and self.out[-1].kind == "body" and self.prev_full:
                self.out[-1] = dataclasses.replace(self.out[-1], open_end=True)
            self.out.append(make_block("marker", lines, marker=direction, marker_page=marker_page(marker.group(2))))
            return
        if not sidebar and self.inline_markers(lines, text):
            return
        kind: BlockKind = "sidebar" if sidebar else "body"
        if not sidebar and BYLINE.match(text):
            kind = "byline"
        elif not sidebar and EDITOR_NOTE.match(text):
            kind = "editor_note"
        elif len(lines) <= 2 and len(text) <= 30 and not text.endswith(("。", "！", "？", "”")) and (
            all(ln.bold for ln in lines) or all(_size(ln, self.body) >= self.near(ln) * self.body for ln in lines)
        ):
            kind = "sidebar_title" if sidebar else "subheading"
        self.prev_full = self.full_end
        previous = self.out[-1] if self.out else None
        if kind == "body" and previous is not None and previous.marker == "from" and previous.marker_page:
            self.counter.resumed_indented[(previous.page, previous.marker_page)] = self.first_indented
        self.out.append(make_block(kind, lines))

    prev_full = False
    first_indented = False

    def inline_markers(self, lines: list[Line], text: str) -> bool:
        """A paragraph that starts with （上接X版） or ends with （下转X版） set in its own
        line: the marker becomes its own block (sharing that printed line), the
        paragraph is open when the 下转 marker cut it before a sentence end."""
        head = INLINE_FROM.match(text)
        tail = INLINE_TO.search(text)
        if not head and not tail:
            return False
        if head:
            self.out.append(dataclasses.replace(
                make_block("marker", [lines[0]], marker="from", marker_page=marker_page(head.group(2))),
                text=head.group(0)))
        start = head.end() if head else 0
        end = tail.start() if tail else len(text)
        body = text[start:end]
        if body:
            block = dataclasses.replace(make_block("body", lines), text=body,
                                        open_end=bool(tail) and not body.endswith(SENTENCE_ENDS))
            self.out.append(block)
        if tail:
            self.out.append(dataclasses.replace(
                make_block("marker", [lines[-1]], marker="to", marker_page=marker_page(tail.group(2))),
                text=tail.group(0)))
        return True

    @staticmethod
    def near(line: Line) -> float:
        """How much larger than the body a line must be to stand out: font sizes
        from a PDF are exact, sizes estimated from OCR boxes are not (weight unknown)."""
        return 1.08 if line.bold is not None else 1.2

    def breaks(self, prev: Line, line: Line, left: float, right: float) -> bool:
        assert prev.box and line.box
        size = _size(line, self.body)
        opened = "".join(ln.text for ln in self.lines) if len(self.lines) <= 2 else ""  # (not joined again per line)
        if len(self.lines) <= 2 and opened.lstrip().startswith(("（", "(")) and opened.count("（") + opened.count(
                "(") > opened.count("）") + opened.count(")"):
            return False  # a byline wrapped inside its parentheses
        if line.box.x0 - left >= _indent(line) * size:
            return True  # first-line indent
        exact = line.bold is not None  # PDF geometry; OCR boxes hug the ink and jitter
        if right - prev.box.x1 >= (SHORT if exact else SHORT_OCR) * size:
            return True  # short last line
        if line.box.y0 - prev.box.y1 > max(self.gap * 1.6, self.gap + 0.3 * self.body):
            return True
        if bool(prev.bold) != bool(line.bold) or abs(_size(prev, self.body) - size) > (0.1 if exact else 0.3) * size:
            return True
        return _standalone(prev) or _standalone(line)

    def column(self, lines: list[Line], sidebar: bool = False, frame: Box | None = None,
               edges: tuple[float, float] | None = None, resume: bool = False) -> None:
        boxes = [ln.box for ln in lines if ln.box]
        if not boxes:
            return
        left = min(b.x0 for b in boxes)
        right = max(b.x1 for b in boxes)
        if edges is not None:
            left, right = min(left, edges[0]), edges[1]
        if all(ln.bold is None for ln in lines) and len(boxes) >= 4:
            # OCR boxes overshoot now and then: the column's edge is where most full lines end
            ends = sorted(b.x1 for b in boxes)
            right = ends[int(0.75 * (len(ends) - 1))]
        if frame is not None:  # text inside a frame is set with equal padding on both sides
            right = max(right, frame.x1 - (left - frame.x0))
        for n, line in enumerate(lines):
            assert line.box is not None
            size = _size(line, self.body)
            if self.lines:
                prev = self.lines[-1]
                if n == 0:  # a new column: continue the paragraph only if nothing says it ended
                    cont = (
                        self.full_end and (resume or not sidebar) and line.box.x0 - left < _indent(line) * size
                        and bool(prev.bold) == bool(line.bold) and not _standalone(line)
                        and not _standalone(prev) and line.page == prev.page
                    )
                    if not cont:
                        self.flush(sidebar)
                elif self.breaks(prev, line, left, right):
                    self.flush(sidebar)
            if not self.lines:
                self.first_indented = line.box.x0 - left >= _indent(line) * size
            self.lines.append(line)
            self.full_end = right - line.box.x1 < (SHORT if line.bold is not None else SHORT_OCR) * size

    def group(self, item: Item) -> None:
        self.flush()
        lines = sorted(item.lines, key=lambda ln: (ln.box.y0, ln.box.x0))  # type: ignore[union-attr]
        top = max(_size(ln, self.body) for ln in lines)
        tail = len(lines)
        while tail > 1 and _size(lines[tail - 1], self.body) < 0.9 * top and (looks_like_byline_content(
                lines[tail - 1].text) or NAME_PIECE.fullmatch(lines[tail - 1].text.strip())):
            tail -= 1
        bylines: list[Line] = []
        if any(lead_byline(ln.text) for ln in lines[tail:]):  # set under the headline: the article's byline
            bylines = [dataclasses.replace(lines[tail], text=" ".join(ln.text for ln in lines[tail:]))]
            lines = lines[:tail]  # (one byline, however many pieces its row was read in)
        main = [i for i, ln in enumerate(lines) if _size(ln, self.body) >= 0.9 * top]
        first, last = main[0], main[-1]
        number = self.counter.next_group()
        if first > 0:
            self.out.append(make_block("kicker", lines[:first], group=number))
        self.out.append(make_block("headline", lines[first : last + 1], group=number))
        if last + 1 < len(lines):
            subtitle = make_block("subtitle", lines[last + 1 :], group=number)
            if subtitle.text.startswith("一一") and all(ln.bold is None for ln in subtitle.lines):
                subtitle = dataclasses.replace(subtitle, text="——" + subtitle.text[2:])  # OCR's dash
            self.out.append(subtitle)
        self.out.extend(make_block("byline", [line]) for line in bylines)

    def frame(self, item: Item) -> None:
        self.flush()
        self.full_end = False
        lines = list(item.lines)
        frame = item.frame or item.box
        if lines:
            first = lines[0]
            assert first.box is not None
            centre = abs((first.box.x0 + first.box.x1) - (frame.x0 + frame.x1)) / 2
            text = join_lines([first])
            titled = (first.bold or centre < 1.5 * self.body) and len(text) <= 24 and not text.endswith("。")
            if titled and len(lines) > 1:
                self.out.append(make_block("sidebar_title", [first]))
                lines = lines[1:]
        if item.parts:  # set in columns inside the frame: column by column, paragraphs running on
            taken = item.lines[0] if len(lines) < len(item.lines) else None  # the sidebar's title
            for part, edges in item.parts:
                rest = [ln for ln in part if ln is not taken]
                if rest:
                    self.column(rest, sidebar=True, edges=edges, resume=True)
        else:
            self.column(lines, sidebar=True, frame=frame)
        self.flush(sidebar=True)
        self.full_end = False


def items_to_blocks(leaves: Sequence[Sequence[Item]], page: int, body: float, gap: float,
                    counter: Counter) -> list[Block]:
    """Blocks of one page from its XY-cut leaves (already in reading order)."""
    builder = _Builder(body, gap, counter)
    captions: list[Item] = []  # read after the text they interrupt, before the next headline (photo news too)

    def put_captions() -> None:
        builder.flush()
        for caption in captions:
            builder.column(list(caption.lines))
            builder.flush()
            if caption.kind == "lone_caption":  # photo news: an article of its own
                builder.out[-1:] = [dataclasses.replace(b, standalone=True) for b in builder.out[-1:]]
        captions.clear()

    for leaf in leaves:
        run: list[Line] = []
        for item in leaf:
            if item.kind == "photo":  # a picture: no text (its caption is a block of its own)
                continue
            if item.kind == "line":
                run.extend(item.lines)
                continue
            if run:
                builder.column(run)
                run = []
            if item.kind in ("caption", "lone_caption"):  # never between the lines they interrupt
                captions.append(item)
            elif item.kind == "block":
                builder.column(list(item.lines), edges=item.column)
            elif item.kind == "group":
                put_captions()
                builder.group(item)
            else:
                builder.frame(item)
        if run:
            builder.column(run)
    put_captions()
    builder.flush()
    return builder.out
