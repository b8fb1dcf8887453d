"""Column order, B7's cases: a column's last lines (or a caption) at the page foot, a paragraph
opening at a column's top that the reading order put after another article's sentence cut at
its column's foot, a byline whose name is parted at a gutter, a byline's row that holds
another column's first line far to its left, a table's title over its frame, and a kicker
set in two phrases.

Pages are built by hand (invented text) with the geometry of a newspaper page: 10 pt body
in columns of 11 characters, a leading of 1.35.
"""

from __future__ import annotations

from yuanzhi.articles.runon import rejoin_column_tops
from yuanzhi.layout.furniture_geo import furniture_lines
from yuanzhi.layout.geometry import body_size, headline_groups, page_items, page_style
from yuanzhi.layout.paragraphs import make_block
from yuanzhi.layout.spaced_pieces import join_spaced_pieces
from yuanzhi.model import Box, Line, Page

SIZE = 10.0
PITCH = 13.5


def _line(text: str, x0: float, y0: float, n: list[int] = [0], size: float = SIZE) -> Line:  # noqa: B006
    n[0] += 1
    return Line(text, 1, n[0], Box(x0, y0, x0 + len(text) * size, y0 + size), size, False)


def _foot_of_column(x0: float, last_row: float, rest: str, opening: str) -> list[Line]:
    """Full lines down to a paragraph's short last line ``rest``, then a paragraph opening
    indented two characters on the page's last row: the indent starts where ``rest`` ends."""
    lines = [_line("甲乙丙丁戊己庚辛壬癸子", x0, last_row - (4 - n) * PITCH) for n in range(3)]
    lines.append(_line(rest, x0, last_row - PITCH))
    lines.append(_line(opening, x0 + len(rest) * SIZE, last_row))
    return lines


def test_a_paragraph_opening_on_the_last_row_under_a_short_last_line_is_text_not_a_folio() -> None:
    # 区。 ends where the next paragraph's indent begins: no overlap with the line right
    # above, but the full lines above it give the column: the opening is the column's.
    lines = _foot_of_column(100.0, 780.0, "区。", "妇科还为行动不便的")
    page = Page(number=1, lines=tuple(lines), width=600, height=800)
    _top, bottom = furniture_lines(lines, page, SIZE)
    assert bottom == []


def test_a_folio_set_apart_under_the_columns_is_still_furniture() -> None:
    lines = [_line("甲乙丙丁戊己庚辛壬癸子", 100.0, 740.0 - (3 - n) * PITCH) for n in range(4)]
    folio = _line("第3版", 280.0, 782.0)
    page = Page(number=1, lines=(*lines, folio), width=600, height=800)
    _top, bottom = furniture_lines([*lines, folio], page, SIZE)
    assert bottom == [folio]


def test_a_page_number_beside_a_short_last_line_is_still_furniture() -> None:
    # A folio on the last row of the page, a gutter away from a column's short last line:
    # nothing above the line beside it covers it.
    lines = [_line("甲乙丙丁戊己庚辛壬癸子", 100.0, 780.0 - (4 - n) * PITCH) for n in range(4)]
    lines.append(_line("区。", 100.0, 780.0 - 0.3 * PITCH))
    folio = _line("3", 260.0, 781.0)
    page = Page(number=1, lines=(*lines, folio), width=600, height=800)
    _top, bottom = furniture_lines([*lines, folio], page, SIZE)
    assert bottom == [folio]


def _column(char: str, x0: float, y0: float, lines: int, indent: bool = True, last: str = "") -> list[Line]:
    """A column of ``lines`` full lines (the first indented two ems), ``last`` set as its last line."""
    out = [_line(char * 9 if indent and k == 0 else char * 11, x0 + (20 if indent and k == 0 else 0), y0 + 15 * k)
           for k in range(lines)]
    if last:
        out.append(_line(last, x0, y0 + 15 * lines))
    return out


def test_a_paragraph_opening_at_a_column_top_never_goes_on_with_a_sentence_cut_elsewhere() -> None:
    """Article 甲 fills two columns at the top of the page and goes on at the top of the third
    with a new paragraph (indented); under 甲, article 乙's headline spans the first two
    columns, its text is cut mid-sentence at the foot of the second and goes on in the third
    level with its headline. Read as stacks of columns (a gutter runs the page's whole
    height), the third column comes after 乙's cut foot. 甲's indented paragraph opening is
    no rest of 乙's sentence: it goes back after 甲's text, and 乙's foot meets its rest."""
    head_a = make_block("headline", [_line("甲院召开年度总结大会", 10, 0, size=20)])
    a_text = make_block("body", [*_column("甲", 0, 30, 6), *_column("甲", 120, 30, 5, indent=False,
                                                                      last="甲" * 10 + "。")])
    a_rest = make_block("body", _column("甲", 240, 0, 2, last="甲尾。"))
    head_b = make_block("headline", [_line("乙院举办义诊活动", 30, 150, size=20)])
    b_text = make_block("body", [*_column("乙", 0, 180, 5), *_column("乙", 120, 180, 5, indent=False)])
    b_rest = make_block("body", _column("乙", 240, 150, 2, indent=False, last="乙末。"))
    read = [head_a, a_text, head_b, b_text, a_rest, b_rest]  # stacks of columns
    out = rejoin_column_tops(read)
    texts = [b.text for b in out]
    assert texts.index(a_rest.text) == texts.index(a_text.text) + 1
    assert texts.index(a_rest.text) < texts.index(head_b.text)
    assert b_text.text + b_rest.text in texts or texts.index(b_rest.text) == texts.index(b_text.text) + 1


def test_a_flush_rest_at_a_column_top_still_goes_on_with_the_sentence_cut_before_it() -> None:
    """The guard: the same page with 乙's rest (flush, no indent) at the top of the third
    column stays where the reading order put it, after 乙's cut foot."""
    head_a = make_block("headline", [_line("甲院召开年度总结大会", 10, 0, size=20)])
    a_text = make_block("body", [*_column("甲", 0, 30, 6), *_column("甲", 120, 30, 5, indent=False,
                                                                      last="甲" * 10 + "。")])
    head_b = make_block("headline", [_line("乙院举办义诊活动", 30, 150, size=20)])
    b_text = make_block("body", [*_column("乙", 0, 180, 5), *_column("乙", 120, 180, 5, indent=False)])
    b_rest = make_block("body", _column("乙", 240, 0, 2, indent=False, last="乙末。"))
    out = rejoin_column_tops([head_a, a_text, head_b, b_text, b_rest])
    assert [b.text for b in out][-1].endswith("乙末。")
    assert [b.text for b in out][:3] == [head_a.text, a_text.text, head_b.text]


def _byline_under_head(pieces: list[tuple[str, float]], gutter: tuple[float, float]) -> list[Line]:
    """A headline over two columns (left one ending at ``gutter[0]``, right one starting at
    ``gutter[1]``), a byline in ``pieces`` (text, left edge) on the row under it, and three
    rows of both columns under the byline."""
    head = _line("丙院举办读书分享会", 60.0, 100.0, size=20)
    byline = [_line(text, x0, 130.0) for text, x0 in pieces]
    left = (gutter[0] - 110.0, gutter[0])
    rows = []
    for k in range(3):
        y = 150.0 + PITCH * k
        rows.append(Line("左" * 11, 1, 900 + 2 * k, Box(left[0], y, left[1], y + SIZE), SIZE, False))
        rows.append(Line("右" * 11, 1, 901 + 2 * k, Box(gutter[1], y, gutter[1] + 110.0, y + SIZE), SIZE, False))
    return [head, *byline, *rows]


def test_a_name_parted_where_a_gutter_runs_under_the_byline_is_one_line() -> None:
    # 文/图 高　峰 centred under the headline: 高 starts in the gutter's white (a column's
    # line never does), 峰 an em after it in the next column: one byline.
    lines = _byline_under_head([("文/图", 150.0), ("高", 184.0), ("峰", 204.0)], gutter=(180.0, 188.0))
    joined = [ln.text for ln in join_spaced_pieces(lines) if ln.box is not None and ln.box.y0 == 130.0]
    assert joined == ["文/图 高 峰"]


def test_the_first_rows_of_two_columns_under_a_headline_stay_apart() -> None:
    # Two pieces on the byline's row that each keep within a column (the left one with a
    # full stop hung into the gutter) are the columns' first rows, never one line.
    lines = _byline_under_head([("左栏首行文字。", 110.0), ("右栏", 188.0)], gutter=(180.0, 188.0))
    lines[1] = Line("左栏首行文字。", 1, lines[1].index, Box(110.0, 130.0, 184.0, 140.0), SIZE, False)
    texts = [ln.text for ln in join_spaced_pieces(lines) if ln.box is not None and ln.box.y0 == 130.0]
    assert sorted(texts) == ["右栏", "左栏首行文字。"]


def test_a_captions_first_line_at_the_page_foot_is_not_a_folio() -> None:
    # A picture fills a column's foot; its two-line caption under it reaches the page's last
    # rows: the first caption line goes on in the second, text, not a folio.
    text = [_line("甲乙丙丁戊己庚辛壬癸子", 100.0, 600.0 + PITCH * n) for n in range(4)]
    caption = [_line("医护人员与康复出院", 100.0, 770.0, size=9.0), _line("的患者合影。", 100.0, 781.0, size=9.0)]
    page = Page(number=1, lines=(*text, *caption), width=600, height=800, rects=(Box(100.0, 660.0, 210.0, 765.0),))
    _top, bottom = furniture_lines([*text, *caption], page, SIZE)
    assert bottom == []


def test_more_of_a_byline_on_its_row_is_next_to_it_not_another_columns_first_line() -> None:
    # A headline with its byline over the right column; on the byline's row, far to its
    # left, the first line of another article's column (indented, an organisation's name
    # first): it stays the column's.
    head = _line("骨科迎来省医学会调研组", 400.0, 60.0, size=18)
    byline = _line("文/图 赵寿 江蕾", 400.0, 82.0)
    column_top = _line("松原市第二医院团委", 120.0, 82.3)
    column = [_line("甲乙丙丁戊己庚辛壬癸子", 100.0, 82.3 + PITCH * (n + 1)) for n in range(3)]
    groups = headline_groups([head, byline, column_top, *column], SIZE)
    assert [ln.text for ln in groups[0]] == [head.text, byline.text]


def test_more_of_a_byline_right_after_it_on_its_row_is_still_taken() -> None:
    head = _line("骨科迎来省医学会调研组", 400.0, 60.0, size=18)
    byline = _line("文/图 赵寿", 400.0, 82.0)
    more = _line("江蕾", 400.0 + 7 * SIZE, 82.0)
    groups = headline_groups([head, byline, more], SIZE)
    assert [ln.text for ln in groups[0]] == [head.text, byline.text, more.text]


def test_a_byline_longer_than_its_flush_left_headline_parted_at_a_gutter_is_one_line() -> None:
    # The headline is set flush left and ends before the byline under it does; the byline is
    # parted where the gutter of the columns under it runs (尹 ends in its white).
    lines = _byline_under_head([("□ 本报记者 江敏欣 尹", 60.0), ("秀 戴松敏", 189.0)], gutter=(180.0, 188.0))
    lines[1] = Line("□ 本报记者 江敏欣 尹", 1, lines[1].index, Box(60.0, 130.0, 184.0, 140.0), SIZE, False)
    lines[0] = Line("丙院举办读书分享会", 1, lines[0].index, Box(60.0, 100.0, 200.0, 120.0), 20.0, False)
    joined = [ln.text for ln in join_spaced_pieces(lines) if ln.box is not None and ln.box.y0 == 130.0]
    assert joined == ["□ 本报记者 江敏欣 尹 秀 戴松敏"]


def _table_page(title_size: float, title: str) -> tuple[list[Line], Page]:
    """Two columns of text over a framed table across both; ``title`` set right over the frame."""
    text = [_line("甲乙丙丁戊己庚辛壬癸子", x0, 100.0 + PITCH * n) for x0 in (100.0, 220.0) for n in range(6)]
    head = _line(title, 150.0, 190.0, size=title_size)
    cells = [_line(cell, x0, 206.0 + 12.0 * n, size=title_size) for n in range(3)
             for cell, x0 in (("5月", 120.0), ("1343", 200.0), ("89.7%", 280.0))]
    lines = [*text, head, *cells]
    return lines, Page(number=1, lines=tuple(lines), width=600, height=800, rects=(Box(100.0, 202.0, 330.0, 245.0),))


def _kind_of(text: str, lines: list[Line], page: Page) -> str:
    body = body_size(lines)
    items = page_items(lines, page, page_style(lines, body))
    return next(item.kind for item in items if any(ln.text == text for ln in item.lines))


def test_a_tables_title_in_small_type_over_its_frame_is_read_with_the_table() -> None:
    # 表2 …, in the table's smaller type, right over the frame: a caption (read after the
    # text it would interrupt), never the next line of the column above it.
    lines, page = _table_page(7.7, "表2 一季度无偿献血情况")
    assert _kind_of("表2 一季度无偿献血情况", lines, page) == "caption"


def test_a_line_of_body_type_over_a_frame_stays_text() -> None:
    lines, page = _table_page(SIZE, "甲乙丙丁戊己庚辛")
    assert _kind_of("甲乙丙丁戊己庚辛", lines, page) == "block"


def test_a_kicker_set_in_two_phrases_is_one_kicker() -> None:
    # 科普惠民　健康同行 over the headline, flush left: the second phrase is the kicker's too.
    first = _line("科普惠民", 100.0, 100.0, size=12.4)
    second = _line("健康同行", 100.0 + 4 * 12.4 + 6.0, 100.0, size=12.4)
    head = _line("多学科团队攻克疑难病例", 100.0, 116.0, size=22.5)
    column = _line("甲乙丙丁戊己庚辛壬癸子", 400.0, 100.2)  # another column's line on the kicker's row
    groups = headline_groups([first, second, head, column], SIZE)
    assert [ln.text for ln in groups[0]] == [first.text, second.text, head.text]


def test_a_columns_last_line_over_a_headline_is_not_its_kicker() -> None:
    # A column ends a line or two above a headline set under it: its last line (body type,
    # the column's lines right above it) is text, not the headline's kicker.
    column = [_line("甲乙丙丁戊己庚辛", 131.0, 197.7 + 9.7 * n, size=8.0) for n in range(4)]
    kicker = _line("深化改革", 54.0, 253.0, size=17.0)
    head = _line("我院启用新设备", 54.0, 279.0, size=31.0)
    groups = headline_groups([*column, kicker, head], 8.0)
    assert [ln.text for ln in groups[0]] == [kicker.text, head.text]


def test_a_kicker_in_body_type_over_a_headline_is_still_taken() -> None:
    kicker = _line("院庆特刊", 166.0, 240.0, size=8.0)
    head = _line("提升服务水平", 131.0, 253.0, size=17.0)
    groups = headline_groups([kicker, head], 8.0)
    assert [ln.text for ln in groups[0]] == [kicker.text, head.text]


def _picture_page(first: Line) -> tuple[list[Line], Page]:
    """A wide column: ``first`` over a picture, the column's text going on under it."""
    below = [_line("甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥甲乙丙丁戊", 100.0, 330.0 + PITCH * n) for n in range(4)]
    lines = [first, *below]
    return lines, Page(number=1, lines=tuple(lines), width=600, height=800, rects=(Box(100.0, 222.0, 370.0, 320.0),))


def test_a_paragraphs_indented_first_line_over_a_picture_is_text_not_its_caption() -> None:
    # Indented two ems and running to the column's right edge: the first line of a paragraph
    # whose rest is set under the picture, not a centred caption.
    first = _line("十一月一日下午，我院组织开展双向转诊对接会，各", 120.0, 208.0)
    first = Line(first.text, 1, first.index, Box(120.0, 208.0, 369.5, 218.0), SIZE, False)
    lines, page = _picture_page(first)
    assert _kind_of(first.text, lines, page) == "block"


def test_a_centred_line_over_a_picture_is_still_its_caption() -> None:
    first = _line("市医院新院区全景", 195.0, 208.0)
    lines, page = _picture_page(first)
    assert _kind_of(first.text, lines, page) == "caption"
