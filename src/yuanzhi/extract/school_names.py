"""A school named by its own words before its ending: ``江岸中学``, ``实验小学``, ``育才中学``.

Schools are often named by common words (实验, 育才, 希望, 江岸) that the segmenter knows, so
the test for a proper name (a place, an unknown word) misses them; the ending is enough when
the words before it are two to four Chinese characters that name no class of schools
(重点中学, 农村小学) and point at none named elsewhere (该中学, 各小学) (lexicon/school_names.tsv).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..han import is_basic_han
from .lexicon_loader import LEXICON_DIR, _columns

_FILE = "school_names.tsv"
_ROLES = {"ending", "class", "pointer"}
_MIN_NAME, _MAX_NAME = 2, 4  # characters of a school's own name before its ending


@dataclass(frozen=True)
class SchoolWords:
    endings: tuple[str, ...]
    classes: frozenset[str]
    pointers: tuple[str, ...]


@lru_cache(maxsize=4)
def school_words(directory: str = "") -> SchoolWords:
    """The words of ``school_names.tsv`` (a bad line names file and line)."""
    path = Path(directory or LEXICON_DIR) / _FILE
    rows = _columns(path, 2, [None, _ROLES]) if path.exists() else []
    by_role: dict[str, list[str]] = {role: [] for role in _ROLES}
    for _number, (word, role) in rows:
        by_role[role].append(word)
    return SchoolWords(
        tuple(sorted(by_role["ending"], key=len, reverse=True)), frozenset(by_role["class"]), tuple(by_role["pointer"])
    )


def proper_school(text: str, directory: str = "") -> bool:
    """Whether ``text`` is one school named by its own words before a school ending."""
    words = school_words(directory)
    ending = next((e for e in words.endings if text.endswith(e)), None)
    if ending is None:
        return False
    own = text[: -len(ending)]
    return (
        _MIN_NAME <= len(own) <= _MAX_NAME and all(is_basic_han(c) for c in own)
        and own not in words.classes and not own.startswith(words.pointers)
        and not any(own.endswith(c) for c in words.classes)
    )
