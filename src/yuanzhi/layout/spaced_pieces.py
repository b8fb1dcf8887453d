"""Pieces of a letter-spaced line set across a gutter (a byline centred under its headline:
``通讯员  张明 记者 李华``), joined again before headline groups are formed.

The PDF reader parts a row where the gap looks like a gutter. A line that is centred over
the columns, not set in one of them, is parted at its name's letter spacing; one piece then
joins the headline group and the other is read as the top of a column. Two pieces on one row
are one line when they are of one type size, at most an em apart, set right under larger
type (a headline or subtitle) that runs over the white between them, and one of them runs
across a gutter of the lines under it or starts (or ends on a character) inside its white
(a column line never does), or no text of their type is set under them (a picture across
the columns): the first rows of two columns under a partial-width headline
each keep within their column and are never joined.
"""

from __future__ import annotations

import bisect
import unicodedata
from collections.abc import Sequence
from dataclasses import replace

from ..model import Box, Line

MAX_GAP = 1.0  # ems between two pieces of one spaced line
ABOVE = 2.6  # line heights up to the larger type over the pieces
BELOW = 4.0  # line heights searched for the columns under them
ROW = 0.35  # line heights: centres this close are one row


def _box(line: Line) -> Box:
    assert line.box is not None
    return line.box


def _size(line: Line) -> float:
    return line.size if line.size is not None else _box(line).height


def join_spaced_pieces(lines: Sequence[Line]) -> list[Line]:
    """``lines`` with the pieces of a spaced line under larger type joined into one line."""
    lines = list(lines)
    by_mid = sorted(lines, key=lambda ln: _box(ln).y0 + _box(ln).y1)
    mids = [(_box(ln).y0 + _box(ln).y1) / 2 for ln in by_mid]
    merged: dict[int, Line] = {}
    gone: set[int] = set()
    for n, first in enumerate(by_mid):
        if id(first) in gone:
            continue
        a = first
        while (b := _next_piece(a, first, by_mid, mids, n, gone)) is not None:
            a = replace(a, text=f"{a.text} {b.text}", box=_box(a).union(_box(b)))
            merged[id(first)] = a
            gone.add(id(b))
    if not merged:
        return lines
    return [merged.get(id(ln), ln) for ln in lines if id(ln) not in gone]


def _next_piece(a: Line, first: Line, by_mid: Sequence[Line], mids: Sequence[float], n: int,
                gone: set[int]) -> Line | None:
    """The piece right of ``a`` (a line or the pieces joined so far) that goes on its spaced line."""
    box_a = _box(a)
    height = _box(first).height
    row = [b for b in by_mid[bisect.bisect_left(mids, mids[n] - ROW * height):
                             bisect.bisect_right(mids, mids[n] + ROW * height)]
           if b is not first and id(b) not in gone and _size(b) == _size(a) and _box(b).x0 > box_a.x1]
    if not row:
        return None
    b = min(row, key=lambda ln: _box(ln).x0)
    box_b = _box(b)
    if box_b.x0 - box_a.x1 > MAX_GAP * _size(a) or not _under_larger(a, b, by_mid, mids):
        return None
    near = by_mid[bisect.bisect_left(mids, mids[n] + 0.6 * height):
                  bisect.bisect_right(mids, mids[n] + BELOW * height)]
    below = [_box(ln) for ln in near if abs(_size(ln) - _size(a)) <= 0.1 * _size(a)]
    if not any(x.x1 > box_a.x0 and x.x0 < box_b.x1 for x in below):
        return b  # no columns under them (a picture set across): nothing parts the line
    flush = [_box(ln).x0 for ln in near]  # where lines of any type under them start (a subheading too)
    return b if any(_crosses_gutter(_box(piece), below) or _in_gutter(piece, below, flush)
                    for piece in (a, b)) else None


def _under_larger(a: Line, b: Line, by_mid: Sequence[Line], mids: Sequence[float]) -> bool:
    """Is there larger type right over the pieces, across the white between them (a headline
    flush left may end before the byline under it does), and no line of their size between?"""
    box_a, box_b = _box(a), _box(b)
    top = min(box_a.y0, box_b.y0)
    lo = bisect.bisect_left(mids, top - ABOVE * box_a.height)
    for other in reversed(by_mid[lo:bisect.bisect_left(mids, top)]):
        box = _box(other)
        if box.y1 > top + 0.2 * box_a.height or box.x1 < box_a.x0 or box.x0 > box_b.x1:
            continue
        if _size(other) < 1.2 * _size(a):
            return False  # a line of text over them first: they are in the text
        return box.x0 <= box_a.x1 and box.x1 >= box_b.x0  # over the white between them (flush left or centred)
    return False


def _in_gutter(piece: Line, below: Sequence[Box], flush: Sequence[float] = ()) -> bool:
    """Does ``piece`` start (or end on a character, not a hung mark) inside the white of a
    gutter of the lines below (a two-character name padded to three, 高　峰, parted there)?
    A column's line starts and ends at its column's edges, never in a gutter; only a
    punctuation mark hangs into it. The white ends where the next column's first line
    under it starts: ``flush`` holds where lines of any type under the piece start (the
    column's only line of body type near may be a paragraph's indented first line, under
    a subheading set flush with the column's edge)."""
    box, size = _box(piece), _size(piece)
    text = piece.text.rstrip()
    edges = (box.x0, box.x1) if text and not unicodedata.category(text[-1]).startswith("P") else (box.x0,)
    margin = 0.15 * size
    for end in {b.x1 for b in below}:
        starts = [x for x in (*(b.x0 for b in below), *flush) if x > end]
        if not starts or any(b.x0 < end < b.x1 for b in below):
            continue
        start = min(starts)
        if start - end > 3 * size:
            continue  # white wider than a gutter: not one
        if any(end + margin < edge < start - margin for edge in edges):
            return True
    return False


def _crosses_gutter(piece: Box, below: Sequence[Box]) -> bool:
    """Does a gutter of the lines below run inside ``piece``: a line ends within it and
    another starts after that line's end, within it too, none printing across?"""
    ends = [b.x1 for b in below if piece.x0 < b.x1 < piece.x1 and b.x0 < piece.x0]
    starts = [b.x0 for b in below if piece.x0 < b.x0 < piece.x1 and b.x1 > piece.x1]
    for end in ends:
        if any(end < start for start in starts) and not any(
                b.x0 < end < b.x1 and b.x1 > end + 1 for b in below if b.x0 < end - 1):
            return True
    return False
