"""Page furniture found by position: masthead, running heads, dates, 第X版, folios.

Furniture sits at the page edges. In the top band a line that reads as a
date, an issue number or a page label marks the masthead/running head, and
everything above the lowest such line is furniture too (the newspaper's
name sits above its date line). In the bottom band short lines are folios.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..model import Box, Line, Page
from .normalize import normalize_text
from .patterns import find_markers, furniture_kind

TOP_SHARE = 0.2  # masthead/running head zone, share of the page height
FOLIO_SHARE = 0.08  # a bare number is a page number only at the very top (else a number split off a line)
_FOLIO = re.compile(r"[—\-–―\s]*[0-9]{1,3}[—\-–―\s]*")
_FOLIO_PIECE = re.compile(r"[—\-–―\s0-9]+")  # a folio's number or its dashes, set apart
MARK_CHARS = 30  # a date or issue line is short; a sentence that names a date is not one
BOTTOM_SHARE = 0.05
INDENT = 2.5  # line heights: a paragraph's first line starts this far in from its column's edge, at most
COLUMN_LINE = 4  # line heights: a column's line is at least this wide (a folio is narrower)
PARAGRAPH_ROWS = 2.6  # line heights of white over a column's last line: a leading and a paragraph's space
FOOTER_SHARE = 0.12  # an imprint or running foot says what it is: found a little higher up
FOOTER_KINDS = {"imprint", "running_head", "date_line", "issue_number"}  # footers by what they say
_NUM = "[0-9０-９一二三四五六七八九十百〇零]"
FURNITURE = re.compile(
    rf"({_NUM}{{2,4}}年{_NUM}{{1,2}}月({_NUM}{{1,3}}日)?"
    rf"|第{_NUM}{{1,4}}[版期]|总第{_NUM}+期|星期[一二三四五六日天]"
    r"|^[—\-–―\s]*[0-9]{1,3}[—\-–―\s]*$)"
)


def furniture_lines(lines: Sequence[Line], page: Page, body: float) -> tuple[list[Line], list[Line]]:
    """(top furniture, bottom furniture) lines of one page, top to bottom."""
    boxes = [ln.box for ln in lines if ln.box]
    if not boxes:
        return [], []
    height = page.height or max(b.y1 for b in boxes)
    top_zone = height * TOP_SHARE
    bottom_zone = height * (1 - BOTTOM_SHARE)
    footer_zone = height * (1 - FOOTER_SHARE)
    marks = [
        ln for ln in lines
        if ln.box and ln.box.y1 <= top_zone and (ln.size or body) < 1.25 * body
        and _mark(normalize_text(ln.text)) and (ln.box.y1 <= height * FOLIO_SHARE or not _FOLIO.fullmatch(
            normalize_text(ln.text)))
    ]
    top: list[Line] = []
    if marks:
        top = _header_band(lines, max(ln.box.y1 for ln in marks if ln.box), top_zone, body)
    bottom = [
        ln for ln in lines
        if ln.box and ln.box.y0 >= footer_zone and ln not in top and (
            furniture_kind(ln.text) in FOOTER_KINDS
            or (ln.box.y0 >= bottom_zone and len(normalize_text(ln.text)) <= 16
                or _FOLIO.fullmatch(normalize_text(ln.text)) and _lowest_alone(ln, lines, body))
            and not _ends_a_column(ln, lines) and not _goes_on(ln, lines))
    ]
    folios = [ln for ln in bottom if _FOLIO.fullmatch(normalize_text(ln.text))]
    bottom.extend(ln for ln in lines if ln.box and ln not in bottom and ln not in top  # - 3 - set in pieces
                  and _FOLIO_PIECE.fullmatch(normalize_text(ln.text)) and any(_beside(ln, f, body) for f in folios))
    key = _key
    return sorted(top, key=key), sorted(bottom, key=key)


def _mark(text: str) -> bool:
    """A date, issue number or page label standing alone (not a sentence that mentions one,
    nor a continuation marker: （上接第1版） heads a column)."""
    return (len(text) <= MARK_CHARS and not text.endswith(("。", "，", "；")) and bool(FURNITURE.search(text))
            and not find_markers(text))


def _ends_a_column(line: Line, lines: Sequence[Line]) -> bool:
    """A short line at the foot of the page that is the last line of a column (the line
    above it, a leading away, shares its width), not a folio set apart. The line above
    may be a paragraph's short last line that ends where this one's indent begins (区。
    over 　　妇科还为……): it shares the column when the line above it covers this one."""
    box = line.box
    assert box is not None
    if _fills_a_column(line, lines):
        return True
    for above in _lines_right_above(line, lines):
        assert above.box is not None
        if _overlap(above.box, box) > 0:
            return True
        if (abs(above.box.x0 - box.x0) <= INDENT * box.height and above.box.width >= COLUMN_LINE * box.height
                and _flush_with_column(line, lines)):
            return True  # a paragraph's indented first line over its second (程佳军凭借…一等 over 奖。)
        if _overlap(above.box, box) > -box.height and any(
                _overlap(higher.box, above.box) > 0 and _overlap(higher.box, box) > 0  # type: ignore[arg-type]
                for higher in _lines_right_above(above, lines)):
            return True
    return False


def _lowest_alone(line: Line, lines: Sequence[Line], body: float) -> bool:
    """A bare number under everything printed on the page, alone on its row: the folio, however
    wide the page's foot margin (a number split off a line of text has that line beside it)."""
    box = line.box
    assert box is not None
    for other in lines:
        if other is line or other.box is None:
            continue
        if other.box.y0 >= box.y1:
            return False  # something printed under it
        if _beside(other, line, body) and not _FOLIO_PIECE.fullmatch(normalize_text(other.text)):
            return False  # a line beside it on its row (its dashes, - 3 -, set apart are the folio's)
    return True


def _beside(line: Line, other: Line, body: float) -> bool:
    """``line`` is on ``other``'s row, less than three ems from it."""
    a, b = line.box, other.box
    assert a is not None and b is not None
    return a.y0 < b.y1 and a.y1 > b.y0 and max(a.x0 - b.x1, b.x0 - a.x1) < 3 * body


def _flush_with_column(line: Line, lines: Sequence[Line]) -> bool:
    """A line of its type in the rows above starts where ``line`` starts (a column's edge)."""
    box = line.box
    assert box is not None
    h = box.height
    return any(o is not line and o.box is not None and abs(o.box.height - h) <= 0.3 * h and abs(o.box.x0 - box.x0) <= 0.3 * h
               and 0 <= box.y0 - o.box.y1 <= (PARAGRAPH_ROWS + 2) * h for o in lines)


def _fills_a_column(line: Line, lines: Sequence[Line]) -> bool:
    """A line set to a column's full measure, flush with the left edge of a line of its type a
    paragraph break above it (a row and a paragraph's space at most) and reaching that
    column's right edge: the column's last line (its new paragraph opened flush), no folio."""
    box = line.box
    assert box is not None
    h = box.height
    if box.width < COLUMN_LINE * h:
        return False
    for other in lines:
        ob = other.box
        if other is line or ob is None or abs(ob.height - h) > 0.3 * h or abs(ob.x0 - box.x0) > 0.3 * h:
            continue
        if 0 <= box.y0 - ob.y1 <= PARAGRAPH_ROWS * h and any(
                o.box is not None and abs(o.box.x0 - box.x0) <= 0.3 * h and abs(o.box.x1 - box.x1) <= 1.05 * h
                and 0 <= box.y0 - o.box.y1 <= (PARAGRAPH_ROWS + 4) * h for o in lines if o is not line):
            return True
    return False


def _goes_on(line: Line, lines: Sequence[Line]) -> bool:
    """A short line at the foot with a line of its type right under it, sharing its width (a
    caption's first line under its picture): text that goes on, not a folio."""
    box = line.box
    assert box is not None
    return any(other is not line and other.box is not None and abs(other.box.height - box.height) <= 0.3 * box.height
               and box.y1 - 0.1 * box.height <= other.box.y0 <= box.y1 + 1.2 * box.height
               and _overlap(other.box, box) > 0 for other in lines)


def _lines_right_above(line: Line, lines: Sequence[Line]) -> list[Line]:
    """Lines of the same type size whose foot lies within a leading above ``line``'s top."""
    box = line.box
    assert box is not None
    return [other for other in lines
            if other is not line and other.box is not None
            and abs(other.box.height - box.height) <= 0.3 * box.height
            and box.y0 - 1.2 * box.height <= other.box.y1 <= box.y0 + 0.1 * box.height]


def _overlap(a: Box, b: Box) -> float:
    """How far two boxes overlap across (negative: the gap between them)."""
    return min(a.x1, b.x1) - max(a.x0, b.x0)


def _stacked_under(line: Line, band: Sequence[Line], lines: Sequence[Line], body: float) -> bool:
    """A short line in small type set right under a line of the header (an imprint under
    the issue number), not the first line of a column: part of the header too."""
    box = line.box
    assert box is not None
    if len(normalize_text(line.text)) > MARK_CHARS or (line.size or body) >= 1.25 * body:
        return False
    if any(other.box and 0 <= other.box.y0 - box.y1 <= 1.2 * box.height
           and min(other.box.x1, box.x1) - max(other.box.x0, box.x0) > 0 for other in lines):
        return False  # a line follows it in its column: text, not an imprint
    return any(other.box and 0 <= box.y0 - other.box.y1 <= 0.5 * box.height
               and min(other.box.x1, box.x1) - max(other.box.x0, box.x0) > 0
               and len(normalize_text(other.text)) <= MARK_CHARS for other in band)


def _header_band(lines: Sequence[Line], limit: float, zone: float, body: float) -> list[Line]:
    """The header: every line that starts above the foot of the band found so far (the
    lowest mark to begin with), the band growing with each (a masthead in large type
    beside the date, a publisher's line under it) while it stays in the top zone; it ends
    at the first line that starts below it. Large type joins only as the masthead (named
    like one, or the largest type of the page): a headline set beside a running head is
    an article's."""
    ordered = sorted((ln for ln in lines if ln.box), key=lambda ln: ln.box.y0)  # type: ignore[union-attr]
    largest = max((ln.size or body) for ln in ordered)
    band: list[Line] = []
    large: list[Line] = []
    for line in ordered:
        assert line.box is not None
        if line.box.y0 > limit and not _stacked_under(line, band, ordered, body):
            break  # the first line under the band: the header is over
        size = line.size or body
        if size >= 1.25 * body and size < largest and furniture_kind(line.text, at_page_top=True) != "masthead":
            large.append(line)
            continue
        band.append(line)
        if line.box.y1 <= zone + 2 * body:
            limit = max(limit, line.box.y1)
    band.extend(line for line in large if _section_label(line, band, body))
    return band


SECTION_LABEL = re.compile(r"[\u4e00-\u9fff]{2,8}")  # 护理园地, 健康科普, 党建之窗: a page's or column's name


def _section_label(line: Line, band: Sequence[Line], body: float) -> bool:
    """A section's name (栏目, 版名) set in the running head's row, in type larger than the
    running head's (often boxed or reversed): a short name, no sentence, read with the
    header, never an article's headline. A headline stands under the running head, or
    beside it but taller than its row (several lines, or type far larger)."""
    box = line.box
    assert box is not None
    if not SECTION_LABEL.fullmatch(normalize_text(line.text)) or (line.size or body) >= 2.5 * body:
        return False
    centre = (box.y0 + box.y1) / 2
    return any(other.box and (other.size or body) < 1.25 * body and other.box.y0 <= centre <= other.box.y1
               and (other.box.x1 <= box.x0 or other.box.x0 >= box.x1) for other in band)


def _key(line: Line) -> tuple[float, float]:
    assert line.box is not None
    return (line.box.y0, line.box.x0)
