"""Column order, B9's cases (wide generator, dev seeds 200–899): the first rows of two
columns under a headline, the right one a paragraph's short last line over a subheading,
stay apart; a column's first line under a headline set across two columns, beside a
caption in the other column, is read after that column; columns with no headline of their
own beside a headline set over part of an article go on that article band by band; a
bare page number under everything is a folio, a column's last line on the page's last row
is text; a byline spaced out to its column's width is no sentence cut at a column's foot.

Pages are built by hand (invented text) with the geometry of a newspaper page: 10 pt body,
a leading of 1.35, justified columns of a fixed measure.
"""

from __future__ import annotations

from yuanzhi.articles.runon import _cut_at_foot
from yuanzhi.layout.furniture_geo import furniture_lines
from yuanzhi.layout.geometry import headline_groups
from yuanzhi.layout.paragraphs import make_block
from yuanzhi.layout.spaced_pieces import join_spaced_pieces
from yuanzhi.layout.xycut import Item, xy_cut
from yuanzhi.model import Box, Line, Page

SIZE = 10.0
PITCH = 13.5
GAP = PITCH - SIZE


def _line(text: str, x0: float, y0: float, x1: float | None = None, size: float = SIZE,
          n: list[int] = [0]) -> Line:  # noqa: B006
    n[0] += 1
    return Line(text, 1, n[0], Box(x0, y0, x0 + len(text) * size if x1 is None else x1, y0 + size), size, False)


# --- the first rows of two columns under a headline -------------------------------------

def _rows_under_head(subheading: bool) -> list[Line]:
    """A headline flush left over two columns (gutter 180–186); on the row under it the left
    column's indented first line, full to its edge, and the right column's first line, the
    short last line of a paragraph (基地。); then the left column goes on and the right one
    opens a subheading flush with its edge, then an indented paragraph (or only that
    paragraph's lines, when ``subheading`` is False)."""
    head = _line("丁院医护人员赴小区开展义诊", 40.0, 60.0, 250.0, size=20)
    first = _line("甲乙丙丁戊己庚辛壬癸子", 70.0, 90.0, 180.0)
    short = _line("基地。", 186.0, 90.0, 216.0)
    left = [_line("天地玄黄宇宙洪荒日月盈昃辰宿", 40.0, 90.0 + k * PITCH, 180.0) for k in range(1, 5)]
    right: list[Line] = []
    top = 90.0 + PITCH
    if subheading:
        right.append(_line("深化医联体合作", 186.0, top, 263.0, size=11.5))
        top += PITCH + 2.0
    right.append(_line("一二三四五六七八九十", 206.0, top, 326.0))
    right.extend(_line("子丑寅卯辰巳午未申酉戌亥", 186.0, top + k * PITCH, 326.0) for k in range(1, 3))
    return [head, first, short, *left, *right]


def _first_row(lines: list[Line]) -> list[str]:
    return sorted(ln.text for ln in join_spaced_pieces(lines) if ln.box is not None and ln.box.y0 == 90.0)


def test_a_short_last_line_at_a_column_top_over_a_subheading_is_not_joined_to_its_row() -> None:
    # 基地。 starts where the subheading under it starts, the right column's edge: not in a
    # gutter's white, though the column's only body line near it is indented.
    assert _first_row(_rows_under_head(subheading=True)) == ["基地。", "甲乙丙丁戊己庚辛壬癸子"]


def test_the_same_rows_with_no_subheading_stay_apart() -> None:
    assert _first_row(_rows_under_head(subheading=False)) == ["基地。", "甲乙丙丁戊己庚辛壬癸子"]


def test_a_byline_parted_over_a_picture_set_across_the_columns_is_one_line() -> None:
    # 冯　露 (a two-character name padded to three) parted at its space; under the byline a
    # picture spans both columns, so no column's text can tell a gutter there: one line.
    head = _line("感染管理科成功开展首例手术", 305.0, 471.0, 550.0, size=18)
    first = _line("指挥中心 易明 程思梅 冯", 305.0, 495.0, 455.0)
    last = _line("露", 464.0, 495.0, 474.0)
    columns = [_line("甲乙丙丁戊己庚辛壬癸子", x0, 620.0 + k * PITCH, x0 + 115.0)
               for x0 in (305.0, 435.0) for k in range(4)]
    rows = [ln.text for ln in join_spaced_pieces([head, first, last, *columns])
            if ln.box is not None and ln.box.y0 == 495.0]
    assert rows == ["指挥中心 易明 程思梅 冯 露"]


def test_a_byline_in_letter_spaced_pieces_inside_one_column_goes_with_its_headline() -> None:
    # 口腔科　杨刚成　谢娜慧 centred under a headline, each word a piece half an em apart,
    # inside the width of one column: the pieces together are the byline.
    head = _line("我院启用高压氧舱", 230.0, 502.0, 365.0, size=17)
    pieces = [_line(text, x0, 524.0, x0 + 25.0, size=8.5) for text, x0 in (("口腔科", 255.0), ("杨刚成", 285.0),
                                                                          ("谢娜慧", 315.0))]
    column = [_line("甲乙丙丁戊己庚辛壬癸子", 251.0, 540.0 + k * 11.5, 344.0, size=8.5) for k in range(4)]
    groups = headline_groups([head, *pieces, *column], 8.5)
    assert [ln.text for ln in groups[0]] == [head.text, "口腔科", "杨刚成", "谢娜慧"]


def test_a_columns_first_line_under_a_headline_is_still_no_byline() -> None:
    head = _line("我院启用高压氧舱", 230.0, 502.0, 365.0, size=17)
    column = [_line("口腔科护理团队坚持每日", 251.0, 524.0 + k * 11.5, 344.0, size=8.5) for k in range(4)]
    groups = headline_groups([head, *column], 8.5)
    assert [ln.text for ln in groups[0]] == [head.text]


def _foot(folio_y: float) -> tuple[list[Line], Page]:
    """An A4 page (842 pt) whose columns end at 778; a bare page number under them."""
    lines = [_line("甲乙丙丁戊己庚辛壬癸子", x0, 768.0 - (4 - k) * PITCH, x0 + 126.0)
             for x0 in (166.0, 303.0) for k in range(5)]
    folio = _line("1", 295.0, folio_y, 300.0)
    return [*lines, folio], Page(number=1, lines=(*lines, folio), width=595, height=842)


def test_a_page_number_under_all_the_text_above_the_last_twentieth_is_a_folio() -> None:
    # A wide foot margin: the number stands 33 pt over the page's edge, alone under everything.
    lines, page = _foot(799.0)
    _top, bottom = furniture_lines(lines, page, SIZE)
    assert [ln.text for ln in bottom] == ["1"]


def test_a_number_on_a_row_of_text_above_the_foot_stays_text() -> None:
    lines, page = _foot(760.0)
    lines = [ln for ln in lines if ln.box is not None and not (ln.box.x0 == 303.0 and ln.box.y0 > 750)]
    lines[-1] = _line("1", 303.0, 768.0, 308.0)  # a number split off the column's last row
    _top, bottom = furniture_lines(lines, Page(number=1, lines=tuple(lines), width=595, height=842), SIZE)
    assert bottom == []


# --- items read in order ----------------------------------------------------------------

def _block(x0: float, x1: float, y0: float, rows: int, char: str, last: float | None = None) -> Item:
    lines = tuple(_line(char * 12, x0, y0 + k * PITCH, x1 if k < rows - 1 or last is None else last)
                  for k in range(rows))
    box = Box(x0, y0, max(ln.box.x1 for ln in lines if ln.box), y0 + (rows - 1) * PITCH + SIZE)
    return Item("block", box, lines, column=(x0, x1))


def _group(text: str, x0: float, x1: float, y0: float, rows: int = 1) -> Item:
    heads = tuple(_line(text, x0, y0 + 22.0 * k, x1, size=18) for k in range(rows))
    return Item("group", Box(x0, y0, x1, y0 + 22.0 * (rows - 1) + 18), heads)


def _order(items: list[Item]) -> list[str]:
    leaves = xy_cut(items, min_gutter=0.3 * SIZE, min_gap=max(GAP * 1.6, GAP + 0.3 * SIZE))
    return [item.lines[0].text for leaf in leaves for item in leaf if item.lines]


def test_a_columns_top_beside_a_caption_under_a_headline_over_two_columns_is_read_after_that_column() -> None:
    # A headline in three lines over two columns; the left one opens with two lines (the first
    # on the row of the headline's byline, inside its box), then a
    # picture with its caption, then goes on; the right one opens with a paragraph's short
    # last line level with the left one's second. The headline is no column holding both
    # the caption and that line: the left column is read through before the right one.
    head = _group("医护人员赴福利院开展科普", 430.0, 790.0, 406.0, rows=3)
    left_top = _block(430.0, 601.0, 462.0, 2, "左")  # a byline's row under the headline's last line
    right_top = _block(619.0, 790.0, 475.5, 1, "末", last=718.0)
    right = _block(619.0, 790.0, 503.0, 9, "右")
    photo = Item("photo", Box(430.0, 510.0, 601.0, 586.0), ())
    caption = Item("caption", Box(436.0, 591.0, 595.0, 599.0), (_line("图为" + "注" * 14, 436.0, 591.0, 595.0, 8.0),),
                   column=(430.0, 601.0))
    left = _block(430.0, 601.0, 609.0, 3, "续")
    right_more = _block(619.0, 790.0, 634.5, 2, "又")
    order = _order([head, left_top, right_top, right, photo, caption, left, right_more])
    assert order.index(left.lines[0].text) < order.index(right_top.lines[0].text)


def _partial_heads(right_gap: bool) -> list[Item]:
    """Four columns (measure 90, gutter 10). Article A's headline is set over columns 1–2 at
    the top, B's over columns 1–2 lower down; columns 3 has no headline: its text starts
    level with A's headline and breaks (``right_gap``) level with B's. Column 4 holds
    article C from its own headline at the top to the foot."""
    a = _group("甲院启用新设备", 40.0, 230.0, 60.0)
    a1 = _block(40.0, 130.0, 90.0, 10, "甲")
    a2 = _block(140.0, 230.0, 90.0, 10, "乙")
    a3 = _block(240.0, 330.0, 60.0, 12, "丙")  # ends a line and more over B's headline
    b = _group("乙科护士街头救人", 40.0, 230.0, 240.0)
    b1 = _block(40.0, 130.0, 270.0, 8, "丁")
    b2 = _block(140.0, 230.0, 270.0, 8, "戊")
    b3 = _block(240.0, 330.0, 240.0 if right_gap else 60.0 + 12 * PITCH, 10, "己")
    c = _group("丙院表彰", 340.0, 430.0, 60.0)
    c1 = _block(340.0, 430.0, 90.0, 22, "庚")
    return [a, a1, a2, a3, b, b1, b2, b3, c, c1]


def test_a_column_with_no_headline_goes_on_the_article_band_by_band() -> None:
    # Column 3 breaks where B's headline opens its band: its upper part ends A, its lower
    # part ends B, each after the columns under the headline.
    items = _partial_heads(right_gap=True)
    order = _order(items)
    names = [item.lines[0].text for item in items]
    assert order == [names[k] for k in (0, 1, 2, 3, 4, 5, 6, 7, 8, 9)]


def test_a_column_with_no_break_at_the_band_is_read_after_both_articles() -> None:
    # No break in column 3 level with B's headline: it goes on from top to foot, read after
    # the part under the headlines, as before.
    items = _partial_heads(right_gap=False)
    order = _order(items)
    names = [item.lines[0].text for item in items]
    assert order == [names[k] for k in (0, 1, 2, 4, 5, 6, 3, 7, 8, 9)]


# --- a column's last line on the page's last row ----------------------------------------

def _column_foot(last: Line, pitch: float = 14.0, gap: float = 0.0) -> tuple[list[Line], Page]:
    """A column (x 131–220, 9 pt) of full lines ending in a paragraph's short last line, then
    ``last`` on the page's last row, ``gap`` more than a leading under it; a column beside."""
    lines = [_line("症救治能力我院每季度组", 131.0, 1050.0 + k * pitch, 220.0, size=9.0) for k in range(6)]
    lines.append(_line("能衰竭的危重患者。", 131.0, 1050.0 + 6 * pitch, 212.0, size=9.0))
    lines.extend(_line("员的精心治疗下患者于", 229.0, 1050.0 + k * pitch, 318.0, size=9.0) for k in range(8))
    moved = Line(last.text, 1, last.index, Box(last.box.x0, 1050.0 + 7 * pitch + gap, last.box.x1,  # type: ignore[union-attr]
                                               1050.0 + 7 * pitch + gap + 9.0), 9.0, False)
    return [*lines, moved], Page(number=1, lines=(*lines, moved), width=842, height=1190)


def test_a_full_line_opening_a_paragraph_a_paragraph_space_under_the_column_is_text() -> None:
    # 经过49天的全力救 on the last row, a leading and a paragraph's space under 患者。: it
    # starts at the column's edge and reaches its right edge, the column's last line.
    lines, page = _column_foot(_line("经过49天的全力救", 131.0, 0.0, 220.0, size=9.0), gap=6.0)
    _top, bottom = furniture_lines(lines, page, 9.0)
    assert bottom == []


def test_a_short_folio_the_same_distance_under_the_column_is_still_furniture() -> None:
    lines, page = _column_foot(_line("- 2 -", 160.0, 0.0, 180.0, size=9.0), gap=6.0)
    _top, bottom = furniture_lines(lines, page, 9.0)
    assert [ln.text for ln in bottom] == ["- 2 -"]


def test_a_paragraphs_second_line_under_its_indented_first_is_text() -> None:
    # 程佳军凭借…获得个人一等 indented two characters, then 奖。 at the column's left edge on
    # the last row: the paragraph's end, not a folio.
    lines = [_line("者于1月14日康复出院。", 425.0, 1098.0, 512.0, size=8.0),
             _line("全科医学科在国际护士节期间评选", 441.0, 1109.5, 643.0, size=8.0),
             _line("程佳军凭借扎实的理论功底获得个人一等", 441.0, 1121.0, 665.0, size=8.0),
             _line("奖。", 425.0, 1132.5, 441.0, size=8.0)]
    page = Page(number=1, lines=tuple(lines), width=842, height=1190)
    _top, bottom = furniture_lines(lines, page, 8.0)
    assert bottom == []


def test_a_byline_spaced_to_the_columns_width_is_no_paragraph_cut_at_its_foot() -> None:
    # 人力资源部 林宁涵 胡国博 closes an article, its words spaced out to the column's width:
    # no sentence is cut there, so no column top elsewhere goes on from it.
    text = [_line("甲乙丙丁戊己庚辛壬癸子丑", 226.0, 700.0 + k * 19.0, 370.0, size=12.0) for k in range(2)]
    text.append(_line("评价。", 226.0, 738.0, 262.0, size=12.0))
    byline = _line("人力资源部 林宁涵 胡国博", 226.0, 757.0, 370.0, size=12.0)
    cut = _line("甲乙丙丁戊己庚辛壬癸子丑", 226.0, 757.0, 370.0, size=12.0)
    rest = make_block("body", [_line("寅卯辰巳午未申酉戌亥甲乙", 388.0, 600.0, 532.0, size=12.0)])
    assert not _cut_at_foot([make_block("body", [*text, byline])], make_block("body", [*text, byline]), rest)
    assert _cut_at_foot([make_block("body", [*text, cut])], make_block("body", [*text, cut]), rest)


def test_a_page_number_set_in_pieces_with_its_dashes_is_a_folio() -> None:
    # - 3 - read as three pieces: the dashes beside the number are the folio's, all furniture.
    lines, page = _foot(799.0)
    lines = lines[:-1] + [_line("-", 288.0, 797.0, 291.0, size=8.5), _line("3", 295.0, 797.0, 300.0, size=8.5),
                          _line("-", 304.0, 797.0, 307.0, size=8.5)]
    _top, bottom = furniture_lines(lines, Page(number=1, lines=tuple(lines), width=595, height=842), SIZE)
    assert [ln.text for ln in bottom] == ["-", "3", "-"]

