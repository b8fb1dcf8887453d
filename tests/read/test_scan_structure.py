"""Article structure of scanned pages: the lines handed to the layout keep to their columns.

Synthetic pages: glyphs are dark squares of one em with thin gaps between them
(as CJK type sits on its grid), columns of such lines with narrow gutters.
"""

from __future__ import annotations

import numpy as np

from yuanzhi.model import Box
from yuanzhi.read.gutter_cut import cut_at_gutters
from yuanzhi.read.ocr_lines import merge_fragments

EM = 12
GAP = 1  # px between glyphs of a line


def _page(columns: int, per_line: int, rows: int, gutter: float, lead: float = 1.5,
          spaces: dict[tuple[int, int], int] | None = None) -> np.ndarray:
    """Columns of lines of glyph squares; ``spaces`` blanks glyph (row, index) of column 0."""
    width = int(EM + columns * per_line * EM + (columns - 1) * gutter * EM + EM)
    height = int(EM * 6 + rows * lead * EM + EM)
    page = np.full((height, width), 250, dtype=np.uint8)
    for column in range(columns):
        x_start = EM + column * (per_line * EM + gutter * EM)
        for row in range(rows):
            y = int(EM * 6 + row * lead * EM)
            for i in range(per_line):
                if column == 0 and spaces and (row, i) in spaces:
                    continue
                x = int(x_start + i * EM)
                page[y : y + EM - GAP, x : x + EM - GAP] = 20
    return page


def _row_quad(page: np.ndarray, row: int, lead: float = 1.5) -> np.ndarray:
    y = EM * 6 + row * lead * EM
    return np.array([[EM - 2, y - 2], [page.shape[1] - EM + 2, y - 2],
                     [page.shape[1] - EM + 2, y + EM + 2], [EM - 2, y + EM + 2]], dtype=np.float32)


def _spans(pieces: list[np.ndarray]) -> list[tuple[int, int]]:
    return sorted((int(p[:, 0].min()), int(p[:, 0].max())) for p in pieces)


def test_a_box_across_narrow_gutters_is_cut_into_its_columns() -> None:
    page = _page(columns=3, per_line=8, rows=7, gutter=0.7)
    pieces, origin = cut_at_gutters(page, [_row_quad(page, 3)], EM)
    assert origin == [0, 0, 0]
    column = 8 * EM + 0.7 * EM
    for k, (x0, x1) in enumerate(_spans(pieces)):
        left = EM + k * column
        assert left - 3 <= x0 and x1 <= left + 8 * EM + 3  # each piece inside its column


def test_a_space_inside_a_line_that_the_lines_below_cross_is_kept() -> None:
    # a byline's names spaced an em apart, body lines of the same column under it
    page = _page(columns=1, per_line=12, rows=6, gutter=0.7, spaces={(0, 4): 1})
    pieces, _ = cut_at_gutters(page, [_row_quad(page, 0)], EM)
    assert len(pieces) == 1


def test_the_first_row_under_a_headline_across_the_columns_is_still_cut() -> None:
    page = _page(columns=2, per_line=8, rows=6, gutter=0.8)
    top = EM * 6
    for i in range(6):  # headline glyphs two ems high, over the gutter, an em above the first row
        x = EM + int(i * 2.6 * EM)
        page[top - 3 * EM : top - EM, x : x + 2 * EM] = 20
    pieces, _ = cut_at_gutters(page, [_row_quad(page, 0)], EM)
    assert len(pieces) == 2


def test_a_piece_drawn_over_two_baselines_is_narrowed_to_its_line() -> None:
    # the right column set half a line lower: the box along the row covers parts of two of its lines
    page = _page(columns=2, per_line=8, rows=7, gutter=0.8)
    right = EM + 8 * EM + int(0.8 * EM)
    shifted = page[:, right:].copy()
    page[:, right:] = 250
    page[EM * 3 :, right:] = shifted[: page.shape[0] - EM * 3, :]  # three quarters of a line lower
    y = EM * 6 + 3 * 1.5 * EM
    quad = np.array([[EM - 2, y - 2], [page.shape[1] - EM + 2, y - 2], [page.shape[1] - EM + 2, y + 2.2 * EM],
                     [EM - 2, y + 2.2 * EM]], dtype=np.float32)
    pieces, _ = cut_at_gutters(page, [quad], EM)
    assert len(pieces) == 2
    for piece in pieces:
        assert piece[:, 1].max() - piece[:, 1].min() <= 1.5 * EM  # one line's rows, not two


def test_short_boxes_and_boxes_within_a_column_are_left_alone() -> None:
    page = _page(columns=2, per_line=8, rows=6, gutter=0.8)
    y = EM * 6 + 2 * 1.5 * EM
    inside = np.array([[EM, y - 2], [EM + 8 * EM, y - 2], [EM + 8 * EM, y + EM + 2], [EM, y + EM + 2]],
                      dtype=np.float32)
    pieces, origin = cut_at_gutters(page, [inside], EM)
    assert origin == [0] and np.array_equal(pieces[0], inside)


def _column_lines(x0: float, count: int, width: float = 96.0, height: float = 10.0) -> list[tuple[Box, str]]:
    return [(Box(x0, 20.0 + 15.0 * i, x0 + width, 20.0 + 15.0 * i + height), "字" * 8) for i in range(count)]


def test_pieces_on_a_row_are_not_joined_over_a_gutter_the_lines_around_respect() -> None:
    # two columns 5 pt apart (under half an em of these 10-pt boxes): the rows above and below
    # keep to their columns, so the two pieces of the middle row are two columns' lines
    left, right = _column_lines(0.0, 5), _column_lines(101.0, 5)
    merged = merge_fragments(left + right)
    assert len(merged) == 10
    assert all(box.width < 100 for box, _ in merged)


def test_pieces_of_one_printed_line_are_still_joined() -> None:
    above = (Box(0.0, 5.0, 197.0, 15.0), "字" * 16)
    below = (Box(0.0, 35.0, 197.0, 45.0), "字" * 16)
    pieces = [(Box(0.0, 20.0, 96.0, 30.0), "甲" * 8), (Box(101.0, 20.0, 197.0, 30.0), "乙" * 8)]
    merged = merge_fragments([above, *pieces, below])
    assert ("甲" * 8 + "乙" * 8) in [text for _, text in merged]
