"""Years an issue counts from a year it prints, in words of elapsed or remaining time:

* 2019年医院获批…，四年多来 → about 2023 (a little more: 2024 half as likely); 这两三年里 after a
  printed year likewise (这 makes the span run to now: 三年里 alone may be a term long past);
* 医院将于2027年迎来建院100周年，距今还有两年多时间 → about 2024 (2025 half as likely);
* 1998年新院区建成，距今已有25年 → about 2023; 1997年购入，至今已快三十年 → about 2026 (a year short
  of the count; 2025 half as likely); 成立于2015年…近十年来 → about 2024 likewise (近 a count short of
  its figure up to ten; a year of a later change between, 2020年扩建后, is passed over: no beginning);
* 医院2013年购置的CT在连续运行满八年后报废 → about 2021 (2022 half as likely): a
  service span from the year a thing was acquired (the count is of its service), printed
  before it too (服役十一二年的老CT…。这台老CT是2014年购置的 → 2025 or 2026);
* 从2015年冬天起…已经坚持了十一二年 → 2026 or 2027: a custom kept since a printed start (the start
  may be a short clause: 从2019年查出尿毒症开始透析…已经坚持了七八年);
* a rough count of two adjacent numbers (七八年来, 十一二年) is either year, never its last number;
* a word naming a year by its distance from the issue's with the year in brackets
  (前年（2021年）, 2022年（去年）→ 2023: ``bracketed_year_cues``, lexicon/year_words.tsv): the
  writer's own reckoning, a clear statement;
* a member's honour of a fixed count since a printed year (“光荣在党50年”纪念章 in an
  article where 1973年入党 is printed → about 2023): the latest such year plus the count
  (``honour_year_cues``, per article: the honour and the year may stand apart).

The count is from the nearest year before it (2023年12月31日…2018年开展的…，六年来 counts
from 2018), never from a year's review or plan (2025年度预算…一年来). A reader counts so, a year either way (the printed year's month is rarely given): a vote
without a floor, as weak as an age beside a birth year. Small counts only (up to
``MAX_COUNT``): 六十多年来 is a round figure. Words are data (lexicon/relative_years.tsv).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from importlib.resources.abc import Traversable

from ..errors import LexiconError
from .cue_text import NUM, alternation, cn_number, cue_quote, despaced
from .date_cues import YearCue, unquoted
from .life_years import ROUGH, rough_count
from .role_lexicon import lexicon_rows, load_role_words

RELATIVE_WEIGHT = 1.0  # 四年多来 from a printed year: about, a year either way
MORE_WEIGHT = 0.5  # 四年多: the next year too, half as likely
MAX_COUNT = 30  # 六十多年来 is a round figure, not a count
REACH = 40  # characters from the printed year to the count (a clause break allowed)
ROLES = ("since", "these", "remaining", "ago", "acquired", "served", "kept", "honour", "joined", "almost", "nearly", "changed")
NEARLY_MAX = 10  # 近十年来 is a count; 近三十年 a round figure
_YEAR = r"(?<![\d〇零○一二三四五六七八九])(?P<y>(?:19|20)\d{2})年(?!度)(?:\d{1,2}月)?(?:\d{1,2}日)?"
_PLAIN = r"(?:(?!(?:19|20)\d{2}年)[^。；！？])"  # no nearer year between: the count is from the last one
_MONTH_AFTER = re.compile(r"年\d{1,2}月")
_DIGITS = "一二三四五六七八九十两"


@dataclass(frozen=True)
class RelativeWords:
    since: re.Pattern[str]  # groups y, n, more
    remaining: re.Pattern[str]
    ago: re.Pattern[str]
    served: re.Pattern[str]  # 2013年购置的…运行满八年: groups y, n, more
    served_before: re.Pattern[str]  # 服役八年的老CT…这台CT是2013年购置的: groups y, n, more
    kept: re.Pattern[str]  # 从2015年冬天起…已经坚持了十一二年: groups y, n, more
    honour: re.Pattern[str]  # 光荣在党50年: group n
    joined: re.Pattern[str]  # 1973年入党: group y


@lru_cache(maxsize=1)
def default_relative_words() -> RelativeWords:
    return load_relative_words(resources.files(__package__).joinpath("lexicon"))


def load_relative_words(directory: Traversable) -> RelativeWords:
    """relative_years.tsv from ``directory``; a bad line raises LexiconError naming the file and line."""
    words = load_role_words(directory, "relative_years.tsv", ROLES)
    between = rf"{_PLAIN}{{0,{REACH}}}?(?:[。；]{_PLAIN}{{0,{REACH}}}?)?"
    # a year of a later change (2020年扩建后) is no nearer beginning: a count since passes over it
    changed = rf"(?:(?<!\d)(?:19|20)\d{{2}}年(?:{alternation(words['changed'])})|{_PLAIN})"
    since_between = rf"{changed}{{0,{REACH}}}?(?:[。；]{changed}{{0,{REACH}}}?)?"
    # 七八年, 十一二年: a rough count of two adjacent numbers (group r), never its last number alone
    # 这七八年来 counts as 七八年来 does; 两三年 is the one rough count with 两
    count = rf"(?:(?<![\d多近几数第])(?P<r>两三|{ROUGH})|(?<![\d多近几数这第{_DIGITS}])(?P<n>{NUM}))(?:个)?年(?P<more>多|余)?"
    return RelativeWords(
        re.compile(
            rf"{_YEAR}{since_between}(?P<these>这)?(?:(?P<nearly>{alternation(words['nearly'])})|(?<!近)){count.replace('多近几', '多几')}"
            rf"(?:时间|时光)?(?:{alternation(words['since'])}|(?(these)(?:{alternation(words['these'])})|(?!)))"
        ),
        re.compile(rf"{_YEAR}{_PLAIN}{{0,{REACH}}}?(?:{alternation(words['remaining'])}){count}(?![前后])"),
        re.compile(rf"{_YEAR}{_PLAIN}{{0,{REACH}}}?(?:{alternation(words['ago'])})(?P<almost>{alternation(words['almost'])})?{count}(?![前后])"),
        re.compile(
            rf"(?:{_YEAR}(?:{alternation(words['acquired'])})|(?:{alternation(words['acquired'])})于{_YEAR.replace('?P<y>', '?P<y2>')})"
            rf"{_PLAIN}{{0,{REACH}}}?(?:连续|累计|已经?|共)?(?:{alternation(words['served'])})(?:了|已经?)?有?满?{count}(?![前代度级])"
        ),
        re.compile(
            rf"(?:{alternation(words['served'])})(?:了|已经?)?满?{count}(?![前代度级])的?{_PLAIN}{{0,{REACH}}}?(?:[。；]{_PLAIN}{{0,{REACH}}}?)?"
            rf"{_YEAR}(?:{alternation(words['acquired'])})"
        ),
        re.compile(
            rf"(?:从|自){_YEAR}[^。；！？，、\d]{{0,8}}?(?:起|开始|以来){between}"
            rf"(?:已经?|已)?(?:{alternation(words['kept'])})(?:了)?{count}(?![前后代度级])"
        ),
        re.compile(rf"(?:{alternation(words['honour'])})(?P<n>{NUM})(?:周)?年(?![\d多余以])"),
        re.compile(rf"{_YEAR}(?:{alternation(words['joined'])})"),
    )


def relative_year_cues(text: str, words: RelativeWords | None = None) -> list[YearCue]:
    """Each count of years from a printed year as one or two votes (see the module)."""
    words = words or default_relative_words()
    flat = despaced(text)
    out: list[YearCue] = []
    counted: set[int] = set()  # 2013年启用的…运行十年来 is one count (since), not two (and served)
    patterns = ((words.since, 1), (words.ago, 1), (words.remaining, -1), (words.served, 1), (words.served_before, 1), (words.kept, 1))
    for pattern, sign in patterns:
        for match in pattern.finditer(flat):
            groups = match.groupdict()
            at = match.start("y") if groups.get("y") else match.start("y2")
            if at in counted and pattern in (words.served, words.served_before, words.kept):
                continue
            if pattern is words.remaining and _MONTH_AFTER.match(flat, match.end("y")):
                continue  # 定于2027年6月…还有两三年: counted month by month (countdowns.py)
            printed = int(groups.get("y") or groups["y2"])
            quote = cue_quote(match.group(0))
            if groups.get("r"):  # 七八年来: either, each a full vote
                counted.add(at)
                out += [
                    YearCue(printed + sign * n, "about", RELATIVE_WEIGHT, quote, match.start(), origin=printed)
                    for n in rough_count(groups["r"].replace("两", "二"))
                ]
                continue
            n = cn_number(groups["n"])
            if not n or n > MAX_COUNT:
                continue
            counted.add(at)
            year = printed + sign * n
            if groups.get("nearly") and (n > NEARLY_MAX or match.group("more")):
                continue  # 近三十年来 is a round figure
            if (groups.get("almost") or groups.get("nearly")) and not match.group("more"):  # 至今已快三十年, 近十年来: a year short, or two
                out.append(YearCue(year - 1, "about", RELATIVE_WEIGHT, quote, match.start(), origin=printed))
                out.append(YearCue(year - 2, "about", MORE_WEIGHT, quote, match.start(), origin=printed))
            elif match.group("more"):  # a little more than n years: the issue a year further on, or not
                near, far = (year, year + 1) if sign > 0 else (year - 1, year)
                out.append(YearCue(near, "about", RELATIVE_WEIGHT, quote, match.start(), origin=printed))
                out.append(YearCue(far, "about", MORE_WEIGHT, quote, match.start(), origin=printed))
            else:
                out.append(YearCue(year, "about", RELATIVE_WEIGHT, quote, match.start(), origin=printed))
    return out


MAX_HONOUR = 80  # 光荣在党50年: a count of years of standing


def honour_year_cues(texts: list[str], words: RelativeWords | None = None) -> list[YearCue]:
    """An honour counting years since a year printed in the same article (“光荣在党50年”
    纪念章 … 1973年入党 → about 2023): the latest such year plus the count, one vote per
    article; an article with no such year says nothing (the honour alone is any year's)."""
    words = words or default_relative_words()
    out: list[YearCue] = []
    for text in texts:
        flat = unquoted(text)
        honour = words.honour.search(flat)
        if not honour:
            continue
        n = cn_number(honour.group("n"))
        joined = [int(m.group("y")) for m in words.joined.finditer(flat)]
        if not n or n > MAX_HONOUR or not joined:
            continue
        out.append(YearCue(max(joined) + n, "about", RELATIVE_WEIGHT, cue_quote(honour.group(0)), honour.start()))
    return out


BRACKETED_WEIGHT = 3.0  # 前年（2021年）: the writer counts the year for the reader


@dataclass(frozen=True)
class YearWords:
    offsets: dict[str, int]  # word -> years from the year (前年 -2)
    pattern: re.Pattern[str]  # a word with its year in brackets: groups w/w2 (the word), y/y2 (the year)


@lru_cache(maxsize=1)
def default_year_words() -> YearWords:
    return load_year_words(resources.files(__package__).joinpath("lexicon"))


def load_year_words(directory: Traversable) -> YearWords:
    """year_words.tsv from ``directory``; a bad line raises LexiconError naming the file and line."""
    path = str(directory.joinpath("year_words.tsv"))
    offsets: dict[str, int] = {}
    for number, line in lexicon_rows(directory, "year_words.tsv"):
        cols = [c.strip() for c in line.split("\t")]
        if len(cols) != 2 or not cols[0] or not re.fullmatch(r"-?\d", cols[1]):
            raise LexiconError(path, number, "expected 'word<TAB>years from the issue's year (-9 to 9)'")
        offsets[cols[0]] = int(cols[1])
    if not offsets:
        raise LexiconError(path, 0, "no year words")
    words = alternation(list(offsets))
    year = r"(?<!\d)(?P<y>(?:19|20)\d{2})\s*年?"
    pattern = re.compile(
        rf"(?P<w>{words})\s*[（(]\s*{year}\s*[)）]|{year.replace('?P<y>', '?P<y2>')}\s*[（(]\s*(?P<w2>{words})\s*[)）]"
    )
    return YearWords(offsets, pattern)


def bracketed_year_cues(text: str, words: YearWords | None = None) -> list[YearCue]:
    """前年（2021年） / 2021年（前年） → 2023: the bracketed year minus the word's distance."""
    words = words or default_year_words()
    flat = despaced(text)
    out: list[YearCue] = []
    for match in words.pattern.finditer(flat):
        word, year = match.group("w") or match.group("w2"), int(match.group("y") or match.group("y2"))
        out.append(YearCue(year - words.offsets[word], "current", BRACKETED_WEIGHT, cue_quote(match.group(0)), match.start()))
    return out
