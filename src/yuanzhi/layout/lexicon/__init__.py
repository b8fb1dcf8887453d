"""Loader for the layout lexicon: plain UTF-8 files beside this module.

``*.txt``: one entry per line; ``#`` starts a comment line; blank lines ignored.
``*.tsv``: ``kind<TAB>value`` per line, same comments. A bad entry raises
errors.LexiconError naming the file and line.
"""

from __future__ import annotations

import re
from importlib import resources

from ...errors import LexiconError
from ...lexicon_file import lexicon_entries


def _lines(name: str) -> list[tuple[int, str]]:
    return lexicon_entries(resources.files(__package__).joinpath(name))


def load_list(name: str) -> list[str]:
    return [entry for _, entry in _lines(name)]


def load_patterns(name: str) -> list[tuple[str, str]]:
    rows: list[tuple[str, str]] = []
    for number, line in _lines(name):
        kind, sep, pattern = line.partition("\t")
        if not sep or not kind or not pattern:
            raise LexiconError(name, number, "expected 'kind<TAB>regular expression'")
        try:
            re.compile(pattern)
        except re.error as exc:
            raise LexiconError(name, number, f"bad regular expression: {exc}") from None
        rows.append((kind.strip(), pattern.strip()))
    return rows
