"""A PDF page's text layer → printed lines that never cross a gutter.

MuPDF joins characters into one span whenever the pen moves on by less than
about 0.8 em, so when a content stream writes a row across the page (some
producers do), the last character of one column and the first of the next
share a span across a narrow gutter, more so when punctuation hangs into it.
So spans are read character by character (``rawdict``) and cut wherever the
ink stops for more than a quarter em; the pieces on one baseline are then
joined again unless the gap between them is a gutter:

* up to ``TIGHT`` (a quarter em, the stretch of justified text): always joined;
* beyond 0.9 em (or ``MAX_WORD_GAP`` points in large type): never;
* in between (letter-spaced names, words of Latin text, layout spaces, and
  narrow gutters alike): joined unless the lines printed just above and below
  leave the gap white, as a gutter does, where running text would cover it.

Vertical text (a line whose direction is not left to right) is returned apart,
as whole lines, so that nothing of the text layer is lost. Text is put in
Unicode NFC: fonts often map a glyph back to its CJK compatibility ideograph
(U+F9BA for 了), which NFC turns into the ordinary character.
"""

from __future__ import annotations

import bisect
import operator
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from ..model import Box, Line

BOLD_NAME_HINTS = ("bold", "heavy", "black", "semibold", "demibold", "黑体", "粗", "medium-bold")
BOLD_FLAG = 16
TIGHT = 0.25  # ems: a gap this small is inside a word or a justified line
WIDE = 0.9  # ems: a gap this large is never inside a line
MAX_WORD_GAP = 12.0  # points: a wider gap between spans on one baseline is a gutter, even in big type
_BBOX = operator.itemgetter("bbox")
_CHAR = operator.itemgetter("c")
_COMPAT = re.compile("[\uf900-\ufaff\u2f00-\u2fdf\u2e80-\u2eff]")  # compatibility ideographs, radicals
NEIGHBOURS = 4.0  # line heights above and below searched for ink across a gap


@dataclass(frozen=True)
class Span:
    text: str
    box: Box
    size: float
    bold: bool


def page_spans(data: dict) -> tuple[list[Span], list[Span]]:
    """(horizontal spans cut at gaps in the ink, vertical lines as spans) of a ``rawdict`` page."""
    spans: list[Span] = []
    vertical: list[Span] = []
    for block in data.get("blocks", ()):
        for line in block.get("lines", ()):
            dx, dy = line.get("dir", (1.0, 0.0))
            if abs(dy) > 0.2 or dx < 0:
                text = "".join("".join(map(_CHAR, s["chars"])) for s in line.get("spans", ()))
                if text.strip():
                    x0, y0, x1, y1 = line["bbox"]
                    size = max(float(s["size"]) for s in line["spans"])
                    vertical.append(Span(unicodedata.normalize("NFC", text.strip()), Box(x0, y0, x1, y1), size, False))
                continue
            for span in line.get("spans", ()):
                bold = bool(span.get("flags", 0) & BOLD_FLAG) or _bold_face(str(span.get("font", "")))
                spans.extend(_pieces(span, bold))
    return spans, vertical


@lru_cache(maxsize=256)
def _bold_face(font: str) -> bool:
    font = font.lower()
    return any(hint in font for hint in BOLD_NAME_HINTS)


def _pieces(span: dict, bold: bool) -> list[Span]:
    """A span cut wherever the pen jumps by more than ``TIGHT`` ems (a typed space is no jump)."""
    chars = span["chars"]
    size = float(span["size"])
    if not chars:
        return []
    if len(chars) == 1:  # one glyph (some producers draw each character alone): nothing to cut
        text = chars[0]["c"].strip()
        return [Span(text, Box(*span["bbox"]), size, bold)] if text else []
    boxes = list(map(_BBOX, chars))
    gaps = [b[0] - a[2] for a, b in zip(boxes, boxes[1:], strict=False)]
    cuts: list[int] = []
    if max(gaps) > TIGHT * size:
        # a jump beyond the span's own spacing (justified text spreads every gap alike)
        limit = TIGHT * size + (sorted(gaps)[len(gaps) // 2] if len(gaps) >= 3 else 0.0)
        cuts = [i for i, gap in enumerate(gaps, start=1) if gap > max(limit, TIGHT * size)]
    if not cuts:
        text = "".join(map(_CHAR, chars)).strip()
        return [Span(text, Box(*span["bbox"]), size, bold)] if text else []
    out: list[Span] = []
    for start, stop in zip([0, *cuts], [*cuts, len(chars)], strict=True):
        part = boxes[start:stop]
        text = "".join(map(_CHAR, chars[start:stop])).strip()
        if text:
            box = Box(min(b[0] for b in part), min(b[1] for b in part), max(b[2] for b in part),
                      max(b[3] for b in part))
            out.append(Span(text, box, size, bold))
    return out


class _Ink:
    """Spans by vertical centre, to ask whether the rows near a gap print across it."""

    def __init__(self, spans: list[Span]):
        self.spans = sorted(spans, key=lambda s: (s.box.y0 + s.box.y1) / 2)
        self.mids = [(s.box.y0 + s.box.y1) / 2 for s in self.spans]
        self.body = _usual_height(spans)

    def gutter(self, left: Span, right: Span) -> bool:
        """Is the gap between two pieces on one baseline white in the rows just above
        and below (type of the same size, set beside it: the rows of its columns)? For
        large type with no such rows (two headlines side by side), in the body text
        right under or over it: a gap over a gutter of the columns parts two headlines."""
        height = max(left.box.height, right.box.height)
        mid = (left.box.y0 + left.box.y1) / 2
        verdict = self._white(left, right, mid - NEIGHBOURS * height, mid + NEIGHBOURS * height, height)
        if not verdict and (self._columns(left, right, mid - NEIGHBOURS * height, mid, height)
                            or self._columns(left, right, mid, mid + NEIGHBOURS * height, height)):
            return True
        if verdict is None and height > 1.3 * self.body:
            reach = 10 * self.body + height
            verdict = self._white(left, right, mid - reach, mid + reach, self.body)
        return bool(verdict)

    def _columns(self, left: Span, right: Span, top: float, bottom: float, height: float) -> bool:
        """Do the rows of type ``height`` on one side of the gap (above it or below it) set
        two columns beside it: two lines or more left of the gap and two or more right of
        it, none printing across it? Right under (or over) a note or picture caption
        set across the columns, the rows on that side cover the gap; the columns on the
        other side still show their gutter."""
        mid = (left.box.y0 + left.box.y1) / 2
        probe = (left.box.x1 + right.box.x0) / 2
        sides = [0, 0]  # lines left of the gap, right of it
        lo = bisect.bisect_left(self.mids, top)
        hi = bisect.bisect_right(self.mids, bottom)
        for span in self.spans[lo:hi]:
            box = span.box
            if box.y0 <= mid <= box.y1 or abs(box.height - height) > 0.25 * height:
                continue
            if box.x1 < left.box.x1 - 3 * height or box.x0 > right.box.x0 + 3 * height:
                continue
            if box.x0 < probe < box.x1:
                return False
            sides[box.x0 > probe] += 1
        return min(sides) >= 2

    def _white(self, left: Span, right: Span, top: float, bottom: float, height: float) -> bool | None:
        """Is the gap white in the lines of type ``height`` near it (none or few printing across
        it)? None without evidence (fewer than two such lines)."""
        mid = (left.box.y0 + left.box.y1) / 2
        probe = (left.box.x1 + right.box.x0) / 2
        near = covered = 0
        lo = bisect.bisect_left(self.mids, top)
        hi = bisect.bisect_right(self.mids, bottom)
        for span in self.spans[lo:hi]:
            box = span.box
            if box.y0 <= mid <= box.y1 or abs(box.height - height) > 0.25 * height:
                continue  # the row itself, or type of another size
            if box.x1 < left.box.x1 - 3 * height or box.x0 > right.box.x0 + 3 * height:
                continue
            near += 1
            covered += box.x0 < probe < box.x1
        if near < 2:
            return None
        return covered * 4 <= near


def _usual_height(spans: list[Span]) -> float:
    """The line height of most characters (the body type)."""
    weights: dict[float, int] = {}
    for span in spans:
        key = round(span.box.y1 - span.box.y0, 1)
        weights[key] = weights.get(key, 0) + len(span.text)
    return max(weights, key=weights.__getitem__) if weights else 10.0


def spans_to_lines(spans: list[Span], page: int, start_index: int) -> list[Line]:
    """Join the pieces that share a baseline into printed lines, never across a gutter.

    Each piece is linked to the nearest piece that starts after it on its baseline (and
    that piece to it: mutual), so columns whose baselines are staggered never share a row.
    """
    pieces = sorted(spans, key=lambda s: (s.box.y0 + s.box.y1) / 2)
    geo = [(p.box.x0, p.box.y0, p.box.x1, p.box.y1, p.size) for p in pieces]
    step = 0.5 * _usual_height(pieces) or 5.0
    rows: dict[int, list[tuple[float, int]]] = {}  # pieces by vertical band, each sorted by x0
    for i, (x0, y0, _, y1, _) in enumerate(geo):
        rows.setdefault(int((y0 + y1) / 2 // step), []).append((x0, i))
    starts: dict[int, list[float]] = {}
    for key, row in rows.items():
        row.sort()
        starts[key] = [x for x, _ in row]
    right: dict[int, int] = {}
    for i, (ax0, ay0, ax1, ay1, asize) in enumerate(geo):
        height = ay1 - ay0
        mid = (ay0 + ay1) / 2
        after = max(ax1 - TIGHT * asize, ax0 + 1e-6)
        best, best_x = -1, float("inf")
        for key in range(int((mid - 0.7 * height) // step), int((mid + 0.7 * height) // step) + 1):
            band = rows.get(key)
            if not band:
                continue
            for at in range(bisect.bisect_left(starts[key], after), len(band)):  # (no copy of the band)
                bx0, j = band[at]
                if bx0 >= best_x:
                    break
                _, by0, _, by1, _ = geo[j]
                bheight = by1 - by0
                if abs((by0 + by1) / 2 - mid) > 0.7 * height or j == i:
                    continue
                if min(ay1, by1) - max(ay0, by0) < 0.5 * min(height, bheight):
                    continue
                if min(height, bheight) < 0.5 * max(height, bheight):
                    continue  # a headline beside a body line: not one line, whatever the gap
                best, best_x = j, bx0
                break
        if best >= 0:
            right[i] = best
    left: dict[int, int] = {}
    for i, j in right.items():  # the nearest of the pieces that point at j
        if j not in left or pieces[i].box.x1 > pieces[left[j]].box.x1:
            left[j] = i
    ink: list[_Ink] = []  # built on first need (most gaps are decided without it)
    joins: dict[int, int] = {}  # piece → the next piece of its line
    for j, i in left.items():
        if right.get(i) == j and _joined(pieces[i], pieces[j], spans, ink):
            joins[i] = j
    continued = set(joins.values())
    lines: list[list[Span]] = []
    for i in range(len(pieces)):
        if i in continued:
            continue
        current = [pieces[i]]
        while i in joins:
            i = joins[i]
            current.append(pieces[i])
        lines.append(current)
    lines.sort(key=lambda group: (round(group[0].box.y0, 1), group[0].box.x0))
    return [_line(group, page, start_index + n) for n, group in enumerate(lines)]


def _joined(a: Span, b: Span, spans: list[Span], ink: list[_Ink]) -> bool:
    """Do two neighbouring pieces on one baseline belong to one printed line?"""
    gap = b.box.x0 - a.box.x1
    size = max(a.size, b.size)
    if gap <= TIGHT * min(a.size, b.size):
        return True
    if abs(a.size - b.size) > 0.1 * size:
        return False  # type of two sizes apart on one baseline: two headlines
    if gap > min(WIDE * size, MAX_WORD_GAP):
        return False
    if not ink:
        ink.append(_Ink(spans))
    return not ink[0].gutter(a, b)


def _line(group: list[Span], page: int, index: int) -> Line:
    if len(group) == 1:
        span = group[0]
        text = span.text if span.text.isascii() or not _COMPAT.search(span.text) else unicodedata.normalize(
            "NFC", span.text)
        return Line(text=text, page=page, index=index, box=span.box, size=round(span.size, 1), bold=span.bold)
    text = group[0].text
    for prev, span in zip(group, group[1:], strict=False):
        gap = span.box.x0 - prev.box.x1
        text += (" " if gap > TIGHT * span.size and not text.endswith(" ") else "") + span.text
    box = group[0].box
    for span in group[1:]:
        box = box.union(span.box)
    weights: dict[float, int] = {}
    bold_chars = 0
    total = 0
    for span in group:
        n = len(span.text.strip())
        weights[round(span.size, 1)] = weights.get(round(span.size, 1), 0) + n
        bold_chars += n if span.bold else 0
        total += n
    size = max(weights, key=lambda s: (weights[s], s))
    text = text.strip()
    if _COMPAT.search(text):
        text = unicodedata.normalize("NFC", text)  # compatibility ideographs (U+F900…) some fonts map to
    return Line(text=text, page=page, index=index, box=box, size=size, bold=bold_chars * 2 > total)
