"""Months a count of months fixes: a term of N months the text says ends now, or a present age
of N months, or a span of N months said to have run to now, counted from a printed month with a word
of beginning (2023年4月开工，合同工期20个月，如期完工 → 2024-12; 2024年7月…在我院出生…如今15个月大 →
2025-10, 本月刚满18月龄 likewise; 2025年4月…开设…截至上月底…开设已满20个月 → 2026-12; 去年10月启动…至本月已运行满八个月 → this
year's June, the year left to the rest). The month reached is the
beginning plus the count: the issue is of that month or a little later (a dated month, not an exact
one: the writer reports the end in the weeks after it). A count of years and a half is one of months
(为期一年半: 18); a count of years and more is rough (2023年12月…立项，历时一年多…终于与患者见面: 13 to 23
months on, :func:`rough_count_cues`, the issue months it leaves); a corrected age (矫正月龄刚满3个月)
counts from the due date, not from birth, and is passed over. The printed beginning is background, not
news (:func:`count_start_months`). A term still ahead (预计工期…) counts nothing. A term's count may be
whole years (去年7月新聘任…试用期一年，本月期满 → July); a term said to end 本月 (本月期满, 本月初…按期结业)
ends in the issue's own month: an exact month, not one a little before it; so does one said to end
on a day of 本月 (将于本月30日到期), though that day is still ahead. A term runs from its first day: one
begun on the 1st of a month (自2020年7月1日起，租期五年) ends on the last day of the month before the
count's month (30 June 2025). Words are data
(lexicon/month_counts.tsv). A beginning printed only in the sentence after the
count (术后满20个月…。他是2025年3月…接受…手术的) begins it: the story told back. A last month printed with the months left to it (有效期至2027年1月，距失效
尚有10个月) counts back: the issue is that many months before it (2026-03).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from importlib.resources.abc import Traversable

from .cue_text import (
    NUM,
    SENTENCE,
    alternation,
    cn_number,
    cue_quote,
    issue_months,
    month_index,
    year_month,
)
from .date_cues import DateCue, unquoted
from .dose_schedules import dose_schedule_cues, dose_start_months
from .role_lexicon import load_role_words
from .weak_years import WeakCue

COUNT_WEIGHT = 2.0  # the writer's own count from a printed month: arithmetic, not a guess
MAX_MONTHS = 120  # a term or an age counted in months
ROLES = ("before", "ending", "age", "now", "began", "notyet", "elapsed", "corrected", "thismonth", "until", "left")
LEFT_REACH = 12  # characters between a printed last month and the months said to be left (距失效尚有)
CORRECTED_REACH = 6  # characters between a corrected-age word and its count (矫正月龄刚满3个月)
NOW_REACH = 4  # characters between a present-age word and the count (如今15个月大)
_CLAUSE = re.compile(r"[，,、：:]")


@dataclass(frozen=True)
class MonthCountWords:
    term: re.Pattern[str]  # group n: a term's count of months (工期20个月)
    age: re.Pattern[str]  # group n: a present age in months (如今15个月大)
    elapsed: re.Pattern[str]  # group n: a span run to now (开设已满20个月)
    ending: re.Pattern[str]
    notyet: re.Pattern[str]  # before an ending word in its clause: still ahead
    began: re.Pattern[str]  # groups y, m: the month the count began
    corrected: re.Pattern[str]  # before a count: an age from the due date, not from birth (矫正月龄)
    thismonth: re.Pattern[str]  # before an ending word: the term ends in the issue's own month (本月期满)
    left: re.Pattern[str]  # groups y, m, n: a last month printed and the months left to it (有效期至2027年1月，距失效尚有10个月)


@lru_cache(maxsize=1)
def default_month_count_words() -> MonthCountWords:
    return load_month_count_words(resources.files(__package__).joinpath("lexicon"))


def load_month_count_words(directory: Traversable) -> MonthCountWords:
    """month_counts.tsv from ``directory``; a bad line raises LexiconError naming the file and line."""
    words = load_role_words(directory, "month_counts.tsv", ROLES)
    # 20个月; 一年半 (18 months); 一年多 (13 to 23 months: group more, a rough count)
    years = rf"(?P<y12>{NUM})年(?:(?P<half>半)|(?P<more>多|余)"
    count = rf"(?<![\d多近几数这第])(?:(?P<n>{NUM})个(?:多)?月|{years}))"
    # an age may be printed 18月龄 (a schedule's word: months of age), 个 left out before 龄 only
    aged = rf"(?<![\d多近几数这第])(?:(?P<n>{NUM})(?:个(?:多)?月|月(?=龄))|{years}))"
    # a term's count may be whole years (试用期一年: 12 months); an age or a span run to now is not read so
    term = rf"(?<![\d多近几数这第])(?:(?P<n>{NUM})个(?:多)?月|{years}|(?P<whole>(?![代度级来前后以里内]))))"
    return MonthCountWords(
        re.compile(rf"(?:{alternation(words['before'])}){term}(?![多余来前后以])"),
        re.compile(rf"(?:{alternation(words['now'])}).{{0,{NOW_REACH}}}?{aged}(?:{alternation(words['age'])})"),
        re.compile(rf"(?:{alternation(words['elapsed'])}){count}(?![多余来前后以])"),
        re.compile(alternation(words["ending"])),
        re.compile(alternation(words["notyet"])),
        re.compile(
            rf"(?:(?<!\d)(?P<y>(?:19|20)\d{{2}})年|(?P<rel>去年|前年|今年))(?P<m>\d{{1,2}})月(?:(?P<d>\d{{1,2}})[日号])?"
            rf"(?:起(?=[，,])|(?:起|以来)?[^。；！？]{{0,40}}?(?:{alternation(words['began'])}))"
        ),
        re.compile(rf"(?:{alternation(words['corrected'])}).{{0,{CORRECTED_REACH}}}$"),
        re.compile(alternation(words["thismonth"])),
        re.compile(
            rf"(?:{alternation(words['until'])})(?P<y>(?:19|20)\d{{2}})年(?P<m>\d{{1,2}})月(?:底|末)?"
            rf"[^。；！？]{{0,{LEFT_REACH}}}?(?:{alternation(words['left'])})(?<![\d多近几数第])(?P<n>{{NUM}})个月(?![多余来以])".replace("{NUM}", NUM)
        ),
    )


RELATIVE_SPAN = 100  # a begun month printed 去年/前年/今年 is held as year RELATIVE_SPAN + its offset
_REL_WORDS = {-2: "前年", -1: "去年", 0: "今年"}
_REL_YEARS = {word: offset for offset, word in _REL_WORDS.items()}


def _year(match: re.Match[str]) -> int:
    """The printed year of a begun month, or RELATIVE_SPAN + the offset a year word names (去年: -1)."""
    return int(match.group("y")) if match.group("y") else RELATIVE_SPAN + _REL_YEARS[match.group("rel")]


def month_count_cues(texts: list[str], words: MonthCountWords | None = None) -> list[DateCue]:
    """Each article's counts of months reached now, from the printed beginning nearest before them, and
    each last month printed with the months left to it (有效期至2027年1月，距失效尚有10个月 → 2026-03), and
    each later dose given this month on a schedule of months from a printed first dose (dose_schedules.py)."""
    words = words or default_month_count_words()
    counted = [cue for cue, _, _ in _counts(texts, words) if cue is not None] + [cue for cue, _ in _left(texts, words)]
    return counted + dose_schedule_cues(texts)  # 2025年11月…第一剂…“0、2、6个月”…本月起…第三剂: 2026-05


def _left(texts: list[str], words: MonthCountWords) -> list[tuple[DateCue, tuple[int, int]]]:
    """A last month printed and the months left to it: the issue's month is that many before it."""
    out: list[tuple[DateCue, tuple[int, int]]] = []
    for text in texts:
        flat = unquoted(text)
        for found in words.left.finditer(flat):
            last, n = (int(found.group("y")), int(found.group("m"))), cn_number(found.group("n"))
            if not 1 <= last[1] <= 12 or not n or n > MAX_MONTHS:
                continue
            year, month = year_month(month_index(*last) - n)
            quote = cue_quote(found.group(), 40)
            out.append((DateCue(month, None, year, 0, COUNT_WEIGHT, quote, found.start(), exact=True), last))
    return out


def rough_count_cues(texts: list[str], words: MonthCountWords | None = None) -> list[WeakCue]:
    """Each rough count reached now (历时一年多 from 2023年12月立项): the issue months it leaves, from a
    month past the whole years to the month before the next whole year (2025-01 to 2025-11)."""
    return [rough for _, _, rough in _counts(texts, words or default_month_count_words()) if rough is not None]


def count_start_months(texts: list[str], words: MonthCountWords | None = None) -> set[tuple[int, int]]:
    """The printed (year, month) each count reached now began in: background, not news."""
    words = words or default_month_count_words()
    begun = {start for _, start, _ in _counts(texts, words) if start[0] >= RELATIVE_SPAN * 2}
    begun |= dose_start_months(texts)  # a schedule's first dose
    return begun | {last for _, last in _left(texts, words)}  # a last month still ahead is no news either


def _ends_now(words: MonthCountWords, text: str) -> bool:
    """An ending word with no word of the future earlier in its clause (预计明年竣工 is ahead), or
    with a word of the issue's own month there (将于本月30日到期 ends in this month, ahead or not)."""
    return any(
        not words.notyet.search(clause) or words.thismonth.search(clause)
        for clause in (_CLAUSE.split(text[: m.start()])[-1] for m in words.ending.finditer(text))
    )


def _ends_this_month(words: MonthCountWords, text: str) -> bool:
    """An ending word with a word of the issue's own month before it (本月期满, 本月初，她按期结业)."""
    return any(words.thismonth.search(text[: m.start()]) for m in words.ending.finditer(text))


def _months(found: re.Match[str]) -> tuple[int, int] | None:
    """The months a count says, least and most: 20个月 (20, 20), 一年半 (18, 18), 一年多 (13, 23)."""
    if found.group("n"):
        n = cn_number(found.group("n"))
        return (n, n) if n else None
    years = cn_number(found.group("y12"))
    if not years:
        return None
    if found.groupdict().get("whole") is not None:  # 试用期一年: whole years, a term's count only
        return (12 * years,) * 2
    return (12 * years + 6,) * 2 if found.group("half") else (12 * years + 1, 12 * years + 11)


def _counted(words: MonthCountWords, sentence: str, after: str) -> re.Match[str] | None:
    """The count of a sentence reached now: a present age, else the last span run to now (a headline
    may say it first) that is no corrected age (矫正月龄刚满3个月 counts from the due date), else a term
    the sentence or the next says ends now."""
    spans = [m for m in words.elapsed.finditer(sentence) if not words.corrected.search(sentence[max(0, m.start() - 12) : m.start()])]
    found = words.age.search(sentence) or (spans[-1] if spans else None)
    if found is None:
        found = words.term.search(sentence)
        if found is None or not (_ends_now(words, sentence[found.end():]) or _ends_now(words, after)):
            return None
    return found


def _counts(texts: list[str], words: MonthCountWords) -> list[tuple[DateCue | None, tuple[int, int], WeakCue | None]]:
    out: list[tuple[DateCue | None, tuple[int, int], WeakCue | None]] = []
    for text in texts:
        flat = unquoted(text)
        begins = [(m.start(), _year(m), int(m.group("m")), m.group("d") == "1") for m in words.began.finditer(flat)]
        if not begins:
            continue
        sentences = list(SENTENCE.finditer(flat))
        for index, sentence in enumerate(sentences):
            after = sentences[index + 1].group() if index + 1 < len(sentences) else ""
            found = _counted(words, sentence.group(), after)
            if found is None:
                continue
            counts = _months(found)
            at = sentence.start() + found.start()
            # the beginning printed before the count; else in the next sentence, the story told back
            # (本月上旬，术后满20个月的…受者…复查。他是2025年3月在我院接受…手术的 → 2026-11)
            ahead = sentences[index + 1].span() if index + 1 < len(sentences) else (0, 0)
            earlier = [b for b in begins if b[0] < at] or [b for b in begins if ahead[0] <= b[0] < ahead[1]][:1]
            if not counts or counts[1] > MAX_MONTHS or not earlier or not 1 <= earlier[-1][2] <= 12:
                continue
            _, year, month, first_day = earlier[-1]
            least, most = counts
            if first_day and found.re is words.term:  # 自2020年7月1日起，租期五年: ends 30 June 2025
                least, most = least - 1, most - 1
            if least < most:  # 历时一年多: the months it leaves, a printed year's count only
                if year >= RELATIVE_SPAN * 2:
                    begun = month_index(year, month)
                    quote = cue_quote(f"{year}年{month}月…{found.group()}", 40)
                    out.append((None, (year, month), WeakCue(quote, issue_months(begun + least, begun + most))))
                continue
            reached_year, reached_month = year_month(month_index(year, month) + least)
            exact = found.re is words.term and (_ends_this_month(words, sentence.group()[found.end() :]) or _ends_this_month(words, after))
            if year < RELATIVE_SPAN * 2:  # 去年10月启动…已运行满八个月: the issue's year + rel, the year unprinted
                rel = reached_year - RELATIVE_SPAN
                quote = cue_quote(f"{_REL_WORDS[year - RELATIVE_SPAN]}{month}月…{found.group()}", 40)
                out.append((DateCue(reached_month, None, None, rel, COUNT_WEIGHT, quote, at, exact=exact), (year, month), None))
                continue
            quote = cue_quote(f"{year}年{month}月…{found.group()}", 40)
            out.append((DateCue(reached_month, None, reached_year, 0, COUNT_WEIGHT, quote, at, exact=exact), (year, month), None))
    return out
