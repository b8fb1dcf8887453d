"""Dates a count of days fixes: a stay or a watch of N days run from a printed date to now
(2025年12月28日凌晨…早产一名女婴…。日前，在住院整整一百天后…顺利出院 → 2026-04-07). A reader
counts the days on from the date printed before the count in its article: the end is a printed
date of the issue's news, with its year (a DateCue), and the printed start is background, not news
(:func:`day_start_months`). A span still ahead (预计住院三十天) counts nothing. A day counted by its
ordinal (1月12日启动的…行动，本月21日迎来第100天) counts the start as the first day: the Nth day is
N - 1 days on (April 21), and a start printed without its year is this year's. Words are data
(lexicon/day_counts.tsv).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from importlib.resources.abc import Traversable

from .countdowns import gestation_starts
from .cue_text import NUM, SENTENCE, alternation, cn_number, cue_quote
from .date_cues import DateCue, unquoted
from .role_lexicon import load_role_words

DAY_COUNT_WEIGHT = 2.0  # the writer's own count from a printed date: arithmetic, not a guess
MAX_DAYS = 1000  # a stay of more days is counted in months or years
START_REACH = 200  # characters between the printed start and the count of days
ROLES = ("stay", "done", "notyet", "reached")
_FULL_DATE = re.compile(r"(?<!\d)(?P<y>(?:19|20)\d{2})年(?P<m>\d{1,2})月(?P<d>\d{1,2})[日号]")
_ANY_DATE = re.compile(r"(?:(?<!\d)(?P<y>(?:19|20)\d{2})年|(?<![\d年]))(?P<m>\d{1,2})月(?P<d>\d{1,2})[日号]")
_COMMON_YEAR = 2001  # a start printed without its year is counted in a common year (no 29 February)


@dataclass(frozen=True)
class DayCountWords:
    count: re.Pattern[str]  # group n: the days of a stay (住院整整一百天)
    done: re.Pattern[str]
    notyet: re.Pattern[str]
    ordinal: re.Pattern[str]  # group n: the day reached now counted by its ordinal (迎来第100天)


@lru_cache(maxsize=1)
def default_day_count_words() -> DayCountWords:
    return load_day_count_words(resources.files(__package__).joinpath("lexicon"))


def load_day_count_words(directory: Traversable) -> DayCountWords:
    """day_counts.tsv from ``directory``; a bad line raises LexiconError naming the file and line."""
    words = load_role_words(directory, "day_counts.tsv", ROLES)
    return DayCountWords(
        re.compile(rf"(?:{alternation(words['stay'])})(?:了)?(?:整整|足足|共|满)?(?<![\d多近几数第])(?P<n>{NUM})(?:个)?(?:天|日)(?![多余来以])"),
        re.compile(alternation(words["done"])),
        re.compile(alternation(words["notyet"])),
        re.compile(rf"(?:{alternation(words['reached'])})第(?P<n>{NUM})(?:个)?天(?![多余来以])"),
    )


def _counts(texts: list[str], words: DayCountWords) -> list[tuple[DateCue, tuple[int, int]]]:
    out: list[tuple[DateCue, tuple[int, int]]] = []
    for text in texts:
        flat = unquoted(text)
        out += _ordinals(flat, words)
        if not _FULL_DATE.search(flat):
            continue
        for sentence in SENTENCE.finditer(flat):
            for found in words.count.finditer(sentence.group()):
                if words.notyet.search(sentence.group()[: found.start()]) or not words.done.search(sentence.group()[found.end() :]):
                    continue
                at = sentence.start() + found.start()
                counted = _count_start(flat, at, found.group("n"), _FULL_DATE)
                if counted is None:
                    continue
                days, start = counted
                try:
                    begun = dt.date(int(start.group("y")), int(start.group("m")), int(start.group("d")))
                except ValueError:
                    continue
                end = begun + dt.timedelta(days=days)
                quote = cue_quote(f"{start.group()}…{found.group()}", 40)
                out.append((DateCue(end.month, end.day, end.year, 0, DAY_COUNT_WEIGHT, quote, at), (begun.year, begun.month)))
    return out


def _count_start(flat: str, at: int, count: str, dates: re.Pattern[str]) -> tuple[int, re.Match[str]] | None:
    """The days a count at ``at`` writes and the printed date nearest before it (within START_REACH), or None
    when the count is no stay (none, or over MAX_DAYS) or no date stands before it."""
    days = cn_number(count)
    if not days or not 0 < days <= MAX_DAYS:
        return None
    starts = list(dates.finditer(flat, max(0, at - START_REACH), at))
    return (days, starts[-1]) if starts else None


def _ordinals(flat: str, words: DayCountWords) -> list[tuple[DateCue, tuple[int, int]]]:
    """Days reached now by their ordinal (1月12日启动…迎来第100天): the start is the first day."""
    out: list[tuple[DateCue, tuple[int, int]]] = []
    for sentence in SENTENCE.finditer(flat):
        for found in words.ordinal.finditer(sentence.group()):
            if words.notyet.search(sentence.group()[: found.start()]):
                continue
            at = sentence.start() + found.start()
            counted = _count_start(flat, at, found.group("n"), _ANY_DATE)
            if counted is None:
                continue
            days, start = counted
            year = int(start.group("y")) if start.group("y") else _COMMON_YEAR
            try:
                begun = dt.date(year, int(start.group("m")), int(start.group("d")))
            except ValueError:
                continue
            end = begun + dt.timedelta(days=days - 1)
            if not start.group("y") and end.year != year:
                continue  # a yearless start counted into the next year: its year unknown
            quote = cue_quote(f"{start.group()}…{found.group()}", 40)
            printed = end.year if start.group("y") else None
            out.append((DateCue(end.month, end.day, printed, 0, DAY_COUNT_WEIGHT, quote, at), (begun.year, begun.month)))
    return out


def day_count_cues(texts: list[str], words: DayCountWords | None = None) -> list[DateCue]:
    """Each article's stays of N days run to now, from the printed date nearest before them."""
    return [cue for cue, _ in _counts(texts, words or default_day_count_words())]


def day_start_months(texts: list[str], words: DayCountWords | None = None) -> set[tuple[int, int]]:
    """The printed (year, month) each such stay began in, and each a pregnancy's weeks are counted on
    from (末次月经为2025年12月1日; 2025年12月24日…孕7周, then 孕32周): background, not news."""
    return {start for _, start in _counts(texts, words or default_day_count_words())} | gestation_starts(texts)
