"""Weak cues of the year: an edition of a sports event named without its year or host
(本月刚刚闭幕的夏季奥运会: lexicon/sport_editions.tsv, by the issue's month) and the residents'
medical-insurance premium (个人缴费标准…提高40元: lexicon/insurance_premiums.tsv). Each allows
several years; :mod:`dating` lets them vote among the years other cues name, and adds a year
only where two of them agree (:func:`candidate_years`). Pure finder.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from importlib.resources.abc import Traversable

from ..errors import LexiconError
from .cue_text import alternation, cue_quote
from .date_cues import unquoted
from .role_lexicon import cell_names, lexicon_rows

_SENTENCE = re.compile(r"[^。！？；\n]+")
_YEAR = re.compile(r"(?:19|20)\d{2}")
_NOT_NEWS = re.compile(r"即将|将于|将在|申办|筹办|曾经?|当年|回顾|上一?届|下一?届|预选赛|资格赛|外围赛|计划|拟")
_HELD = re.compile(r"开幕|开赛|闭幕|落幕|揭幕|收官|战罢|鏖战|激战|开战|正在进行|火热进行")
# a name of the table is not one of another event's (冬季奥运会, 残疾人奥林匹克运动会, 女足世界杯)
_OTHER = r"(?<!冬季)(?<!残疾人)(?<!青年)(?<!女足)(?<!女子)(?<!篮球)(?<!排球)(?<!青少年)"
_SCHEME = re.compile(r"居民医保|居民基本医保|居民基本医疗保险|居民医疗保险")
_RISE = re.compile(r"个人缴费[^，。；]{0,16}?提高(\d{2,3})元(?:[，,]?(?:达到|提高到|提高至|增至|至|为)(?:每人每年)?(\d{3})元)?")


@dataclass(frozen=True)
class Edition:
    event: str
    year: int
    months: frozenset[int]  # the issue months that report it: those it was held in and the next


@dataclass(frozen=True)
class WeakCue:
    quote: str
    years: dict[int, frozenset[int] | None]  # a year it allows -> the issue months it allows (None: any)


@lru_cache(maxsize=1)
def default_tables() -> tuple[tuple[tuple[re.Pattern[str], tuple[Edition, ...]], ...], dict[int, int]]:
    directory = resources.files(__package__).joinpath("lexicon")
    return load_editions(directory), load_premiums(directory)


def load_editions(directory: Traversable) -> tuple[tuple[re.Pattern[str], tuple[Edition, ...]], ...]:
    """sport_editions.tsv: one pattern per event with its editions; a bad line raises LexiconError."""
    path = str(directory.joinpath("sport_editions.tsv"))
    names: dict[str, set[str]] = {}
    editions: dict[str, list[Edition]] = {}
    for number, line in lexicon_rows(directory, "sport_editions.tsv"):
        cols = line.split("\t")
        if len(cols) != 5 or not all(c.strip().isdigit() for c in cols[1:4]):
            raise LexiconError(path, number, "expected 'event<TAB>year<TAB>first month<TAB>last month<TAB>names'")
        year, first, last = (int(c) for c in cols[1:4])
        if not 1900 <= year <= 2100 or not 1 <= first <= last <= 12:
            raise LexiconError(path, number, "the year or the months (1-12, first not after last) are out of range")
        event = cols[0].strip()
        names.setdefault(event, set()).update(cell_names(path, number, cols[4]))  # none: a LexiconError, not a match-all pattern
        editions.setdefault(event, []).append(Edition(event, year, frozenset(range(first, min(last + 1, 12) + 1))))
    return tuple(
        (re.compile(_OTHER + "(?:" + alternation(list(names[e])) + ")"), tuple(editions[e]))
        for e in editions
    )


def load_premiums(directory: Traversable) -> dict[int, int]:
    """insurance_premiums.tsv: year -> amount; a bad line raises LexiconError naming file and line."""
    path = str(directory.joinpath("insurance_premiums.tsv"))
    out: dict[int, int] = {}
    for number, line in lexicon_rows(directory, "insurance_premiums.tsv"):
        cols = line.split("\t")
        if len(cols) != 3 or not all(c.strip().isdigit() for c in cols[:2]) or not 1900 <= int(cols[0]) <= 2100:
            raise LexiconError(path, number, "expected 'year<TAB>amount (元)<TAB>source'")
        out[int(cols[0])] = int(cols[1])
    return out


def weak_year_cues(text: str) -> list[WeakCue]:
    """The weak cues of ``text``: the first news mention of each event, every premium rise."""
    events, premiums = default_tables()
    out: list[WeakCue] = []
    seen: set[int] = set()
    for match in _SENTENCE.finditer(unquoted(text)):
        sentence = match.group()
        if _YEAR.search(sentence) or _NOT_NEWS.search(sentence):
            continue
        for index, (names, editions) in enumerate(events):
            found = names.search(sentence)
            if found and index not in seen and _HELD.search(sentence):
                seen.add(index)
                out.append(WeakCue(cue_quote(sentence[found.start() :]), {e.year: e.months for e in editions}))
        rise = _RISE.search(sentence) if _SCHEME.search(sentence) else None
        if rise:
            amount = int(rise.group(2)) if rise.group(2) else None
            years = [
                y for y, a in premiums.items()
                if y - 1 in premiums and a - premiums[y - 1] == int(rise.group(1)) and amount in (None, a)
            ]
            if years:
                out.append(WeakCue(cue_quote(sentence[max(0, rise.start() - 8) :]), dict.fromkeys(years)))
    return out


def agreed_years(cues: list[WeakCue]) -> set[int]:
    """The years two weak cues or more allow."""
    counts = Counter(y for c in cues for y in c.years)
    return {y for y, n in counts.items() if n >= 2}


WEAK_WEIGHT = 1.0  # a weak cue's vote for each year it allows
AGREED_WEIGHT = 1.5  # its vote for a year a second weak cue allows too: two unrelated cues rarely meet by chance


_ALL = frozenset(range(1, 13))


def weak_votes(cues: list[WeakCue]) -> list[tuple[int, float, str, frozenset[int] | None]]:
    """(year, weight, quote, issue months) for every year each cue allows: AGREED_WEIGHT in the
    months another cue allows the year too (a countdown's 2025 only before June meets a count's
    2025 only there), WEAK_WEIGHT in the rest."""
    out: list[tuple[int, float, str, frozenset[int] | None]] = []
    for index, cue in enumerate(cues):
        for year, months in cue.years.items():
            own = months or _ALL
            others = [o.years[year] or _ALL for i, o in enumerate(cues) if i != index and year in o.years]
            met = own & frozenset().union(*others) if others else frozenset()
            if met == own:
                out.append((year, AGREED_WEIGHT, cue.quote, months))
                continue
            if met:
                out.append((year, AGREED_WEIGHT, cue.quote, met))
            out.append((year, WEAK_WEIGHT, cue.quote, own - met if met else months))
    return out


def candidate_years(cues: list[WeakCue]) -> set[int]:
    """Where two weak cues agree on a year, every year any of them allows (the others are the
    disagreement the confidence weighs); else none."""
    return {y for c in cues for y in c.years} if agreed_years(cues) else set()
