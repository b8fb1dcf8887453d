"""Years a profile fixes by a person's life: an age printed beside a birth year (1979年出生，
今年45岁 → about 2024) and years of service beside the year they began (1994年参加工作，
从医30年 → about 2024). A reader dates the piece so, a year either way (ages are counted
differently, the years of service may be rounded): a vote without a floor, weaker than a
dated event. Words are data (lexicon/life_years.tsv).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from importlib.resources.abc import Traversable

from .calendar_cues import _NUM, _alternatives, cn_number
from .date_cues import YearCue, _quote
from .role_lexicon import load_role_words

LIFE_WEIGHT = 1.0  # 1979年出生，今年45岁: about, a year either way
REACH = 40  # characters between the year and the age or the years served
ROLES = ("birth", "age", "began", "service")
_YEAR = r"(?<!\d)(?P<y>(?:19|20)\d{2})年(?:\d{1,2}月)?(?:\d{1,2}日)?"
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class LifeWords:
    patterns: tuple[re.Pattern[str], ...]  # each with groups y (the year) and n (the count)


@lru_cache(maxsize=1)
def default_life_words() -> LifeWords:
    return load_life_words(resources.files(__package__).joinpath("lexicon"))


def load_life_words(directory: Traversable) -> LifeWords:
    """life_years.tsv from ``directory``; a bad line raises LexiconError naming the file and line."""
    words = load_role_words(directory, "life_years.tsv", ROLES)
    birth, age = _alternatives(words["birth"]), _alternatives(words["age"])
    began, service = _alternatives(words["began"]), _alternatives(words["service"])
    count = rf"(?<![\d多近几数这])(?P<n>{_NUM})"
    between = rf"[^。；！？]{{0,{REACH}}}?"
    years_served = rf"(?:{service})(?:了)?[^。；！？，、]{{0,6}}?{count}(?:个)?(?:年|载|个春秋|春秋)(?![代度级来前后里])"
    return LifeWords((
        re.compile(rf"{_YEAR}(?:{birth}){between}(?:{age}){count}(?:周)?岁"),
        re.compile(rf"(?:{age}){count.replace('?P<n>', '?P<n2>')}(?:周)?岁{between}{_YEAR.replace('?P<y>', '?P<y2>')}(?:{birth})"),
        re.compile(rf"{_YEAR}(?:{began}){between}{years_served}"),
    ))


def life_year_cues(text: str, words: LifeWords | None = None) -> list[YearCue]:
    """1979年出生，今年45岁 / 今年45岁的某某1979年出生 → about 2024; 1994年参加工作，从医30年 →
    about 2024."""
    words = words or default_life_words()
    flat = _SPACE.sub("", text)
    out: list[YearCue] = []
    for pattern in words.patterns:
        for match in pattern.finditer(flat):
            year = int(match.group("y") if "y" in match.groupdict() and match.group("y") else match.group("y2"))
            n = cn_number(match.group("n") if "n" in match.groupdict() and match.group("n") else match.group("n2"))
            if n and 1 <= n <= 110 and 1900 <= year + n <= 2100:
                out.append(YearCue(year + n, "about", LIFE_WEIGHT, _quote(match.group(0)), match.start()))
    return out
