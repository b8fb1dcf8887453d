"""What a user would do without yuanzhi: split the flattened text at bylines.

``split_at_bylines(text)`` returns a contract-shaped issue dict: an article ends
at every line that looks like a byline (a short line wrapped in full-width
parentheses), its first line is the title and the rest one paragraph per
blank-line-separated block (or per line when every line is followed by a blank).
Nothing else: no furniture, no continuations, no headline matching.
"""

from __future__ import annotations

import re
from typing import Any

from yuanzhi.layout.normalize import normalize_text

BYLINE = re.compile(r"^\s*（[^（）]{2,40}）\s*$")


def split_at_bylines(text: str) -> dict[str, Any]:
    lines = text.replace("\f", "\n").split("\n")
    nonblank = [i for i, line in enumerate(lines) if line.strip()]
    gaps = [b - a for a, b in zip(nonblank, nonblank[1:], strict=False)]
    doubled = bool(gaps) and sum(g >= 2 for g in gaps) >= 0.8 * len(gaps)
    articles: list[dict[str, Any]] = []
    current: list[str | None] = []  # None marks a paragraph break

    def close(byline: str | None) -> None:
        chunks = _paragraphs(current)
        if not chunks and byline is None:
            return
        title = chunks[0] if chunks else None
        paragraphs = chunks[1:]
        articles.append(
            {
                "id": f"b{len(articles) + 1}",
                "title": title,
                "subtitle": None,
                "kicker": None,
                "editor_note": None,
                "paragraphs": paragraphs,
                "subheadings": [],
                "sidebars": [],
                "bylines": [_byline(byline)] if byline else [],
                "pages": [],
                "continued": False,
            }
        )
        current.clear()

    for line in lines:
        if not line.strip():
            if not doubled:
                current.append(None)
            continue
        if BYLINE.match(line):
            close(line.strip())
            continue
        current.append(line)
        if doubled:
            current.append(None)
    close(None)
    return {"articles": articles, "furniture": [], "unassigned": []}


def _paragraphs(lines: list[str | None]) -> list[str]:
    out: list[str] = []
    buffer: list[str] = []
    first = True
    for line in lines:
        if line is None:
            if buffer:
                out.append(normalize_text("".join(s.strip() for s in buffer)))
                buffer = []
            continue
        buffer.append(line)
        if first:  # the first line is the title
            out.append(normalize_text(line))
            buffer = []
            first = False
    if buffer:
        out.append(normalize_text("".join(s.strip() for s in buffer)))
    return [p for p in out if p]


def _byline(text: str) -> dict[str, Any]:
    tokens = text.strip().strip("（）").split()
    if not tokens:
        return {"department": None, "authors": []}
    return {"department": tokens[0], "authors": tokens[1:]}
