"""Correct small-type misreadings from the page's own large type.

A recogniser reads a masthead or a headline, set large, almost without
error, and misreads the same words in 9-point body type now and then: a
confusable character (形近字: 禾/未, 甲/申) swapped. When a body line holds a
four-character stretch that the document prints in large type except for
one such character, the large-type reading is taken. Nothing else changes:
no dictionary, only what this document itself prints large, and only swaps
listed in ``ocr_confusions.txt`` (a data file, one set of look-alikes a line).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from pathlib import Path

from ..errors import LexiconError
from ..model import Line

CONFUSIONS_FILE = Path(__file__).with_name("ocr_confusions.txt")
LARGE = 1.5  # lines this many times the body size are large type
GRAM = 4  # a correction needs a stretch this long printed large (3 would also fix names, and misfix them)


def load_confusions(path: Path | str = CONFUSIONS_FILE) -> dict[str, frozenset[str]]:
    """Each character → the characters it may be misread as."""
    out: dict[str, set[str]] = {}
    for number, raw in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        chars = line.split()
        if len(chars) < 2 or any(len(c) != 1 for c in chars):
            raise LexiconError(str(path), number, f"expected two or more single characters separated by spaces, got {line!r}")
        for char in chars:
            out.setdefault(char, set()).update(c for c in chars if c != char)
    return {char: frozenset(others) for char, others in out.items()}


def _grams(text: str) -> set[str]:
    return {text[i : i + GRAM] for i in range(len(text) - GRAM + 1)}


def correct_from_large_type(lines: Sequence[Line], confusions: dict[str, frozenset[str]]) -> tuple[list[Line], int]:
    """The lines with body misreadings corrected, and how many characters changed."""
    sizes = sorted(line.size for line in lines if line.size)
    if not sizes:
        return list(lines), 0
    body = sizes[len(sizes) // 2]
    trusted: set[str] = set()
    for line in lines:
        if line.size and line.size >= LARGE * body:
            trusted |= _grams(line.text.replace(" ", ""))
    if not trusted:
        return list(lines), 0
    out: list[Line] = []
    changed = 0
    for line in lines:
        if line.size and line.size >= LARGE * body:
            out.append(line)
            continue
        text = list(line.text)
        for i, char in enumerate(text):
            for other in sorted(confusions.get(char, ())):
                if _fits(text, i, other, trusted) and not _fits(text, i, char, trusted):
                    text[i] = other
                    changed += 1
                    break
        fixed = "".join(text)
        out.append(line if fixed == line.text else dataclasses.replace(line, text=fixed))
    return out, changed


def _fits(text: list[str], i: int, char: str, trusted: set[str]) -> bool:
    """Some four-character stretch through position ``i``, reading ``char`` there, is printed large."""
    for start in range(max(0, i - GRAM + 1), min(i, len(text) - GRAM) + 1):
        gram = "".join(text[start:i]) + char + "".join(text[i + 1 : start + GRAM])
        if gram in trusted:
            return True
    return False
