"""The month a vaccine's dose schedule fixes: a first dose at a printed month, a schedule printed in
months from it (按照“0、2、6个月”的免疫程序) and a later dose said to be given 本月 (本月起…接种第三剂):
that dose's month is the first dose's plus its place in the schedule (2025年11月…第一剂 … 第三剂 →
2026-05), the issue's own month, exactly. The first dose's month is background, not news
(:func:`dose_start_months`). Words are data (lexicon/dose_schedules.tsv).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from importlib.resources.abc import Traversable

from .cue_text import SENTENCE, alternation, cn_number, cue_quote, despaced, month_index, year_month
from .date_cues import DateCue
from .role_lexicon import load_role_words

DOSE_WEIGHT = 2.0  # the schedule's own arithmetic from a printed month: not a guess
FIRST_REACH = 40  # characters between the printed month and the first dose
MAX_OFFSET = 60  # months from the first dose a schedule reaches
ROLES = ("dose", "first", "now")
_SCHEDULE = re.compile(r"(?<![\d.])0(?P<rest>(?:[、,，]\d{1,2}){1,4})个?月")


@dataclass(frozen=True)
class DoseWords:
    first: re.Pattern[str]  # groups y, m: the printed month of the first dose
    later: re.Pattern[str]  # group o: the ordinal of a dose given in the month


@lru_cache(maxsize=1)
def default_dose_words() -> DoseWords:
    return load_dose_words(resources.files(__package__).joinpath("lexicon"))


def load_dose_words(directory: Traversable) -> DoseWords:
    """dose_schedules.tsv from ``directory``; a bad line raises LexiconError naming the file and line."""
    words = load_role_words(directory, "dose_schedules.tsv", ROLES)
    dose = alternation(words["dose"])
    return DoseWords(
        re.compile(rf"(?<!\d)(?P<y>(?:19|20)\d{{2}})年(?P<m>\d{{1,2}})月[^。；！？]{{0,{FIRST_REACH}}}?(?:{alternation(words['first'])})(?:{dose})"),
        re.compile(rf"(?:{alternation(words['now'])})[^。；！？]{{0,16}}?第(?P<o>[一二三四五2-5])(?:{dose})"),
    )


def _found(texts: list[str], words: DoseWords) -> list[tuple[DateCue, tuple[int, int]]]:
    out: list[tuple[DateCue, tuple[int, int]]] = []
    for text in texts:
        flat = despaced(text)
        schedule, first = _SCHEDULE.search(flat), words.first.search(flat)
        if schedule is None or first is None:
            continue
        offsets = [0, *(int(n) for n in re.findall(r"\d{1,2}", schedule.group("rest")))]
        if offsets != sorted(set(offsets)) or offsets[-1] > MAX_OFFSET:
            continue
        begun = (int(first.group("y")), int(first.group("m")))
        if not 1 <= begun[1] <= 12:
            continue
        for sentence in SENTENCE.finditer(flat[first.end() :]):
            later = words.later.search(sentence.group())
            ordinal = cn_number(later.group("o")) if later else None
            if later is None or not ordinal or not 2 <= ordinal <= len(offsets):
                continue
            year, month = year_month(month_index(*begun) + offsets[ordinal - 1])
            quote = cue_quote(f"{begun[0]}年{begun[1]}月…{schedule.group()}…{later.group()}", 40)
            out.append((DateCue(month, None, year, 0, DOSE_WEIGHT, quote, first.end() + sentence.start(), exact=True), begun))
            break
    return out


def dose_schedule_cues(texts: list[str], words: DoseWords | None = None) -> list[DateCue]:
    """Each article's later dose given in the issue's month, counted on its schedule from the first dose."""
    return [cue for cue, _ in _found(texts, words or default_dose_words())]


def dose_start_months(texts: list[str], words: DoseWords | None = None) -> set[tuple[int, int]]:
    """The printed (year, month) of each counted schedule's first dose: background, not news."""
    return {begun for _, begun in _found(texts, words or default_dose_words())}
