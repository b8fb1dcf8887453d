"""Find dates in a sentence and resolve them to ISO strings.

Shapes (as Chinese news prints them):

- ``2024年2月20日``, ``二〇二四年五月十一日`` (Chinese numerals via cn2an) → ``2024-02-20``
- ``5月11日`` → the year comes from the issue (see :func:`infer_year`)
- ``4月8日至4月22日``, ``4月27日至5月1日``, ``4月8日至22日`` → ``2024-04-08/2024-04-22``
- ``2024年5月`` → ``2024-05``
- ``5·12`` (a date named by its digits, as in ``5·12国际护士节``) → ``2024-05-12``,
  used only when the sentence names no other date
- ``近日``, ``日前``, ``近期``, ``前不久`` → the issue date, approximate
- ``19日上午，…`` opening a sentence → that day of the month dated last (:func:`day_of_last_month`)
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import cn2an

_CN_DIGITS = "〇零一二三四五六七八九十"
_NUM = rf"(?:\d{{1,4}}|[{_CN_DIGITS}]{{1,4}})"
_YEAR = rf"(?:(?P<y>\d{{4}}|[{_CN_DIGITS}]{{4}})年)"
_MD = rf"(?P<m>{_NUM})月(?:(?P<d>{_NUM})[日号])?"
_MD2 = rf"(?:(?:(?P<y2>\d{{4}}|[{_CN_DIGITS}]{{4}})年)?(?:(?P<m2>{_NUM})月)?(?P<d2>{_NUM})[日号])"
DATE = re.compile(rf"{_YEAR}?{_MD}(?:\s*(?:至|到|—|－|-|~|～)\s*{_MD2})?")
YEAR_ONLY = re.compile(rf"(?P<y>\d{{4}}|[{_CN_DIGITS}]{{4}})年(?!\d|[{_CN_DIGITS}]{{1,2}}月)")
DOT_DATE = re.compile(r"(?<![\d.])(?P<m>1[0-2]|[1-9])\s*[·•]\s*(?P<d>3[01]|[12]\d|[1-9])(?![\d.%])")
_BIRTH = re.compile(r"出?生(?![产活效成长命])")
_DURATION = re.compile(r"余|多|有余|之久")  # not 来: 12月来院就诊
_YEARS_AGO = re.compile(rf"({_NUM})年前的?$")
APPROXIMATE = re.compile(r"近日|日前|近期|前不久|近来|前些天")
_ATTRIBUTIVE = re.compile(r"近期[^，。；！？,;]{0,12}?的")  # 近期飞行检查中发现的问题


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    value: str  # ISO date, month, or range
    approximate: bool = False


def _number(text: str | None) -> int | None:
    if not text:
        return None
    if text.isdigit():
        return int(text)
    try:
        return int(cn2an.cn2an(text, "smart"))
    except (ValueError, KeyError, IndexError, TypeError):
        return None


def _year_of(text: str | None) -> int | None:
    if not text:
        return None
    if text.isdigit():
        return int(text)
    try:
        value = cn2an.transform(text + "年", "cn2an")
    except (ValueError, KeyError, IndexError, TypeError):
        return None
    digits = re.match(r"(\d{4})年", value)
    return int(digits.group(1)) if digits else None


def infer_year(month: int, issue_date: str | None, fallback_year: int | None = None) -> int | None:
    """The year of a month named without one, placing it before or near the issue date.

    An event in December reported in a January issue belongs to the year before;
    a month up to six months after the issue month is taken as the same year.
    """
    if issue_date and re.match(r"^\d{4}-\d{2}", issue_date):
        year, issue_month = int(issue_date[:4]), int(issue_date[5:7])
        return year - 1 if month - issue_month > 6 else year
    if issue_date and re.match(r"^\d{4}$", issue_date):
        return int(issue_date)
    return fallback_year


def _iso(year: int | None, month: int | None, day: int | None) -> str | None:
    if year is None or month is None or not 1 <= month <= 12 or not 1900 <= year <= 2200:
        return None
    if day is None:
        return f"{year:04d}-{month:02d}"
    if not 1 <= day <= 31:
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


def find_dates(
    sentence: str, issue_date: str | None = None, fallback_year: int | None = None
) -> list[DateMention]:
    """Every date the sentence names, resolved; approximate ones last."""
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    for match in DATE.finditer(sentence):
        month = _number(match.group("m"))
        day = _number(match.group("d"))
        if month is None or (day is None and _DURATION.match(sentence, match.end())):
            continue  # 胸闷一月余, 三月有余: a length of time, not a month
        if _BIRTH.match(sentence, match.end()):
            continue  # 1976年11月生, 1980年9月出生: a birth date in a bio line, no event's date
        year = _year_of(match.group("y")) or infer_year(month, issue_date, fallback_year)
        back = _YEARS_AGO.search(sentence[: match.start()])
        if year is not None and not match.group("y") and back:
            years_ago = _number(back.group(1))
            year = year - years_ago if years_ago else year
        start = _iso(year, month, day)
        if start is None:
            continue
        value = start
        if match.group("d2"):
            month2 = _number(match.group("m2")) or month
            year2 = _year_of(match.group("y2")) or (year if month2 >= month else (year or 0) + 1)
            end = _iso(year2, month2, _number(match.group("d2")))
            if end is not None and end >= start:
                value = f"{start}/{end}"
        found.append(DateMention(match.start(), match.end(), value))
        taken.append((match.start(), match.end()))
    if not found:
        for match in DOT_DATE.finditer(sentence):
            month, day = int(match.group("m")), int(match.group("d"))
            dot_value = _iso(infer_year(month, issue_date, fallback_year), month, day)
            if dot_value:
                found.append(DateMention(match.start(), match.end(), dot_value))
    if not found:
        for match in YEAR_ONLY.finditer(sentence):
            year = _year_of(match.group("y"))
            if year and 1900 <= year <= 2200 and not _inside(match.start(), taken):
                found.append(DateMention(match.start(), match.end(), f"{year:04d}"))
    if issue_date:
        for match in APPROXIMATE.finditer(sentence):
            if _ATTRIBUTIVE.match(sentence, match.start()):
                continue  # 近期刊发的稿件: a time describing a thing, not the report's date
            found.append(DateMention(match.start(), match.end(), issue_date, approximate=True))
    return found


_DAY_FIRST = re.compile(rf"^(?P<d>{_NUM})[日号](?:上午|下午|晚上|晚|凌晨|中午|早上)?[，,]")


def day_of_last_month(sentence: str, last: str | None) -> DateMention | None:
    """``19日上午，大会…`` after ``3月18日至19日，…``: a sentence that opens with a day alone is
    that day of the month the article dated last (the range's end month when the day comes
    before the range's first day)."""
    match = _DAY_FIRST.match(sentence)
    if match is None or not last or len(last) < 7:
        return None
    day = _number(match.group("d"))
    if day is None:
        return None
    first, _slash, end = last.partition("/")
    month = first[:7]
    if end and len(first) >= 10 and day < int(first[8:10]):
        month = end[:7]
    value = _iso(int(month[:4]), int(month[5:7]), day)
    return DateMention(match.start("d"), match.end("d") + 1, value) if value else None


def _inside(position: int, spans: list[tuple[int, int]]) -> bool:
    return any(a <= position < b for a, b in spans)


def years_in(text: str) -> list[int]:
    """Explicit years written in ``text`` (to date an issue that has no date)."""
    years = []
    for match in re.finditer(rf"(\d{{4}}|[{_CN_DIGITS}]{{4}})年", text):
        year = _year_of(match.group(1))
        if year and 1950 <= year <= 2100:
            years.append(year)
    return years


def date_key(value: str | None) -> str:
    """Sortable key of an ISO date or range (its start); '' for none."""
    if not value:
        return ""
    return value.split("/", 1)[0]
