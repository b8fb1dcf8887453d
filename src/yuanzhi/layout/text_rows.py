"""Printed lines of flattened text, measured and tagged by their form.

Each line gets its normalized text, the narrowest and widest it can have been
printed (ems), whether it ends a sentence, a kicker gap, a kept indent; lines
whose form says what they are (bylines, markers, sidebar titles, editor's
notes, furniture) are tagged before any width analysis.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from ..model import BlockKind, Document, Line
from .normalize import normalize_text, width_range
from .patterns import (
    byline_closing,
    byline_inner,
    byline_opening,
    byline_roles,
    editor_note_start,
    find_markers,
    furniture_kind,
    looks_like_byline_content,
    page_label_number,
    sidebar_title,
)

CLOSERS = "”’」』）)》〉】\"'"

SENTENCE_END = "。！？!?…"

# a kicker gap: a space between two ideographs (or after ！？), which body text never has
KICKER_GAP = re.compile(r"[\u4e00-\u9fff”》][ \u3000]+[\u4e00-\u9fff“《]|[！？!?][ \u3000]+\S")


def _title_gap(text: str) -> bool:
    """A kicker or title gap: a space between ideographs outside a book title. Inside 《…》 a
    space parts the title's own phrases (《坚定信心 实干争先》), and a line cut inside an open
    title (…作题为《坚定信心 实干) is running text, not a headline with its kicker."""
    return any(
        text[: match.start() + 1].count("《") <= text[: match.start() + 1].count("》")
        for match in KICKER_GAP.finditer(text)
    )


def _closes_unopened(text: str) -> bool:
    """The line closes a book title or a bracket it did not open: the rest of a cut line."""
    return any(text.count(close) > text.count(open_) for open_, close in ("《》", "（）", "“”"))


def ends_sentence(text: str) -> bool:
    stripped = text.rstrip().rstrip(CLOSERS)
    return bool(stripped) and stripped[-1] in SENTENCE_END


@dataclass
class Row:
    line: Line
    raw: str
    norm: str
    lo: float  # narrowest and widest printed width of the line, in ems
    hi: float
    hangs: bool  # ends with punctuation that may hang past the column edge
    terminal: bool
    tag: BlockKind | None = None  # decided by form before width analysis
    marker: str | None = None
    marker_page: int | None = None
    gap: bool = False  # kicker/title gap (CJK, space, CJK) or a single leading space
    indent_mark: bool = False  # the extractor kept a paragraph indent (　　 or several spaces)
    closed: bool = False  # nothing runs on past this line's end (mark_closed)


def measured_rows(document: Document) -> Iterator[Row]:
    # without page breaks, a running head or page label (第2版) says where a page starts
    follow_labels = len(document.pages) == 1
    labelled: int | None = None
    for page in document.pages:
        seen_content = 0
        for line in page.lines:
            number = page_label_number(line.text) if follow_labels else None
            if number is not None and furniture_kind(line.text, at_page_top=seen_content < 3):
                labelled = number
            if labelled is not None:
                line = replace(line, page=labelled)
            for piece, marker in _split_markers(line):
                yield _row(piece, marker, at_page_top=seen_content < 3)
            if line.text.strip():
                seen_content += 1


def _split_markers(line: Line) -> Iterator[tuple[Line, tuple[str, int | None] | None]]:
    """Cut continuation markers out of a line: '…保险”（下转二版）' → text, marker."""
    text = line.text
    markers = find_markers(text)
    if not markers:
        yield line, None
        return
    position = 0
    for match in markers:
        before = text[position : match.start]
        if before.strip():
            yield replace(line, text=before), None
        yield replace(line, text=match.text), (match.kind, match.page)
        position = match.end
    after = text[position:]
    if after.strip():
        yield replace(line, text=after), None


def _row(line: Line, marker: tuple[str, int | None] | None, at_page_top: bool) -> Row:
    raw = line.text
    norm = normalize_text(raw)
    stripped = raw.strip()
    lo, hi = width_range(stripped)
    row = Row(
        line=line,
        raw=raw,
        norm=norm,
        lo=lo,
        hi=hi,
        hangs=stripped[-1:] in "，。、；：！？”",
        terminal=ends_sentence(norm),
        gap=_title_gap(stripped) or (leading_spaces(raw) == 1 and len(norm) > 1 and not _closes_unopened(norm)),
        indent_mark=raw.startswith("\u3000\u3000") or leading_spaces(raw) >= 2,
    )
    if not norm:
        row.tag = "furniture" if raw.strip() else None
        return row
    if marker is not None:
        row.tag, row.marker, row.marker_page = "marker", marker[0], marker[1]
    elif at_page_top and furniture_kind(raw, at_page_top=True):
        row.tag = "furniture"
    return row


def tag_forms(rows: list[Row]) -> None:
    """Tag the lines recognizable by their form alone."""
    for i, row in enumerate(rows):
        if row.tag or not row.norm:
            continue
        inner = byline_inner(row.raw)
        if inner is not None and (_may_end_article(rows, i) or _names_a_role(inner)):
            row.tag = "byline"
        elif _under_headline(rows, i) and (inner is not None or _bare_role_byline(row.raw)):
            row.tag = "byline"  # （宣传部 某某） / 记者 某 某 printed right under the headline
        elif sidebar_title(row.raw):
            row.tag = "sidebar_title"
        elif editor_note_start(row.raw):
            row.tag = "editor_note"
        elif furniture_kind(row.raw):
            row.tag = "furniture"
        else:
            j = next_content(rows, i)
            if j is not None and _two_line_byline(row, rows[j]) and _may_end_article(rows, i):
                row.tag = "byline"
                rows[j].tag = "byline"
                rows[j].marker = "continued"


def _names_a_role(inner: str) -> bool:
    """（记者 张三 通讯员 李四）: a byline with role words is one wherever it stands."""
    return any(token in byline_roles() for token in re.split(r"[\s：:/／、]+", inner) if token)


# a headline line is never longer; a byline under it neither
HEADLINE_CHARS = 40
_HEAD_CLAUSE = re.compile(r"[，。；！？,;!?]")
_BRACKET = re.compile(r"[（()）]")  # 某某讯（记者 某某: a dateline, its byline cut by the line end


def _under_headline(rows: list[Row], i: int) -> bool:
    """The line stands right under a headline line (short, no clause break, no sentence end)
    and above the article's text: where a paper prints the byline of what follows."""
    j = i - 1
    while j >= 0 and not rows[j].norm:
        j -= 1
    k = next_content(rows, i)
    if j < 0 or k is None or rows[k].tag is not None:
        return False
    prev = rows[j]
    return (
        prev.tag is None
        and not prev.terminal
        and len(prev.norm) <= HEADLINE_CHARS
        and not _HEAD_CLAUSE.search(prev.norm)
        and len(rows[i].norm) <= HEADLINE_CHARS
    )


def _bare_role_byline(raw: str) -> bool:
    """记者 某 某 通讯员 某某 / 某某网 记者 某某 / 某办公室 供稿: a byline without brackets names a
    role as a word of its own."""
    return not _BRACKET.search(raw) and looks_like_byline_content(raw) and _names_a_role(raw)


def _may_end_article(rows: list[Row], i: int) -> bool:
    """A byline follows the end of a paragraph (or another byline / page start)."""
    j = i - 1
    while j >= 0 and not rows[j].norm:
        j -= 1
    if j < 0:
        return True
    prev = rows[j]
    return prev.terminal or prev.tag in ("byline", "marker", "furniture") or prev.hi < 8


def _two_line_byline(first: Row, second: Row) -> bool:
    head, tail = byline_opening(first.raw), byline_closing(second.raw)
    if head is None or tail is None:
        return False
    return looks_like_byline_content(f"{head} {tail}")


# no column prints a line this long: a text whose long lines hold this share of its characters
# prints a paragraph per line
WHOLE_PARAGRAPH = 50
WHOLE_PARAGRAPH_SHARE = 0.3


def mark_closed(rows: list[Row]) -> None:
    """Lines nothing runs on from: every line of a text that prints a paragraph per line
    (lines longer than any printed column hold much of its text), and a line before a line
    that kept its paragraph indent (　　): its paragraph, or its headline, ends there."""
    sizes = [len(row.norm) for row in rows if row.norm and row.tag is None]
    long_text = sum(size for size in sizes if size > WHOLE_PARAGRAPH)
    whole = bool(sizes) and long_text >= WHOLE_PARAGRAPH_SHARE * sum(sizes)
    for i, row in enumerate(rows):
        if not row.norm:
            continue
        j = next_content(rows, i)
        row.closed = whole or (j is not None and rows[j].indent_mark)
    for i, row in enumerate(rows):
        j = next_content(rows, i) if row.norm else None
        if j is not None and hangs_under(row, rows[j]):
            # a list row the column wrapped runs on into its hanging line, and ends there
            row.closed = whole
            rows[j].closed = True


_FIELD_GAP = re.compile(r"\S(?: {2,}|\u3000+)\S")


def list_row(rows: list[Row], i: int) -> bool:
    """A row of a list printed one entry a line (名字　　职务): indented, its fields parted by a
    wide gap, with another such row of the same indent right above or below it (a hanging line
    between them belongs to the row above)."""
    row = rows[i]
    if row.tag is not None or not _row_shape(row):
        return False
    for j in (_row_neighbour(rows, i, -1), _row_neighbour(rows, i, 1)):
        if j is not None and _row_shape(rows[j]) and leading_spaces(rows[j].raw) == leading_spaces(row.raw):
            return True
    return False


def _row_shape(row: Row) -> bool:
    return row.tag is None and leading_spaces(row.raw) > 0 and _FIELD_GAP.search(row.raw.strip()) is not None


def _row_neighbour(rows: list[Row], i: int, step: int) -> int | None:
    j = i + step
    while 0 <= j < len(rows) and (not rows[j].norm or (step < 0 and j > 0 and hangs_under(rows[j - 1], rows[j]))):
        j += step
    if step > 0:
        while j < len(rows) and (not rows[j].norm or hangs_under(rows[i], rows[j])):
            j += step
    return j if 0 <= j < len(rows) else None


def hangs_under(row: Row, below: Row) -> bool:
    """A row of a list (名字　　职务: indented, its fields parted by a wide gap) that the column
    wrapped: the line below starts deeper than the row, under the row's text (a hanging indent)."""
    if row.tag is not None or below.tag is not None:
        return False
    start = leading_spaces(row.raw)
    return (
        0 < start < leading_spaces(below.raw) - 1
        and _FIELD_GAP.search(row.raw.strip()) is not None
        and _FIELD_GAP.search(below.raw.strip()) is None
    )


def next_content(rows: list[Row], i: int) -> int | None:
    j = i + 1
    while j < len(rows) and not rows[j].norm:
        j += 1
    return j if j < len(rows) else None


def leading_spaces(raw: str) -> int:
    return len(raw) - len(raw.lstrip(" \u3000\t"))
