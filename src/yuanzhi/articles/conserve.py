"""The last guard of the pipeline: no character of the input is lost.

Every content character (letters, digits, CJK: ``layout.normalize.content_chars``)
of the document's lines, and of the text a reader set aside (vertical lines),
must come out in exactly one field of the issue. Whatever no field carries,
because a layout or assembly rule dropped it, is added to ``unassigned``, line
by line in reading order, with a warning naming the pages, so that a bug costs
placement, never text.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Iterator

from ..layout.normalize import content_chars
from ..model import Document, Issue, Line
from .assemble import output_text

OCR_DASH = "一一"  # an OCR subtitle's 2-em dash, printed as —— once recognized (layout/paragraphs.py)


def _source_lines(document: Document) -> Iterator[Line]:
    for page in document.pages:
        yield from page.lines
        yield from page.aside


def _printed(line: Line) -> str:
    """The line's text as the output may carry it."""
    text = line.text
    if line.bold is None and line.box is not None and text.lstrip().startswith(OCR_DASH):
        text = text.lstrip().replace(OCR_DASH, "——", 1)
    return text


def _content_counts(text: str) -> Counter[str]:
    """How often each content character occurs (counted over the whole text at C speed)."""
    counts = Counter(text)
    return Counter({char: counts[char] for char in content_chars("".join(counts))})


def keep_every_character(issue: Issue, document: Document) -> Issue:
    """``issue`` with the input's uncarried characters added to ``unassigned``."""
    lines = list(_source_lines(document))
    source = _content_counts("".join(_printed(line) for line in lines))
    missing = source - _content_counts(output_text(issue))
    if not missing:
        return issue
    kept: list[str] = []
    pages: set[int] = set()
    for line in lines:
        taken = []
        for char in _printed(line):
            if missing[char] > 0 and content_chars(char):
                missing[char] -= 1
                taken.append(char)
        if taken:
            whole = content_chars(_printed(line)) == "".join(taken)
            kept.append(line.text.strip() if whole else "".join(taken))
            pages.add(line.page)
    count = sum(len(content_chars(text)) for text in kept)
    where = ", ".join(str(p) for p in sorted(pages))
    warning = (f"{document.source}: {count} character(s) of page(s) {where} were placed in no article; "
               "kept under unassigned")
    return dataclasses.replace(issue, unassigned=(*issue.unassigned, *kept), warnings=(*issue.warnings, warning))
