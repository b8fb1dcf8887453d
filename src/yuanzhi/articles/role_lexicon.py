"""Lexicon files of dating cues written as ``role<TAB>words`` lines (cycles.tsv,
life_years.tsv): each role's words, every role present; a bad line raises LexiconError
naming the file and line."""

from __future__ import annotations

from importlib.resources.abc import Traversable

from ..errors import LexiconError
from .calendar_cues import _names
from .date_cues import _lines


def load_role_words(directory: Traversable, name: str, roles: tuple[str, ...]) -> dict[str, list[str]]:
    path = str(directory.joinpath(name))
    words: dict[str, list[str]] = {role: [] for role in roles}
    for number, line in _lines(directory, name):
        role, sep, rest = line.partition("\t")
        if not sep or role not in roles:
            raise LexiconError(path, number, f"expected 'role<TAB>words' with role one of {', '.join(roles)}")
        words[role].extend(_names(path, number, rest))
    missing = [role for role in roles if not words[role]]
    if missing:
        raise LexiconError(path, 0, f"no words for {', '.join(missing)}")
    return words
