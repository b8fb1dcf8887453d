"""A person's people (民族) written among the posts of a title chain describes the person.

``护理部副主任鄂伦春族护士长某某``: 鄂伦春族 between 副主任 and 护士长 is no unit of 护士长 nor a
break in the chain; both posts reach the name as they would with nothing between them. The
peoples are data (lexicon/ethnic_groups.txt).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from ..lexicon_file import lexicon_entries
from .lexicon_loader import LEXICON_DIR

_FILE = "ethnic_groups.txt"


@lru_cache(maxsize=4)
def ethnic_groups(directory: str = "") -> frozenset[str]:
    """The peoples of lexicon/ethnic_groups.txt (蒙古族, 藏族 …)."""
    path = Path(directory or LEXICON_DIR) / _FILE
    return frozenset(entry for _, entry in lexicon_entries(path)) if path.exists() else frozenset()


def without_ethnicity(gap: str) -> str:
    """``gap`` (the text between two posts of a chain), or "" when it is a people alone (鄂伦春族)."""
    return "" if gap in ethnic_groups() else gap
