"""Tables in a frame: each row read as one line, its cells in order.

A table's cells are short pieces of text set on shared baselines, several per
row, the same number of rows down: read one by one they become a paragraph
per cell, the rows lost. So when the lines a frame holds form such a grid (three
rows or more, two cells or more in most rows, nearly all cells short), the cells
of each row are joined into one line, left to right. A sidebar set in two
columns has long lines and stays as it is.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..model import Line
from .paragraphs import SENTENCE_ENDS  # a paragraph's last line ends so

MIN_ROWS = 3
CELL_CHARS = 14  # a cell is short; a line of running text is longer
JUSTIFIED_EMS = 6  # a column of running text this wide ends its full lines at one edge


def _rows(lines: Sequence[Line]) -> list[list[Line]]:
    ordered = sorted((ln for ln in lines if ln.box), key=lambda ln: (ln.box.y0 + ln.box.y1) / 2)  # type: ignore[union-attr]
    rows: list[list[Line]] = []
    for line in ordered:
        box = line.box
        assert box is not None
        mid = (box.y0 + box.y1) / 2
        last = rows[-1][0].box if rows else None
        if last is not None and last.y0 <= mid <= last.y1:
            rows[-1].append(line)
        else:
            rows.append([line])
    return [sorted(row, key=lambda ln: ln.box.x0) for row in rows]  # type: ignore[union-attr]


def _justified(cells: Sequence[Line]) -> bool:
    """Running text set in narrow columns: in most columns (cells starting at one
    edge within an indent, three or more) most lines also end at one edge, several ems on,
    or end a sentence (the last line of a paragraph: a box of short tips stops short on
    every other line). Table cells hold values of their own lengths, no sentences."""
    columns: list[list[Line]] = []
    for cell in sorted(cells, key=lambda ln: ln.box.x0):  # type: ignore[union-attr]
        size = cell.size or 10.0
        if columns and cell.box.x0 - columns[-1][0].box.x0 < 2.5 * size:  # type: ignore[union-attr]
            columns[-1].append(cell)
        else:
            columns.append([cell])
    votes = []
    for column in columns:
        if len(column) < MIN_ROWS:
            continue
        size = max(ln.size or 10.0 for ln in column)
        right = max(ln.box.x1 for ln in column)  # type: ignore[union-attr]
        full = [ln for ln in column if right - ln.box.x1 < 0.6 * size  # type: ignore[union-attr]
                or ln.text.rstrip().endswith(SENTENCE_ENDS)]
        wide = right - min(ln.box.x0 for ln in column) >= JUSTIFIED_EMS * size  # type: ignore[union-attr]
        votes.append(wide and len(full) >= 0.6 * len(column))
    return bool(votes) and sum(votes) > len(votes) / 2


def table_rows(lines: Sequence[Line]) -> list[Line] | None:
    """The lines with each table row joined into one, or None when they form no table."""
    rows = _rows(lines)
    multi = [row for row in rows if len(row) >= 2]
    cells = [ln for row in multi for ln in row]
    if len(multi) < MIN_ROWS or len(multi) < 0.6 * len(rows):
        return None
    if sum(1 for ln in cells if len(ln.text.replace(" ", "")) <= CELL_CHARS) < 0.9 * len(cells):
        return None
    if _justified(cells):
        return None  # narrow columns of running text, not cells
    out: list[Line] = []
    for row in rows:
        first = row[0]
        box = first.box
        assert box is not None
        for line in row[1:]:
            if line.box is not None:
                box = box.union(line.box)
        out.append(Line(" ".join(ln.text.strip() for ln in row), first.page, first.index, box, first.size,
                        first.bold, first.column, first.source_line))
    return out
