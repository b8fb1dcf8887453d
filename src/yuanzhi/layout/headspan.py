"""The columns a headline heads.

A headline sits over the columns of its article, centred or flush left, and
the article's body starts in all of them at one level, right under it (or
under a photo set at the top of some of them). So the span of a headline is
grown from the columns right under it, sideways over every neighbouring
column whose first line (or photo) starts at that level, and stops at a
column that starts lower or higher, or that another headline of the same
band stands over. Text that does not fill its columns, a headline narrower
than its article, columns of any width: the span follows the body, not the
headline's own width or the page's grid.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..model import Box

WINDOW = 12.0  # body sizes under a headline searched for the first lines of its columns
LEVEL = 1.6  # line pitches: columns whose first lines start this close start together


@dataclass(frozen=True)
class Column:
    x0: float
    x1: float
    top: float  # where its first line (or photo) under the headline starts


def columns_below(head: Box, tops: Sequence[Box], body: float) -> list[Column]:
    """Columns beside and under ``head`` (down to ``WINDOW`` body sizes under it): the
    blocks and photos there, merged where they share width, left to right, each with
    its top (a column that began higher up, beside the headline, is another article's)."""
    found = sorted((b for b in tops if b.y0 <= head.y1 + WINDOW * body and b.y1 >= head.y0 - body
                    and not (b.x0 < head.x1 and b.x1 > head.x0 and b.y0 < head.y0)),
                   key=lambda b: b.x0)
    cols: list[Column] = []
    for box in found:
        if cols and box.x0 < cols[-1].x1 - 0.5 * body:
            last = cols[-1]
            cols[-1] = Column(last.x0, max(last.x1, box.x1), min(last.top, box.y0))
        else:
            cols.append(Column(box.x0, box.x1, box.y0))
    return cols


def body_level(head: Box, cols: Sequence[Column]) -> float | None:
    """Where the body right under ``head`` starts (None when nothing is under it)."""
    tops = [c.top for c in cols if min(c.x1, head.x1) - max(c.x0, head.x0) > 0]
    return min(tops) if tops else None


def head_span(head: Box, cols: Sequence[Column], others: Sequence[tuple[Box, float | None]], pitch: float) -> Box:
    """``head`` widened to the run of columns it heads (see the module doc). ``others``:
    the other headlines of its band with the level their own bodies start at; a column
    that starts nearer another one's level, on that one's side, is that one's."""
    under = [i for i, c in enumerate(cols) if min(c.x1, head.x1) - max(c.x0, head.x0) > 0]
    if not under:
        return head
    level = min(cols[i].top for i in under)

    def claimable(col: Column) -> bool:
        if abs(col.top - level) > LEVEL * pitch:
            return False
        for other, other_level in others:
            if other.x0 < col.x1 and other.x1 > col.x0:
                return False  # under another headline
            between = min(other.x1, head.x1) <= col.x0 and col.x1 <= max(other.x0, head.x0)
            if other_level is not None and abs(col.top - other_level) < abs(col.top - level) and (
                    between or _distance(col, other) < _distance(col, head)):
                return False  # it starts with that one's body, between the two or on its side
        return True

    first, last = under[0], under[-1]
    while first > 0 and claimable(cols[first - 1]):
        first -= 1
    while last + 1 < len(cols) and claimable(cols[last + 1]):
        last += 1
    run = [c for c in cols[first : last + 1] if claimable(c) or cols.index(c) in under]
    return Box(min(head.x0, min(c.x0 for c in run)), head.y0, max(head.x1, max(c.x1 for c in run)), head.y1)


def _distance(col: Column, box: Box) -> float:
    return max(box.x0 - col.x1, col.x0 - box.x1, 0.0)
