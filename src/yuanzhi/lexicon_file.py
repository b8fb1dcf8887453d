"""The entries of a lexicon file: its numbered lines, stripped, without blanks and # comments.

Every package keeps its domain words in such files (one entry or one tab-separated row a
line); a file that cannot be read raises LexiconError naming it (line 0), and the line
numbers let each loader name the line of a bad entry.
"""

from __future__ import annotations

from importlib.resources.abc import Traversable
from pathlib import Path

from .errors import LexiconError


def lexicon_entries(path: Path | Traversable) -> list[tuple[int, str]]:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise LexiconError(str(path), 0, f"cannot read ({exc})") from None
    return [
        (number, line)
        for number, line in ((n, raw.strip()) for n, raw in enumerate(text.splitlines(), start=1))
        if line and not line.startswith("#")
    ]
