"""Months a count of months fixes: a term of N months the text says ends now, or a present age
of N months, or a span of N months said to have run to now, counted from a printed month with a word
of beginning (2023年4月开工，合同工期20个月，如期完工 → 2024-12; 2024年7月…在我院出生…如今15个月大 →
2025-10; 2025年4月…开设…截至上月底…开设已满20个月 → 2026-12; 去年10月启动…至本月已运行满八个月 → this
year's June, the year left to the rest). The month reached is the
beginning plus the count: the issue is of that month or a little later (a dated month, not an exact
one: the writer reports the end in the weeks after it). The printed beginning is background, not
news (:func:`count_start_months`). A term still ahead (预计工期…) counts nothing. Words are data
(lexicon/month_counts.tsv).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from importlib.resources.abc import Traversable

from .cue_text import NUM, SENTENCE, alternation, cn_number, cue_quote, month_index, year_month
from .date_cues import DateCue, unquoted
from .role_lexicon import load_role_words

COUNT_WEIGHT = 2.0  # the writer's own count from a printed month: arithmetic, not a guess
MAX_MONTHS = 120  # a term or an age counted in months
ROLES = ("before", "ending", "age", "now", "began", "notyet", "elapsed")
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


@lru_cache(maxsize=1)
def default_month_count_words() -> MonthCountWords:
    return load_month_count_words(resources.files(__package__).joinpath("lexicon"))


def load_month_count_words(directory: Traversable) -> MonthCountWords:
    """month_counts.tsv from ``directory``; a bad line raises LexiconError naming the file and line."""
    words = load_role_words(directory, "month_counts.tsv", ROLES)
    count = rf"(?<![\d多近几数这第])(?P<n>{NUM})个(?:多)?月"
    return MonthCountWords(
        re.compile(rf"(?:{alternation(words['before'])}){count}(?![多余来前后以])"),
        re.compile(rf"(?:{alternation(words['now'])}).{{0,{NOW_REACH}}}?{count}(?:{alternation(words['age'])})"),
        re.compile(rf"(?:{alternation(words['elapsed'])}){count}(?![多余来前后以])"),
        re.compile(alternation(words["ending"])),
        re.compile(alternation(words["notyet"])),
        re.compile(
            rf"(?:(?<!\d)(?P<y>(?:19|20)\d{{2}})年|(?P<rel>去年|前年|今年))(?P<m>\d{{1,2}})月(?:\d{{1,2}}[日号])?(?:起|以来)?"
            rf"[^。；！？]{{0,40}}?(?:{alternation(words['began'])})"
        ),
    )


RELATIVE_SPAN = 100  # a begun month printed 去年/前年/今年 is held as year RELATIVE_SPAN + its offset
_REL_WORDS = {-2: "前年", -1: "去年", 0: "今年"}
_REL_YEARS = {word: offset for offset, word in _REL_WORDS.items()}


def _year(match: re.Match[str]) -> int:
    """The printed year of a begun month, or RELATIVE_SPAN + the offset a year word names (去年: -1)."""
    return int(match.group("y")) if match.group("y") else RELATIVE_SPAN + _REL_YEARS[match.group("rel")]


def month_count_cues(texts: list[str], words: MonthCountWords | None = None) -> list[DateCue]:
    """Each article's counts of months reached now, from the printed beginning nearest before them."""
    return [cue for cue, _ in _counts(texts, words or default_month_count_words())]


def count_start_months(texts: list[str], words: MonthCountWords | None = None) -> set[tuple[int, int]]:
    """The printed (year, month) each count reached now began in: background, not news."""
    return {start for _, start in _counts(texts, words or default_month_count_words()) if start[0] >= RELATIVE_SPAN * 2}


def _ends_now(words: MonthCountWords, text: str) -> bool:
    """An ending word with no word of the future earlier in its clause (预计明年竣工 is ahead)."""
    return any(not words.notyet.search(_CLAUSE.split(text[: m.start()])[-1]) for m in words.ending.finditer(text))


def _counts(texts: list[str], words: MonthCountWords) -> list[tuple[DateCue, tuple[int, int]]]:
    out: list[tuple[DateCue, tuple[int, int]]] = []
    for text in texts:
        flat = unquoted(text)
        begins = [(m.start(), _year(m), int(m.group("m"))) for m in words.began.finditer(flat)]
        if not begins:
            continue
        sentences = list(SENTENCE.finditer(flat))
        for index, sentence in enumerate(sentences):
            after = sentences[index + 1].group() if index + 1 < len(sentences) else ""
            spans = list(words.elapsed.finditer(sentence.group()))  # the last: a headline may say it first
            found = words.age.search(sentence.group()) or (spans[-1] if spans else None)
            if found is None:
                found = words.term.search(sentence.group())
                if found is None or not (_ends_now(words, sentence.group()[found.end():]) or _ends_now(words, after)):
                    continue
            n = cn_number(found.group("n"))
            at = sentence.start() + found.start()
            earlier = [b for b in begins if b[0] < at]
            if not n or n > MAX_MONTHS or not earlier or not 1 <= earlier[-1][2] <= 12:
                continue
            _, year, month = earlier[-1]
            reached_year, reached_month = year_month(month_index(year, month) + n)
            if year < RELATIVE_SPAN * 2:  # 去年10月启动…已运行满八个月: the year + rel, the year unprinted
                rel = reached_year - RELATIVE_SPAN
                quote = cue_quote(f"{_REL_WORDS[year - RELATIVE_SPAN]}{month}月…{found.group()}", 40)
                out.append((DateCue(reached_month, None, None, rel, COUNT_WEIGHT, quote, at), (year, month)))
                continue
            quote = cue_quote(f"{year}年{month}月…{found.group()}", 40)
            out.append((DateCue(reached_month, None, reached_year, 0, COUNT_WEIGHT, quote, at), (year, month)))
    return out
