"""Votes for an issue's year and how a printed date fits a candidate month (dating.py weighs them).

A year cue votes by what it means (``year_votes``: 安排部署2023年工作 for 2023, 回顾总结2022年工作
for 2023 or, in a November or December issue, 2022); a printed date favours an issue month at or
up to ``WINDOW`` months after it (``month_fit``); a weekday printed with a date agrees with a year or
not (``weekday_fit``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from .date_cues import DateCue, YearCue

WINDOW = 3  # months an issue reports back
RECENT_VOTE = 0.5  # a plain mention of the latest year printed
WEEKDAY = 2.0  # a date printed with its weekday, for each year it agrees with or not
YEAR_END_MONTH = 11  # a review of the year in an issue of this month or later is of its own year
AGREED_ABOUT = 1.0  # a year two weak spans of different printed years both name: they rarely meet by chance
WEAK_ABOUT = 1.0  # an "about" cue this weak or weaker is a rough span (四年多, 十五六年, 年近九旬)
ANTICIPATION = 1  # months before a dated event (第40个教师节) an issue may announce it


@dataclass(frozen=True)
class Vote:
    year: int
    weight: float
    quote: str
    year_end: int | None = None  # the year it votes for in a November or December issue
    review_before: int | None = None  # in an issue of an earlier month it is last year's event
    months: frozenset[int] | None = None  # the issue months it votes in (a sports edition)

    def year_for(self, month: int | None) -> int:
        if self.months is not None and month is not None and month not in self.months:
            return 0
        if self.year_end is not None and month is not None and month >= YEAR_END_MONTH:
            return self.year_end
        if self.review_before is not None and month is not None and month < self.review_before:
            return self.year + 1
        return self.year


def year_votes(cues: list[YearCue]) -> tuple[list[Vote], int | None]:
    """Votes for the issue's year, and the year it cannot be older than."""
    votes: list[Vote] = []
    floors: list[int] = []
    dated = [c.year for c in cues if c.kind not in ("future", "next", "about", "lunar")]
    latest = max(dated, default=None)
    for cue in cues:
        if cue.kind == "current":  # a dated event is news from a month before it on
            review = cue.month - ANTICIPATION if cue.month else None
            votes.append(Vote(cue.year, cue.weight, cue.quote, review_before=review))
            floors.append(cue.year)
        elif cue.kind == "previous":  # reviewed early next year, or at this year's end
            votes.append(Vote(cue.year + 1, cue.weight, cue.quote, year_end=cue.year))
            floors.append(cue.year)
        elif cue.kind == "next":
            votes.append(Vote(cue.year - 1, cue.weight, cue.quote))
        elif cue.kind == "prior":  # compared with (较2023年同期): a later year in any month
            votes.append(Vote(cue.year + 1, cue.weight, cue.quote))
            floors.append(cue.year + 1)
        elif cue.kind == "past":
            floors.append(cue.year)
        elif cue.kind == "about":
            votes.append(Vote(cue.year, cue.weight, cue.quote))
        elif cue.kind == "lunar":  # the lunar year begins in January or February
            votes.append(Vote(cue.year, cue.weight, cue.quote, year_end=cue.year - 1))
        elif cue.kind == "plain" and cue.year == latest:
            votes.append(Vote(cue.year, RECENT_VOTE, cue.quote))
    votes += agreed_votes(cues)
    return votes, max(floors, default=None)


def counted_from(cues: list[YearCue]) -> list[YearCue]:
    """A printed year a span counts on from (2018年挂牌成立，挂牌七八年来; 2019年毕业后来到…，工作五六年了)
    is history, however its own words read (挂牌 as this year's news): the issue is at least that year."""
    starts = {(c.origin, c.quote) for c in cues if c.kind == "about" and c.origin is not None}
    return [
        replace(c, kind="past", weight=0.0)
        if c.kind == "current" and any(o == c.year and q.startswith(c.quote.rstrip("…")) for o, q in starts) else c
        for c in cues
    ]


def behind_past(cues: list[YearCue], behind: set[tuple[int, int]]) -> list[YearCue]:
    """A plain mention of a printed month that is background (the start of a term still running,
    2020年4月装机的CT…目前仍在保修期内) is history: the issue is at least that year, no recent vote."""
    starts = {f"{y}年{m}月" for y, m in behind}
    return [
        replace(c, kind="past", weight=0.0) if c.kind == "plain" and any(c.quote.startswith(s) for s in starts) else c
        for c in cues
    ]


def agreed_votes(cues: list[YearCue]) -> list[Vote]:
    """A vote of AGREED_ABOUT for each year that two weak spans or more, read from different
    mentions (1989年…三十二三年 and 2018年入职…四年多), both name: one rough span leaves a year
    either way, two that meet pin it. Spans from one printed year (年过八旬 and 八旬老人 beside one
    birth year) are one source, and name only the years all its mentions allow (今年80岁 and 八旬老人
    beside 1946年出生: 2026, not 八旬's 2027 to 2035)."""
    spans: dict[int | str, dict[str, set[int]]] = {}  # the printed year (else the quote) -> quote -> years
    for cue in cues:
        if cue.kind == "about" and 0 < cue.weight <= WEAK_ABOUT:
            spans.setdefault(cue.origin if cue.origin is not None else cue.quote, {}).setdefault(cue.quote, set()).add(cue.year)
    sources: dict[int, dict[int | str, str]] = {}  # year -> the printed year (else the quote) each span counts from
    for key, named in spans.items():
        allowed = set.intersection(*named.values()) or set.union(*named.values())
        for quote, years in named.items():
            for year in years & allowed:
                sources.setdefault(year, {})[key] = quote
    return [
        Vote(year, AGREED_ABOUT, " + ".join(sorted(q.values())[:2])) for year, q in sorted(sources.items()) if len(q) >= 2
    ]


def month_fit(month_index: int, year: int, cue: DateCue) -> float:
    """How a printed date bears on an issue of (year, month): +w before it, -w after."""
    if cue.year is not None or cue.rel:
        printed = (cue.year if cue.year is not None else year + cue.rel) * 12 + cue.month - 1
        delta = year * 12 + month_index - printed
        if delta < 0:
            return -cue.weight
        if cue.exact:
            return cue.weight if delta == 0 else 0.0
    else:
        delta = (month_index - (cue.month - 1)) % 12
        if cue.exact:  # 本月期满 of a term begun 去年7月: the issue's own month, its year unprinted
            return cue.weight if delta == 0 else 0.0
        if delta > 12 - WINDOW:
            return -cue.weight
    return cue.weight if delta <= WINDOW else 0.0


def weekday_fit(year: int, month: int | None, cue: DateCue) -> float:
    """+WEEKDAY when a date printed with its weekday (9月10日（星期二）) falls on that
    weekday in an issue of (year, month), -WEEKDAY when not."""
    if cue.day is None or cue.weekday is None and (cue.month, cue.day) != (2, 29):
        return 0.0  # (2月29日 without its weekday: only a leap year has it)
    if cue.year is not None:
        printed = cue.year
    elif cue.rel:
        printed = year + cue.rel
    else:  # a bare month later than the is last year's (December news in January)
        printed = year - 1 if month is not None and cue.month > month else year
    try:
        weekday = dt.date(printed, cue.month, cue.day).weekday()
    except ValueError:
        return -WEEKDAY
    if cue.weekday is None:
        return 0.0
    return WEEKDAY if weekday == cue.weekday else -WEEKDAY
