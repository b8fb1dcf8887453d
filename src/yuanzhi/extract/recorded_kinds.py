"""The kind a body is recorded as (lexicon/recorded_kinds.tsv, GOLD_SPEC §4.12).

Sentences read a body by how it holds posts and how it is printed short: a 疾病预防控制中心 as a
place's bureau (市疾控中心 is the city's), a 基金会 as a society with its 理事会. What the body is,
as `organizations` records it, can differ: both are public institutions (`other`). The table maps
the ending of a whole name to the recorded kind; any other body keeps the kind it was read by.
A row whose first cell starts with ``^`` names how a body's name begins (共青团, 民盟, 武警): it
re-records only a body of its own read as a society or an organ (association, government), never a
hospital, a company or a unit printed under its body (武警某总队医院 stays a hospital, 民盟某市委员会's
支部 a unit of the party).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from ..errors import LexiconError
from ..lexicon_file import lexicon_lines
from .lexicon_loader import LEXICON_DIR, ORG_KINDS

_FILE = "recorded_kinds.tsv"


@lru_cache(maxsize=4)
def recorded_endings(directory: str = "") -> tuple[tuple[str, str], ...]:
    """(suffix, kind), longest suffix first (a bad line names file and line)."""
    path = Path(directory or LEXICON_DIR) / _FILE
    if not path.exists():
        return ()
    out: list[tuple[str, str]] = []
    for number, line in lexicon_lines(path):
        cells = [c.strip() for c in line.split("\t")]
        if len(cells) != 2 or not cells[0] or cells[1] not in ORG_KINDS:
            raise LexiconError(str(path), number, f"expected suffix<TAB>kind, got {line!r}")
        out.append((cells[0], cells[1]))
    return tuple(sorted(out, key=lambda pair: -len(pair[0])))


_PREFIX = "^"
_BY_PREFIX = frozenset({"association", "government"})  # kinds a row by the name's beginning re-records


def recorded_kind(name: str, kind: str, parent: str | None = None) -> str:
    """The kind ``name`` is recorded as; ``kind`` (as read) unless the table names its ending (or,
    for a society or an organ, its beginning)."""
    for cell, recorded in recorded_endings():
        if cell.startswith(_PREFIX):
            if kind in _BY_PREFIX and parent is None and name.startswith(cell[1:]) and len(name) > len(cell):
                return recorded
        elif name.endswith(cell) and len(name) > len(cell):
            return recorded
    return kind
