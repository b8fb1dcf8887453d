"""Years a profile fixes by a person's life: an age printed beside a birth year (1979年出生，
今年45岁 → about 2024) and years of service beside the year they began (1994年参加工作，
从医30年 → about 2024). A reader dates the piece so, a year either way (ages are counted
differently, the years of service may be rounded): a vote without a floor, weaker than a
dated event. A rough count of two adjacent numbers (一干就是十五六年, 工作了三十二三年) is either
year, each a full vote (an age too: 2024年出生，如今一两岁); a count with 多 (工作了四年多) is the year, and the next half as likely.
An ordinal year of service (2017年入职，今年是她在手术室工作的第十个年头 → 2026) counts the first
year as the first: exact, not about; so does an ordinal whole year after a start (2024年12月底投入使用，今年是
投用后的第二个完整年度 → 2026: the first whole calendar year is the one after the start's month, unless it is January). The beginning may stand a few characters after the year (2005年起担任, 1989年从卫校毕业来到).
Words are data (lexicon/life_years.tsv).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from importlib.resources.abc import Traversable

from .cue_text import NUM, alternation, cn_number, cue_quote, despaced
from .date_cues import YearCue
from .role_lexicon import load_role_words

LIFE_WEIGHT = 1.0  # 1979年出生，今年45岁: about, a year either way
ORDINAL_WEIGHT = 2.0  # 2017年入职…工作的第十个年头: a year counted, the first as the first (exact)
MORE_WEIGHT = 0.5  # 工作了四年多: the next year too, half as likely
# 十五六, 三十二三, 五六: two adjacent numbers, a rough count (checked adjacent in life_year_cues)
ROUGH = r"(?:[二三四五六七八九]?十)?[一二三四五六七八][二三四五六七八九]"
REACH = 40  # characters between the year and the age or the years served
ROLES = ("birth", "age", "began", "service")
_YEAR = r"(?<!\d)(?P<y>(?:19|20)\d{2})年(?:\d{1,2}月)?(?:\d{1,2}日)?"


@dataclass(frozen=True)
class LifeWords:
    patterns: tuple[re.Pattern[str], ...]  # each with groups y (the year) and n (the count)


@lru_cache(maxsize=1)
def default_life_words() -> LifeWords:
    return load_life_words(resources.files(__package__).joinpath("lexicon"))


def load_life_words(directory: Traversable) -> LifeWords:
    """life_years.tsv from ``directory``; a bad line raises LexiconError naming the file and line."""
    words = load_role_words(directory, "life_years.tsv", ROLES)
    birth, age = alternation(words["birth"]), alternation(words["age"])
    began, service = alternation(words["began"]), alternation(words["service"])
    count = rf"(?<![\d多近几数这])(?P<n>{NUM})"
    between = rf"[^。；！？]{{0,{REACH}}}?"
    rough = rf"(?<![\d多近几数这十])(?P<r>{ROUGH})(?:个)?(?:年|载)(?![代度级来前后里多余])"
    served = rf"(?<![\d多近几数这第])(?P<n>{NUM})(?:个)?(?:年|载|个春秋|春秋)(?P<more>多|余)?(?![代度级来前后里])"
    ordinal = rf"第(?P<o>{NUM})(?:个)?(?:年头|年(?![代度级来前后里多余]))"  # 第十个年头: the first year counts as the first
    years_served = rf"(?:{service})(?:了)?[^。；！？，、]{{0,6}}?(?:{rough}|{served}|{ordinal})"
    return LifeWords((
        # 2024年出生，如今一两岁: a rough age (two adjacent numbers, 一两 and 两三 with 两) is either
        re.compile(rf"{_YEAR}(?:{birth}){between}(?:{age})(?:(?<![\d多近几数这十])(?P<r>一两|两三|{ROUGH})|{count})(?:周)?岁"),
        re.compile(rf"(?:{age}){count.replace('?P<n>', '?P<n2>')}(?:周)?岁{between}{_YEAR.replace('?P<y>', '?P<y2>')}(?:{birth})"),
        # 2005年起担任, 1989年从卫校毕业来到, 2019年硕士毕业后来到: the beginning a few characters on
        re.compile(rf"{_YEAR}(?:起|从[^。；！？，、]{{0,6}}?|[^。；！？，、\d]{{0,6}}?毕业后)?(?:{began}){between}{years_served}"),
        # 2024年12月底投入使用，今年是投用后的第二个完整年度: whole calendar years after the start's month
        re.compile(rf"(?<!\d)(?P<y>(?:19|20)\d{{2}})年(?P<m>\d{{1,2}})月{between}(?:{age}|今年)是[^。；！？，]{{0,8}}?第(?P<c>{NUM})个完整(?:年度|年|自然年)"),
    ))


def life_year_cues(text: str, words: LifeWords | None = None) -> list[YearCue]:
    """1979年出生，今年45岁 / 今年45岁的某某1979年出生 → about 2024; 1994年参加工作，从医30年 →
    about 2024."""
    words = words or default_life_words()
    flat = despaced(text)
    out: list[YearCue] = []
    for pattern in words.patterns:
        for match in pattern.finditer(flat):
            groups = match.groupdict()
            year = int(groups.get("y") or groups["y2"])
            quote = cue_quote(match.group(0))
            if groups.get("r"):  # 十五六年: either
                counts = rough_count(groups["r"].replace("两", "二"))
                out += [YearCue(year + n, "about", LIFE_WEIGHT, quote, match.start(), origin=year) for n in counts if 1900 <= year + n <= 2100]
                continue
            if groups.get("c"):  # 2024年12月底投入使用…第二个完整年度 → 2026: the first whole year after the start
                c, m = cn_number(groups["c"]), int(groups["m"])
                if c and 1 <= c <= 110 and 1 <= m <= 12:
                    out.append(YearCue(year + c - (1 if m == 1 else 0), "current", ORDINAL_WEIGHT, quote, match.start(), origin=year))
                continue
            if groups.get("o"):  # 2017年入职，今年是…工作的第十个年头 → 2026
                o = cn_number(groups["o"])
                if o and 1 <= o <= 110:
                    out.append(YearCue(year + o - 1, "current", ORDINAL_WEIGHT, quote, match.start(), origin=year))
                continue
            n = cn_number(groups.get("n") or groups["n2"])
            if n and 1 <= n <= 110 and 1900 <= year + n <= 2100:
                out.append(YearCue(year + n, "about", LIFE_WEIGHT, quote, match.start(), origin=year))
                if groups.get("more") and year + n + 1 <= 2100:  # 四年多: a little more
                    out.append(YearCue(year + n + 1, "about", MORE_WEIGHT, quote, match.start(), origin=year))
    return out


def rough_count(text: str) -> tuple[int, ...]:
    """十五六 → (15, 16), 三十二三 → (32, 33), 五六 → (5, 6); () when the two are not adjacent."""
    first, second = cn_number(text[:-1]), cn_number(text[-1])
    if first is None or second is None or second != first % 10 + 1:
        return ()
    return first, first + 1
