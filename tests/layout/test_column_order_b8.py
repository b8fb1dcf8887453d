"""Column order, B8's cases (wide generator, dev seeds 200–899): a paragraph's first line
right under its headline, whose words happen to look like a byline's (调研组先后实地察看了骨科、
眼科: a clause ending in a department, an enumeration comma), is text, not the byline.

Pages are built by hand (invented text) with the geometry of a newspaper page: 10 pt body,
a leading of 1.35, justified columns of a fixed measure.
"""

from __future__ import annotations

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
