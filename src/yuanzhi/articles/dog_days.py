"""The dog days (三伏) a hospital paper announces with its 三伏贴 each summer: 初伏 begins on
the third 庚 day from 夏至 (入伏, 11-20 July), 末伏 on the first 庚 day from 立秋, and the
three last 30 or 40 days. A printed 入伏 date (7月15日入伏, 入伏时间为7月20日) and a length
(今年三伏共40天) name the years they fit: the one nearest the years the issue names, else
the first not before its history year, else (no year printed) the latest up to ``today``,
else none unless one year alone fits. Computed, not listed: 夏至 and 立秋 from
:mod:`solar_terms`, the day's stem counted from 2000-01-01 (a 戊 day).
Pure finder returning :class:`date_cues.YearCue`.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from .calendar_cues import squeeze
from .cue_text import cn_number, cue_quote
from .date_cues import YearCue
from .solar_terms import term_day

DOG_DAYS_WEIGHT = 2.0  # as a lunar date beside a solar one
REACH = 30  # years from the anchor where the dog days are sought
FIRST, LAST = 2001, 2060
_GENG = 6  # 庚, counting 甲 as 0
_START = re.compile(
    r"(?P<m>7)月(?P<d>\d{1,2})日(?:正式|开始)?(?:入伏|进入(?:初伏|三伏|伏天))"
    r"|(?:入伏|初伏)(?:时间|日期|之日)?(?:为|是|在|定于|于|从|自)?(?P<m2>7)月(?P<d2>\d{1,2})日"
)
_LENGTH = re.compile(r"(?:三伏天?|伏天|伏期)(?:一共|共计|总共|长达|为期|共|有|是|为)?(?P<n>30|40|三十|四十)天")


def _geng_from(day: dt.date) -> dt.date:
    return day + dt.timedelta(days=(_GENG - (4 + (day - dt.date(2000, 1, 1)).days)) % 10)


@lru_cache(maxsize=1)
def dog_days() -> dict[int, tuple[dt.date, int]]:
    """Each year's first dog day (入伏) and the dog days' length in days, 2001-2060."""
    out = {}
    for year in range(FIRST, LAST + 1):
        first = _geng_from(term_day("夏至", year)) + dt.timedelta(days=20)  # the third 庚 day
        last = _geng_from(term_day("立秋", year))
        out[year] = (first, (last - first).days + 10)
    return out


def dog_day_cues(text: str, anchor: int | None, floor: int | None = None, today: int | None = None) -> list[YearCue]:
    flat = squeeze(text)
    table = dog_days()
    years = set(table)
    quotes: list[tuple[str, int]] = []
    for match in _START.finditer(flat):
        day = int(match.group("d") or match.group("d2"))
        years &= {y for y, (first, _) in table.items() if (first.month, first.day) == (7, day)}
        quotes.append((match.group(0), match.start()))
    for match in _LENGTH.finditer(flat):
        length = cn_number(match.group("n"))
        years &= {y for y, (_, days) in table.items() if days == length}
        quotes.append((match.group(0), match.start()))
    if not quotes:
        return []
    if anchor is not None:
        near = [y for y in years if abs(y - anchor) <= REACH]
        years = {min(near, key=lambda y: (abs(y - anchor), -y))} if near else set()
    elif floor is not None:
        years = {min((y for y in years if y >= floor), default=0)}
    elif today is not None:
        years = {max((y for y in years if y <= today), default=0)}
    if len(years) != 1 or not min(years):
        return []
    quote, start = quotes[0]
    return [YearCue(min(years), "about", DOG_DAYS_WEIGHT, cue_quote(quote), start)]
