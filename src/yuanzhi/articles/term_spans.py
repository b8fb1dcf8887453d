"""Years a term of service fixes: a span of years the text says ends now (圆满完成为期两年的
对口支援任务返回, 五年任期届满), begun in a year the article prints with a word of beginning
(2023年7月，这批队员来到…, 2016年6月就任) → the issue is that year plus the count (2025,
2021); an agreement's term expiring in the next sentence as well (2023年12月，两院签订为期三年的托管
协议…。协议将于下月底期满 → 2026). The beginning is the printed year nearest the span in the same
article; a range of years (2024年7月立项的课题，研究周期均为两到三年…已进入结题阶段 → 2026 or 2027)
is a weak span naming each year of it. A term that only begins (开始为期两年的援疆工作) says nothing. Words are data (lexicon/term_spans.tsv).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from importlib.resources.abc import Traversable

from .cue_text import NUM, SENTENCE, alternation, cn_number, cue_quote
from .date_cues import YearCue, unquoted
from .role_lexicon import load_role_words

TERM_WEIGHT = 2.0  # the writer's own span from a printed beginning: arithmetic, not a guess
RANGE_WEIGHT = 1.0  # a span of a range of years (两到三年): each year of it a weak span, as a rough count
MAX_TERM = 10  # years a term, a posting or a tenure lasts
ROLES = ("before", "after", "ending", "began", "expires")


@dataclass(frozen=True)
class TermWords:
    span: re.Pattern[str]  # groups n or n2: the count of years
    ending: re.Pattern[str]
    expires: re.Pattern[str]  # in the next sentence: the term ends now
    began: re.Pattern[str]  # groups y (and m): the year (and month) the term began


@lru_cache(maxsize=1)
def default_term_words() -> TermWords:
    return load_term_words(resources.files(__package__).joinpath("lexicon"))


def load_term_words(directory: Traversable) -> TermWords:
    """term_spans.tsv from ``directory``; a bad line raises LexiconError naming the file and line."""
    words = load_role_words(directory, "term_spans.tsv", ROLES)
    # 两年, or a range 两到三年 (group hi: its upper end)
    count = rf"(?<![\d多近几数这第])(?P<n>{NUM})(?:(?:到|至|-|—|~|～)(?P<hi>{NUM}))?(?:个)?年(?![多余来前后代度级半])"  # 一年半 is no whole-year term
    return TermWords(
        re.compile(
            rf"(?:{alternation(words['before'])})(?:均|都|一般)?(?:为|是)?{count}"
            rf"|{count.replace('?P<n>', '?P<n2>').replace('?P<hi>', '?P<hi2>')}(?:的)?(?:{alternation(words['after'])})"
        ),
        re.compile(alternation(words["ending"])),
        re.compile(alternation(words["expires"])),
        re.compile(
            rf"(?<!\d)(?P<y>(?:19|20)\d{{2}})年(?:(?P<m>\d{{1,2}})月)?(?:\d{{1,2}}日)?(?:起|以来)?[，,]?"
            rf"[^。；！？，,]{{0,12}}?(?:{alternation(words['began'])})"
        ),
    )


def term_span_cues(texts: list[str], words: TermWords | None = None) -> list[YearCue]:
    """Each article's span ending now, from the printed beginning nearest it: one vote."""
    return [cue for cue, _ in _spans(texts, words or default_term_words())]


def term_start_months(texts: list[str], words: TermWords | None = None) -> set[tuple[int, int]]:
    """The printed (year, month) each term ending now began in (2023年12月，两院签订为期三年的…):
    the term's background, not the issue's news."""
    return {start for _, start in _spans(texts, words or default_term_words()) if start is not None}


def _spans(texts: list[str], words: TermWords) -> list[tuple[YearCue, tuple[int, int] | None]]:
    out: list[tuple[YearCue, tuple[int, int] | None]] = []
    for text in texts:
        flat = unquoted(text)
        begins = [(m.start(), int(m.group("y")), m.group("m")) for m in words.began.finditer(flat)]
        if not begins:
            continue
        sentences = list(SENTENCE.finditer(flat))
        for index, sentence in enumerate(sentences):
            span = words.span.search(sentence.group())
            after = sentences[index + 1].group() if index + 1 < len(sentences) else ""
            if not span or not (words.ending.search(sentence.group()) or words.expires.search(after)):
                continue
            n = cn_number(span.group("n") or span.group("n2"))
            high = span.group("hi") or span.group("hi2")
            top = cn_number(high) if high else n
            if not n or not top or top > MAX_TERM or top < n:
                continue
            at = sentence.start() + span.start()
            _, begun, month = min(begins, key=lambda b: abs(b[0] - at))
            start = (begun, int(month)) if month else None
            if top > n:  # 研究周期均为两到三年…已进入结题阶段: any year of the range, a weak span each
                out += [(YearCue(begun + k, "about", RANGE_WEIGHT, cue_quote(span.group(0)), at, origin=begun), start) for k in range(n, top + 1)]
                continue
            out.append((YearCue(begun + n, "about", TERM_WEIGHT, cue_quote(span.group(0)), at), start))
    return out
