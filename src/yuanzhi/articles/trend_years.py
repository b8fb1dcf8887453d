"""Trends and catchwords a reader dates by heart (特种兵式旅游: 2023; lexicon/trend_years.tsv).
A mention names no year alone: :mod:`dating` lets it favour, among the years other cues name,
its own (TREND_WEIGHT) and the next, when the word is still heard (LATER_WEIGHT). Pure finder.
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

TREND_WEIGHT = 1.0  # the trend's own year, among those named (as an event of a fixed rhythm)
LATER_WEIGHT = 0.5  # the year after: the word is still heard


@dataclass(frozen=True)
class Trend:
    year: int
    names: re.Pattern[str]


@lru_cache(maxsize=1)
def default_trends() -> tuple[Trend, ...]:
    return load_trends(resources.files(__package__).joinpath("lexicon"))


def load_trends(directory: Traversable, name: str = "trend_years.tsv") -> tuple[Trend, ...]:
    """trend_years.tsv: ``year<TAB>names<TAB>source``; a bad line raises LexiconError naming the file and line."""
    path = str(directory.joinpath(name))
    out = []
    for number, line in lexicon_rows(directory, name):
        cols = line.split("\t")
        if len(cols) != 3 or not cols[0].strip().isdigit() or not cols[2].strip():
            raise LexiconError(path, number, "expected 'year<TAB>names<TAB>source note'")
        year = int(cols[0])
        if not 1950 <= year <= 2100:
            raise LexiconError(path, number, f"year {year} out of range")
        names = [unquoted(n) for n in cell_names(path, number, cols[1])]
        out.append(Trend(year, re.compile(alternation(names), re.IGNORECASE)))
    return tuple(out)


def trend_votes(text: str, trends: tuple[Trend, ...] | None = None) -> list[tuple[int, float, str]]:
    """(year, weight, quote) for each trend the text mentions: its year, and the next at less."""
    trends = default_trends() if trends is None else trends
    flat = unquoted(text)
    out = []
    for trend in trends:
        match = trend.names.search(flat)
        if match:
            quote = cue_quote(flat[match.start() : match.end() + 6])
            out += [(trend.year, TREND_WEIGHT, quote), (trend.year + 1, LATER_WEIGHT, quote)]
    return out
