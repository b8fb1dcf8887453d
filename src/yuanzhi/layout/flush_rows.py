"""Rows of a list printed flush, one entry a line, and a notice's signature (conventions of
Chinese newspapers).

* A commendation or election list is often printed without an indent, one entry a line, its
  fields parted by a wide gap: the post then the name (某医院某科主任、主任医师　某某) or the name
  then the post (某某　　某科主任). A row holds a field shaped like a person's name (two to four
  ideographs, or a name joined by a middle dot) at one end, at least one other field, no end
  punctuation, and two more such rows beside it with the name at the same end. Each row is a paragraph of its own: glued to the
  next row the field break is lost and one entry's name runs into the next entry's post. A line
  of running text never has a wide gap, and a list of bodies wrapped by the column (…新|生儿科)
  has no name at its end.
* A notice (通知, 决定, 公示 …) closes with its signature: the issuing bodies and the date, set
  after the text with a wide gap between them (某县委组织部　2026年5月9日), the date sometimes
  wrapped onto the next line or printed on a line of its own under the body. The signature
  closes the notice it follows: it is the notice's last paragraph, never a headline of the
  report printed after it.
"""

from __future__ import annotations

import re

from .text_rows import Row

_WIDE_GAP = re.compile(r"\u3000+| {2,}")
_NAME = re.compile(r"^(?:[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{1,6}·[\u4e00-\u9fff·]{1,10})$")
_NOTE = re.compile(r"^[（(][^（）()]{1,8}[）)]$")  # （女） （以下略） set after a name
_FIELD = re.compile(r"^[\u4e00-\u9fff·、，（）()“”0-9A-Za-z]+$")
_END_PUNCTUATION = "。！？!?…；;，,：:"

_DATE = (
    r"(?:\d{4}|[〇零○一二三四五六七八九]{4})年(?:\d{1,2}|[一二三四五六七八九十]{1,3})月"
    r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})日"
)
_BODY = r"[\u4e00-\u9fff（）()]{2,30}"
_SIGNED = re.compile(rf"^{_BODY}(?:(?:\u3000+| {{2,}}){_BODY})*(?:\u3000+| +){_DATE}$")
_DATE_ONLY = re.compile(rf"^{_DATE}$")
_BODY_ONLY = re.compile(rf"^{_BODY}(?:(?:\u3000+| {{2,}}){_BODY})*$")
_DATE_REST = re.compile(r"^[\d〇零○一二三四五六七八九十年月日]{1,10}$")


def flush_list_row(rows: list[Row], i: int) -> bool:
    """Is line i a row of a list printed flush, one entry a line (see the module's doc)? The list
    has at least three such rows in a run with the name at the same end (a kicker and its title,
    or a masthead's two lines, set with a gap are two lines, not a list)."""
    sides = _name_sides(rows[i])
    if not sides:
        return False
    run = 1
    for step in (-1, 1):
        j, shared = _content(rows, i, step), sides
        while j is not None and shared & _name_sides(rows[j]):
            shared &= _name_sides(rows[j])
            run += 1
            j = _content(rows, j, step)
    return run >= MIN_ROWS


MIN_ROWS = 3


def _name_sides(row: Row) -> set[str]:
    """The ends of a flush row holding a name ("first", "last"), empty when the line is no row."""
    if row.tag is not None or not row.norm or row.raw[:1] in " \u3000\t":
        return set()
    text = row.raw.strip()
    if text[-1] in _END_PUNCTUATION:
        return set()
    fields = [field for field in _WIDE_GAP.split(text) if field]
    while len(fields) > 2 and _NOTE.match(fields[-1]):
        fields.pop()
    if len(fields) < 2 or not all(_FIELD.match(field) for field in fields):
        return set()
    return {side for side, field in (("first", fields[0]), ("last", fields[-1])) if _NAME.match(field)}


def signature_span(rows: list[Row], i: int) -> int:
    """How many lines from line i a notice's signature takes (0 when it is none): the bodies and
    the date on one line, the date's end wrapped onto the next, or a body alone above a date alone."""
    row = rows[i]
    if row.tag is not None or not row.norm or not _after_text(rows, i):
        return 0
    text = row.raw.strip()
    if _SIGNED.match(text):
        return 1
    j = _content(rows, i, 1)
    if j is None:
        return 0
    below = rows[j].raw.strip()
    if _BODY_ONLY.match(text) and _DATE_ONLY.match(below) and rows[j].tag in (None, "furniture"):
        return j - i + 1  # (a date alone on its line reads as a page's furniture by itself)
    if rows[j].tag is None and _DATE_REST.match(below) and _SIGNED.match(text + below):
        return j - i + 1
    return 0


def _after_text(rows: list[Row], i: int) -> bool:
    """A signature follows a notice's text: a line of text not set apart (no masthead above)."""
    j = _content(rows, i, -1)
    return j is not None and rows[j].tag is None


def _content(rows: list[Row], i: int, step: int) -> int | None:
    j = i + step
    while 0 <= j < len(rows) and not rows[j].norm:
        j += step
    return j if 0 <= j < len(rows) else None
