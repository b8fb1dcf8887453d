"""Months a numbered series held at a fixed rhythm counts: a lecture begun in a printed month and held
once a month (“每月一讲”于2024年4月开讲，每月一期) whose 30th the issue reports (迎来第30讲) is 29 months
on: the issue is of that month or a little later (2026-09; a dated month, not an exact one, as the
writer reports the instalment in the weeks after it). The start, the rhythm and the ordinal must stand
in one article, each once (two starts or two rhythms count nothing), the rhythm and the ordinal naming
the same unit (讲, 期); an ordinal still ahead (将迎来第31期) counts nothing. A rotation in relay is a
series too: each batch serving a term of years in turn (2013年8月选派第一批…每批援藏一年、接力轮换) has its
rhythm in that term, the first batch in the printed month, and a batch set out now with the one before it
come back (第十三批出征…第十二批归来) is the newest, the larger of two ordinals in a row. A start printed
with a year word (今年1月第一批进驻…每三个月轮换一批…第四批) counts in the issue's year: the year is left to
the rest. An ordinal whose sentence says 本月 (本月8日，…第四批专家…进驻) is of the issue's own month:
an exact month. Words are data
(lexicon/series_numbers.tsv).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from importlib.resources.abc import Traversable

from .cue_text import NUM, alternation, cn_number, cue_quote, month_index, year_month
from .date_cues import DateCue, unquoted
from .role_lexicon import load_rhythm_words

SERIES_WEIGHT = 2.0  # the writer's own count from a printed month: arithmetic, as a term of months
MAX_ORDINAL = 600  # fifty years of monthly instalments
BEGAN_REACH = 8  # characters from the printed month to its word of beginning
ROLES = ("began", "unit", "notyet", "relay")
MAX_RELAY = 3  # years a batch of a rotation in relay serves
RELAY_REACH = 6  # characters from 每批 to its term of years
_CLAUSE = re.compile(r"[，,：:。；！？]")


@dataclass(frozen=True)
class SeriesWords:
    rhythms: dict[str, int]  # word -> months between two instalments
    rhythm: re.Pattern[str]  # groups r (the rhythm word), u (the unit)
    relay: re.Pattern[str]  # groups u (the unit), n (the years each serves in turn)
    began: re.Pattern[str]  # groups y, m
    ordinal: re.Pattern[str]  # groups n, u
    notyet: re.Pattern[str]


@lru_cache(maxsize=1)
def default_series_words() -> SeriesWords:
    return load_series_words(resources.files(__package__).joinpath("lexicon"))


def load_series_words(directory: Traversable, name: str = "series_numbers.tsv") -> SeriesWords:
    """series_numbers.tsv from ``directory``; a bad line raises LexiconError naming the file and line."""
    rhythms, roles = load_rhythm_words(directory, name, ROLES, "months")
    unit = alternation(roles["unit"])
    return SeriesWords(
        rhythms,
        re.compile(rf"(?P<r>{alternation(list(rhythms))})(?:举办|举行|开讲|推出|轮换|轮转|更换)?一(?P<u>{unit})"),
        re.compile(
            rf"每(?P<u>{unit})[^。；！？，,\d]{{0,{RELAY_REACH}}}?(?P<n>{NUM})年[、，,]?(?:{alternation(roles['relay'])})"
        ),
        re.compile(
            rf"(?:(?<!\d)(?P<y>(?:19|20)\d{{2}})年|(?P<rel>今年|去年|前年))(?P<m>\d{{1,2}})月(?:\d{{1,2}}[日号])?"
            rf"[^。；！？，,\d]{{0,{BEGAN_REACH}}}?(?:{alternation(roles['began'])})"
        ),
        re.compile(rf"第(?P<n>{NUM})(?P<u>{unit})"),
        re.compile(alternation(roles["notyet"])),
    )


RELATIVE_SPAN = 100  # a start printed 今年/去年/前年 is held as year RELATIVE_SPAN + its offset
_REL_WORDS = {-2: "前年", -1: "去年", 0: "今年"}


def _year(match: re.Match[str]) -> int:
    """The printed year of a start, or RELATIVE_SPAN + the offset its year word names (去年: -1)."""
    return int(match.group("y")) if match.group("y") else RELATIVE_SPAN + {w: o for o, w in _REL_WORDS.items()}[match.group("rel")]


def series_number_cues(texts: list[str], words: SeriesWords | None = None) -> list[DateCue]:
    """Each article's numbered instalment of a series at a rhythm since a printed month: its month."""
    words = words or default_series_words()
    out: list[DateCue] = []
    for text in texts:
        flat = unquoted(text)
        begun = list(words.began.finditer(flat))
        starts = {(_year(m), int(m.group("m"))) for m in begun}
        if len(starts) != 1:
            continue
        rhythms = {(words.rhythms[m.group("r")], m.group("u")) for m in words.rhythm.finditer(flat)}
        rhythms |= {
            (12 * years, m.group("u")) for m in words.relay.finditer(flat)
            if (years := cn_number(m.group("n"))) and years <= MAX_RELAY
        }
        months = {r for r, _ in rhythms}
        units = {u for _, u in rhythms}
        if len(months) != 1:
            continue
        ordinals = {
            (n, m.group("u"), m.start())
            for m in words.ordinal.finditer(flat)
            if m.group("u") in units and (n := cn_number(m.group("n")))
            and not words.notyet.search(_CLAUSE.split(flat[: m.start()])[-1])
            and not any(b.start() <= m.start() < b.end() for b in begun)  # 2013年8月选派第一批: the start
        }
        counts = {n for n, _, _ in ordinals}
        if len(counts) == 2 and max(counts) - min(counts) == 1:  # 第十三批出征…第十二批归来: the newer
            counts = {max(counts)}
            ordinals = {o for o in ordinals if o[0] in counts}
        if len(counts) != 1:
            continue
        (year, month), rhythm, count = next(iter(starts)), next(iter(months)), next(iter(counts))
        if not 1 <= month <= 12 or count > MAX_ORDINAL:
            continue
        reached_year, reached_month = year_month(month_index(year, month) + (count - 1) * rhythm)
        at = min(at for _, _, at in ordinals)
        exact = any(_this_month(flat, where) for _, _, where in ordinals)  # 本月8日…第四批…进驻: the month
        if year < RELATIVE_SPAN * 2:  # 今年1月第一批…每三个月轮换一批…第四批: this year's October, the year unprinted
            quote = cue_quote(f"{_REL_WORDS[year - RELATIVE_SPAN]}{month}月…第{count}", 40)
            out.append(DateCue(reached_month, None, None, reached_year - RELATIVE_SPAN, SERIES_WEIGHT, quote, at, exact=exact))
            continue
        quote = cue_quote(f"{year}年{month}月…第{count}", 40)
        out.append(DateCue(reached_month, None, reached_year, 0, SERIES_WEIGHT, quote, at, exact=exact))
    return out


_THIS_MONTH = re.compile(r"本月|这个月")
_STOPS = "。；！？"


def _this_month(flat: str, at: int) -> bool:
    """The issue's own month word in the sentence of the ordinal at ``at`` (本月8日，…第四批…进驻)."""
    begin = max((flat.rfind(stop, 0, at) for stop in _STOPS), default=-1) + 1
    ends = [e for e in (flat.find(stop, at) for stop in _STOPS) if e >= 0]
    return bool(_THIS_MONTH.search(flat, begin, min(ends, default=len(flat))))
