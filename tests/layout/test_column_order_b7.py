"""Column order, B7's cases: a column's last lines at the page foot, a paragraph opening at
a column's top that the reading order put after another article's sentence cut at its
column's foot, and a byline whose name is parted at a gutter.

Pages are built by hand (invented text) with the geometry of a newspaper page: 10 pt body
in columns of 11 characters, a leading of 1.35.
"""

from __future__ import annotations

from yuanzhi.articles.runon import rejoin_column_tops
from yuanzhi.layout.furniture_geo import furniture_lines
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
