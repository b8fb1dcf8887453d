"""Two weak bounds on the issue's month, each from a printed month the text places in the
issue's past or future (weak_years.WeakCue: a year and the issue months it is allowed in):

* a deadline still ahead (剩余科室须于2027年1月底前全部完成 → the issue is before February 2027;
  a deadline 前 its month: before the month);
* something begun at a printed month that goes on now, said in the same sentence
  (新院区于2025年4月启用，目前已承担…; 这批新职工于2025年11月入职…本月起陆续开始独立值班 → after it);
* a term of N years begun at a printed month that the article says still runs (2023年9月…签订了
  三年服务期协议。眼下仍在服务期内 → from October 2023 to August 2026); its count may follow the term
  (2020年4月装机的CT，厂家保修期五年，目前仍在保修期内 → before April 2025);
* a work's term of N months begun at a printed month and still running (2024年9月开工，合同工期三十个月…
  工程进度符合合同工期 → before March 2027);
* a graduating class said to be former graduates now (2025届毕业生已按往届生对待 → 2026): the class
  a rule names as newly former is the one before this year's, so the bound reaches a year only;
* last year's figure compared with a printed year (去年全院门急诊量…较2024年增长12.1% → last year is
  after 2024: the issue is 2026 or later);
* a work to begin next year and be finished by a printed year (规划在2027年底前建成…计划明年开工建设
  → next year is 2027 at the latest: the issue is 2026 or earlier).

A one-sided bound reaches REACH months: a newsletter reports a coming deadline or a recent
start within a few years of it. Each leaves several years; where two meet (weak_years.agreed_years)
:mod:`dating` dates the issue by its dated months. Words are data (lexicon/bounded_months.tsv).
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
from .date_cues import YearCue, unquoted
from .role_lexicon import load_role_words
from .weak_years import WeakCue

REACH = 36  # months a one-sided bound reaches (a deadline ahead, a start behind)
MAX_TERM = 10  # years a service term lasts
TERM_REACH = 120  # characters from a term's count to the words that say it still runs
ROLES = ("must", "before", "begun", "now", "term", "termfirst", "running", "lastyear", "compared", "change", "nextstart", "finish", "monthterm", "former")
MAX_MONTH_TERM = 120  # months a work's term lasts
FORMER_MONTHS = 12  # a class said to be former now is the one before this year's: the year after it
FORMER_REACH = 12  # characters from a graduating class (2025届) to the words that make it a former one
COMPARE_REACH = 30  # characters from 去年 to the year its figure is compared with (one sentence)
_MONTH = r"(?<!\d)(?P<y>(?:19|20)\d{2})年(?P<m>\d{1,2})月(?:\d{1,2}[日号])?"
_NOT_YET = re.compile(r"(?:将|拟|计划|预计|有望|力争|争取)(?:于|在)?$")


@dataclass(frozen=True)
class BoundWords:
    deadline: re.Pattern[str]  # groups y, m
    begun: re.Pattern[str]  # groups y, m
    now: re.Pattern[str]
    term: re.Pattern[str]  # group n: the count of years
    termfirst: re.Pattern[str]  # group n: the count of years after its term (保修期五年, 协议期为两年)
    running: re.Pattern[str]
    month: re.Pattern[str]
    compared: re.Pattern[str]  # group y: last year's figure compared with a printed year
    nextstart: re.Pattern[str]
    finish: re.Pattern[str]  # group y: the year a work is to be finished by
    monthterm: re.Pattern[str]  # group n: a term's count of months (合同工期三十个月)
    former: re.Pattern[str]  # group y: a graduating class now former graduates (2025届毕业生已按往届生对待)


@lru_cache(maxsize=1)
def default_bound_words() -> BoundWords:
    return load_bound_words(resources.files(__package__).joinpath("lexicon"))


def load_bound_words(directory: Traversable) -> BoundWords:
    """bounded_months.tsv from ``directory``; a bad line raises LexiconError naming the file and line."""
    words = load_role_words(directory, "bounded_months.tsv", ROLES)
    return BoundWords(
        re.compile(rf"(?:{alternation(words['must'])})(?:于|在)?{_MONTH}(?:{alternation(words['before'])})(?![夕后])"),
        re.compile(rf"{_MONTH}[，,]?(?:正式|已|全面|顺利)?(?:{alternation(words['begun'])})"),
        re.compile(alternation(words["now"])),
        re.compile(rf"(?<![\d多近几数这第])(?P<n>{NUM})(?:个)?年(?:的)?(?:{alternation(words['term'])})"),
        re.compile(
            rf"(?:{alternation(words['termfirst'])})(?:为|是)?(?<![\d多近几数这第])(?P<n>{NUM})(?:个)?年(?![代度级前后来多余])"
        ),
        re.compile(alternation(words["running"])),
        re.compile(_MONTH),
        re.compile(
            rf"(?:{alternation(words['lastyear'])})[^。；！？]{{0,{COMPARE_REACH}}}?(?:{alternation(words['compared'])})"
            rf"(?<!\d)(?P<y>(?:19|20)\d{{2}})年(?:同期)?(?:{alternation(words['change'])})"
        ),
        re.compile(alternation(words["nextstart"])),
        re.compile(rf"(?<!\d)(?P<y>(?:19|20)\d{{2}})年(?:底|末|年底)?(?:前|之前)?(?:{alternation(words['finish'])})"),
        re.compile(rf"(?:{alternation(words['monthterm'])})(?:为)?(?<![\d多近几数这第])(?P<n>{NUM})个月(?![多余来前后以])"),
        re.compile(rf"(?<!\d)(?P<y>(?:19|20)\d{{2}})届[^。；！？]{{0,{FORMER_REACH}}}?(?:{alternation(words['former'])})"),
    )


def _index(match: re.Match[str]) -> int | None:
    month = int(match.group("m"))
    return month_index(int(match.group("y")), month) if 1 <= month <= 12 else None


def background_months(texts: list[str], words: BoundWords | None = None) -> set[tuple[int, int]]:
    """The printed (year, month) of each start behind that goes on now and each running term's
    start: background of what the issue reports now, not its news (新院区于2025年4月启用，目前…)."""
    return {year_month(at) for _, at, _ in _bounds(texts, words or default_bound_words()) if at is not None}


def bounded_month_cues(texts: list[str], words: BoundWords | None = None) -> list[WeakCue]:
    """Each article's deadlines ahead, starts behind that go on now and terms still running."""
    return [cue for _, _, cue in _bounds(texts, words or default_bound_words())]


def former_class_cues(texts: list[str], words: BoundWords | None = None) -> list[YearCue]:
    """Each graduating class said to be former graduates now (2025届毕业生已按往届生对待) as history:
    the class has graduated, so the issue is not older than its year (a floor, no vote)."""
    words = words or default_bound_words()
    return [
        YearCue(int(m.group("y")), "past", 0.0, cue_quote(m.group(0)), m.start())
        for text in texts for m in words.former.finditer(unquoted(text))
    ]


def _term_start(words: BoundWords, flat: str, term: re.Match[str]) -> re.Match[str] | None:
    """The printed month a term began: the nearest before its count (2023年9月…签订了三年服务期协议),
    else the first right after it in its sentence (该项目为三年期项目，2024年1月启动，目前仍在执行期内)."""
    before = list(words.month.finditer(flat, max(0, term.start() - TERM_REACH), term.start()))
    if before:
        return before[-1]
    end = SENTENCE.match(flat, term.end())
    return words.month.search(flat, term.end(), end.end()) if end else None


def _bounds(texts: list[str], words: BoundWords) -> list[tuple[str, int | None, WeakCue]]:
    """(kind, the start's month index for a start behind or a term, the cue) of each bound."""
    out: list[tuple[str, int | None, WeakCue]] = []
    for text in texts:
        flat = unquoted(text)
        for match in words.deadline.finditer(flat):
            at = _index(match)
            if at is not None:
                last = at if "底" in match.group(0)[-4:] else at - 1  # 1月底前: January too
                out.append(("deadline", None, WeakCue(cue_quote(match.group(0), 40), issue_months(at - REACH, last))))
        for sentence in SENTENCE.finditer(flat):
            for match in words.begun.finditer(sentence.group()):
                at = _index(match)
                before = sentence.group()[max(0, match.start() - 4) : match.start()]
                if at is None or _NOT_YET.search(before) or not words.now.search(sentence.group(), match.end()):
                    continue
                out.append(("begun", at, WeakCue(cue_quote(match.group(0), 40), issue_months(at + 1, at + REACH))))
        for match in [*words.term.finditer(flat), *words.termfirst.finditer(flat)]:
            years = cn_number(match.group("n"))
            begun = _term_start(words, flat, match)
            if not years or years > MAX_TERM or begun is None or not words.running.search(flat, match.end(), match.end() + TERM_REACH):
                continue
            at = _index(begun)
            if at is not None:
                out.append(("term", at, WeakCue(cue_quote(match.group(0), 40), issue_months(at + 1, at + 12 * years - 1))))
        for match in words.monthterm.finditer(flat):  # 2024年9月开工，合同工期三十个月…进度符合合同工期: before 2027-03
            months = cn_number(match.group("n"))
            start = _term_start(words, flat, match)
            if not months or months > MAX_MONTH_TERM or start is None or not words.running.search(flat, match.end(), match.end() + TERM_REACH):
                continue
            at = _index(start)
            if at is not None:
                out.append(("term", at, WeakCue(cue_quote(match.group(0), 40), issue_months(at + 1, at + months - 1))))
        for match in words.former.finditer(flat):  # 2025届毕业生已按往届生对待: the issue from 2026 on
            first = month_index(int(match.group("y")) + 1, 1)
            out.append(("former", None, WeakCue(cue_quote(match.group(0), 40), issue_months(first, first + FORMER_MONTHS - 1))))
        for match in words.compared.finditer(flat):  # 去年…较2024年增长: the issue from 2026 on
            first = month_index(int(match.group("y")) + 2, 1)
            out.append(("compared", None, WeakCue(cue_quote(match.group(0), 40), issue_months(first, first + REACH - 1))))
        finished: set[int] = set()  # one bound per year finished by (a headline may say 明年开工 too)
        for match in words.nextstart.finditer(flat):  # 明年开工 … 2027年底前建成: the issue in 2026 or before
            ends = [m for m in words.finish.finditer(flat, max(0, match.start() - TERM_REACH), match.end() + TERM_REACH)]
            if ends:
                end = min(ends, key=lambda m: abs(m.start() - match.start()))
                if end.start() in finished:
                    continue
                finished.add(end.start())
                last = month_index(int(end.group("y")) - 1, 12)
                quote = cue_quote(f"{end.group(0)}…{match.group(0)}", 40)
                out.append(("nextstart", None, WeakCue(quote, issue_months(last - REACH + 1, last))))
    return out
