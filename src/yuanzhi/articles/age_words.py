"""Years an age word bounds beside a birth year (1935年出生，年近九旬 → 2023 or 2024; 生于
1925年的老院长已年近期颐 → 2022 to 2024; 1936年出生…89岁高龄 → 2025): each year of the word's range (lexicon/ages.tsv)
gets a weak vote, none outside it, so an age alone leaves the year open within the range and
another weak cue (集中整治开展一年来) picks within it. A birth year with a printed age
(今年45岁) is life_years.py's.

Within one article, an age word and the birth year may stand in different sentences (迎来了她的
百岁生日。……周某1924年10月出生): when the article prints one birth year only and no age beside
it, each age word of the article (a birthday: 百岁生日, 85岁生日) is of that person, and so is an
age some years ago (五年前，95岁的老人 → born + 95 + 5): ``article_age_cues``.

A birth month with an age reached in a month the issue names (1966年3月出生，本月年满六十周岁;
下个月就年满60周岁) is a printed date: the age is reached in the birth month of the year born + age,
and the issue is that month (本月), the month before (下个月) or after (上月), exactly:
``reached_age_cues``.

A child's birth year with a school stage begun this year (2019年出生的小儿子，今年秋天就要上小学了) names
the years a child of that birth year begins it (lexicon/school_entry.tsv: primary school at six, born
before 1 September, else at seven): each a weak vote, as an age word's range: ``school_entry_cues``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from importlib.resources.abc import Traversable

from ..errors import LexiconError
from .cue_text import NUM, cn_number, cue_quote, despaced
from .date_cues import DateCue, YearCue
from .role_lexicon import lexicon_rows

AGE_WEIGHT = 1.0  # each year of the range: about, like a printed age
BIRTHDAY_WEIGHT = 2.0  # 本月迎来85周岁生日 beside 1941年8月出生: the birthday is the news, the age exact
# a birthday celebrated now (迎来85周岁生日, 度过了她的百岁生日): the year it falls in is the issue's
_CELEBRATED = re.compile(r"(?:迎来|度过|庆祝|欢度|喜迎)(?:了)?(?:自己|他|她)?(?:的)?$")
_BIRTHDAY = re.compile(r"(?:生日|寿辰|寿诞|华诞|大寿)$")
REACH = 30  # characters between the birth year and the age word (same sentence)
WIDEST = 12  # a range wider than this (耄耋) bounds too little to vote
_BORN = r"(?:(?<!\d)(?P<y>(?:19|20)\d{2})年(?:\d{1,2}月)?(?:\d{1,2}日)?(?:出生|生人|出生于|生)|(?:生于|出生于)(?P<y2>(?:19|20)\d{2})年)"
_AGE = r"(?:\d{2,3}|[一二三四五六七八九十百零]{1,5})"
_BORN_ANY = re.compile(_BORN)
# the month word before an age reached (本月年满六十周岁) and the months from the birthday to the issue
_RELATIVE_MONTHS = {"本月": 0, "这个月": 0, "当月": 0, "下月": -1, "下个月": -1, "上月": 1, "上个月": 1}
_REACHED = re.compile(
    rf"(?<!\d)(?P<y>(?:19|20)\d{{2}})年(?P<m>\d{{1,2}})月(?:\d{{1,2}}日)?(?:出生|生)[^。；！？]{{0,{REACH}}}?"
    rf"(?P<rel>{'|'.join(sorted(_RELATIVE_MONTHS, key=len, reverse=True))})[^。；！？，,]{{0,4}}?(?:年满|满)(?P<a>{_AGE})(?:周)?岁"
)
_AGO = re.compile(rf"(?<![\d第])(?P<n>{NUM})年前[，,]?[^。；！？\d]{{0,8}}?(?P<a>{_AGE})(?:周)?岁(?![以之])")


@dataclass(frozen=True)
class AgeWords:
    ranges: dict[str, tuple[int, int]]
    pattern: re.Pattern[str]  # groups y/y2 (the birth year) and w/w2 (the age word)
    alone: re.Pattern[str] | None = None  # an age word anywhere (group w)


@lru_cache(maxsize=1)
def default_age_words() -> AgeWords:
    return load_age_words(resources.files(__package__).joinpath("lexicon"))


def load_age_words(directory: Traversable, name: str = "ages.tsv") -> AgeWords:
    """ages.tsv: ``word<TAB>least<TAB>greatest``; a bad line raises LexiconError naming the file and line."""
    path = str(directory.joinpath(name))
    ranges: dict[str, tuple[int, int]] = {}
    for number, line in lexicon_rows(directory, name):
        cols = [c.strip() for c in line.split("\t")]
        if len(cols) != 3 or not cols[0] or not (cols[1].isdigit() and cols[2].isdigit()):
            raise LexiconError(path, number, "expected 'word<TAB>least age<TAB>greatest age'")
        least, greatest = int(cols[1]), int(cols[2])
        if not 1 <= least <= greatest <= 120:
            raise LexiconError(path, number, f"ages {least}-{greatest}: expected 1 <= least <= greatest <= 120")
        ranges[cols[0]] = (least, greatest)
    if not ranges:
        raise LexiconError(path, 0, "no age words")
    words = "|".join(re.escape(w) for w in sorted(ranges, key=len, reverse=True))
    words += r"|(?<![\d.])\d{2,3}岁(?:高龄|高寿)"  # 89岁高龄: the age now
    words += rf"|(?<![\d.]){_AGE}(?:周)?岁(?:生日|寿辰|寿诞|华诞|大寿)"  # 85岁生日: the age this year
    between = rf"[^。；！？]{{0,{REACH}}}?"
    pattern = re.compile(rf"{_BORN}{between}(?P<w>{words})|(?P<w2>{words}){between}{_BORN.replace('?P<y>', '?P<y3>').replace('?P<y2>', '?P<y4>')}")
    return AgeWords(ranges, pattern, re.compile(rf"(?P<w>{words})"))


def age_word_cues(text: str, words: AgeWords | None = None) -> list[YearCue]:
    """1935年出生，年近九旬 → about 2023 and about 2024 (weak votes, one a year)."""
    words = words or default_age_words()
    flat = despaced(text)
    out: list[YearCue] = []
    for match in words.pattern.finditer(flat):
        groups = match.groupdict()
        born = next(int(groups[k]) for k in ("y", "y2", "y3", "y4") if groups.get(k))
        word = groups["w"] or groups["w2"]
        least, greatest = _range(word, words)
        if greatest - least > WIDEST:
            continue
        quote = cue_quote(match.group(0), 32)
        out += [YearCue(born + age, "about", AGE_WEIGHT, quote, match.start(), origin=born) for age in range(least, greatest + 1) if born + age <= 2100]
    for born_at in _BORN_ANY.finditer(flat):  # 1941年8月出生，本月迎来85周岁生日: exact
        born = int(born_at.group("y") or born_at.group("y2"))
        sentence = flat[born_at.end() : born_at.end() + REACH].split("。")[0]
        out += _celebrated(sentence, born, born_at.end(), words, born_at.start())
    return out


def _celebrated(text: str, born: int, offset: int, words: AgeWords, start: int) -> list[YearCue]:
    """A birthday of one age celebrated now in ``text`` (迎来85周岁生日): born + the age, a clear vote."""
    out = []
    for match in words.alone.finditer(text) if words.alone else ():
        least, greatest = _range(match.group("w"), words)
        if _celebrated_here(text, match, least, greatest):
            quote = cue_quote(text[max(0, match.start() - 4) : match.end()], 32)
            out.append(YearCue(born + least, "about", BIRTHDAY_WEIGHT, quote, start, origin=born))
    return out


def _celebrated_here(text: str, match: re.Match[str], least: int, greatest: int) -> bool:
    """Is the age word ``match`` (of ages least..greatest) a birthday of one age celebrated now (迎来85周岁生日)?"""
    before = text[max(0, match.start() - 8) : match.start()]
    return least == greatest and bool(_BIRTHDAY.search(match.group("w"))) and bool(_CELEBRATED.search(before))


def _range(word: str, words: AgeWords) -> tuple[int, int]:
    """The ages an age word stands for: the table's, or the number it prints (85岁生日, 89岁高龄)."""
    if word in words.ranges:
        return words.ranges[word]
    number = re.match(_AGE, word)
    age = cn_number(number.group()) if number else None
    return (age, age) if age else (0, 999)


def article_age_cues(texts: list[str], words: AgeWords | None = None) -> list[YearCue]:
    """An article printing one birth year and, in other sentences, age words (百岁生日) or an
    age some years ago (五年前，95岁): the birth year plus the age (plus the years ago)."""
    words = words or default_age_words()
    out: list[YearCue] = []
    for text in texts:
        flat = despaced(text)
        born_years = {int(m.group("y") or m.group("y2")) for m in _BORN_ANY.finditer(flat)}
        if len(born_years) != 1 or words.pattern.search(flat) or words.alone is None:
            continue  # no birth year, several people's, or an age beside it (age_word_cues reads it)
        born = born_years.pop()
        for match in words.alone.finditer(flat):
            least, greatest = _range(match.group("w"), words)
            if greatest - least <= WIDEST:
                quote = cue_quote(match.group(0), 32)
                weight = BIRTHDAY_WEIGHT if _celebrated_here(flat, match, least, greatest) else AGE_WEIGHT  # 迎来了她的百岁生日: exact
                out += [YearCue(born + age, "about", weight, quote, match.start(), origin=born) for age in range(least, greatest + 1) if born + age <= 2100]
        for match in _AGO.finditer(flat):
            ago, age = cn_number(match.group("n")), cn_number(match.group("a"))
            if ago and age and ago <= 60 and born + age + ago <= 2100:
                out.append(YearCue(born + age + ago, "about", AGE_WEIGHT, cue_quote(match.group(0), 32), match.start(), origin=born))
    return out


@lru_cache(maxsize=1)
def default_school_entry() -> AgeWords:
    return load_school_entry(resources.files(__package__).joinpath("lexicon"))


def load_school_entry(directory: Traversable, name: str = "school_entry.tsv") -> AgeWords:
    """school_entry.tsv (``stage words<TAB>least age<TAB>greatest age``): a birth year, then 今年 and
    the stage begun in its sentence (group w)."""
    table = load_age_words(directory, name)
    words = "|".join(re.escape(w) for w in sorted(table.ranges, key=len, reverse=True))
    pattern = re.compile(rf"{_BORN}[^。；！？]{{0,{REACH}}}?今年[^。；！？，,]{{0,8}}?(?P<w>{words})")
    return AgeWords(table.ranges, pattern)


def school_entry_cues(text: str, words: AgeWords | None = None) -> list[YearCue]:
    """2019年出生的小儿子，今年秋天就要上小学了 → about 2025 and about 2026 (weak votes, one a year)."""
    words = words or default_school_entry()
    out: list[YearCue] = []
    for match in words.pattern.finditer(despaced(text)):
        born = int(match.group("y") or match.group("y2"))
        least, greatest = words.ranges[match.group("w")]
        quote = cue_quote(match.group(0), 32)
        out += [YearCue(born + age, "about", AGE_WEIGHT, quote, match.start(), origin=born) for age in range(least, greatest + 1)]
    return out


def reached_age_cues(text: str) -> list[DateCue]:
    """1966年3月出生，本月年满六十周岁 → 2026-03 (下个月就年满60周岁 → 2026-02): the birthday's month,
    moved by the issue's month word, exactly."""
    out = []
    for match in _REACHED.finditer(despaced(text)):
        age, month = cn_number(match.group("a")), int(match.group("m"))
        if not age or not 1 <= month <= 12 or not 16 <= age <= 120:
            continue
        at = int(match.group("y")) * 12 + month - 1 + age * 12 + _RELATIVE_MONTHS[match.group("rel")]
        quote = cue_quote(match.group(0), 40)
        out.append(DateCue(at % 12 + 1, None, at // 12, 0, BIRTHDAY_WEIGHT, quote, match.start(), exact=True))
    return out
