"""Column order, B8's cases (wide generator, dev seeds 200–899): a paragraph's first line
right under its headline, whose words happen to look like a byline's (调研组先后实地察看了骨科、
眼科: a clause ending in a department, an enumeration comma), is text, not the byline; the
row over a picture set in one column, under a note set across two, is two columns' lines.

Pages are built by hand (invented text) with the geometry of a newspaper page: 10 pt body,
a leading of 1.35, justified columns of a fixed measure.
"""

from __future__ import annotations

from yuanzhi.layout.colblocks import column_blocks
from yuanzhi.layout.geometry import headline_groups
from yuanzhi.model import Box, Line

SIZE = 10.0
PITCH = 13.5
LEFT, RIGHT = 100.0, 240.0  # a column 14 characters wide


def _line(text: str, x0: float, y0: float, x1: float | None = None, size: float = SIZE,
          n: list[int] = [0]) -> Line:  # noqa: B006
    n[0] += 1
    return Line(text, 1, n[0], Box(x0, y0, x0 + len(text) * size if x1 is None else x1, y0 + size), size, False)


def _page(first: str, second: str, first_x0: float = LEFT, justified: bool = True) -> tuple[Line, Line, list[Line]]:
    """A headline over one column; under it ``first`` (justified to the column's right edge,
    or as long as its characters), then ``second``, then full lines."""
    head = _line("骨科迎来省医学会调研组", LEFT, 60.0, size=18)
    top = 60.0 + 18 + 8
    line1 = _line(first, first_x0, top, RIGHT if justified else None)
    line2 = _line(second, LEFT, top + PITCH, RIGHT if len(second) * SIZE > RIGHT - LEFT - SIZE else None)
    rest = [_line("甲乙丙丁戊己庚辛壬癸子丑寅卯", LEFT, top + PITCH * (k + 2), RIGHT) for k in range(4)]
    return head, line1, [line2, *rest]


def test_a_paragraphs_first_line_that_runs_on_under_its_headline_is_not_a_byline() -> None:
    # The line is set to the column's full measure and its sentence runs on in the line under
    # it, level with it: a paragraph, whatever its words (a clause ending in 科, a 、).
    head, first, lines = _page("调研组先后实地察看了骨科、眼", "科和门诊服务中心。此次义诊共")
    groups = headline_groups([head, first, *lines], SIZE)
    assert [ln.text for ln in groups[0]] == [head.text]


def test_an_indented_first_line_over_a_paragraphs_short_last_line_is_not_a_byline() -> None:
    # The paragraph is two lines: the second is short, but the lines under it give the
    # column's right edge, which the first line reaches.
    head, first, lines = _page("实地察看了骨科、眼科和门", "诊服务中心。", first_x0=LEFT + 2 * SIZE)
    groups = headline_groups([head, first, *lines], SIZE)
    assert [ln.text for ln in groups[0]] == [head.text]


def test_a_spaced_byline_as_wide_as_its_column_is_still_the_byline() -> None:
    # Names and roles set apart by spaces fill the column; the text under it is a new
    # paragraph (here its last line, 会。, then full lines): still the byline.
    head, byline, lines = _page("通讯员 方圆 记者 柯蓝田", "会。")
    groups = headline_groups([head, byline, *lines], SIZE)
    assert [ln.text for ln in groups[0]] == [head.text, byline.text]


def test_a_short_byline_over_a_paragraph_level_with_it_is_still_the_byline() -> None:
    head, byline, lines = _page("护理部、眼科", "甲乙丙丁戊己庚辛壬癸子丑寅卯", justified=False)
    groups = headline_groups([head, byline, *lines], SIZE)
    assert [ln.text for ln in groups[0]] == [head.text, byline.text]


def _note_row_picture(picture: Box | None) -> list[Line]:
    """An editor's note set across two columns (gutter 0.8 em); on the row right under it,
    the first lines of both columns; the left column then has a picture (or nothing), the
    right column goes on."""
    note = [_line("编者按：" + "本" * 17, 100.0, 80.0 + k * PITCH, 308.0) for k in range(2)]
    left = _line("甲乙丙丁戊己庚辛壬癸", 100.0, 80.0 + 2 * PITCH, 200.0)
    right = _line("子丑寅卯辰巳午未申酉", 208.0, 80.0 + 2 * PITCH, 308.0)
    more = [_line("一二三四五六七八九十", 208.0, 80.0 + (3 + k) * PITCH, 308.0) for k in range(5)]
    under = [] if picture is not None else [
        _line("天地玄黄宇宙洪荒日月", 100.0, 80.0 + (3 + k) * PITCH, 200.0) for k in range(5)]
    return [*note, left, right, *more, *under]


def test_the_row_over_a_picture_in_one_column_under_a_note_is_two_columns() -> None:
    # The note covers the gap between the two first lines; under them the left column holds a
    # picture, which stops at the gutter as the column's lines would: the gap is a gutter.
    picture = Box(100.0, 80.0 + 3 * PITCH, 200.0, 80.0 + 8 * PITCH)
    blocks = column_blocks(_note_row_picture(picture), [picture])
    texts = {ln.text for b in blocks for ln in b.lines}
    assert {"甲乙丙丁戊己庚辛壬癸", "子丑寅卯辰巳午未申酉"} <= texts


def test_a_picture_under_the_gap_does_not_part_a_spaced_line() -> None:
    # A justified line of few characters parted where its spacing opened, over a picture set
    # in its own column (running under the gap): the picture stops at no gap, one line.
    above = [_line("甲乙丙丁戊己庚辛壬癸", 100.0, 80.0 + k * PITCH, 200.0) for k in range(3)]
    piece_a = _line("次，同比", 100.0, 80.0 + 3 * PITCH, 140.0)
    piece_b = _line("增长", 160.0, 80.0 + 3 * PITCH, 200.0)
    picture = Box(100.0, 80.0 + 4 * PITCH, 200.0, 80.0 + 9 * PITCH)
    blocks = column_blocks([*above, piece_a, piece_b], [picture])
    assert "次，同比 增长" in {ln.text for b in blocks for ln in b.lines}


def _joined_row_over_picture(picture: Box) -> list[Line]:
    """A note across two columns (gutter 0.8 em); the row right under it read as one line
    across the gutter; under it the left column goes on and the right one holds a picture."""
    note = [_line("编者按：" + "本" * 17, 100.0, 80.0 + k * PITCH, 308.0) for k in range(2)]
    row = _line("甲乙丙丁戊己庚辛壬癸 子丑寅卯辰巳午未申酉", 100.0, 80.0 + 2 * PITCH, 308.0)
    left = [_line("天地玄黄宇宙洪荒日月", 100.0, 80.0 + (3 + k) * PITCH, 200.0) for k in range(5)]
    return [*note, row, *left]


def test_a_row_joined_over_a_picture_in_one_column_under_a_note_is_cut_at_the_gutter() -> None:
    # The note covers the gutter above the row; below it the left column's lines stop where
    # the picture in the right column starts: two columns' first lines, cut at the gutter.
    picture = Box(208.0, 80.0 + 3 * PITCH, 308.0, 80.0 + 8 * PITCH)
    blocks = column_blocks(_joined_row_over_picture(picture), [picture])
    texts = {ln.text for b in blocks for ln in b.lines}
    assert {"甲乙丙丁戊己庚辛壬癸", "子丑寅卯辰巳午未申酉"} <= texts


def test_a_note_line_over_a_picture_across_its_width_stays_whole() -> None:
    # The same row under a picture set across both columns: nothing stops at a gutter there
    # (the lines beside it on that side run under the picture's edge, none end before it).
    picture = Box(100.0, 80.0 + 3 * PITCH, 308.0, 80.0 + 8 * PITCH)
    lines = _joined_row_over_picture(picture)[:3] + [
        _line("天地玄黄宇宙洪荒日月", 100.0, 80.0 + (9 + k) * PITCH, 200.0) for k in range(5)]
    blocks = column_blocks(lines, [picture])
    assert "甲乙丙丁戊己庚辛壬癸 子丑寅卯辰巳午未申酉" in {ln.text for b in blocks for ln in b.lines}


def test_a_notes_last_line_running_past_the_columns_over_a_picture_stays_whole() -> None:
    # A note set across three columns ends on a line that runs past the second column's
    # edge, right over a picture in the first column and the second column's lines: the gap
    # at the picture's edge is no gutter of that line (it would leave its right part wider
    # than the second column).
    note = _line("编者按：" + "本" * 26, 100.0, 80.0, 408.0)
    last = _line("防治，邀请专家为读者答疑解惑。请读者关注", 100.0, 80.0 + PITCH, 300.0)
    picture = Box(100.0, 80.0 + 2 * PITCH, 200.0, 80.0 + 7 * PITCH)
    middle = [_line("天地玄黄宇宙洪荒日月", 208.0, 80.0 + (2 + k) * PITCH, 268.0) for k in range(5)]
    right = [_line("一二三四五六七八九十", 276.0, 80.0 + (2 + k) * PITCH, 408.0) for k in range(5)]
    blocks = column_blocks([note, last, *middle, *right], [picture])
    assert last.text in {ln.text for b in blocks for ln in b.lines}
