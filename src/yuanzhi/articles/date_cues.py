"""What an issue's text says about its own date: years with what they mean
(lexicon/date_cues.tsv), month-day dates, and festivals (lexicon/festival_months.tsv).

Pure finders; :mod:`dating` weighs what they find.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from importlib.resources.abc import Traversable
from typing import Literal

from ..errors import LexiconError
from .cue_text import CN_DIGITS, cue_quote, month_index, year_month
from .role_lexicon import lexicon_rows

CueKind = Literal["current", "previous", "next", "past", "future", "plain", "about", "lunar", "prior"]
# plain: printed without a cue; about: a vote without a floor (谋划“十五五” may be written a
# year early); lunar: a lunar year (乙巳蛇年), anticipated in a November or December issue;
# prior: a year compared with (较2023年同期): the issue is of a later year, whatever its month
KINDS = ("current", "previous", "next", "past", "future", "prior")

YEAR = r"(?<![\d〇零○一二三四五六七八九])(?P<y>(?:19|20)\d{2}|[一二][〇零○Ｏ一二三四五六七八九]{3})\s*年"
_SMALL = r"\d{1,2}|[一二三四五六七八九十]{1,3}"
_YEAR_ANY = re.compile(YEAR)
# a month after a bracketed year (前年（2025年）5月奠基) is that year's month
_DATE = re.compile(
    r"(?:(?P<rel>去年|今年|明年)|" + YEAR + r"(?:\s*[）)])?)?\s*(?<![\d.·\-])(?P<m>" + _SMALL + r")\s*月(?!龄|\s*[-—–~～至到]\s*\d)"
    r"(?:\s*(?P<d>" + _SMALL + r")\s*[日号]"
    r"(?:\s*[（(]?\s*[，,]?\s*(?:星期|礼拜|周)(?P<w>[一二三四五六日天])(?![年岁])\s*[)）]?)?)?"
)
WEEKDAYS = "一二三四五六日"  # Monday first, as datetime.weekday()
_SPACED_DIGITS = re.compile(r"(?<![\d.])(\d) (\d)(?=\s*[月日号])")
_NUMERIC_DATE = re.compile(r"(?<![\d.])((?:19|20)\d{2})\s*[.\-/．]\s*(\d{1,2})\s*[.\-/．]\s*(\d{1,2})(?![\d.])")
_FUTURE_BEFORE = re.compile(r"(?:将于|拟于|计划于|定于|预计于?|将在|届时|即将于?|将|有效期至|截止到?|有效期到|预产期(?:为|是|在)?)\s*$")
# a birth or a founding dated with its year (1924年10月出生, 1958年10月建院) is history, not news
_HISTORY_AFTER = re.compile(r"^\s*(?:出生|生人|成立|建院|始建|创建|创办|建成|组建|落成|开诊|开业|参加工作|入党|毕业)")
_FUTURE_AFTER = re.compile(r"^\s*(?:(?:底|末|初|上旬|中旬|下旬)(?:之)?前(?![夕后])|起施行|起实施|起执行|起正式施行|前完成|前报送|前提交|截止|前(?![夕后]))")  # 4月4日前夕 is the eve, not a deadline; 12月中旬前完成 a deadline


@dataclass(frozen=True)
class YearCue:
    year: int
    kind: CueKind
    weight: float
    quote: str
    start: int
    month: int | None = None  # the month of a dated event (第七个中国医师节: August)
    origin: int | None = None  # the printed year a span counts from (1989年…三十二三年: 1989)


@dataclass(frozen=True)
class DateCue:
    """A printed month (and day): its year when printed (rel -1 for 去年)."""

    month: int
    day: int | None
    year: int | None
    rel: int
    weight: float
    quote: str
    start: int
    weekday: int | None = None  # 9月10日（星期二）: 1 (Monday 0)
    exact: bool = False  # the issue's own month (from its number), not news it reports


@dataclass(frozen=True)
class Cues:
    patterns: tuple[tuple[CueKind, float, re.Pattern[str]], ...]
    festivals: tuple[tuple[int, str], ...]
    schedules: tuple[str, ...] = ()  # headline endings of a schedule (门诊安排)


@lru_cache(maxsize=1)
def default_cues() -> Cues:
    """The shipped cue files (read once)."""
    return load_cues(resources.files(__package__).joinpath("lexicon"))


def load_cues(directory: Traversable) -> Cues:
    """date_cues.tsv, festival_months.tsv and schedule_headlines.tsv from ``directory``;
    a bad line raises LexiconError naming the file and line."""
    patterns: list[tuple[CueKind, float, re.Pattern[str]]] = []
    path = str(directory.joinpath("date_cues.tsv"))
    for number, line in lexicon_rows(directory, "date_cues.tsv"):
        cols = line.split("\t")
        if len(cols) != 3 or cols[0] not in KINDS:
            raise LexiconError(path, number, f"expected 'kind<TAB>weight<TAB>regex' with kind one of {', '.join(KINDS)}")
        try:
            weight = float(cols[1])
        except ValueError:
            raise LexiconError(path, number, f"weight {cols[1]!r} is not a number") from None
        if "{Y}" not in cols[2]:
            raise LexiconError(path, number, "the expression has no {Y} (the year)")
        try:
            pattern = re.compile(cols[2].replace("{Y}", YEAR, 1).replace("{Y}", YEAR.replace("?P<y>", "?:")))
        except re.error as exc:
            raise LexiconError(path, number, f"bad regular expression: {exc}") from None
        patterns.append((cols[0], weight, pattern))  # type: ignore[arg-type]
    festivals: list[tuple[int, str]] = []
    path = str(directory.joinpath("festival_months.tsv"))
    for number, line in lexicon_rows(directory, "festival_months.tsv"):
        month, sep, word = line.partition("\t")
        if not sep or not month.strip().isdigit() or not 1 <= int(month) <= 12 or not word.strip():
            raise LexiconError(path, number, "expected 'month<TAB>name' with a month 1-12")
        festivals.append((int(month), word.strip()))
    schedules = tuple(line for _, line in lexicon_rows(directory, "schedule_headlines.tsv"))
    return Cues(tuple(patterns), tuple(festivals), schedules)


def year_value(text: str) -> int:
    if text.isdigit():
        return int(text)
    return int("".join(str(CN_DIGITS[ch]) for ch in text))


def small_value(text: str) -> int:
    """1-31 in digits or Chinese numerals (十二, 二十一, 三十)."""
    if text.isdigit():
        return int(text)
    tens, _, ones = text.partition("十")
    if "十" not in text:
        return CN_DIGITS.get(text, 0)
    return (CN_DIGITS.get(tens, 0) if tens else 1) * 10 + (CN_DIGITS.get(ones, 0) if ones else 0)


def year_cues(text: str, cues: Cues | None = None) -> list[YearCue]:
    """Every printed year with what it means for the issue (first matching cue line wins)."""
    cues = cues or default_cues()
    found: dict[int, YearCue] = {}
    for kind, weight, pattern in cues.patterns:
        for match in pattern.finditer(text):
            start = match.start("y")
            if start not in found:
                found[start] = YearCue(year_value(match.group("y")), kind, weight, cue_quote(match.group(0)), start)
    for match in _YEAR_ANY.finditer(text):
        start = match.start("y")
        if start not in found:
            found[start] = YearCue(year_value(match.group("y")), "plain", 0.0, cue_quote(text[start : match.end() + 6]), start)
    return sorted(found.values(), key=lambda c: c.start)


def date_cues(text: str) -> list[DateCue]:
    """Printed months with their days; plans (将于6月…) and ages (6月龄) left out. Digits a
    justified column spaced out (1 2 月 1 8 日) are read together (12 月18 日)."""
    text = _SPACED_DIGITS.sub(r"\1\2 ", text)  # same length: the starts stay put
    out: list[DateCue] = []
    for match in _DATE.finditer(text):
        month = small_value(match.group("m"))
        day = small_value(match.group("d")) if match.group("d") else None
        if not 1 <= month <= 12 or (day is not None and not 1 <= day <= 31):
            continue
        rel_word = match.group("rel")
        if rel_word == "明年" or _FUTURE_BEFORE.search(text[max(0, match.start() - 4) : match.start()]):
            continue
        if _FUTURE_AFTER.match(text[match.end() : match.end() + 6]):
            continue
        year = year_value(match.group("y")) if match.group("y") else None
        if year is not None and _HISTORY_AFTER.match(text[match.end() : match.end() + 6]):
            continue
        if not match.group("m").isdigit() and day is None and year is None:
            continue  # 十月怀胎 is no date
        weekday = WEEKDAYS.index(match.group("w").replace("天", "日")) if match.group("w") else None
        out.append(
            DateCue(
                month, day, year, -1 if rel_word == "去年" else 0, 1.0 if day else 0.5,
                cue_quote(match.group(0).strip()), match.start(), weekday,
            )
        )
    for match in _NUMERIC_DATE.finditer(text):  # 2023.3.9, 2023-03-09
        year, month, day = (int(g) for g in match.groups())
        if 1 <= month <= 12 and 1 <= day <= 31:
            out.append(DateCue(month, day, year, 0, 1.0, match.group(0), match.start()))
    return out


def is_schedule(text: str, cues: Cues | None = None) -> bool:
    """An article whose headline (one of its first two lines) ends like a schedule's
    (春节期间门诊安排): its dates are plans."""
    cues = cues or default_cues()
    heads = [re.sub(r"\s+", "", line) for line in text.strip().split("\n")[:2]]
    return any(head.endswith(cues.schedules) for head in heads if head)


def festival_cues(text: str, cues: Cues | None = None) -> list[DateCue]:
    cues = cues or default_cues()
    out = []
    for month, word in cues.festivals:
        index = text.find(word)
        if index >= 0:
            out.append(DateCue(month, None, None, 0, 0.3, word, index))
    return out


ISSUE_NUMBER_WEIGHT = 3.0  # 总第233期, thirty-three monthly issues after 2023年1月's 总第200期
_ISSUE_NO = r"总第\s*(?P<n>\d{1,5})\s*期"
_CURRENT_NO = re.compile(_ISSUE_NO)
_DATED_NO = re.compile(
    YEAR + r"\s*(?P<m>\d{1,2})\s*月[^。；！？，,]{0,8}?" + _ISSUE_NO
    + r"|" + _ISSUE_NO.replace("?P<n>", "?P<n2>") + r"\s*[（(]\s*" + YEAR.replace("?P<y>", "?P<y2>") + r"\s*(?P<m2>\d{1,2})\s*月"
)


@lru_cache(maxsize=1)
def default_rhythms() -> tuple[tuple[float, str], ...]:
    return load_rhythms(resources.files(__package__).joinpath("lexicon"))


def load_rhythms(directory: Traversable) -> tuple[tuple[float, str], ...]:
    """issue_rhythms.tsv: (months between two issues, word), longest words first."""
    path = str(directory.joinpath("issue_rhythms.tsv"))
    out: list[tuple[float, str]] = []
    for number, line in lexicon_rows(directory, "issue_rhythms.tsv"):
        months, sep, words = line.partition("\t")
        try:
            value = float(months)
        except ValueError:
            value = 0.0
        if not sep or not 0 < value <= 12 or not words.strip():
            raise LexiconError(path, number, "expected 'months between issues (0-12]<TAB>words'")
        out.extend((value, w.strip()) for w in words.split("|") if w.strip())
    return tuple(sorted(out, key=lambda r: -len(r[1])))


def issue_number_cues(text: str, rhythms: tuple[tuple[float, str], ...] | None = None) -> list[DateCue]:
    """This issue's month from its number (总第233期, the highest printed), an earlier issue
    dated and numbered (2023年1月出版的总第200期) and how often the paper appears (每月出版一期)."""
    rhythms = default_rhythms() if rhythms is None else rhythms
    every = next((months for months, word in rhythms if word in text), None)
    dated = list(_DATED_NO.finditer(text))
    if every is None or not dated:
        return []
    spans = [m.span() for m in dated]
    current = max(
        (int(m.group("n")) for m in _CURRENT_NO.finditer(text) if not any(a <= m.start() < b for a, b in spans)), default=None
    )
    out = []
    for match in dated:
        number = int(match.group("n") or match.group("n2"))
        year, month = year_value(match.group("y") or match.group("y2")), int(match.group("m") or match.group("m2"))
        if current is None or current <= number or not 1 <= month <= 12:
            continue
        year, month = year_month(month_index(year, month) + round((current - number) * every))
        out.append(DateCue(month, None, year, 0, ISSUE_NUMBER_WEIGHT, cue_quote(match.group(0)), match.start(), exact=True))
    return out


_UNQUOTE = re.compile(r"[\s“”\"「」『』‘’'《》〈〉]+")


def unquoted(text: str) -> str:
    """The text without spaces, line breaks, quotes and title marks (《“中国医师节”》), as the
    tables of named events (dated_news, held_years, trend_years) are matched."""
    return _UNQUOTE.sub("", text)
