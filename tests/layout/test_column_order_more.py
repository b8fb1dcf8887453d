"""Column order, more cases: rows of two columns right under (or over) a note set across them,
and a byline parted over a gutter under its headline.

Pages are built from spans as the PDF reader gives them (read/spans.py), with invented text;
the geometry is that of a 10.5 pt body in columns of 98 pt and a gutter of 0.67 em.
"""

from __future__ import annotations

from yuanzhi.layout.geometry import page_to_blocks
from yuanzhi.layout.paragraphs import Counter
from yuanzhi.layout.spaced_pieces import join_spaced_pieces
from yuanzhi.model import Box, Line, Page
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


# A byline centred under its headline, parted by the reader at a name's letter spacing over
# a gutter of the columns under it (type 9.5 pt, columns of 95 pt, gutters of 6.3 pt).

BODY = 9.5
COLS = ((148.8, 243.8), (250.1, 345.1), (351.5, 446.5))


def _text_line(text: str, x0: float, x1: float, y: float, size: float = BODY, index: int = 0) -> Line:
    return Line(text, 1, index, Box(x0, y, x1, y + size), size, False)


def _page_under_headline(row: list[Line]) -> list[Line]:
    lines = [_text_line("我院举办青石县义诊活动", 152.0, 443.0, 512.5, size=24.0),
             _text_line("——记急诊科护士长林青", 194.0, 402.0, 549.3, size=16.0), *row]
    for n in range(5):
        for k, (x0, x1) in enumerate(COLS):
            lines.append(_text_line(f"第{k}栏第{n}行文字内容", x0, x1, 593.4 + n * 15.5))
    return [Line(ln.text, 1, k, ln.box, ln.size, False) for k, ln in enumerate(lines)]


def test_a_byline_parted_over_a_gutter_under_its_headline_is_one_line() -> None:
    row = [_text_line("通讯员", 238.3, 266.8, 572.3), _text_line("林青 记者 方舟", 271.5, 357.0, 572.3)]
    lines = _page_under_headline(row)
    texts = [ln.text for ln in join_spaced_pieces(lines)]
    assert "通讯员 林青 记者 方舟" in texts
    assert len(texts) == len(lines) - 1
    blocks = page_to_blocks(Page(1, tuple(lines), 595.0, 842.0), Counter())
    assert not any(b.text.startswith("通讯员") and b.kind == "body" for b in blocks)


def test_the_first_rows_of_two_columns_under_a_headline_are_not_joined() -> None:
    # Guard: each keeps within its column (no gutter inside either), so they stay two lines.
    row = [_text_line("左栏首行文字内容", COLS[0][0], COLS[0][1], 572.3),
           _text_line("右栏首行文字内容", COLS[1][0], COLS[1][1], 572.3)]
    lines = _page_under_headline(row)
    assert [ln.text for ln in join_spaced_pieces(lines)] == [ln.text for ln in lines]
