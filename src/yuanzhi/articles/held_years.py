"""Events held in a fixed rhythm whose mention names neither a count nor a year (两院院士增选
结果揭晓: odd years, results in November; lexicon/held_years.tsv). Such a mention cannot
name the issue's year alone; :mod:`dating` lets it favour, among the years other cues name,
those the rhythm allows. Pure finder.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from importlib.resources.abc import Traversable

from ..errors import LexiconError
from .cue_text import alternation, cue_quote
from .date_cues import unquoted
from .role_lexicon import cell_names, lexicon_rows


@dataclass(frozen=True)
class HeldEvent:
    year: int  # a year it was held
    every: int  # years between two
    month: int  # the month its results are known
    names: re.Pattern[str]


@dataclass(frozen=True)
class HeldMention:
    event: HeldEvent
    quote: str
    start: int

    def allows(self, year: int) -> bool:
        return (year - self.event.year) % self.event.every == 0


@lru_cache(maxsize=1)
def default_held_events() -> tuple[HeldEvent, ...]:
    return load_held_events(resources.files(__package__).joinpath("lexicon"))


def load_held_events(directory: Traversable) -> tuple[HeldEvent, ...]:
    """held_years.tsv from ``directory``; a bad line raises LexiconError naming the file and line."""
    path = str(directory.joinpath("held_years.tsv"))
    out = []
    for number, line in lexicon_rows(directory, "held_years.tsv"):
        cols = line.split("\t")
        if len(cols) != 4 or not all(c.strip().isdigit() for c in cols[:3]):
            raise LexiconError(path, number, "expected 'a year held<TAB>every (years)<TAB>month of the results<TAB>names'")
        year, every, month = (int(c) for c in cols[:3])
        if not 1900 <= year <= 2100 or not 1 <= every <= 20 or not 1 <= month <= 12:
            raise LexiconError(path, number, "the year, the rhythm (1-20 years) or the month (1-12) is out of range")
        names = [unquoted(n) for n in cell_names(path, number, cols[3])]
        out.append(HeldEvent(year, every, month, re.compile(alternation(names))))
    return tuple(out)


def held_mentions(text: str, events: tuple[HeldEvent, ...] | None = None) -> list[HeldMention]:
    """Every mention of an event of the table (one per event: the first)."""
    events = default_held_events() if events is None else events
    flat = unquoted(text)
    out = []
    for event in events:
        match = event.names.search(flat)
        if match:
            out.append(HeldMention(event, cue_quote(flat[match.start() : match.end() + 6]), match.start()))
    return out
