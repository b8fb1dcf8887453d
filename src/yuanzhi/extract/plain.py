"""A single news article as plain text → an Issue with one article.

For tests, the benchmark and callers that have one article and no newsletter:
the first line is the headline when it is short and has no sentence-ending
punctuation; every other non-empty line is a paragraph (normalized). A
byline in brackets (``（护理部 于歌）``) stays a paragraph: the extractor reads it.
The lead's parser (``yuanzhi.pipeline.parse_text``) is the general route.
"""

from __future__ import annotations

from ..layout.normalize import normalize_text
from ..model import Article, Issue

HEADLINE_MAX = 40


def text_to_issue(text: str, source: str = "<text>", date: str | None = None) -> Issue:
    lines = [normalize_text(line) for line in text.splitlines()]
    lines = [line for line in lines if line]
    title = None
    if lines and len(lines[0]) <= HEADLINE_MAX and not lines[0].endswith(("。", "！", "？", "；")):
        title = lines.pop(0)
    article = Article(id="1", title=title, paragraphs=tuple(lines))
    return Issue(source=source, articles=(article,), date=date, date_source="given" if date else None)
