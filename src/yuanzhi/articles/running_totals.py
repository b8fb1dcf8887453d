"""Months a running total counts: a fixed sum paid at a fixed rhythm since a printed month
(2019年7月…从那个月起，他每月从工资中拿出200元…) and its total now (捐款总额正好达到了15000元) give
the number of payments (75), the first in the starting month and one each rhythm on: the issue
is of the month of the last (2025-09). A total printed as a bound (已超过, 一万多) counts nothing.
Words are data (lexicon/instalments.tsv). One exact month per article, as an issue number is.

A rotation of fixed length since a printed month counts the same way: residents who began in
2025年9月, rotating 每3个月 a department, who 本月起 enter their 第四站 are in the month of the fourth
start (2026-06: the first in the starting month, one each rhythm on). A station not said to begin
this month counts nothing. Words are data (lexicon/rotations.tsv).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from importlib.resources.abc import Traversable

from ..errors import LexiconError
from .cue_text import NUM, alternation, cn_number, cue_quote, month_index, year_month
from .date_cues import DateCue, unquoted
from .role_lexicon import cell_names, lexicon_rows, load_rhythm_words

RUNNING_WEIGHT = 3.0  # the writer's own arithmetic from a printed month: as sure as an issue number
MAX_PAYMENTS = 600  # fifty years of monthly payments
REACH = 80  # characters from the printed month to the instalment
_AMOUNT = r"(?P<{g}>\d+(?:\.\d+)?)(?P<{g}w>万)?元"
_MONTH = re.compile(r"(?<!\d)(?P<y>(?:19|20)\d{2})年(?P<m>\d{1,2})月")


@dataclass(frozen=True)
class InstalmentWords:
    rhythms: dict[str, int]  # word -> months between two instalments
    instalment: re.Pattern[str]  # groups r (the rhythm word), a (the sum)
    total: re.Pattern[str]  # groups more, t (the total)
    start: re.Pattern[str]


@lru_cache(maxsize=1)
def default_instalment_words() -> InstalmentWords:
    return load_instalment_words(resources.files(__package__).joinpath("lexicon"))


def load_instalment_words(directory: Traversable) -> InstalmentWords:
    """instalments.tsv from ``directory``; a bad line raises LexiconError naming the file and line."""
    rhythms, roles = load_rhythm_words(directory, "instalments.tsv", ("start", "total", "more"), "months between instalments")
    return InstalmentWords(
        rhythms,
        re.compile(rf"(?P<r>{alternation(list(rhythms))})[^。；！？，,]{{0,12}}?{_AMOUNT.format(g='a')}"),
        re.compile(
            rf"(?:{alternation(roles['total'])})[^。；！？，,\d]{{0,12}}?"
            rf"(?P<more>{alternation(roles['more'])})?{_AMOUNT.format(g='t')}(?P<after>多|余|以上)?"
        ),
        re.compile(alternation(roles["start"])),
    )


def _yuan(match: re.Match[str], group: str) -> float:
    return float(match.group(group)) * (10000 if match.group(group + "w") else 1)


def running_total_cues(texts: list[str], words: InstalmentWords | None = None) -> list[DateCue]:
    """Each article's running total of a fixed instalment since a printed month: the month of
    the last payment (an exact month: the issue's own)."""
    words = words or default_instalment_words()
    out: list[DateCue] = []
    for text in texts:
        flat = unquoted(text)
        totals = [t for t in words.total.finditer(flat) if not t.group("more") and not t.group("after")]
        if not totals:
            continue
        for paid in words.instalment.finditer(flat):
            begun = [m for m in _MONTH.finditer(flat, max(0, paid.start() - REACH), paid.start())]
            if not begun or not words.start.search(flat[begun[-1].end() : paid.start()]):
                continue
            amount = _yuan(paid, "a")
            ratios = {_yuan(t, "t") / amount for t in totals if amount}
            counts = {round(c) for c in ratios if abs(c - round(c)) < 1e-9 and 2 <= c <= MAX_PAYMENTS}
            if len(counts) != 1:
                continue
            start = month_index(int(begun[-1].group("y")), int(begun[-1].group("m")))
            year, month = year_month(start + (counts.pop() - 1) * words.rhythms[paid.group("r")])
            quote = cue_quote(f"{begun[-1].group()}…{paid.group()}…{totals[0].group()}", 40)
            out.append(DateCue(month, None, year, 0, RUNNING_WEIGHT, quote, paid.start(), exact=True))
            break
    return out


ROTATION_REACH = 200  # characters from the rhythm to the station begun this month
MAX_STATIONS = 24


@dataclass(frozen=True)
class RotationWords:
    rhythm: re.Pattern[str]  # groups k or k2 (months a station lasts)
    begun: re.Pattern[str]  # after the printed month: the rotation began then
    station: re.Pattern[str]  # group n: the station begun this month


@lru_cache(maxsize=1)
def default_rotation_words() -> RotationWords:
    return load_rotation_words(resources.files(__package__).joinpath("lexicon"))


def load_rotation_words(directory: Traversable) -> RotationWords:
    """rotations.tsv from ``directory``; a bad line raises LexiconError naming the file and line."""
    path = str(directory.joinpath("rotations.tsv"))
    roles: dict[str, list[str]] = {"begun": [], "rotate": [], "station": [], "now": []}
    for number, line in lexicon_rows(directory, "rotations.tsv"):
        key, sep, rest = line.partition("\t")
        if not sep or key not in roles:
            raise LexiconError(path, number, "expected 'begun|rotate|station|now<TAB>words'")
        roles[key] += cell_names(path, number, rest)
    if not all(roles.values()):
        raise LexiconError(path, 0, "no words for a role")
    rotate = alternation(roles["rotate"])
    return RotationWords(
        # 每3个月轮转一个科室; 每个科室轮转3个月
        re.compile(rf"每(?P<k>{NUM})个月[^。；！？，,]{{0,4}}?(?:{rotate})|(?:{rotate})(?P<k2>{NUM})个月"),
        re.compile(rf"(?:的|起)?(?:{alternation(roles['begun'])})"),
        # 本月起，他们进入第四站
        re.compile(rf"(?:{alternation(roles['now'])})[^。；！？]{{0,12}}?第(?P<n>{NUM})(?:{alternation(roles['station'])})"),
    )


def rotation_cues(texts: list[str], words: RotationWords | None = None) -> list[DateCue]:
    """Each article's rotation of fixed length since a printed month with a station begun this
    month: the month that station began (an exact month: the issue's own)."""
    words = words or default_rotation_words()
    out: list[DateCue] = []
    for text in texts:
        flat = unquoted(text)
        for rhythm in words.rhythm.finditer(flat):
            begun = [m for m in _MONTH.finditer(flat, max(0, rhythm.start() - REACH), rhythm.start()) if words.begun.match(flat, m.end())]
            station = words.station.search(flat, rhythm.end(), rhythm.end() + ROTATION_REACH)
            every = cn_number(rhythm.group("k") or rhythm.group("k2"))
            count = cn_number(station.group("n")) if station else None
            if not begun or not station or not every or not 1 <= every <= 12 or not count or not 2 <= count <= MAX_STATIONS:
                continue
            year, month = year_month(month_index(int(begun[-1].group("y")), int(begun[-1].group("m"))) + (count - 1) * every)
            quote = cue_quote(f"{begun[-1].group()}…{rhythm.group()}…{station.group()}", 40)
            out.append(DateCue(month, None, year, 0, RUNNING_WEIGHT, quote, station.start(), exact=True))
            break
    return out
