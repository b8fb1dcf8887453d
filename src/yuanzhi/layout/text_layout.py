"""Lay out flattened text: give every printed line a role and rebuild paragraphs.

Flattened text has no geometry, so the column width is inferred from the
lengths of neighbouring lines. Two facts of typesetting do most of the work:

* a line inside a paragraph is full: the typesetter only breaks a line when the
  column is full, so a line clearly shorter than its column ends something
  (a paragraph when it ends a sentence, otherwise a headline or heading);
* headlines, subheadings, bylines, markers and furniture have recognizable
  forms (no closing punctuation, kicker gaps, full-width parentheses …).

The output is a list of Blocks in input order: one block per paragraph, per
headline line (lines of one headline group share ``group``), per byline,
marker, furniture line, sidebar title.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from ..model import Block, BlockKind, Document, Line
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
from .words import word_runs_across

_CLOSERS = "”’」』）)》〉】\"'"
_SENTENCE_END = "。！？!?…"
# a kicker gap: a space between two ideographs (or after ！？), which body text never has
_GAP = re.compile(r"[\u4e00-\u9fff”》][ \u3000]+[\u4e00-\u9fff“《]|[！？!?][ \u3000]+\S")
_DATELINE = re.compile(
    r"^(?:\d{4}年)?\d{1,2}月\d{1,2}日|^(?:近日|日前|近期|今年|本报讯|\d{1,2}月(?:初|中旬|下旬|底))"
)
WINDOW = 8
TOLERANCE = 0.45
STRETCH = 1.0
INDENT = 2.0
MAX_HEADLINE_LINES = 4  # kicker, two title lines, subtitle


def ends_sentence(text: str) -> bool:
    stripped = text.rstrip().rstrip(_CLOSERS)
    return bool(stripped) and stripped[-1] in _SENTENCE_END


@dataclass
class _Row:
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


def lines_to_blocks(document: Document) -> list[Block]:
    rows = list(_rows(document))
    _tag_forms(rows)
    columns = _column_widths(rows)
    return promote_headlines(sidebars_inside_articles(list(_blocks(rows, columns))))


# ---------------------------------------------------------------- rows


def _rows(document: Document) -> Iterator[_Row]:
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


def _row(line: Line, marker: tuple[str, int | None] | None, at_page_top: bool) -> _Row:
    raw = line.text
    norm = normalize_text(raw)
    stripped = raw.strip()
    lo, hi = width_range(stripped)
    row = _Row(
        line=line,
        raw=raw,
        norm=norm,
        lo=lo,
        hi=hi,
        hangs=stripped[-1:] in "，。、；：！？”",
        terminal=ends_sentence(norm),
        gap=bool(_GAP.search(stripped)) or (_lead(raw) == 1 and len(norm) > 1),
        indent_mark=raw.startswith("\u3000\u3000") or _lead(raw) >= 2,
    )
    if not norm:
        row.tag = "furniture" if raw.strip() else None
        return row
    if marker is not None:
        row.tag, row.marker, row.marker_page = "marker", marker[0], marker[1]
    elif at_page_top and furniture_kind(raw, at_page_top=True):
        row.tag = "furniture"
    return row


# ---------------------------------------------------------------- forms


def _tag_forms(rows: list[_Row]) -> None:
    """Tag the lines recognizable by their form alone."""
    for i, row in enumerate(rows):
        if row.tag or not row.norm:
            continue
        inner = byline_inner(row.raw)
        if inner is not None and (_may_end_article(rows, i) or _names_a_role(inner)):
            row.tag = "byline"
        elif sidebar_title(row.raw):
            row.tag = "sidebar_title"
        elif editor_note_start(row.raw):
            row.tag = "editor_note"
        elif furniture_kind(row.raw):
            row.tag = "furniture"
        else:
            j = _next_content(rows, i)
            if j is not None and _two_line_byline(row, rows[j]) and _may_end_article(rows, i):
                row.tag = "byline"
                rows[j].tag = "byline"
                rows[j].marker = "continued"


def _names_a_role(inner: str) -> bool:
    """（记者 张三 通讯员 李四）: a byline with role words is one wherever it stands."""
    return any(token in byline_roles() for token in re.split(r"[\s：:/／、]+", inner) if token)


def _may_end_article(rows: list[_Row], i: int) -> bool:
    """A byline follows the end of a paragraph (or another byline / page start)."""
    j = i - 1
    while j >= 0 and not rows[j].norm:
        j -= 1
    if j < 0:
        return True
    prev = rows[j]
    return prev.terminal or prev.tag in ("byline", "marker", "furniture") or prev.hi < 8


def _two_line_byline(first: _Row, second: _Row) -> bool:
    head, tail = byline_opening(first.raw), byline_closing(second.raw)
    if head is None or tail is None:
        return False
    return looks_like_byline_content(f"{head} {tail}")


# ---------------------------------------------------------------- columns


def _column_widths(rows: list[_Row]) -> list[tuple[float, float]]:
    """For every row, the column width of the body lines before it and after it.

    CJK columns are a whole number of ems, and inside a paragraph most lines are
    full: the column is the whole width that the most nearby lines can fill.
    """
    body = [i for i, row in enumerate(rows) if row.tag is None and row.norm and _measures_column(rows, i)]
    widths = [_whole_widths(rows[i]) for i in body]
    position = {index: k for k, index in enumerate(body)}
    result: list[tuple[float, float]] = []
    for i in range(len(rows)):
        k = position.get(i)
        after_start = k + 1 if k is not None else _bisect(body, i)
        k = k if k is not None else after_start
        before = widths[max(0, k - WINDOW) : k]
        after = widths[after_start : after_start + WINDOW]
        result.append((_column(before[::-1]), _column(after)))
    return result


def _whole_widths(row: _Row) -> range:
    """The whole column widths this line's printed width allows."""
    hi = row.hi + (1 if row.hangs else 0)
    return range(max(1, math.ceil(row.lo - TOLERANCE)), math.floor(hi + TOLERANCE) + 1)


def _measures_column(rows: list[_Row], i: int) -> bool:
    """Lines that are visibly not full (a short line before a much wider one, a
    sentence end after a much wider line) say nothing about the column width."""
    row = rows[i]
    j = i + 1
    while j < len(rows) and not rows[j].norm:
        j += 1
    k = i - 1
    while k >= 0 and not rows[k].norm:
        k -= 1
    if not row.terminal and j < len(rows) and rows[j].tag is None and rows[j].lo >= row.hi + 3:
        return False
    return not (row.terminal and k >= 0 and rows[k].tag is None and rows[k].lo >= row.hi + 3)


def _bisect(sorted_indices: list[int], value: int) -> int:
    lo, hi = 0, len(sorted_indices)
    while lo < hi:
        mid = (lo + hi) // 2
        if sorted_indices[mid] < value:
            lo = mid + 1
        else:
            hi = mid
    return lo


def _column(nearest_first: list[range]) -> float:
    """The whole width that the nearby lines fill best, nearer lines weighing more."""
    weights: dict[int, float] = {}
    for distance, candidates in enumerate(nearest_first, start=1):
        weight = 1.0 / distance
        for width in candidates:
            weights[width] = weights.get(width, 0.0) + weight
    if not weights:
        return 0.0
    return float(max(weights, key=lambda width: (weights[width], width)))


# ---------------------------------------------------------------- roles


def _fits(row: _Row, width: float) -> bool:
    """Could this line have been set justified in a column ``width`` ems wide?

    Justification stretches a line by up to about an em; compressed punctuation
    (already in ``lo``) and hanging punctuation let it overflow slightly.
    """
    return width > 0 and row.lo - TOLERANCE - (1 if row.hangs else 0) <= width <= row.hi + STRETCH


def _full(row: _Row, column: float) -> bool:
    return _fits(row, column)


def _wider(row: _Row, column: float) -> bool:
    return column > 0 and row.lo - TOLERANCE - (1 if row.hangs else 0) > column


def _lead(raw: str) -> int:
    return len(raw) - len(raw.lstrip(" \u3000\t"))


def _indented(row: _Row, column: float) -> bool:
    if row.indent_mark:
        return True
    return column > 4 and _fits(row, column - INDENT) and not _fits(row, column)


def _next_content(rows: list[_Row], i: int) -> int | None:
    j = i + 1
    while j < len(rows) and not rows[j].norm:
        j += 1
    return j if j < len(rows) else None


def _starts_paragraph(rows: list[_Row], j: int | None, columns: list[tuple[float, float]]) -> bool:
    """Is line j clearly the first line of a paragraph (indented), or not text at all?"""
    if j is None or rows[j].tag is not None:
        return True
    return _indented(rows[j], columns[j][1] or columns[j][0])


def _may_start_paragraph(rows: list[_Row], j: int | None, columns: list[tuple[float, float]]) -> bool:
    if j is None or rows[j].tag is not None:
        return True
    column = columns[j][1] or columns[j][0]
    return column > 4 and _fits(rows[j], column - INDENT)


def _is_heading(rows: list[_Row], i: int, columns: list[tuple[float, float]], context: str) -> bool:
    """A line that follows a hard end (byline, marker, start), a paragraph end,
    or another heading line ("hard", "para", "run"): does it head what follows?"""
    after_hard = context == "hard"
    row = rows[i]
    column = columns[i][1] or columns[i][0]
    if len(row.norm) > 60:
        return False
    nxt = _next_content(rows, i)
    if not row.gap and (not _balanced(row.norm) or _run_on(row.norm) or _CLAUSE.search(row.norm.rstrip(_CLOSERS + _SENTENCE_END))):
        return False
    if row.norm[-1] in "，、；：,;:的（至" and not row.gap:
        return False  # a heading does not end in the middle of a sentence
    if _runs_into_a_cut(rows, i):
        return False  # the sentence runs on to a （下转X版）: body cut by the marker
    if _LEAD.match(row.norm) or row.norm.startswith(("本报讯", "本刊讯")):
        return False  # 5月11日，… or 本报讯… opens a news lead, never a heading
    if row.terminal and row.norm[-1] in "”’」』\"'":
        return False  # a quoted sentence opens a story; it does not head it
    if nxt is not None and rows[nxt].tag == "editor_note" and len(row.norm) <= 40 and not row.norm.endswith("。"):
        return True  # an editor's note follows its article's headline
    if len(row.norm) <= 40 and not row.norm.endswith("。") and not _CLAUSE.search(row.norm) and _heads_a_lead(rows, i):
        return True  # short lines above a ——subtitle or a news lead (5月11日，…) head the article
    if nxt is not None and rows[nxt].tag is None and (
        _continues(rows[nxt].norm) or word_runs_across(row.norm, rows[nxt].norm) or _number_cut(row.norm, rows[nxt].norm)
    ):
        return False  # the sentence runs on into the next line
    if nxt is not None and not row.gap and _closes_paragraph(rows, nxt, columns):
        return False  # this line and a short last line before a byline: a paragraph
    if row.terminal:
        if row.gap and context in ("hard", "run"):
            return True
        if context == "hard" and nxt is not None and _SUBTITLE.match(rows[nxt].norm) and len(row.norm) <= 30:
            return True
        tail = row.norm.rstrip(_CLOSERS)[-1:]
        return (
            tail in "！!？?…"
            and len(row.norm) <= 24
            and not _full(row, column)
            and not _indented(row, column)
            and nxt is not None
            and rows[nxt].tag is None
            and _may_start_paragraph(rows, nxt, columns)
        )
    if row.gap or (_SUBTITLE.match(row.norm) and len(row.norm) <= 40):
        return True
    if (_indented(row, column) or (row.lo > column and _indented(row, columns[i][0]))) and not _starts_paragraph_too(rows, nxt, columns):
        return False  # the indented first line of a paragraph (not if the next line starts one too)
    if (
        after_hard
        and nxt is not None
        and rows[nxt].tag in (None, "editor_note")
        and len(row.norm) <= 30
        and _CLAUSE.search(row.norm) is None
        and ("，" not in row.norm or _may_start_paragraph(rows, nxt, columns) or rows[nxt].tag is not None)
    ):
        # after a byline or marker comes a headline far more often than a headless
        # body, and this line does not run on into the next: take it as a headline
        return True
    if column <= 0:
        return len(row.norm) <= 30
    if nxt is None:
        return True
    if _wider(row, column):
        # wider than the column below: a headline over several columns, unless it
        # is the indented first line of a paragraph in the wider column above
        return not _indented(row, columns[i][0])
    if _full(row, column):
        # a full line that is not indented: a heading only if a paragraph starts after it
        return _starts_paragraph(rows, nxt, columns)
    # a short line that does not end a sentence cannot be body text after a paragraph end
    return True


_LEAD = re.compile(
    r"^(?:(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:至\d{1,2}(?:月\d{1,2})?日)?[，,]"
    r"|(?:近日|日前|近期|近来|本报讯|\d{1,2}月(?:初|中旬|下旬|底))[，,])"
)
_SUBTITLE = re.compile(r"^[—－–]{1,2}\S")
_CLAUSE = re.compile(r"[。；;]|[，,].*[，,]")
_PAIRS = (("“", "”"), ("（", "）"), ("《", "》"), ("(", ")"), ("「", "」"), ("【", "】"))
_CONTINUATION_START = re.compile(r"^(?:[，。、；：！？）》”,.;:!?)（(]|[的了着过地得和及与或等]|[\u4e00-\u9fff][，、；：。！？])")


def _balanced(text: str) -> bool:
    """Headings close what they open; a line cut mid-sentence often does not."""
    return all(text.count(a) == text.count(b) for a, b in _PAIRS)


def _run_on(text: str) -> bool:
    """Three or more clause breaks: running text, not a heading."""
    return sum(text.count(c) for c in "，；：,;:") >= 3


def _number_cut(text: str, next_text: str) -> bool:
    """'…安静休息5' + '分钟，…': a number and its unit split by the line break."""
    if not text or not next_text:
        return False
    if text[-1].isdigit() and next_text[0] not in "，。、；：！？）》”":
        return True
    return next_text[0].isdigit() and text[-1] in "月年日第约共达近超逾为至和及"


def _continues(next_text: str) -> bool:
    """Does the next line visibly continue a sentence (starts with punctuation,
    a particle, or a one-character clause like '辞，')?"""
    return bool(_CONTINUATION_START.match(next_text))


def _runs_into_a_cut(rows: list[_Row], i: int) -> bool:
    """Line i, and the lines after it up to a 下转 marker, end no sentence."""
    j = i
    while j is not None and rows[j].tag is None and not rows[j].terminal:
        j = _next_content(rows, j)
    return j is not None and rows[j].tag == "marker" and rows[j].marker == "to"


def _starts_paragraph_too(rows: list[_Row], j: int | None, columns: list[tuple[float, float]]) -> bool:
    """The line after a non-terminal line is itself an indented first line: the line
    above cannot be a paragraph's first line (its paragraph would not continue)."""
    if j is None or rows[j].tag is not None or rows[j].terminal:
        return False
    column = columns[j][1] or columns[j][0]
    return _indented(rows[j], column)


def _heads_a_lead(rows: list[_Row], i: int) -> bool:
    """Line i and at most two short lines after it stand above a ——subtitle or
    a line opening a news lead."""
    j = i
    for _ in range(3):
        nxt = _next_content(rows, j)
        if nxt is None or rows[nxt].tag is not None:
            return False
        if _SUBTITLE.match(rows[nxt].norm) or (_LEAD.match(rows[nxt].norm) and not rows[j].norm.endswith("。")):
            return True
        if len(rows[nxt].norm) > 30 or _CLAUSE.search(rows[nxt].norm) or rows[nxt].norm[-1] in "，、；：":
            return False
        j = nxt
    return False


def _kicker_above_headline(rows: list[_Row], i: int, columns: list[tuple[float, float]]) -> bool:
    nxt = _next_content(rows, i)
    return (
        nxt is not None
        and rows[nxt].tag is None
        and not rows[nxt].terminal
        and (rows[nxt].gap or _heads_a_lead(rows, nxt))
        and _is_heading(rows, nxt, columns, "run")
    )


def _closes_paragraph(rows: list[_Row], j: int, columns: list[tuple[float, float]]) -> bool:
    """Line j is the short last line of a paragraph (or the last text before a
    byline, a marker or the end): the line above it began that paragraph."""
    if rows[j].tag is not None or not rows[j].terminal:
        return False
    after = _next_content(rows, j)
    if after is None or rows[after].tag in ("byline", "marker"):
        return True
    column = columns[j][0] or columns[j][1]
    return column > 0 and rows[j].hi < 0.6 * column


def _heading_like(row: _Row, columns: tuple[float, float]) -> bool:
    column = columns[1] or columns[0]
    if row.gap:
        return True
    return not row.terminal and not _full(row, column) and not _indented(row, column)


def _ends_paragraph(rows: list[_Row], i: int, columns: list[tuple[float, float]]) -> bool:
    row = rows[i]
    if not row.terminal:
        return False
    column = columns[i][0] or columns[i][1]
    if not _full(row, column):
        return True
    nxt = _next_content(rows, i)
    return nxt is None or _starts_paragraph(rows, nxt, columns)


# ---------------------------------------------------------------- blocks


def _blocks(rows: list[_Row], columns: list[tuple[float, float]]) -> Iterator[Block]:
    state = "start"  # start | hard (byline/marker/note) | para (paragraph end) | mid | resume | note
    paragraph: list[int] = []
    paragraph_kind: BlockKind = "body"
    in_sidebar = False
    sidebar_column = 0.0
    group = 0
    heading_run: list[int] = []
    heading_after = "start"
    closed = False  # the last article text was closed by a byline (sidebars may follow)

    def flush() -> Iterator[Block]:
        nonlocal paragraph
        if paragraph:
            yield _block(rows, paragraph, paragraph_kind, open_end=not rows[paragraph[-1]].terminal)
            paragraph = []

    def flush_headings() -> Iterator[Block]:
        nonlocal heading_run, group
        if not heading_run:
            return
        # one heading line inside running text is an in-article subheading;
        # anything after a hard end, or a run of several lines, is a headline group
        kind: BlockKind = "headline"
        if len(heading_run) == 1 and heading_after == "para":
            kind = "subheading"
        if len(heading_run) > MAX_HEADLINE_LINES:
            # more short unpunctuated lines than any headline has: verse or a list, one
            # line each; after a hard end its first line is the headline
            first = heading_run[0] if heading_after == "hard" else None
            if first is not None:
                group += 1
                yield _block(rows, [first], "headline", group=group)
            for index in heading_run[1 if first is not None else 0 :]:
                yield _block(rows, [index], "body")
            heading_run = []
            return
        group += 1
        for index in heading_run:
            yield _block(rows, [index], kind, group=group if kind == "headline" else None)
        heading_run = []

    for i, row in enumerate(rows):
        if not row.norm:
            if row.tag is None and state == "mid" and rows[i - 1].terminal:
                yield from flush()
                state = "para"
            continue
        if row.tag == "sidebar_title" and _kicker_above_headline(rows, i, columns):
            # a column label (健康科普) right above a headline is the headline's kicker
            yield from flush()
            yield from flush_headings()
            heading_run, heading_after, in_sidebar = [i], "hard", False
            continue
        if row.tag is not None:
            yield from flush()
            yield from flush_headings()
            if row.tag == "byline" and row.marker == "continued":
                continue  # second line of a two-line byline, emitted with the first
            second = _next_content(rows, i) if row.tag == "byline" else None
            if second is not None and rows[second].marker == "continued":
                yield _block(rows, [i, second], "byline")
            elif row.tag == "marker":
                yield _block(rows, [i], "marker", marker=row.marker, marker_page=row.marker_page)
            elif row.tag == "editor_note":
                paragraph, paragraph_kind = [i], "editor_note"
                state = "note"
                continue
            else:
                yield _block(rows, [i], row.tag)
            if row.tag == "sidebar_title":
                in_sidebar, sidebar_column = True, columns[i][1]
            elif row.tag in ("byline", "marker"):
                in_sidebar = False
            if row.tag != "furniture":
                state = "hard" if row.tag in ("byline", "marker") else "para"
            elif page_label_number(row.raw) is not None and state != "mid":
                state = "hard"  # a running head with its page label: a new page starts a new article
            if row.tag == "marker" and row.marker == "from":
                state = "resume"  # the text after 上接 continues a paragraph
            if row.tag == "sidebar_title":
                state = "resume"  # a sidebar's text follows its title
            if row.tag == "byline":
                closed = True
            continue

        if paragraph_kind == "editor_note" and paragraph:
            if _note_continues(rows, paragraph, i):
                paragraph.append(i)
                continue
            yield from flush()
            paragraph_kind, state = "body", "hard"
        if state == "mid" and paragraph and not (
            rows[paragraph[-1]].terminal and _is_heading(rows, i, columns, "para")
        ):
            paragraph.append(i)
        elif heading_run and _is_heading(rows, i, columns, "run"):
            heading_run.append(i)
            continue
        elif not heading_run and state not in ("resume", "note") and _is_heading(
            rows, i, columns, "hard" if state in ("start", "hard") or closed else "para"
        ):
            yield from flush()
            heading_after = "para" if state in ("para", "mid") and not closed else "hard"
            nxt = _next_content(rows, i)
            if nxt is not None and rows[nxt].tag == "editor_note":
                heading_after = "hard"
            heading_run.append(i)
            in_sidebar = False
            continue
        else:
            yield from flush_headings()
            yield from flush()
            if in_sidebar and sidebar_column and abs((columns[i][1] or sidebar_column) - sidebar_column) > 6:
                in_sidebar = False
            paragraph, paragraph_kind = [i], ("sidebar" if in_sidebar else "body")
            closed = closed and in_sidebar
        if heading_run:
            yield from flush_headings()
        if _ends_paragraph(rows, i, columns):
            yield from flush()
            state = "para"
        else:
            state = "mid"
    yield from flush()
    yield from flush_headings()


def _note_continues(rows: list[_Row], lines: list[int], i: int) -> bool:
    """An editor's note runs on while its sentence does."""
    return not rows[lines[-1]].terminal


def _block(
    rows: list[_Row],
    indices: list[int],
    kind: BlockKind,
    group: int | None = None,
    marker: str | None = None,
    marker_page: int | None = None,
    open_end: bool = False,
) -> Block:
    lines = tuple(rows[k].line for k in indices)
    raw = "\n".join(rows[k].raw for k in indices)
    text = _join([rows[k].norm for k in indices])
    return Block(
        kind=kind,
        text=text,
        lines=lines,
        raw=raw,
        page=lines[0].page,
        group=group,
        marker=marker,  # type: ignore[arg-type]
        marker_page=marker_page,
        open_end=open_end and kind in ("body", "sidebar"),
    )


def _join(parts: list[str]) -> str:
    """Join a paragraph's lines: no separator, except between two Latin words."""
    out = ""
    for part in parts:
        if out and out[-1].isascii() and out[-1].isalpha() and part[:1].isascii() and part[:1].isalpha():
            out += " "
        out += part
    return out


def is_dateline(text: str) -> bool:
    """Does a paragraph open like a news lead (5月11日，… / 近日，…)?"""
    return bool(_DATELINE.match(text))


# ---------------------------------------------------------------- headlines inside running text

_BOUNDARY = {"headline", "byline", "marker", "editor_note"}


def promote_headlines(blocks: list[Block]) -> list[Block]:
    """A heading line inside running text usually heads a section of the same
    article; it heads a new article (one printed without a byline before it)
    when what follows opens like a news lead (5月11日，… / 近日，…), shares
    little vocabulary with what came before, and the line looks like a headline
    (long, or with a kicker gap)."""
    out = list(blocks)
    group = max((b.group or 0 for b in blocks), default=0)
    for i, block in enumerate(blocks):
        if block.kind != "subheading":
            continue
        before = _neighbour_text(blocks, i, -1)
        after = _neighbour_text(blocks, i, 1)
        if not before or not after:
            continue
        commas = block.text.count("，") + block.text.count(",")
        if commas > 1 or _overlap(after[:160], before) > 0.3:
            continue
        gap = bool(_GAP.search(block.raw))
        if (is_dateline(after) and (gap or len(block.text) >= 8)) or (gap and not commas and len(block.text) >= 16):
            group += 1
            out[i] = replace(block, kind="headline", group=group)
    return out


def _neighbour_text(blocks: list[Block], i: int, step: int) -> str:
    texts: list[str] = []
    j = i + step
    while 0 <= j < len(blocks) and blocks[j].kind not in _BOUNDARY and len(texts) < 4:
        if blocks[j].kind == "body":
            texts.append(blocks[j].text)
        elif blocks[j].kind == "subheading" and step > 0:
            break
        j += step
    return "".join(texts if step > 0 else texts[::-1])


def _overlap(a: str, b: str) -> float:
    grams_a = {a[k : k + 2] for k in range(len(a) - 1)}
    grams_b = {b[k : k + 2] for k in range(len(b) - 1)}
    return len(grams_a & grams_b) / len(grams_a) if grams_a else 0.0


def sidebars_inside_articles(blocks: list[Block]) -> list[Block]:
    """A 'sidebar' followed by a subheading of the same article was a section of
    the article under a subheading (医生提醒 heads either): make it body text."""
    out = list(blocks)
    for i, block in enumerate(blocks):
        if block.kind != "sidebar_title":
            continue
        j = i + 1
        while j < len(blocks) and blocks[j].kind == "sidebar":
            j += 1
        if j < len(blocks) and blocks[j].kind == "subheading":
            out[i] = replace(block, kind="subheading")
            for k in range(i + 1, j):
                out[k] = replace(blocks[k], kind="body")
    return out
