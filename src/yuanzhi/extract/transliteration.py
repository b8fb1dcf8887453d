"""Characters that write the sounds of foreign and minority names (lexicon/transliteration_chars.txt).

Chinese writes a foreign, Uyghur, Kazakh, Russian or Mongolian name with a small set of
characters chosen for their sound (阿, 尔, 克, 娃, 科, 买, 提 …). A name written in parts joined by
a middle dot (谢尔盖·彼得连科, 玛依拉·努尔别科娃) is such a run: its last part runs over these
characters to the end of the transliteration, and a character outside them (会 of 会见, 出 of 提出)
starts the word after the name.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from .lexicon_loader import LEXICON_DIR, _words

_FILE = "transliteration_chars.txt"


@lru_cache(maxsize=4)
def transliteration_chars(directory: str = "") -> frozenset[str]:
    """Every character of every line of the lexicon (a bad line names file and line)."""
    path = Path(directory or LEXICON_DIR) / _FILE
    if not path.exists():
        return frozenset()
    return frozenset(char for _number, run in _words(path) for char in run)


def is_transliteration_char(char: str) -> bool:
    """``char`` is one Chinese uses to write the sounds of a foreign or minority name."""
    return char in transliteration_chars()


def all_transliteration(text: str) -> bool:
    """Every character of ``text`` (not empty) writes a sound of a transliterated name (彼得连科)."""
    chars = transliteration_chars()
    return bool(text) and all(char in chars for char in text)
