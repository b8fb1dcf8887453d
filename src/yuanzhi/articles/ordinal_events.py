"""Years an issue counts on from a year it prints, by what a reader knows of cycles:

* a title renewed every few years (我市于2013年首次获得“国家卫生城市”称号，此后每三年
  接受一次复审，今年迎来第四次复审 → 2025): the k-th renewal comes k cycles after the
  title was won; the k-th of an event first held that year (自2016年起每两年举办一届，
  今年是第五届 → 2024) k - 1 cycles after; a yearly event held in a month (始于2015年，每年10月进行)
  counts so too, and each year it was said to be skipped (其间只有一年因…停办) puts its k-th a year on
  (今年已是第十一次 → 2026);
* numbered cycles of a review (2018年通过第一周期复审，按照四年一个周期，去年年底迎来第二周期
  复审 → the second in 2022, so the issue is of 2023): the k-th cycle comes (k - j) rhythms
  after the j-th printed with its year, in the year the when-word names;
* a campaign counted by its years (今年是“服务提升年”活动的第二年) with its launch printed
  elsewhere in the issue (医院于2024年3月启动“服务提升年”活动 → 2025);
* time elapsed since a printed launch (2024年3月启动…。一年来 → 2025; …投入运行…运行一周年);
* a five-year plan's N-th year (今年是“十四五”规划的第五年 → 2025; five_year_plans.tsv);
* a year counted from a printed start in the same or the next sentence (自2019年起，医院每年
  开展送医下乡，今年已是第六个年头 → 2024; 连续第四年 likewise).

Words are data (lexicon/cycles.tsv). Pure finders returning :class:`date_cues.YearCue`;
each is a single inferred cue, weighed by :mod:`dating` like a dated event.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from importlib.resources.abc import Traversable

from .calendar_cues import Calendar, default_calendar
from .cue_text import NUM, alternation, cn_number, cue_quote, despaced
from .date_cues import CueKind, YearCue
from .life_years import ROUGH
from .role_lexicon import load_role_words

CYCLE_WEIGHT = 2.0  # 每三年…第四次复审 with the first year printed: one inferred cue
CAMPAIGN_WEIGHT = 2.0  # 今年是活动的第二年 with its launch printed
REACH = 60  # characters from the printed year to the cycle and on to the count
ROLES = ("renewal", "start", "now", "campaign", "last", "coming", "held", "skipped")
MAX_SKIPPED = 5  # years an event counted by its ordinal was skipped
_YEAR = r"(?P<y>(?:19|20)\d{2})年"


@dataclass(frozen=True)
class CycleWords:
    cycle: re.Pattern[str]
    since: re.Pattern[str]
    elapsed: re.Pattern[str]
    renewal: re.Pattern[str]
    campaign: re.Pattern[str]
    start: str  # alternatives of launch words
    period: re.Pattern[str]  # groups y, j, e|e2, now|last|coming, k
    skipped: re.Pattern[str]  # group s: years an event was skipped (只有一年因…停办)


@lru_cache(maxsize=1)
def default_cycle_words() -> CycleWords:
    return load_cycle_words(resources.files(__package__).joinpath("lexicon"))


def load_cycle_words(directory: Traversable) -> CycleWords:
    """cycles.tsv from ``directory``; a bad line raises LexiconError naming the file and line."""
    words = load_role_words(directory, "cycles.tsv", ROLES)
    now = alternation(words["now"])
    cycle = re.compile(
        rf"{_YEAR}[^。；！？]{{0,{REACH}}}?每(?:隔)?(?P<e>{NUM})?年(?:[^。；！？]{{0,20}}?一(?:次|届|轮)"
        rf"|(?:\d{{1,2}}月)?(?:{alternation(words['held'])}))"
        rf"[^。；！？]{{0,{REACH}}}?(?:{now})[^。；！？]{{0,24}}?第(?P<k>{NUM})(?:次|届|轮)(?P<what>[^，。；！？]{{0,8}})"
    )
    renewal = re.compile(alternation(words["renewal"]))
    since = re.compile(
        rf"{_YEAR}(?:\d{{1,2}}月)?(?:\d{{1,2}}日)?(?:起|开始|以来|[^。；！？]{{0,20}}?(?:{alternation(words['start'])}))"
        rf"[^。；！？]{{0,{REACH}}}?[。；]?[^。；！？]{{0,{REACH}}}?"
        # 今年是“十四五”规划的第五年 counts a named plan's years, not the printed start's
        rf"(?:(?:{now})(?:已经?)?(?:是|为|迎来|进入)?(?:(?!规划|计划)[^。；！？，“”《》]){{0,12}}?第(?P<n>{NUM})(?:个年头|年(?![代度级]))"
        rf"|连续第(?P<n2>{NUM})年(?![代度级]))"
    )
    launched = rf"{_YEAR}(?:\d{{1,2}}月)?(?:\d{{1,2}}日)?[^。；！？]{{0,20}}?(?:{alternation(words['start'])})"
    elapsed = re.compile(
        rf"{launched}[^。；！？]{{0,{REACH}}}?[。；]?[^。；！？]{{0,{REACH}}}?"
        rf"(?:(?<![\d多近几数这一二三四五六七八九十两])(?P<n>{NUM})(?:年来|年以来)|(?:{alternation(words['start'])})(?P<a>{NUM})周年)"
    )
    campaign = re.compile(
        rf"今年(?:是|为|已是|已经是)[^。；！？，]{{0,12}}?(?:“(?P<q>[^”]{{2,14}})”|(?P<u>[\u4e00-\u9fff]{{2,12}}?(?:{alternation(words['campaign'])})))"
        rf"[^。；！？，“]{{0,6}}?的?第(?P<n>{NUM})(?:个)?年(?![代度级])"
    )
    clause = rf"[^。；！？]{{0,{REACH}}}?(?:[。；][^。；！？]{{0,{REACH}}}?)?"  # a clause, or two

    def ordinal(group: str) -> str:
        return rf"(?:第(?P<{group}>{NUM})|(?P<{group}1>首))(?:个|轮)?(?:评审|复审)?周期"

    period = re.compile(
        rf"{_YEAR}(?:\d{{1,2}}月)?(?:\d{{1,2}}日)?(?:(?!(?:19|20)\d{{2}}年)[^。；！？]){{0,20}}?{ordinal('j')}{clause}"
        rf"(?:(?P<e>{NUM})年(?:为)?一个?(?:评审|复审)?周期|周期为(?P<e2>{NUM})年){clause}"
        rf"(?:(?P<now>{now})|(?P<last>{alternation(words['last'])})|(?P<coming>{alternation(words['coming'])}))"
        rf"{clause}{ordinal('k')}"
    )
    skipped = re.compile(
        rf"(?<![\d第每])(?P<s>{NUM})(?:个)?年[^。；！？，,]{{0,12}}?(?:{alternation(words['skipped'])})"
        rf"|(?:{alternation(words['skipped'])})(?:了)?(?P<s2>{NUM})(?:个)?年"
    )
    return CycleWords(cycle, since, elapsed, renewal, campaign, alternation(words["start"]), period, skipped)


def flat(text: str) -> str:
    """The text without spaces and line breaks (quotes are kept: they delimit names)."""
    return despaced(text)


def cycle_cues(text: str, words: CycleWords | None = None) -> list[YearCue]:
    """2013年首次获得…每三年接受一次复审，今年迎来第四次复审 → 2025."""
    words = words or default_cycle_words()
    out: list[YearCue] = []
    for match in words.cycle.finditer(flat(text)):
        every, k = cn_number(match.group("e") or "1"), cn_number(match.group("k"))
        if not every or not k or every > 20 or k > 50:
            continue
        steps = k if words.renewal.search(match.group("what")) else k - 1
        skips = [cn_number(m.group("s") or m.group("s2")) for m in words.skipped.finditer(match.group(0))]
        steps += sum(n for n in skips if n and n <= MAX_SKIPPED) if every == 1 else 0  # 只有一年…停办: a year on
        year = int(match.group("y")) + every * steps
        if 1900 <= year <= 2100:
            out.append(YearCue(year, "current", CYCLE_WEIGHT, cue_quote(match.group(0)), match.start()))
    return out


def period_cues(text: str, words: CycleWords | None = None) -> list[YearCue]:
    """2018年通过第一周期复审，按照四年一个周期，去年年底迎来第二周期复审 → the second in 2022,
    the issue in 2023 (今年迎来 → 2022; 明年 → 2021)."""
    words = words or default_cycle_words()
    out: list[YearCue] = []
    for match in words.period.finditer(flat(text)):
        every = cn_number(match.group("e") or match.group("e2"))
        j = 1 if match.group("j1") else cn_number(match.group("j"))
        k = cn_number(match.group("k"))
        if not every or not j or not k or every > 20 or k <= j or k > 50:
            continue
        held = int(match.group("y")) + every * (k - j)
        year = held + 1 if match.group("last") else held - 1 if match.group("coming") else held
        if 1900 <= year <= 2100:
            out.append(YearCue(year, "current", CYCLE_WEIGHT, cue_quote(match.group(0)), match.start()))
    return out


def campaign_cues(text: str, words: CycleWords | None = None) -> list[YearCue]:
    """今年是“服务提升年”活动的第二年 with 医院于2024年3月启动“服务提升年”活动 → 2025: the
    launch is the campaign's name within a sentence of a year and a launch word."""
    words = words or default_cycle_words()
    body = flat(text)
    out: list[YearCue] = []
    for match in words.campaign.finditer(body):
        name, n = match.group("q") or match.group("u"), cn_number(match.group("n"))
        if not name or not n or n > 30:
            continue
        launched = re.compile(
            rf"{_YEAR}(?:\d{{1,2}}月)?(?:\d{{1,2}}日)?[^。；！？]{{0,12}}?(?:{words.start})[^。；！？]{{0,8}}?“?{re.escape(name)}"
            rf"|“?{re.escape(name)}”?[^。；！？]{{0,12}}?(?:于|自|从){_YEAR.replace('?P<y>', '?P<y2>')}(?:\d{{1,2}}月)?(?:\d{{1,2}}日)?(?:正式)?(?:{words.start})"
        )
        for start in launched.finditer(body):
            if match.start() <= start.start() < match.end():
                continue  # the count's own sentence
            year = int(start.group("y") or start.group("y2")) + n - 1
            out.append(YearCue(year, "current", CAMPAIGN_WEIGHT, cue_quote(match.group(0)), match.start()))
            break
    return out


def since_cues(text: str, words: CycleWords | None = None) -> list[YearCue]:
    """自2019年起…今年已是第六个年头 → 2024: the first year counts as the first."""
    words = words or default_cycle_words()
    out: list[YearCue] = []
    for match in words.since.finditer(flat(text)):
        n = cn_number(match.group("n") or match.group("n2"))
        if n and 1 <= n <= 60:
            out.append(YearCue(int(match.group("y")) + n - 1, "current", CYCLE_WEIGHT, cue_quote(match.group(0)), match.start()))
    return out


def plan_year_cues(text: str, cal: Calendar | None = None) -> list[YearCue]:
    """今年是“十四五”规划的第五年 → 2025: a five-year plan's N-th year (five_year_plans.tsv)."""
    cal = cal or default_calendar()
    if not cal.plans:
        return []
    spans = {name: (first, last) for name, first, last in cal.plans}
    pattern = re.compile(
        rf"(?P<plan>{alternation(list(spans))})”?(?:规划|发展规划|时期)?(?:的|实施的|开局的)?第(?P<n>{NUM})(?:个年头|年(?![代度级]))"
    )
    out = []
    for match in pattern.finditer(flat(text)):
        first, last = spans[match.group("plan")]
        n = cn_number(match.group("n"))
        if n and first + n - 1 <= last:
            out.append(YearCue(first + n - 1, "current", CYCLE_WEIGHT, cue_quote(match.group(0)), match.start()))
    return out


def elapsed_cues(text: str, words: CycleWords | None = None) -> list[YearCue]:
    """2024年3月启动…。一年来 → about 2025; 2024年7月1日…投入运行…运行一周年 → 2025 (the
    anniversary is the issue's news; N年来 only says about when)."""
    words = words or default_cycle_words()
    out: list[YearCue] = []
    for match in words.elapsed.finditer(flat(text)):
        if match.group("n") and re.fullmatch(ROUGH, match.group("n")):
            continue  # 七八年来: a rough count, either year (relative_years reads it)
        n = cn_number(match.group("n") or match.group("a"))
        if n and 1 <= n <= 60:
            kind: CueKind = "current" if match.group("a") else "about"
            out.append(YearCue(int(match.group("y")) + n, kind, CYCLE_WEIGHT, cue_quote(match.group(0)), match.start()))
    return out


def ordinal_event_cues(text: str) -> list[YearCue]:
    """Every cue of this module; a count read by two rules (a campaign's year with its launch
    in the same sentence) is kept once."""
    out: dict[tuple[int, int], YearCue] = {}
    for cue in [*cycle_cues(text), *period_cues(text), *campaign_cues(text), *since_cues(text), *plan_year_cues(text), *elapsed_cues(text)]:
        out.setdefault((cue.year, cue.start), cue)
    return list(out.values())
