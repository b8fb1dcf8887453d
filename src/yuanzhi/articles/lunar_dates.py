"""A date printed with its lunar date (11月22日（农历十月廿二）, 农历正月初八（2月5日）) names
the years whose lunar date falls on that day: about every 19 years, so the one nearest the
years the rest of the issue names, else the first not before a year it names as history,
else the latest not after ``today`` (an issue naming no year at all), else none unless one
year alone fits. The lunar months' first days are data (lexicon/lunar_months.tsv, computed
once with the lunardate package, as lunar_festivals.tsv). Pure finder returning
:class:`date_cues.YearCue`.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from importlib import resources
from importlib.resources.abc import Traversable

from ..errors import LexiconError
from .calendar_cues import squeeze
from .cue_text import cue_quote
from .date_cues import YearCue
from .role_lexicon import lexicon_rows

LUNAR_DATE_WEIGHT = 2.0  # as a festival glossed with its date (除夕（1月28日）)
REACH = 30  # years from the anchor where the lunar date is sought
_MONTHS = {"正": 1, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10,
           "十一": 11, "冬": 11, "十二": 12, "腊": 12}
_UNITS = "一二三四五六七八九"
_LUNAR = r"(?:农历|阴历)(?P<leap>闰)?(?P<lm>十一|十二|[正一二三四五六七八九十冬腊])月(?P<ld>初[一二三四五六七八九十]|二十|三十|[十廿][一二三四五六七八九]|二十[一二三四五六七八九])"
_SOLAR = r"(?P<m>\d{1,2})月(?P<d>\d{1,2})日"
_PATTERNS = (
    re.compile(rf"{_SOLAR}[（(，,、]?(?:(?:星期|礼拜|周)[一二三四五六日天][，,、]?)?(?:即|是|为|也就是)?{_LUNAR}"),
    re.compile(
        _LUNAR + r"[（(，,、]?(?:即|是|为|也就是)?(?:公历|阳历|新历)?" + _SOLAR.replace("?P<m>", "?P<m2>").replace("?P<d>", "?P<d2>")
    ),
)

# lunar year → ((month, leap) → its first day), in order
LunarMonths = dict[int, dict[tuple[int, bool], dt.date]]


@lru_cache(maxsize=1)
def default_lunar_months() -> LunarMonths:
    return load_lunar_months(resources.files(__package__).joinpath("lexicon"))


def _day(path: str, number: int, year: int, text: str) -> dt.date:
    match = re.fullmatch(r"(\+)?(\d{2})-(\d{2})", text.strip())
    if not match:
        raise LexiconError(path, number, f"{text!r}: expected MM-DD or +MM-DD (the next Gregorian year)")
    try:
        return dt.date(year + (1 if match.group(1) else 0), int(match.group(2)), int(match.group(3)))
    except ValueError:
        raise LexiconError(path, number, f"{text!r}: no such day") from None


def load_lunar_months(directory: Traversable) -> LunarMonths:
    """lunar_months.tsv from ``directory``; a bad line raises LexiconError naming the file and line."""
    path = str(directory.joinpath("lunar_months.tsv"))
    out: LunarMonths = {}
    for number, line in lexicon_rows(directory, "lunar_months.tsv"):
        cols = line.split("\t")
        if len(cols) not in (13, 14) or not re.fullmatch(r"(?:19|20)\d{2}", cols[0]):
            raise LexiconError(path, number, "expected 'lunar year<TAB>twelve first days (MM-DD)[<TAB>leap month:MM-DD]'")
        year = int(cols[0])
        months = {(m, False): _day(path, number, year, cols[m]) for m in range(1, 13)}
        if len(cols) == 14:
            leap, sep, when = cols[13].partition(":")
            if not sep or not leap.isdigit() or not 1 <= int(leap) <= 12:
                raise LexiconError(path, number, f"{cols[13]!r}: expected 'leap month number:MM-DD'")
            months[(int(leap), True)] = _day(path, number, year, when)
        out[year] = dict(sorted(months.items(), key=lambda item: item[1]))
    return out


def _lunar_day(text: str) -> int:
    if text.startswith("初"):
        return 10 if text[1] == "十" else _UNITS.index(text[1]) + 1
    tens = {"十": 10, "廿": 20, "二": 20, "三": 30}[text[0]]
    rest = text[2:] if text.startswith(("二十", "三十")) else text[1:]
    return tens + (_UNITS.index(rest) + 1 if rest else 0)


def solar_years(month: int, leap: bool, day: int, solar: tuple[int, int], table: LunarMonths) -> list[int]:
    """The Gregorian years in which lunar (month, day) fell on the Gregorian (month, day)."""
    out = []
    for year, months in table.items():
        first = months.get((month, leap))
        if first is None:
            continue
        later = [d for d in [*months.values(), *table.get(year + 1, {}).values()] if d > first]
        when = first + dt.timedelta(days=day - 1)
        if later and when >= min(later):
            continue  # a 29-day month has no 三十
        if (when.month, when.day) == solar:
            out.append(when.year)
    return out


def lunar_date_cues(
    text: str, anchor: int | None, floor: int | None = None, today: int | None = None, table: LunarMonths | None = None
) -> list[YearCue]:
    table = default_lunar_months() if table is None else table
    flat = squeeze(text)
    out: list[YearCue] = []
    for pattern in _PATTERNS:
        for match in pattern.finditer(flat):
            found = match.groupdict()
            solar = (int(found.get("m") or found["m2"]), int(found.get("d") or found["d2"]))
            years = solar_years(_MONTHS[match.group("lm")], bool(match.group("leap")), _lunar_day(match.group("ld")), solar, table)
            if anchor is not None:
                years = [y for y in years if abs(y - anchor) <= REACH]
                years = [min(years, key=lambda y: (abs(y - anchor), -y))] if years else []
            elif floor is not None:
                years = [min((y for y in years if y >= floor), default=0)]
            elif today is not None:
                years = [max((y for y in years if y <= today), default=0)]
            if len(years) == 1 and years[0]:
                out.append(YearCue(years[0], "about", LUNAR_DATE_WEIGHT, cue_quote(match.group(0)), match.start()))
    return out
