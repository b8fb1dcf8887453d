"""Years a plan of N years fixes: a plan printed with its span (三年行动计划（2021—2023年）,
2017—2019年三年行动计划), or numbered after one in the same article that is (第一个三年行动计划
（2020—2022年）… 第二个三年行动计划: 2023—2025), is in the year its progress names: 实施已进入
第二年 → its second year, 收官之年 → its last, 明年如期收官 → the year before its last (the year
words of year_words.tsv); so does a later sentence naming the plan again with a year word (…行动方案
（2024—2026年）推进会…。…明年是行动方案的收官之年 → 2025). A plan's span alone says nothing of the issue's year (a range end is
a target: date_cues.tsv), nor does a plan without its years. Words are data
(lexicon/plan_spans.tsv).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from importlib.resources.abc import Traversable

from .cue_text import NUM, alternation, cn_number, cue_quote
from .date_cues import YearCue, unquoted
from .relative_years import default_year_words
from .role_lexicon import load_role_words

PLAN_WEIGHT = 2.0  # the writer's own count within a plan of printed years: arithmetic, not a guess
MAX_PLAN = 10  # years a plan runs
ROLES = ("plan", "first", "last", "closing")
_DIGITS = "\\d一二三四五六七八九十百零〇两第"
_SPAN = r"(?P<a>(?:19|20)\d{2})年?[-—–~～至到](?P<b>(?:19|20)\d{2})年"
_STOP = "。；！？"


@dataclass(frozen=True)
class PlanWords:
    mention: re.Pattern[str]  # groups k (its number: 第二个) and n (its years)
    span_before: re.Pattern[str]  # a span right before a mention (2017—2019年三年行动计划)
    span_after: re.Pattern[str]  # a span right after it, in brackets or not
    progress: re.Pattern[str]  # groups m (its m-th year), first, last, w (a year word before closing)
    later: re.Pattern[str]  # group w: a later sentence naming the plan again (明年是行动方案的收官之年)
    offsets: dict[str, int]


@lru_cache(maxsize=1)
def default_plan_words() -> PlanWords:
    return load_plan_words(resources.files(__package__).joinpath("lexicon"))


def load_plan_words(directory: Traversable) -> PlanWords:
    """plan_spans.tsv from ``directory``; a bad line raises LexiconError naming the file and line."""
    words = load_role_words(directory, "plan_spans.tsv", ROLES)
    offsets = default_year_words().offsets
    return PlanWords(
        re.compile(
            rf"(?:第(?P<k>{NUM})(?:个|轮|期))?(?<![{_DIGITS}])(?P<n>{NUM})年"
            rf"[^{_STOP}，、（(0-9]{{0,6}}?(?:{alternation(words['plan'])})+"
        ),
        re.compile(rf"{_SPAN}(?:的)?$"),
        re.compile(rf"^[（(]?{_SPAN}[)）]?"),
        re.compile(
            rf"^[^{_STOP}]{{0,10}}?(?:(?:进入|迎来|步入|是|为|的)(?:了)?第(?P<m>{NUM})(?:个)?年(?![代度级])"
            rf"|(?P<first>{alternation(words['first'])})|(?P<last>{alternation(words['last'])})"
            rf"|(?P<w>{alternation(list(offsets))})[^{_STOP}，]{{0,4}}?(?:{alternation(words['closing'])}))"
        ),
        re.compile(
            rf"(?P<w>{alternation(list(offsets))})(?:将是|是|为|将迎来|迎来)[^{_STOP}，]{{0,8}}?"
            rf"(?:{alternation(words['plan'])})的?(?:{alternation(words['last'])})"
        ),
        offsets,
    )


@dataclass(frozen=True)
class _Mention:
    start: int
    end: int
    number: int | None  # 第二个 → 2
    years: int | None  # 三年 → 3
    span: tuple[int, int] | None  # the printed span, when it is


def plan_span_cues(texts: list[str], words: PlanWords | None = None) -> list[YearCue]:
    """Each article's plans in the year their progress names: one vote a year an article."""
    words = words or default_plan_words()
    out: list[YearCue] = []
    for text in texts:
        flat = unquoted(text)
        mentions = _mentions(flat, words)
        voted: set[int] = set()
        for index, mention in enumerate(mentions):
            span = mention.span or _numbered(mention, mentions)
            if span is None:
                continue
            stop = mentions[index + 1].start if index + 1 < len(mentions) else len(flat)
            progress = words.progress.search(flat[mention.end : stop]) or words.later.search(flat[mention.end : stop])
            year = _year(progress, span, words) if progress else None
            if year is not None and year not in voted:
                voted.add(year)
                quote = cue_quote(flat[mention.start : mention.end + progress.end()] if progress else "", 32)
                out.append(YearCue(year, "current", PLAN_WEIGHT, quote, mention.start))
    return out


def _mentions(flat: str, words: PlanWords) -> list[_Mention]:
    out = []
    for match in words.mention.finditer(flat):
        k = cn_number(match.group("k")) if match.group("k") else None
        n = cn_number(match.group("n"))
        end = match.end()
        before = words.span_before.search(flat[max(0, match.start() - 12) : match.start()])
        after = words.span_after.search(flat[end : end + 14])
        printed = before or after
        span = None
        if printed:
            a, b = int(printed.group("a")), int(printed.group("b"))
            if a <= b and b - a + 1 == n:
                span = (a, b)
            end += after.end() if after else 0
        if n and 1 < n <= MAX_PLAN:
            out.append(_Mention(match.start(), end, k, n, span))
    return out


def _numbered(mention: _Mention, mentions: list[_Mention]) -> tuple[int, int] | None:
    """第二个三年行动计划 after 第一个三年行动计划（2020—2022年）: the printed one moved on by whole plans."""
    if mention.number is None or mention.years is None:
        return None
    for other in mentions:
        if other.span and other.number and other.years == mention.years and other.number != mention.number:
            shift = (mention.number - other.number) * mention.years
            return other.span[0] + shift, other.span[1] + shift
    return None


def _year(progress: re.Match[str], span: tuple[int, int], words: PlanWords) -> int | None:
    first, last = span
    if progress.re is words.later:  # 明年是行动方案的收官之年: the year word's offset before the last
        return last - words.offsets[progress.group("w")]
    if progress.group("m"):
        m = cn_number(progress.group("m"))
        return first + m - 1 if m and first + m - 1 <= last else None
    if progress.group("first"):
        return first
    if progress.group("last"):
        return last
    return last - words.offsets[progress.group("w")]
