"""Years a generational cohort word with a life stage bounds (lexicon/cohort_stages.tsv):

* 今年入学的学生已经全部是“05后” → 2024 (the first year no one born before 2005 enters at
  19), 2025 and 2026 half as likely (still all 05后 entrants up to 2009 + 17);
* 住院医师中首次出现了“00后” → 2023 (born 2000, a five-year bachelor at 23), 2024 half;
* 新入职员工中年龄最小的是“05后” → 2026 to 2030, weakly (the cohort has reached the stage,
  the next one not yet);
* 05后新生 without 全部 or 首次: each year a member can be at the stage, weakly, and only
  when the range is narrow (WIDEST).

A cohort word is 00后, 05后, 90后, 95后, 零零后 (two digits ending in 0 or 5: born in that
decade, or its second half). The stage is a word of the table in the same sentence, the
narrowest where there are several (else the sentence before's: 其中首次出现了00后). The votes are weak (kind "about", like an age word):
alone they name a range with little confidence, beside another weak cue (an event held in a
fixed rhythm, a dated trend) they pick within it. Pure finder.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from importlib.resources.abc import Traversable

from ..errors import LexiconError
from .cue_text import alternation, cue_quote, despaced
from .date_cues import YearCue
from .role_lexicon import cell_names, lexicon_rows

FIRST_WEIGHT = 1.0  # the first year a cohort fills or reaches a stage
LATER_WEIGHT = 0.5  # the years after it: a paper remarks on a cohort when it is new
PLAIN_WEIGHT = 0.5  # each year of a plain mention's range
WIDEST = 8  # a plain range wider than this bounds too little to vote
QUANTIFIER_REACH = 8  # characters between 全部是/首次出现了 and the cohort word
_DIGIT = {c: i for i, c in enumerate("零一二三四五六七八九")} | {"〇": 0, "○": 0}
_COHORT = re.compile(r"(?<![\d.:：/／\-年月日号第])(?P<d>[0-9零〇○一二三四五六七八九][0-9零〇○五])后(?![续期来面方天年月日])")
_ALL = re.compile(rf"(?:全部|全都|全是|都是|均为|均是|清一色|全为)[^，,。]{{0,{QUANTIFIER_REACH}}}$")
_FIRST = re.compile(rf"(?:首次|首批|第一批|首位|第一位|首个|第一个|第一次|开始出现|开始有)[^，,。]{{0,{QUANTIFIER_REACH}}}$")
_YOUNGEST = re.compile(rf"(?:最年轻|年龄最小|最小的)[^，,。]{{0,{QUANTIFIER_REACH}}}$")
_SENTENCES = re.compile(r"[^。！？；!?;\n]+")


@dataclass(frozen=True)
class Stages:
    ages: dict[str, tuple[int, int]]  # a stage word's (least, greatest) age
    pattern: re.Pattern[str]  # every stage word, indexed once


@lru_cache(maxsize=1)
def default_stages() -> Stages:
    return load_stages(resources.files(__package__).joinpath("lexicon"))


def load_stages(directory: Traversable, name: str = "cohort_stages.tsv") -> Stages:
    """cohort_stages.tsv: ``least<TAB>greatest<TAB>names``; a bad line raises LexiconError naming the file and line."""
    path = str(directory.joinpath(name))
    ages: dict[str, tuple[int, int]] = {}
    for number, line in lexicon_rows(directory, name):
        cols = line.split("\t")
        if len(cols) != 3 or not (cols[0].strip().isdigit() and cols[1].strip().isdigit()):
            raise LexiconError(path, number, "expected 'least age<TAB>greatest age<TAB>names'")
        least, greatest = int(cols[0]), int(cols[1])
        if not 1 <= least <= greatest <= 80:
            raise LexiconError(path, number, f"ages {least}-{greatest}: expected 1 <= least <= greatest <= 80")
        for word in cell_names(path, number, cols[2]):
            if word in ages:
                raise LexiconError(path, number, f"{word!r} is a stage of an earlier line")
            ages[word] = (least, greatest)
    if not ages:
        raise LexiconError(path, 0, "no stages")
    return Stages(ages, re.compile(alternation(list(ages))))


def _born(digits: str) -> tuple[int, int]:
    """(first birth year, years spanned): 00 → (2000, 10), 95 → (1995, 5)."""
    value = int("".join(str(_DIGIT.get(c, c)) for c in digits))
    return (1900 + value if value >= 30 else 2000 + value), (10 if value % 10 == 0 else 5)


def _years(first: int, span: int, least: int, greatest: int, before: str) -> dict[int, float]:
    if _FIRST.search(before):
        return {first + least: FIRST_WEIGHT, first + least + 1: LATER_WEIGHT}
    last = first + span - 1
    if _ALL.search(before) and first + greatest <= last + least:  # no one older, no one younger
        return {y: FIRST_WEIGHT if y == first + greatest else LATER_WEIGHT for y in range(first + greatest, last + least + 1)}
    if _YOUNGEST.search(before):  # the youngest is of the cohort: it has reached the stage, the next has not
        return {} if last - first > WIDEST else {y: PLAIN_WEIGHT for y in range(first + least, last + least + 1)}
    if last + greatest - (first + least) > WIDEST:
        return {}
    return {y: PLAIN_WEIGHT for y in range(first + least, last + greatest + 1)}


def cohort_year_cues(texts: list[str], stages: Stages | None = None) -> list[YearCue]:
    """Each text's cohort words with their stage as weak votes (one per year and text)."""
    stages = stages or default_stages()
    out: list[YearCue] = []
    for text in texts:
        votes: dict[int, tuple[float, str, int]] = {}
        if not _COHORT.search(despaced(text)):
            continue
        previous: list[tuple[int, tuple[int, int]]] = []
        end = 0
        for sentence in _SENTENCES.finditer(text):
            if "\n" in text[end : sentence.start()]:
                previous = []  # a new paragraph
            end = sentence.end()
            flat = despaced(sentence.group())
            here = [(g - le, (le, g)) for le, g in (stages.ages[w] for w in stages.pattern.findall(flat))]
            found, previous = here or previous, here  # 46名新住院医师报到。其中首次出现了00后: the sentence before
            if not found or not _COHORT.search(flat):
                continue
            least, greatest = min(found)[1]
            for match in _COHORT.finditer(flat):
                first, span = _born(match.group("d"))
                before = flat[max(0, match.start() - QUANTIFIER_REACH - 6) : match.start()]
                for year, weight in _years(first, span, least, greatest, before).items():
                    if weight > votes.get(year, (0.0, "", 0))[0]:
                        votes[year] = (weight, cue_quote(flat, 32), sentence.start())
        out += [YearCue(y, "about", w, q, s) for y, (w, q, s) in sorted(votes.items())]
    return out
