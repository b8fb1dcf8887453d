"""The one reader of lexicon files: their numbered lines, without blanks and # comments.

Every package keeps its domain words in such files (one entry or one tab-separated row a
line). A file that cannot be read raises LexiconError naming it (line 0: missing, not UTF-8,
or unreadable), and the line numbers let each loader name the line of a bad entry.
``lexicon_entries`` gives each line stripped; ``lexicon_lines`` gives it as written, for the
tab-separated rows whose leading or trailing empty cells count.
"""

from __future__ import annotations

from importlib.resources.abc import Traversable
from pathlib import Path

from .errors import LexiconError


def _read(path: Path | Traversable) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise LexiconError(str(path), 0, "lexicon file is missing") from None
    except UnicodeDecodeError as exc:
        raise LexiconError(str(path), 0, f"is not UTF-8 ({exc.reason})") from None
    except OSError as exc:
        raise LexiconError(str(path), 0, f"cannot read ({exc})") from None


def lexicon_lines(path: Path | Traversable) -> list[tuple[int, str]]:
    """(line number, line as written) for every line that is not blank or a # comment."""
    return [
        (number, raw)
        for number, raw in enumerate(_read(path).splitlines(), start=1)
        if raw.strip() and not raw.lstrip().startswith("#")
    ]


def lexicon_entries(path: Path | Traversable) -> list[tuple[int, str]]:
    """(line number, stripped line) for every line that is not blank or a # comment."""
    return [(number, line.strip()) for number, line in lexicon_lines(path)]
