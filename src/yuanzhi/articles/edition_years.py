"""Years a catalogue's edition in force names: a list or a standard named by an edition year
comes into force a fixed number of years after it (lexicon/editions.tsv: the national drug list
of an edition year from the next January, the pharmacopoeia within its own year), so an issue
that says an edition is in force (自本月1日起，2024年版国家医保药品目录正式执行 → 2025; 全面执行2021年版
国家医保药品目录 → 2022) is of that year, and not older. A mention without a word of force (与2023年版
目录相比), or one a plan puts later (将于明年1月1日起执行), says nothing of the issue's year.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from importlib.resources.abc import Traversable

from ..errors import LexiconError
from .cue_text import alternation, cue_quote
from .date_cues import YearCue, unquoted
from .role_lexicon import cell_names, lexicon_rows

EDITION_WEIGHT = 3.0  # the edition in force: the reader's knowledge of when it came into force, a clear statement
_PLAN = re.compile(r"将|拟|计划|预计|即将|明年|下月|下个月|届时")
_CLAUSE = r"[^。；！？，,]"


@dataclass(frozen=True)
class Editions:
    offsets: dict[str, int]  # name -> years from the edition's year to the year in force
    pattern: re.Pattern[str]  # groups y/y2/y3 (the edition's year), c/c2/c3 (the name)


@lru_cache(maxsize=1)
def default_editions() -> Editions:
    return load_editions(resources.files(__package__).joinpath("lexicon"))


def load_editions(directory: Traversable) -> Editions:
    """editions.tsv from ``directory``; a bad line raises LexiconError naming the file and line."""
    path = str(directory.joinpath("editions.tsv"))
    offsets: dict[str, int] = {}
    force: list[str] = []
    for number, line in lexicon_rows(directory, "editions.tsv"):
        key, sep, rest = line.partition("\t")
        if sep and key == "force":
            force += cell_names(path, number, rest)
        elif sep and re.fullmatch(r"\d", key.strip()):
            offsets.update((n, int(key)) for n in cell_names(path, number, rest))
        else:
            raise LexiconError(path, number, "expected 'years after the edition (0-9)<TAB>names' or 'force<TAB>words'")
    if not offsets or not force:
        raise LexiconError(path, 0, "no names or no words of force")
    names, forces = alternation(list(offsets)), alternation(force)
    year = r"(?<!\d)(?P<y>(?:19|20)\d{2})年版"
    pattern = re.compile(
        # 2024年版国家医保药品目录正式执行; 中国药典2020年版正式实施; 国家医保药品目录（2024年版）执行
        rf"(?:{year}(?P<c>{names})|(?P<c2>{names})[（(]?{year.replace('?P<y>', '?P<y2>')}[)）]?)"
        rf"(?P<gap>{_CLAUSE}{{0,12}}?)(?:{forces})"
        # 执行2021年版国家医保药品目录
        rf"|(?:{forces}){_CLAUSE}{{0,4}}?{year.replace('?P<y>', '?P<y3>')}(?P<c3>{names})"
    )
    return Editions(offsets, pattern)


def edition_year_cues(text: str, editions: Editions | None = None) -> list[YearCue]:
    """Each edition said to be in force: the year it is in force (the edition's year plus its
    catalogue's offset), a vote and a floor."""
    editions = editions or default_editions()
    flat = unquoted(text)
    out: list[YearCue] = []
    for match in editions.pattern.finditer(flat):
        before = flat[max(0, match.start() - 6) : match.start()]
        if _PLAN.search(match.group("gap") or "") or _PLAN.search(before):
            continue
        printed = int(match.group("y") or match.group("y2") or match.group("y3"))
        name = match.group("c") or match.group("c2") or match.group("c3")
        out.append(YearCue(printed + editions.offsets[name], "current", EDITION_WEIGHT, cue_quote(match.group(0)), match.start()))
    return out
