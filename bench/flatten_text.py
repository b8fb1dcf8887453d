"""Re-flow a news fixture into printed lines, the way a PDF's text layer prints them.

The fixtures print a paragraph per line; a PDF extraction prints the lines of the column:

* a headline line (short, no sentence end: a headline, a kicker, a byline, a signature, a list
  heading) stays one line, as it is printed across the column or on its own;
* every other line is a paragraph, cut into lines of one width per file (16 to 26 characters,
  drawn from a generator seeded by the file name, so every run reflows a file the same way),
  breaking anywhere: inside words, names and numbers, between a bracket and its content; only
  the typesetter's one rule for line starts holds, as in the round-17 text: closing punctuation
  (。，、；：？！ and closing brackets and quotes) never starts a line, it hangs at the end of the
  line before;
* what told paragraphs apart is lost: indents, blank lines (a paragraph still starts a line, and
  its last line is as short as it falls).

    flatten(text, "heldout31_x.txt") -> the same text in printed lines
"""

from __future__ import annotations

import random

WIDTHS = (16, 26)  # the narrowest and widest column, in characters
HEADLINE_MAX = 40  # as the line reader (extract/plain.py): a longer line is a paragraph
_CLOSERS = "”’」』）)》】\"'"
_ENDS = "。！？；!?;…"


def column_width(name: str) -> int:
    """The width of the column ``name`` is set in (the same for every run)."""
    return random.Random(name).randint(*WIDTHS)


def is_headline_line(line: str) -> bool:
    """A line printed whole: short and ending no sentence."""
    core = line.rstrip(_CLOSERS)
    return len(line) <= HEADLINE_MAX and not core.endswith(tuple(_ENDS))


def flatten(text: str, name: str) -> str:
    """``text`` (a paragraph per line) in printed lines of the column width drawn for ``name``."""
    width = column_width(name)
    out: list[str] = []
    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            continue
        if is_headline_line(line):
            out.append(line)
            continue
        out.extend(_cut(line, width))
    return "\n".join(out) + "\n"


_NO_LINE_START = "。，、；：？！，．,.;:?!…" + _CLOSERS  # hangs at the end of the line before


def _cut(paragraph: str, width: int) -> list[str]:
    lines: list[str] = []
    start = 0
    while start < len(paragraph):
        end = min(start + width, len(paragraph))
        while end < len(paragraph) and paragraph[end] in _NO_LINE_START:
            end += 1
        lines.append(paragraph[start:end])
        start = end
    return lines
