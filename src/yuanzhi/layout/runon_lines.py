"""Heading lines that were a paragraph's first lines (flattened text).

In flattened text a paragraph's first line has no indent; after a paragraph end it can
look like a heading when it is a little wider than the column measured below it
(printed lines are not all of one count). But a heading does not run on: two or more
lines as long as the body lines of the column (full, or wider), none ending a sentence,
carrying clause breaks (、，) the way running text does, followed by a text line that
is neither indented (the indent printed) nor a news lead (5月11日，…) and so carries
the sentence on, are the paragraph's first lines. One such line alone may be a
subheading printed as wide as the column, and stays a heading.
"""

from __future__ import annotations

from .columns import full, wider
from .headings import is_lead
from .text_rows import Row

_CLAUSE_MARKS = "，、,"


def reads_on_from(
    rows: list[Row], run: list[int], i: int, columns: list[tuple[float, float]]
) -> bool:
    """Do the heading lines ``run`` read on into line ``i`` as one paragraph?"""
    nxt = rows[i]
    if len(run) < 2:
        return False  # one full line after a paragraph end may be a subheading (小标题)
    if nxt.tag is not None or not nxt.norm or is_lead(nxt.norm):
        return False
    if nxt.indent_mark:
        return False  # the next line opens a paragraph of its own (its indent printed)
    for k in run:
        row = rows[k]
        column = columns[k][1] or columns[k][0]
        if row.gap or row.closed or row.terminal or row.tag is not None or column <= 4:
            return False
        if not (full(row, column) or wider(row, column)) or row.hi > column + 4:
            return False  # a headline over several columns is far wider than one
    return any(mark in rows[k].norm for k in run for mark in _CLAUSE_MARKS)
