"""A book's editing roles (``《某书》共18章…由甲任主编，乙任副主编``) are positions held, not
appointments (GOLD_SPEC §4.6): the words are in lexicon/book_roles.tsv."""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

from ..errors import LexiconError
from ..lexicon_file import lexicon_entries
from .appointment_posts import AppointmentHit
from .notices import HELD

_KINDS = ("role", "cue")
_BOOK_TITLE = "《"


@dataclass(frozen=True)
class BookWords:
    roles: frozenset[str]
    cues: tuple[str, ...]


def load_book_words(path: Path | Traversable) -> BookWords:
    """Read ``kind<TAB>word`` rows; a bad row raises LexiconError naming the file and line."""
    roles: set[str] = set()
    cues: list[str] = []
    for number, line in lexicon_entries(path):
        parts = line.split("\t")
        if len(parts) != 2 or parts[0] not in _KINDS or not parts[1]:
            raise LexiconError(str(path), number, f"expected 'role|cue<TAB>word', got {line!r}")
        (roles.add(parts[1]) if parts[0] == "role" else cues.append(parts[1]))
    return BookWords(frozenset(roles), tuple(cues))


@lru_cache(maxsize=1)
def default_book_words() -> BookWords:
    return load_book_words(resources.files(__package__).joinpath("lexicon").joinpath("book_roles.tsv"))


def about_a_book(sentence: str, words: BookWords | None = None) -> bool:
    """The sentence names a book (a 《title》 and a word such as 该书, 万字, 编写)."""
    words = words or default_book_words()
    return _BOOK_TITLE in sentence and any(cue in sentence for cue in words.cues)


def book_roles_held(sentence: str, hits: list[AppointmentHit], words: BookWords | None = None) -> list[AppointmentHit]:
    """Hits whose title is a book's editing role, in a sentence about a book, as positions held."""
    words = words or default_book_words()
    if not any(h.title in words.roles for h in hits) or not about_a_book(sentence, words):
        return hits
    return [replace(h, action=HELD) if h.title in words.roles and h.action != HELD else h for h in hits]
