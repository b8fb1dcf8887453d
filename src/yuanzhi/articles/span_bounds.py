"""Weak bounds on the issue's month from a span said to run from a printed start to now over or
under a count of years (lexicon/span_bounds.tsv):

* 胸痛中心成立于2019年秋，至今已超过六年 → the issue is at least six years after the earliest month
  the start may be (September 2019): from September 2025;
* 电子病历系统2021年初上线，至今不足六年 → the issue is less than six years after the latest month the
  start may be (March 2021): up to February 2027.

A start printed by its year only may be any of its months; a season (秋, 年初) narrows it. Each bound
is one-sided and reaches bounded_months.REACH months (news of a span this long is news of these
years); it is a weak cue (weak_years.WeakCue), so where two meet :mod:`dating` dates the issue by its
printed months. The count is from the nearest printed year before it in the same sentence. Pure finder.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from importlib.resources.abc import Traversable

from ..errors import LexiconError
from .bounded_months import REACH
from .cue_text import NUM, alternation, cn_number, cue_quote, issue_months, month_index
from .date_cues import unquoted
from .role_lexicon import load_role_words
from .weak_years import WeakCue

ROLES = ("now", "over", "under", "season")
MAX_SPAN = 30  # years: 六十多年 is a round figure, no bound
GAP = 40  # characters from the start to its now word, within one sentence


@dataclass(frozen=True)
class SpanWords:
    pattern: re.Pattern[str]  # groups y, m (a month) or s (a season), dir (over/under word), n
    seasons: dict[str, tuple[int, int]]  # season word -> first and last month (冬 11-14: into next year)
    under: frozenset[str]


@lru_cache(maxsize=1)
def default_span_words() -> SpanWords:
    return load_span_words(resources.files(__package__).joinpath("lexicon"))


def load_span_words(directory: Traversable) -> SpanWords:
    """span_bounds.tsv from ``directory``; a bad line raises LexiconError naming the file and line."""
    words = load_role_words(directory, "span_bounds.tsv", ROLES)
    seasons: dict[str, tuple[int, int]] = {}
    for cell in words["season"]:
        found = re.fullmatch(r"(\S+?)=(\d{1,2})-(\d{1,2})", cell)
        if not found or not 1 <= int(found.group(2)) <= int(found.group(3)) <= 14:
            raise LexiconError(str(directory.joinpath("span_bounds.tsv")), 0, f"season {cell!r} is not word=first-last (months 1-14)")
        seasons[found.group(1)] = (int(found.group(2)), int(found.group(3)))
    start = rf"(?<!\d)(?P<y>(?:19|20)\d{{2}})年(?:(?P<m>\d{{1,2}})月|(?P<s>{alternation(list(seasons))}))?"
    between = rf"(?:(?!(?:19|20)\d{{2}}年)[^。；！？]){{0,{GAP}}}?"
    pattern = re.compile(
        rf"{start}{between}(?:{alternation(words['now'])})"
        rf"(?P<dir>{alternation(words['over'] + words['under'])})(?<![\d多近几数第])(?P<n>{NUM})(?:个)?(?:多|余)?年(?![前后代度级])"
    )
    return SpanWords(pattern, seasons, frozenset(words["under"]))


def span_bound_cues(texts: list[str], words: SpanWords | None = None) -> list[WeakCue]:
    """Each span from a printed start to now over or under a count of years, as a one-sided bound."""
    words = words or default_span_words()
    out: list[WeakCue] = []
    for text in texts:
        for match in words.pattern.finditer(unquoted(text)):
            years = cn_number(match.group("n"))
            year = int(match.group("y"))
            if not years or years > MAX_SPAN:
                continue
            if match.group("m"):
                month = int(match.group("m"))
                if not 1 <= month <= 12:
                    continue
                first = last = month
            else:
                first, last = words.seasons[match.group("s")] if match.group("s") else (1, 12)
            quote = cue_quote(match.group(0), 40)
            if match.group("dir") in words.under:  # less than N years since the latest start: before its N-th anniversary
                end = month_index(year, last) + 12 * years - 1
                out.append(WeakCue(quote, issue_months(end - REACH + 1, end)))
            else:  # N years or more since the earliest start
                begin = month_index(year, first) + 12 * years
                out.append(WeakCue(quote, issue_months(begin, begin + REACH - 1)))
    return out
