"""Column order, more cases: rows of two columns right under (or over) a note set across them.

Pages are built from spans as the PDF reader gives them (read/spans.py), with invented text;
the geometry is that of a 10.5 pt body in columns of 98 pt and a gutter of 0.67 em.
"""

from __future__ import annotations

from yuanzhi.model import Box
from yuanzhi.read.spans import Span, spans_to_lines

SIZE = 10.5
PITCH = 16.8
LEFT = (38.5, 136.8)  # a column's left and right edges
RIGHT = (143.5, 241.8)  # the next column, 6.7 pt (0.64 em) to its right


def _span(text: str, x0: float, x1: float, y: float) -> Span:
    return Span(text, Box(x0, y, x1, y + SIZE), SIZE, False)


def _columns(top: float, rows: int, indent_first: bool = False) -> list[Span]:
    """Two columns of full lines, ``rows`` rows from ``top``; the left one opens a paragraph."""
    out: list[Span] = []
    for n in range(rows):
        y = top + n * PITCH
        x0 = LEFT[0] + (2 * SIZE if indent_first and n == 0 else 0.0)
        out.append(_span(f"左栏第{n}行文字内容", x0, LEFT[1], y))
        out.append(_span(f"右栏第{n}行续文内容", RIGHT[0], RIGHT[1], y))
    return out


def _note(top: float) -> list[Span]:
    """An editor's note set across both columns: a full row and a shorter last row."""
    return [_span("编者按：本版邀请青石县医院专家为读者答疑解惑，", LEFT[0] + 2 * SIZE, RIGHT[1], top),
            _span("敬请关注。", LEFT[0], 217.0, top + PITCH)]


def _texts(spans: list[Span]) -> list[str]:
    return [line.text for line in spans_to_lines(spans, page=1, start_index=0)]


def test_the_row_right_under_a_note_across_the_columns_is_two_columns() -> None:
    # The rows above cover the gutter (the note); the rows below keep it white: a gutter.
    spans = _note(178.7) + _columns(178.7 + 2.4 * PITCH, rows=4, indent_first=True)
    texts = _texts(spans)
    assert "左栏第0行文字内容" in texts
    assert "右栏第0行续文内容" in texts
    assert not any("左栏" in t and "右栏" in t for t in texts)


def test_the_row_right_over_a_note_across_the_columns_is_two_columns() -> None:
    # The rows below cover the gutter (the note); the rows above keep it white.
    spans = _columns(100.0, rows=4) + _note(100.0 + 4 * PITCH + 6.0)
    texts = _texts(spans)
    assert not any("左栏" in t and "右栏" in t for t in texts)


def test_a_spaced_line_inside_one_column_under_a_note_stays_one_line() -> None:
    # Guard: one wide column; its own full lines below cover the gap, so it is no gutter.
    wide = (LEFT[0], RIGHT[1])
    spans = _note(178.7)
    top = 178.7 + 2.4 * PITCH
    spans.append(_span("同比增长", wide[0], LEFT[1], top))
    spans.append(_span("百分之十二", RIGHT[0], wide[1], top))
    for n in range(1, 4):
        spans.append(_span(f"宽栏第{n}行文字内容排满整行而不留空白", wide[0], wide[1], top + n * PITCH))
    texts = _texts(spans)
    assert "同比增长 百分之十二" in texts
