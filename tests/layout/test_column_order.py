"""Lines in column order: a column's lines share a left edge and a width, the lines of
two columns never alternate within one block, a paragraph's lines stay in its column,
and digits a typesetter letter-spaced are one number. Hand-built lines (PDF points,
type 10 pt, leading 14 pt), each case the smallest page that shows the rule."""

from __future__ import annotations

from yuanzhi.layout.colblocks import column_blocks, rejoin_pieces
from yuanzhi.layout.normalize import normalize_text
from yuanzhi.layout.xycut import Item, xy_cut
from yuanzhi.model import Box, Line

SIZE = 10.0
PITCH = 14.0


def _line(text: str, x0: float, y0: float, x1: float | None = None, size: float = SIZE, index: int = 0) -> Line:
    right = x0 + size * len(text) if x1 is None else x1
    return Line(text, 1, index, Box(x0, y0, right, y0 + size), size, False)


def _column(texts: list[str], left: float, top: float, width: float = 100.0) -> list[Line]:
    return [_line(t, left, top + k * PITCH, left + width) for k, t in enumerate(texts)]


def _numbered(lines: list[Line]) -> list[Line]:
    return [Line(ln.text, ln.page, k, ln.box, ln.size, ln.bold) for k, ln in enumerate(lines)]


FULL = ["一二三四五六七八九十", "甲乙丙丁戊己庚辛壬癸", "子丑寅卯辰巳午未申酉"]


def test_a_letter_spaced_line_stays_one_line_of_its_column() -> None:
    """A justified line of few characters is spread over the column; a reader may part it
    where the spacing opened. Its pieces are one line, and the column one block."""
    top = _column(FULL, 100, 100)
    row = [_line("次，同比", 100, 100 + 3 * PITCH, 140), _line("增", 160, 100 + 3 * PITCH),
           _line("长", 190, 100 + 3 * PITCH)]
    bottom = _column(FULL, 100, 100 + 4 * PITCH)
    lines = _numbered([*top, *row, *bottom])
    blocks = column_blocks(lines)
    assert len(blocks) == 1
    texts = [normalize_text(ln.text) for ln in blocks[0].lines]
    assert texts[3] == "次，同比增长"
    assert len(texts) == 7


def test_two_columns_under_a_note_across_them_are_not_joined() -> None:
    """A narrow gutter (0.6 em) under an editor's note set across both columns: the note
    covers the gap, but the columns' own lines stop at it, so no row is joined."""
    note = _line("编者按：" + "本" * 16, 100, 80, 306)
    left = _column(FULL, 100, 100)
    right = _column(FULL, 206, 100)
    lines = _numbered([note, *left, *right])
    assert [ln.text for ln in rejoin_pieces(lines)] == [ln.text for ln in lines]
    blocks = column_blocks(lines)
    assert sorted(len(b.lines) for b in blocks) == [1, 3, 3]


def test_digits_letter_spaced_in_chinese_are_one_number() -> None:
    assert normalize_text("完成手术6 4 1台，占") == "完成手术641台，占"
    assert normalize_text("合格率达 9 3 . 4 %。") == "合格率达93.4%。"
    # numbers of a table row, or Latin text, keep their spaces
    assert normalize_text("床位 12 15") == "床位12 15"
    assert normalize_text("Da Vinci Xi 2") == "Da Vinci Xi 2"


def test_a_columns_last_line_below_a_paragraph_break_is_read_before_the_next_column() -> None:
    """Under a headline across two columns, the first column ends with a paragraph
    break and one full line of the next paragraph; the second column is shorter. The
    gap over that line is no band boundary: it is read before the second column."""
    head = _line("标题" * 8, 100, 60, 306, size=20)
    group = Item("group", Box(100, 60, 306, 80), (head,))
    col1_lines = _column(FULL * 2, 100, 100)
    col1 = Item("block", Box(100, 100, 200, 100 + 5 * PITCH + SIZE), tuple(col1_lines), column=(100, 200))
    col2_lines = _column(FULL, 210, 100)
    col2 = Item("block", Box(210, 100, 310, 100 + 2 * PITCH + SIZE), tuple(col2_lines), column=(210, 310))
    last_top = 100 + 6 * PITCH + 8  # a paragraph break: 8 pt more than the leading
    last = _line("一二三四五六七八九十", 100, last_top, 200)
    alone = Item("block", last.box or Box(0, 0, 0, 0), (last,), column=(100, 200))
    leaves = xy_cut([group, col1, col2, alone], min_gutter=8.0, min_gap=6.5)
    order = [item for leaf in leaves for item in leaf]
    assert order.index(alone) < order.index(col2)
    assert order.index(col1) < order.index(alone)


def test_a_row_read_across_a_narrow_gutter_is_cut_back_into_its_columns() -> None:
    """Two columns 0.6 em apart; a reader joined one row of both into one line (the
    left column's full stop hanging into the gutter). The columns' other lines keep the
    gutter white, so the line is two, and each column is one block in its order."""
    left = _column(FULL + FULL[:2], 100, 100)
    right = _column(FULL + FULL[:2], 206, 100)
    joined = _line("丑寅卯辰巳午未申酉。天地玄黄宇宙洪荒日月", 100, 100 + 2 * PITCH, 306)
    lines = _numbered([*left[:2], *left[3:], *right[:2], *right[3:], joined])
    blocks = sorted(column_blocks(lines), key=lambda b: b.box.x0)
    assert [len(b.lines) for b in blocks] == [5, 5]
    assert blocks[0].lines[2].text == "丑寅卯辰巳午未申酉。"
    assert blocks[1].lines[2].text == "天地玄黄宇宙洪荒日月"


def test_a_note_set_across_three_columns_is_not_cut() -> None:
    """An editor's note over three columns is one line on purpose: it runs over two
    gutters, which no row of two columns joined by a reader does."""
    byline = _line("本报记者 某某", 206, 100 - PITCH, 276)  # centred under the headline
    note = _line("编者按：" + "本" * 26, 100, 100, 412)
    cols = [_column(FULL, left, 100 + PITCH) for left in (100, 206, 312)]
    lines = _numbered([byline, note, *cols[0], *cols[1], *cols[2]])
    texts = sorted(ln.text for b in column_blocks(lines) for ln in b.lines)
    assert texts == sorted(ln.text for ln in lines)


def _block(left: float, top: float, rows: int) -> Item:
    lines = _column((FULL * 4)[:rows], left, top)
    return Item("block", Box(left, top, left + 100, top + (rows - 1) * PITCH + SIZE), tuple(lines),
                column=(left, left + 100))


def test_a_headline_under_a_gap_across_the_page_opens_a_band_though_a_gutter_runs_through() -> None:
    """Two bands whose columns line up, so one gutter runs down the whole page. The
    lower band's headline heads the first column; its second column rises beside the
    headline. The band above is read whole before the band below, not column by column."""
    upper_left, upper_right = _block(100, 100, 8), _block(210, 100, 8)
    top = 100 + 7 * PITCH + SIZE + 16  # a clear gap under the upper band
    head = _line("标题" * 4, 100, top, 180, size=20)
    group = Item("group", Box(100, top, 200, top + 20), (head,))
    lower_left, lower_right = _block(100, top + 30, 6), _block(210, top, 8)
    items = [upper_left, upper_right, group, lower_left, lower_right]
    order = [item for leaf in xy_cut(items, min_gutter=8.0, min_gap=6.5) for item in leaf]
    assert order == [upper_left, upper_right, group, lower_left, lower_right]


def test_a_picture_under_columns_does_not_reorder_them() -> None:
    """Under a headline across four columns, three columns stop at a picture set across
    them, the first runs on beside it, the last rises beside the headline. A picture
    holds nothing to read: the part of it left of a column does not put it before that
    column, so the columns are read left to right."""
    head = _line("标题" * 8, 110, 50, 390, size=20)
    group = Item("group", Box(0, 50, 420, 72), (head,))
    first = _block(-10, 80, 15)
    middle = [_block(100, 80, 9), _block(210, 80, 9)]
    last = _block(320, 46, 11)
    picture = Item("photo", Box(100, 210, 420, 280), ())
    inset = Item("photo", Box(110, 230, 150, 276), ())  # a shape drawn inside the picture
    items = [group, first, *middle, last, picture, inset]
    order = [item for leaf in xy_cut(items, min_gutter=8.0, min_gap=6.5) for item in leaf if item.kind != "photo"]
    assert order == [group, first, *middle, last]
