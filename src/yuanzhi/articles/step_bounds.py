"""Weak bounds on the issue's month from years counted since a printed month (lexicon/step_bounds.tsv):

* a rule of years to qualify and a person said to qualify now: 副主任医师聘任满五年方可申报主任医师 …
  2019年12月聘任现职，今年已具备申报资格 → at least five years after December 2019: from 2024-12;
* a yearly step on a scale from a grade printed at a start: 2016年7月入职，当年薪级工资定为11级，此后每年
  1月正常晋升一级，如今已超过20级 → past 20 is ten steps, the first in January 2017, the tenth in January
  2026: the issue is not earlier (已达到20级: nine steps).

Each is a lower bound reaching bounded_months.REACH months, a weak cue (weak_years.WeakCue): where it
meets another :mod:`dating` dates the issue by its printed months. Pure finder.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from importlib.resources.abc import Traversable

from .bounded_months import REACH
from .cue_text import NUM, SENTENCE, alternation, cn_number, cue_quote, issue_months, month_index
from .date_cues import unquoted
from .role_lexicon import load_role_words
from .weak_years import WeakCue

ROLES = ("need", "qualified", "level", "step", "past", "reached")
MAX_YEARS = 30  # years a rule or a scale counts
RULE_REACH = 160  # characters from the rule of years to the person said to qualify
_MONTH = r"(?<!\d)(?P<y>(?:19|20)\d{2})年(?P<m>\d{1,2})月"


@dataclass(frozen=True)
class StepWords:
    need: re.Pattern[str]  # group n: the years needed
    qualified: re.Pattern[str]
    month: re.Pattern[str]  # groups y, m
    scale: re.Pattern[str]  # groups y, m (optional), a (grade at the start), s (the step's month), dir, b (grade now)
    past: frozenset[str]


@lru_cache(maxsize=1)
def default_step_words() -> StepWords:
    return load_step_words(resources.files(__package__).joinpath("lexicon"))


def load_step_words(directory: Traversable) -> StepWords:
    """step_bounds.tsv from ``directory``; a bad line raises LexiconError naming the file and line."""
    words = load_role_words(directory, "step_bounds.tsv", ROLES)
    level = alternation(words["level"])
    count = r"(?<![\d多近几数这第])"
    return StepWords(
        re.compile(rf"满{count}(?P<n>{NUM})(?:个)?年(?:{alternation(words['need'])})"),
        re.compile(rf"(?:{alternation(words['qualified'])})[^。；！？，,]{{0,6}}?(?:资格|条件)"),
        re.compile(_MONTH),
        re.compile(
            rf"(?<!\d)(?P<y>(?:19|20)\d{{2}})年(?:(?P<m>\d{{1,2}})月)?[^。；！？]{{0,30}}?{count}(?P<a>{NUM})(?:{level})"
            rf"[^。；！？]{{0,12}}?每年(?P<s>\d{{1,2}})月[^。；！？，,]{{0,6}}?(?:{alternation(words['step'])})"
            rf"[^。；！？]{{0,12}}?(?P<dir>{alternation(words['past'] + words['reached'])}){count}(?P<b>{NUM})(?:{level})"
        ),
        frozenset(words["past"]),
    )


def step_bound_cues(texts: list[str], words: StepWords | None = None) -> list[WeakCue]:
    """Each article's person said to qualify now under a rule of years, and each yearly scale past a grade."""
    return [cue for _, cue in _bounds(texts, words or default_step_words())]


def step_start_months(texts: list[str], words: StepWords | None = None) -> set[tuple[int, int]]:
    """The printed (year, month) each bound counts from (2019年12月聘任现职): background, not news."""
    return {start for start, _ in _bounds(texts, words or default_step_words())}


def _bounds(texts: list[str], words: StepWords) -> list[tuple[tuple[int, int], WeakCue]]:
    out: list[tuple[tuple[int, int], WeakCue]] = []
    for text in texts:
        flat = unquoted(text)
        for rule in words.need.finditer(flat):
            years = cn_number(rule.group("n"))
            said = words.qualified.search(flat, rule.end(), rule.end() + RULE_REACH)
            if not years or years > MAX_YEARS or said is None:
                continue
            sentence = next((s for s in SENTENCE.finditer(flat) if s.start() <= said.start() < s.end()), None)
            months = list(words.month.finditer(flat, sentence.start(), said.start())) if sentence else []
            if not months or not 1 <= int(months[-1].group("m")) <= 12:
                continue
            begun = (int(months[-1].group("y")), int(months[-1].group("m")))
            first = month_index(*begun) + 12 * years
            quote = cue_quote(f"{rule.group(0)}…{months[-1].group(0)}…{said.group(0)}", 40)
            out.append((begun, WeakCue(quote, issue_months(first, first + REACH - 1))))
        for scale in words.scale.finditer(flat):
            start, now, step = cn_number(scale.group("a")), cn_number(scale.group("b")), int(scale.group("s"))
            steps = (now or 0) - (start or 0) + (1 if scale.group("dir") in words.past else 0)
            if not start or not now or not 1 <= step <= 12 or not 1 <= steps <= MAX_YEARS:
                continue
            year, month = int(scale.group("y")), int(scale.group("m") or 1)
            first_step = month_index(year if step > month else year + 1, step)  # the first step after the start
            first = first_step + 12 * (steps - 1)
            out.append(((year, month), WeakCue(cue_quote(scale.group(0), 40), issue_months(first, first + REACH - 1))))
    return out
