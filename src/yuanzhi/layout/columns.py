"""Column widths inferred from flattened lines.

CJK columns are a whole number of ems and the lines inside a paragraph are
full, so the width most nearby lines can fill is the column; a paragraph's
first line is two ems short (its indent).
"""

from __future__ import annotations

import math

from .text_rows import Row

WINDOW = 8

TOLERANCE = 0.45

STRETCH = 1.0

INDENT = 2.0


def column_widths(rows: list[Row]) -> list[tuple[float, float]]:
    """For every row, the column width of the body lines before it and after it.

    CJK columns are a whole number of ems, and inside a paragraph most lines are
    full: the column is the whole width that the most nearby lines can fill.
    """
    body = [
        i
        for i, row in enumerate(rows)
        if row.tag is None and row.norm and _measures_column(rows, i)
    ]
    widths = [_whole_widths(rows[i]) for i in body]
    position = {index: k for k, index in enumerate(body)}
    result: list[tuple[float, float]] = []
    for i in range(len(rows)):
        k = position.get(i)
        after_start = k + 1 if k is not None else _bisect(body, i)
        k = k if k is not None else after_start
        before = widths[max(0, k - WINDOW) : k]
        after = widths[after_start : after_start + WINDOW]
        result.append((_column(before[::-1]), _column(after)))
    return result


def _whole_widths(row: Row) -> range:
    """The whole column widths this line's printed width allows."""
    hi = row.hi + (1 if row.hangs else 0)
    return range(max(1, math.ceil(row.lo - TOLERANCE)), math.floor(hi + TOLERANCE) + 1)


def _measures_column(rows: list[Row], i: int) -> bool:
    """Lines that are visibly not full (a short line before a much wider one, a
    sentence end after a much wider line) say nothing about the column width."""
    row = rows[i]
    j = i + 1
    while j < len(rows) and not rows[j].norm:
        j += 1
    k = i - 1
    while k >= 0 and not rows[k].norm:
        k -= 1
    if not row.terminal and j < len(rows) and rows[j].tag is None and rows[j].lo >= row.hi + 3:
        return False
    return not (row.terminal and k >= 0 and rows[k].tag is None and rows[k].lo >= row.hi + 3)


def _bisect(sorted_indices: list[int], value: int) -> int:
    lo, hi = 0, len(sorted_indices)
    while lo < hi:
        mid = (lo + hi) // 2
        if sorted_indices[mid] < value:
            lo = mid + 1
        else:
            hi = mid
    return lo


def _column(nearest_first: list[range]) -> float:
    """The whole width that the nearby lines fill best, nearer lines weighing more."""
    weights: dict[int, float] = {}
    for distance, candidates in enumerate(nearest_first, start=1):
        weight = 1.0 / distance
        for width in candidates:
            weights[width] = weights.get(width, 0.0) + weight
    if not weights:
        return 0.0
    return float(max(weights, key=lambda width: (weights[width], width)))


def fits(row: Row, width: float) -> bool:
    """Could this line have been set justified in a column ``width`` ems wide?

    Justification stretches a line by up to about an em; compressed punctuation
    (already in ``lo``) and hanging punctuation let it overflow slightly.
    """
    return width > 0 and row.lo - TOLERANCE - (1 if row.hangs else 0) <= width <= row.hi + STRETCH


def full(row: Row, column: float) -> bool:
    return fits(row, column)


def wider(row: Row, column: float) -> bool:
    return column > 0 and row.lo - TOLERANCE - (1 if row.hangs else 0) > column


def indented(row: Row, column: float) -> bool:
    if row.indent_mark:
        return True
    return column > 4 and fits(row, column - INDENT) and not fits(row, column)
