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

import re
from collections.abc import Iterator
from dataclasses import replace

from ..model import Block, BlockKind, Document
from .columns import column_widths, full
from .flush_rows import flush_list_row, signature_span
from .headings import ends_paragraph, is_heading, kicker_above_headline
from .inline_heads import is_caption, is_section_head
from .patterns import page_label_number
from .runon_lines import reads_on_from
from .text_rows import (
    KICKER_GAP,
    Row,
    list_row,
    mark_closed,
    measured_rows,
    next_content,
    tag_forms,
)

_DATELINE = re.compile(
    r"^(?:\d{4}年)?\d{1,2}月\d{1,2}日|^(?:近日|日前|近期|今年|本报讯|\d{1,2}月(?:初|中旬|下旬|底))"
)

_DATE_ALONE = re.compile(r"^\S{4}年\S{1,3}月\S{1,3}日$")

MAX_HEADLINE_LINES = 4  # kicker, two title lines, subtitle


def lines_to_blocks(document: Document) -> list[Block]:
    rows = list(measured_rows(document))
    tag_forms(rows)
    mark_closed(rows)
    columns = column_widths(rows)
    return promote_headlines(sidebars_inside_articles(list(_blocks(rows, columns))))


def _blocks(rows: list[Row], columns: list[tuple[float, float]]) -> Iterator[Block]:
    state = (
        "start"  # start | hard (byline/marker/note) | para (paragraph end) | mid | resume | note
    )
    paragraph: list[int] = []
    paragraph_kind: BlockKind = "body"
    in_sidebar = False
    sidebar_column = 0.0
    group = 0
    heading_run: list[int] = []
    heading_after = "start"
    closed = False  # the last article text was closed by a byline (sidebars may follow)
    captions: list[int] = []  # photo captions that interrupt the open paragraph (read after it)
    taken_to = -1  # the last line already laid out (a signature's, a list row's wrapped end)

    def flush() -> Iterator[Block]:
        nonlocal paragraph
        if paragraph:
            yield _block(rows, paragraph, paragraph_kind, open_end=not rows[paragraph[-1]].terminal)
            paragraph = []
        for index in captions:
            yield _block(rows, [index], "body")
        captions.clear()

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
        if i <= taken_to:
            continue
        if not row.norm:
            if row.tag is None and state == "mid" and rows[i - 1].terminal:
                yield from flush()
                state = "para"
            continue
        if row.tag == "sidebar_title" and kicker_above_headline(rows, i, columns):
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
            second = next_content(rows, i) if row.tag == "byline" else None
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
            if row.tag == "sidebar_title" or row.marker == "from":
                state = "resume"  # a sidebar's text follows its title; text after 上接 continues
            elif row.tag != "furniture":
                state = "hard" if row.tag in ("byline", "marker") else "para"
            elif page_label_number(row.raw) is not None and state != "mid":
                # a running head with its page label: a new page starts a new article
                state = "hard"
            if row.tag == "byline":
                closed = True
            continue

        if is_caption(row.raw):
            # a photo caption is a paragraph of the article around it, never a headline; one
            # set inside a paragraph is read after that paragraph (see inline_heads)
            if state == "mid" and paragraph:
                captions.append(i)
            else:
                yield from flush_headings()
                yield from flush()
                yield _block(rows, [i], "body")
            continue
        span = signature_span(rows, i) if state not in ("resume", "note") else 0
        if span:
            # a notice's signature (bodies and date) closes the notice: its last paragraph
            yield from flush_headings()
            yield from flush()
            taken_to = i + span - 1
            if _DATE_ALONE.match(rows[taken_to].norm):
                # the bodies and a date printed on a line of its own: two lines as printed (the
                # date alone keeps the role its form gave it)
                yield _block(rows, [i], "body")
                yield _block(rows, [taken_to], rows[taken_to].tag or "body")
            else:
                yield _block(rows, list(range(i, taken_to + 1)), "body")
            state = "para"
            continue
        if not (state == "mid" and paragraph) and state not in ("resume", "note") and list_row(rows, i):
            # a row of a list printed one entry a line (名字　　职务) is a paragraph, never a heading
            yield from flush_headings()
            yield from flush()
            paragraph, paragraph_kind = [i], "body"
            state = "para" if row.closed else "mid"
            continue
        if state not in ("resume", "note") and flush_list_row(rows, i):
            # a row of a list printed flush (某科主任　某某): a paragraph of its own, with the line
            # the column wrapped it onto when it fills its column (the rest of a post, no sentence)
            yield from flush_headings()
            yield from flush()
            paragraph, paragraph_kind = [i], "body"
            nxt = next_content(rows, i)
            if (
                nxt is not None
                and rows[nxt].tag is None
                and not is_section_head(rows[nxt].norm)
                and not flush_list_row(rows, nxt)
                and not row.closed
                and any(full(row, column) for column in columns[i] if column)
                and not rows[nxt].terminal
            ):
                paragraph.append(nxt)  # the row's wrapped end closes it
                taken_to = nxt
            state = "para"
            continue
        if paragraph_kind == "editor_note" and paragraph:
            if _note_continues(rows, paragraph):
                paragraph.append(i)
                continue
            yield from flush()
            paragraph_kind, state = "body", "hard"
        if (
            state == "mid"
            and paragraph
            and not (rows[paragraph[-1]].terminal and is_heading(rows, i, columns, "para"))
        ):
            paragraph.append(i)
        elif heading_run and not _lone_section_head(rows, heading_run, heading_after, columns) and is_heading(
            rows, i, columns, "run"
        ):
            heading_run.append(i)
            continue
        elif (
            heading_run
            and heading_after == "para"
            and not _lone_section_head(rows, heading_run, heading_after, columns)
            and reads_on_from(rows, heading_run, i, columns)
        ):
            # the "heading" was the first line(s) of this paragraph (see reads_on_from)
            paragraph, paragraph_kind = [*heading_run, i], ("sidebar" if in_sidebar else "body")
            heading_run = []
        elif (
            not heading_run
            and state not in ("resume", "note")
            and is_heading(
                rows, i, columns, "hard" if state in ("start", "hard") or closed else "para"
            )
        ):
            yield from flush()
            heading_after = "para" if state in ("para", "mid") and not closed else "hard"
            nxt = next_content(rows, i)
            if nxt is not None and rows[nxt].tag == "editor_note":
                heading_after = "hard"
            heading_run.append(i)
            in_sidebar = False
            continue
        else:
            yield from flush_headings()
            yield from flush()
            if (
                in_sidebar
                and sidebar_column
                and abs((columns[i][1] or sidebar_column) - sidebar_column) > 6
            ):
                in_sidebar = False
            paragraph, paragraph_kind = [i], ("sidebar" if in_sidebar else "body")
            closed = closed and in_sidebar
        if heading_run:
            yield from flush_headings()
        if ends_paragraph(rows, i, columns) or row.closed:
            yield from flush()
            state = "para"
        else:
            state = "mid"
    yield from flush()
    yield from flush_headings()


def _lone_section_head(
    rows: list[Row], run: list[int], after: str, columns: list[tuple[float, float]]
) -> bool:
    """A numbered or bracketed section head in running text (二、… 【…】) is one printed line
    unless it fills its column (a long head wrapped): the line after it is the section's text."""
    if after != "para" or len(run) != 1 or not is_section_head(rows[run[0]].norm):
        return False
    column = columns[run[0]][1] or columns[run[0]][0]
    return not full(rows[run[0]], column)


def _note_continues(rows: list[Row], lines: list[int]) -> bool:
    """An editor's note runs on while its sentence does."""
    return not rows[lines[-1]].terminal


def _block(
    rows: list[Row],
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
        if (
            out
            and out[-1].isascii()
            and out[-1].isalpha()
            and part[:1].isascii()
            and part[:1].isalpha()
        ):
            out += " "
        out += part
    return out


def is_dateline(text: str) -> bool:
    """Does a paragraph open like a news lead (5月11日，… / 近日，…)?"""
    return bool(_DATELINE.match(text))


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
        if block.kind != "subheading" or is_section_head(block.text):
            continue  # (a numbered or bracketed section head never heads a new article)
        before = _neighbour_text(blocks, i, -1)
        after = _neighbour_text(blocks, i, 1)
        if not before or not after:
            continue
        commas = block.text.count("，") + block.text.count(",")
        if commas > 1 or _overlap(after[:160], before) > 0.3:
            continue
        gap = bool(KICKER_GAP.search(block.raw))
        if (is_dateline(after) and (gap or len(block.text) >= 8)) or (
            gap and not commas and len(block.text) >= 16
        ):
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
