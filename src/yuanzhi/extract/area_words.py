"""Words for a kind of area that end in a place's level character but name no place (lexicon/area_words.txt).

``社区民警`` is a community policeman, ``辖区派出所`` the station of the area: 社区 and 辖区 end in 区 as a
district does, yet no district is called 社 or 辖. A reader that takes two characters ending in a level
word for a place before a government post asks here first.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from ..lexicon_file import lexicon_entries
from .lexicon_loader import LEXICON_DIR

_FILE = "area_words.txt"


@lru_cache(maxsize=4)
def area_words(directory: str = "") -> frozenset[str]:
    """The words of lexicon/area_words.txt."""
    path = Path(directory or LEXICON_DIR) / _FILE
    return frozenset(entry for _, entry in lexicon_entries(path)) if path.exists() else frozenset()
