"""Lexicon files of dating cues: their entry lines, the words of a cell (``a|b|c``), a whole
number of a cell, and files written as ``role<TAB>words`` lines (cycles.tsv, life_years.tsv):
each role's words, every role present. A bad line raises LexiconError naming the file and line."""

from __future__ import annotations

import re
from importlib.resources.abc import Traversable

from ..errors import LexiconError
from ..lexicon_file import lexicon_entries


def lexicon_rows(directory: Traversable, name: str) -> list[tuple[int, str]]:
    """(line number, line) of each entry of the file ``name`` of ``directory``."""
    return lexicon_entries(directory.joinpath(name))


def cell_names(path: str, number: int, text: str) -> list[str]:
    """The words of a cell written ``a|b|c``; none is a bad line."""
    names = [n.strip() for n in text.split("|") if n.strip()]
    if not names:
        raise LexiconError(path, number, "no names")
    return names


def whole_number(path: str, number: int, text: str, what: str) -> int:
    """The whole number a cell writes; anything else is a bad line."""
    if not re.fullmatch(r"-?\d+", text.strip()):
        raise LexiconError(path, number, f"{what} {text!r} is not a whole number")
    return int(text)


def load_role_words(directory: Traversable, name: str, roles: tuple[str, ...]) -> dict[str, list[str]]:
    path = str(directory.joinpath(name))
    words: dict[str, list[str]] = {role: [] for role in roles}
    for number, line in lexicon_rows(directory, name):
        role, sep, rest = line.partition("\t")
        if not sep or role not in roles:
            raise LexiconError(path, number, f"expected 'role<TAB>words' with role one of {', '.join(roles)}")
        words[role].extend(cell_names(path, number, rest))
    missing = [role for role in roles if not words[role]]
    if missing:
        raise LexiconError(path, 0, f"no words for {', '.join(missing)}")
    return words


def load_rhythm_words(
    directory: Traversable, name: str, roles: tuple[str, ...], rhythm: str
) -> tuple[dict[str, int], dict[str, list[str]]]:
    """A file of ``months (1-12)<TAB>words`` lines (each word's rhythm in months, ``rhythm`` says what the
    number counts) and ``role<TAB>words`` lines: the rhythms and each role's words, some rhythm and every
    role present (series_numbers.tsv, instalments.tsv)."""
    path = str(directory.joinpath(name))
    rhythms: dict[str, int] = {}
    words: dict[str, list[str]] = {role: [] for role in roles}
    for number, line in lexicon_rows(directory, name):
        key, sep, rest = line.partition("\t")
        if sep and key in words:
            words[key] += cell_names(path, number, rest)
        elif sep and key.isdigit() and 1 <= int(key) <= 12:
            rhythms.update(dict.fromkeys(cell_names(path, number, rest), int(key)))
        else:
            raise LexiconError(path, number, f"expected '{rhythm} (1-12)<TAB>words' or '{'|'.join(roles)}<TAB>words'")
    if not rhythms or not all(words.values()):
        raise LexiconError(path, 0, "no rhythms, or no words for a role")
    return rhythms, words
