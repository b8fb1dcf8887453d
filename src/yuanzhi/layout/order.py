"""Reading order of boxes that no straight cut separates (Breuel's partial order).

When a region has neither a gutter running its full height nor a gap running
its full width (an L-shaped article, a caption across a gutter, four modules
turning around a centre), its items are ordered by two rules and a
topological sort (T. Breuel, "High performance document layout analysis",
2003):

1. a comes before b when they share a stretch of width and a is above b;
2. a comes before b when a lies wholly left of b and nothing sits between
   them vertically that reaches over both (a headline or rule across both
   columns means the left column's lower part is read after the right one's
   upper part, not before).

Items are whole column blocks, so whatever this order gets wrong, it never
interleaves the lines of two columns.
"""

from __future__ import annotations

import heapq
from collections.abc import Sequence
from typing import Protocol, TypeVar

from ..model import Box

MAX_ITEMS = 160  # beyond this, top-to-bottom order (the rules cost n³)


class Boxed(Protocol):
    @property
    def box(self) -> Box: ...


T = TypeVar("T", bound=Boxed)


def _shared(a: Box, b: Box) -> float:
    return min(a.x1, b.x1) - max(a.x0, b.x0)


def _before(a: Box, b: Box, others: Sequence[Box], columns: Sequence[Box] | None = None) -> bool:
    tol = 0.25 * min(a.height, b.height, 12.0)
    if _shared(a, b) > tol or _one_column(a, b, others if columns is None else columns, tol):
        return (a.y0 + a.y1) < (b.y0 + b.y1)
    if a.x1 > b.x0 + tol:
        return False
    top = min(a.y1, b.y1)
    bottom = max(a.y0, b.y0)
    for c in others:
        if c is a or c is b:
            continue
        if c.y0 >= top - tol and c.y1 <= bottom + tol and _shared(c, a) > tol and _shared(c, b) > tol:
            return False
    return True


def _one_column(a: Box, b: Box, others: Sequence[Box], tol: float) -> bool:
    """Two short pieces side by side within the width of one column (a wrapped heading's
    short second line under its indented first): read top to bottom, not left to right.
    The column is a column of text: a headline or a picture set across two columns has
    their gutter under it, and a piece of each column stays in its own."""
    line = min(a.height, b.height)
    if (a.y0 < b.y1 - tol and b.y0 < a.y1 - tol) or max(a.height, b.height) > 3 * line:
        return False  # they share rows, or one of them is a column itself
    left, right = min(a.x0, b.x0), max(a.x1, b.x1)
    return any(c.x0 <= left + tol and c.x1 >= right - tol and c.height > 4 * line
               for c in others if c is not a and c is not b)


def topological_order(items: Sequence[T], barriers: Sequence[Box] = (),
                      columns: Sequence[Box] | None = None) -> list[T]:
    """``items`` in reading order (top to bottom, left to right where nothing else decides).
    ``barriers`` (pictures) are read by no one, but they sit between items as items do.
    ``columns``: the boxes of the items that are columns of text (all items when None)."""
    ordered = sorted(items, key=lambda i: (i.box.y0, i.box.x0))
    n = len(ordered)
    if n <= 1 or n > MAX_ITEMS:
        return ordered
    boxes = [i.box for i in ordered]
    others = [*boxes, *barriers]
    after: list[list[int]] = [[] for _ in range(n)]
    waiting = [0] * n
    for i in range(n):
        for j in range(n):
            if i != j and _before(boxes[i], boxes[j], others, columns):
                after[i].append(j)
                waiting[j] += 1
    ready = [(boxes[i].y0, boxes[i].x0, i) for i in range(n) if waiting[i] == 0]
    heapq.heapify(ready)
    out: list[int] = []
    while ready:
        *_, i = heapq.heappop(ready)
        out.append(i)
        for j in after[i]:
            waiting[j] -= 1
            if waiting[j] == 0:
                heapq.heappush(ready, (boxes[j].y0, boxes[j].x0, j))
    if len(out) < n:  # a cycle (overlapping boxes): the rest top to bottom
        done = set(out)
        out.extend(i for i in range(n) if i not in done)
    return [ordered[i] for i in out]
