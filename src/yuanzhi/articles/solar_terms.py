"""The 24 solar terms (二十四节气) by the usual approximation for 2001-2099: the term falls on
day ⌊Y·0.2422 + C⌋ − L of its month, Y the year's last two digits, L = ⌊Y/4⌋ (⌊(Y−1)/4⌋ for
the four terms before 29 February), with the approximation's ten known exceptions. A term
printed with its date (12月21日冬至, 立春（2月3日）) is a weak cue: its date repeats in a
four-year pattern, so :mod:`dating` lets it favour, among the years other cues name, those
in which the term fell on that day. Pure functions.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache

from .calendar_cues import squeeze
from .cue_text import cue_quote

FIRST, LAST = 2001, 2099
# name, month, C (21st century)
TERMS = (
    ("小寒", 1, 5.4055), ("大寒", 1, 20.12), ("立春", 2, 3.87), ("雨水", 2, 18.73), ("惊蛰", 3, 5.63),
    ("春分", 3, 20.646), ("清明", 4, 4.81), ("谷雨", 4, 20.1), ("立夏", 5, 5.52), ("小满", 5, 21.04),
    ("芒种", 6, 5.678), ("夏至", 6, 21.37), ("小暑", 7, 7.108), ("大暑", 7, 22.83), ("立秋", 8, 7.5),
    ("处暑", 8, 23.13), ("白露", 9, 7.646), ("秋分", 9, 23.042), ("寒露", 10, 8.318), ("霜降", 10, 23.438),
    ("立冬", 11, 7.438), ("小雪", 11, 22.36), ("大雪", 12, 7.18), ("冬至", 12, 21.94),
)
_EXCEPTIONS = {
    ("小寒", 2019): -1, ("大寒", 2082): 1, ("雨水", 2026): -1, ("春分", 2084): 1, ("小满", 2008): 1,
    ("小暑", 2016): 1, ("立秋", 2002): 1, ("霜降", 2089): 1, ("立冬", 2089): 1, ("冬至", 2021): -1,
}
_EARLY = ("小寒", "大寒", "立春", "雨水")
_NAMES = "|".join(name for name, _, _ in TERMS)
_DATE = r"(?P<m>\d{1,2})月(?P<d>\d{1,2})日"
_PRINTED = re.compile(
    rf"{_DATE}(?:[（(]?(?:星期|周)[一二三四五六日天][)）]?)?[，,]?(?:是|为|迎来|正值|恰逢|逢)?(?:二十四节气(?:中|之)?的?)?(?P<t>{_NAMES})(?![前后])"
    rf"|(?P<t2>{_NAMES})(?:节气)?(?:当天|当日|这天)?(?:是|为|在|于)?[（(]{_DATE.replace('?P<m>', '?P<m2>').replace('?P<d>', '?P<d2>')}"
)


def term_day(name: str, year: int) -> dt.date:
    """The day the solar term ``name`` falls on in ``year`` (2001-2099)."""
    month, constant = next((m, c) for n, m, c in TERMS if n == name)
    short = year % 100
    leap = (short - 1) // 4 if name in _EARLY else short // 4
    return dt.date(year, month, int(short * 0.2422 + constant) - leap + _EXCEPTIONS.get((name, year), 0))


@cache
def _years_on(name: str, month: int, day: int) -> frozenset[int]:
    return frozenset(y for y in range(FIRST, LAST + 1) if (term_day(name, y).month, term_day(name, y).day) == (month, day))


def term_mentions(text: str) -> list[tuple[frozenset[int], int, str, int]]:
    """Each solar term printed with its date: (the years it fell then, its month, quote, start); a date
    on which the term never falls (a typo, another day's news) gives no years and is left out."""
    out = []
    for match in _PRINTED.finditer(squeeze(text)):
        name = match.group("t") or match.group("t2")
        month, day = int(match.group("m") or match.group("m2")), int(match.group("d") or match.group("d2"))
        years = _years_on(name, month, day)
        if years:
            out.append((years, month, cue_quote(match.group(0)), match.start()))
    return out
