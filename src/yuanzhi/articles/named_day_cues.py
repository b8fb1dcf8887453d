"""Two more ways an issue's text fixes its year without printing it:

* counted events held every few years (第七次全国人口普查 → 2020, 党的二十大 → 2022;
  lexicon/periodic_events.tsv): the issue is that year or later;
* a weekday printed beside a day's name without its date (护士节（星期日）, 高考首日恰逢
  周六, 重阳节当天（星期三）): a day of fixed date (lexicon/named_days.tsv) becomes a dated
  cue whose weekday :mod:`dating` checks in every candidate year; a lunar festival
  (lunar_festivals.tsv) names the year nearest the others in which it fell on that weekday.

Pure finders returning :class:`date_cues.YearCue` / :class:`date_cues.DateCue`.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from importlib.resources.abc import Traversable

from ..errors import LexiconError
from .calendar_cues import Calendar, default_calendar, squeeze
from .cue_text import NUM, alternation, cn_number, cue_quote
from .date_cues import WEEKDAYS, CueKind, DateCue, YearCue
from .role_lexicon import cell_names, lexicon_rows

PERIODIC_WEIGHT = 1.0  # 第七次全国人口普查: held that year, reported then or later
NAMED_DAY_WEIGHT = 1.0  # 护士节（星期日）: the day is the news, as a printed date
LUNAR_WEEKDAY_WEIGHT = 2.0  # 重阳节（星期三）: as a weekday beside a printed date
LUNAR_REACH = 10  # years from the anchor where a lunar festival's weekday is sought
_SINCE = re.compile(r"以来|之后|后")
_WEEKDAY_AFTER = (
    r"(?:节)?(?:当天|当日|这天|这一天|那天)?[，,]?(?:恰逢|正逢|正值|适逢|是|为)?"
    r"[（(]?[，,]?(?:星期|礼拜|周)(?P<w>[一二三四五六日天])(?![年岁])"
)


@dataclass(frozen=True)
class NamedDays:
    # (number, its year, years, per: held every years/per years, last number or None, forms with group n)
    periodic: tuple[tuple[int, int, int, int, int | None, re.Pattern[str]], ...]
    fixed: tuple[tuple[int, int, re.Pattern[str]], ...]  # (month, day, the day's names before a weekday)


@lru_cache(maxsize=1)
def default_named_days() -> NamedDays:
    return load_named_days(resources.files(__package__).joinpath("lexicon"))


def load_named_days(directory: Traversable) -> NamedDays:
    """periodic_events.tsv and named_days.tsv from ``directory``; a bad line raises
    LexiconError naming the file and line."""
    periodic: list[tuple[int, int, int, int, int | None, re.Pattern[str]]] = []
    path = str(directory.joinpath("periodic_events.tsv"))
    usage = "expected 'number<TAB>its year<TAB>every (years, or 1/2 for twice a year)<TAB>forms with {N}[<TAB>last number]'"
    for number, line in lexicon_rows(directory, "periodic_events.tsv"):
        cols = line.split("\t")
        every = re.fullmatch(r"([1-9]\d?)(?:/([1-9]))?", cols[2]) if len(cols) in (4, 5) else None
        if not every or not all(re.fullmatch(r"\d{1,4}", c) for c in cols[:2]) or len(cols) == 5 and not cols[4].isdigit():
            raise LexiconError(path, number, usage)
        last = int(cols[4]) if len(cols) == 5 else None
        if last is not None and last < int(cols[0]):
            raise LexiconError(path, number, "the last number is below the first")
        forms = cell_names(path, number, cols[3])
        if not all(f.count("{N}") == 1 for f in forms):
            raise LexiconError(path, number, "every form needs one {N} (the count)")
        body = "|".join(re.escape(f).replace(r"\{N\}", "{N}").replace("{N}", f"(?P<n{i}>{NUM})") for i, f in enumerate(forms))
        span, per = int(every.group(1)), int(every.group(2) or 1)
        periodic.append((int(cols[0]), int(cols[1]), span, per, last, re.compile(body)))
    fixed: list[tuple[int, int, re.Pattern[str]]] = []
    path = str(directory.joinpath("named_days.tsv"))
    for number, line in lexicon_rows(directory, "named_days.tsv"):
        cols = line.split("\t")
        when = re.fullmatch(r"(\d{2})-(\d{2})", cols[0]) if len(cols) == 2 else None
        if not when or not 1 <= int(when.group(1)) <= 12 or not 1 <= int(when.group(2)) <= 31:
            raise LexiconError(path, number, "expected 'MM-DD<TAB>names'")
        pattern = re.compile(rf"(?P<name>{alternation(cell_names(path, number, cols[1]))}){_WEEKDAY_AFTER}")
        fixed.append((int(when.group(1)), int(when.group(2)), pattern))
    return NamedDays(tuple(periodic), tuple(fixed))


def periodic_cues(text: str, days: NamedDays | None = None) -> list[YearCue]:
    """第七次全国人口普查 → 2020 (held then: the issue is that year or later); 党的十八大以来
    → not older than 2012."""
    days = days or default_named_days()
    flat = squeeze(text)
    out: list[YearCue] = []
    for number, year, span, per, last, pattern in days.periodic:
        for match in pattern.finditer(flat):
            count = cn_number(next(v for k, v in match.groupdict().items() if k.startswith("n") and v))
            if count is None or count < number or last is not None and count > last:
                continue
            held = year + (count - number) * span // per  # 广交会 twice a year: 1/2
            since = _SINCE.match(flat, match.end())
            kind: CueKind = "past" if since else "current"
            out.append(YearCue(held, kind, 0.0 if since else PERIODIC_WEIGHT, cue_quote(match.group(0)), match.start()))
    return out


def named_day_cues(text: str, days: NamedDays | None = None) -> list[DateCue]:
    """护士节（星期日） → 12 May with Sunday, as if printed: the weekday picks the year."""
    days = days or default_named_days()
    flat = squeeze(text)
    out: list[DateCue] = []
    for month, day, pattern in days.fixed:
        for match in pattern.finditer(flat):
            weekday = WEEKDAYS.index(match.group("w").replace("天", "日"))
            out.append(DateCue(month, day, None, 0, NAMED_DAY_WEIGHT, cue_quote(match.group(0)), match.start(), weekday))
    return out


def lunar_weekday_cues(
    text: str, anchor: int | None, cal: Calendar | None = None, floor: int | None = None, today: int | None = None
) -> list[YearCue]:
    """重阳节（星期三） → the year nearest ``anchor`` (within LUNAR_REACH) whose 重阳 fell on
    a Wednesday; with no anchor, the first such year not before ``floor`` (a year named as
    history: 2022年以来); with neither, the latest not after ``today``; else nothing (the
    weekday repeats every few years)."""
    out: list[YearCue] = []
    if anchor is None and floor is None and today is None:
        return out
    cal = cal or default_calendar()
    named = {name: (festival, offset) for festival, offset, name in cal.days}
    pattern = re.compile(rf"(?P<name>{alternation(list(named))}){_WEEKDAY_AFTER}")
    for match in pattern.finditer(squeeze(text)):
        festival, offset = named[match.group("name")]
        weekday = WEEKDAYS.index(match.group("w").replace("天", "日"))
        near = next(y for y in (anchor, floor, today) if y is not None)
        years = [
            y for y, when in cal.lunar[festival].items()
            if abs(y - near) <= LUNAR_REACH and (when + dt.timedelta(days=offset)).weekday() == weekday
            and (anchor is not None or (y >= near if floor is not None else y <= near))
        ]
        if years:
            year = min(years, key=lambda y: (abs(y - near), -y))
            out.append(YearCue(year, "about", LUNAR_WEEKDAY_WEIGHT, cue_quote(match.group(0)), match.start()))
    return out
