"""Two weak counts to the issue's month, each leaving a few years that depend on its month
(weak_years.WeakCue: a year and the issue months it is allowed in):

* a countdown in years to a printed month (验收时间定于2027年6月。“距离验收还有两三年时间” → 24 to
  47 months before June 2027: in September 2023 or 2024, in March 2025 or 2024): n years left are
  12n to 12n + 11 months, a rough count (两三年) either, 两年多 a little more than two;
* an event held at a fixed rhythm since a printed start, counted (每年寒假和暑假…从2019年暑假开始，
  每个假期一次，至今已经开展了十多次 → the first in July 2019, one each six months; eleven to
  nineteen held: from July 2024 to December 2028).

Two exact counts to a printed date put "now" that many days before it, a printed date of the
issue's news (a DateCue with its year):

* a countdown in days (9月23日…举行“启用倒计时100天”誓师大会…计划于2027年1月1日正式启用 → 2026-09-23),
  or in whole months (定于2027年1月1日正式启用…距启用还有整整七个月 → 2026-06-01);
* a pregnancy in weeks to its due date (目前孕28周，预产期为2027年3月17日 → full term is 40 weeks,
  so twelve weeks before: 2026-12-23); the weeks of a time still to come (孕38周时入院) say nothing.

A countdown to a year alone is relative_years.py's. Where two weak cues meet, :mod:`dating` dates
the issue (weak_years.agreed_years). Words are data (lexicon/countdowns.tsv; the words of time
remaining are relative_years.tsv's).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from importlib.resources.abc import Traversable

from ..errors import LexiconError
from .cue_text import NUM, SENTENCE, alternation, cn_number, cue_quote, issue_months, month_index
from .date_cues import DateCue, unquoted
from .life_years import rough_count
from .relative_years import ROLES as RELATIVE_ROLES
from .role_lexicon import cell_names, lexicon_rows, load_role_words, whole_number
from .weak_years import WeakCue

REACH = 40  # characters from the printed month or start to the count (one clause break allowed)
MAX_YEARS = 10  # a countdown of more years is a round figure
MAX_TIMES = 60  # a count of more times is a round figure
MAX_DAYS = 1000  # a countdown of more days is a slogan
DAY_REACH = 120  # characters between the count of days (or weeks) and the printed date it counts to
FULL_TERM = 280  # days of a pregnancy to its due date (40 weeks: the due date's definition)
DAY_WEIGHT = 1.0  # as a printed date with its day
_FULL_DATE = r"(?<!\d)(?P<{g}y>(?:19|20)\d{{2}})年(?P<{g}m>\d{{1,2}})月(?P<{g}d>\d{{1,2}})[日号]"
_STILL_TO_COME = re.compile(r"^(?:时|的时候|后|以后|之后|以上|前)")
_NOT_NOW = re.compile(r"(?:到|在|于|将|至|满|超过)$")
ROUGH = r"(?:[二三四五六七八九]?十)?[一两二三四五六七八][二三四五六七八九]"  # 两三, 七八, 十一二: life_years' with 两
_PLAIN = r"(?:(?!(?:19|20)\d{2}年)[^。；！？])"
_BETWEEN = rf"{_PLAIN}{{0,{REACH}}}?(?:[。；]{_PLAIN}{{0,{REACH}}}?)?"
# 十多次, 二十余次, 十几次: more than the tens, fewer than the next; 七八次 either; 12次
_TIMES = rf"(?:(?P<tens>[二三四五六七八九]?十)(?:多|余|几)|(?<![\d多近几数这第])(?P<r>{ROUGH})|(?<![\d多近几数这第])(?P<n>{NUM}))(?:次|期|届|轮|批)"


@dataclass(frozen=True)
class CountWords:
    countdown: re.Pattern[str]  # groups y, m (the target), r or n and more (years left)
    held: re.Pattern[str]  # groups y, m or s (the start), tens, r or n (times held)
    rhythms: dict[str, int]  # words -> months between two events
    rhythm: re.Pattern[str]
    seasons: dict[str, int]  # words -> the month a season begins
    days: re.Pattern[str]  # a countdown of days: group n (or h: 百日倒计时; mo: 还有整整七个月, months)
    weeks: re.Pattern[str]  # a pregnancy's weeks: groups w, d (days more)
    due: re.Pattern[str]  # the due date after its word: groups y, m, d
    done: re.Pattern[str]  # after a printed date in its sentence: it is done (开工, 已), unless
    ahead: re.Pattern[str]  # ... a word of time to come comes first (将, 计划)
    lmp: re.Pattern[str]  # the last menstrual period's date after its word, week 0 (末次月经为2025年12月1日)


@lru_cache(maxsize=1)
def default_count_words() -> CountWords:
    return load_count_words(resources.files(__package__).joinpath("lexicon"))


def load_count_words(directory: Traversable) -> CountWords:
    """countdowns.tsv (and relative_years.tsv's words of time remaining) from ``directory``; a bad
    line raises LexiconError naming the file and line."""
    path = str(directory.joinpath("countdowns.tsv"))
    roles: dict[str, list[str]] = {"start": [], "held": [], "countdown": [], "shown": [], "pregnant": [], "due": [], "lmp": [], "done": [], "ahead": []}
    rhythms: dict[str, int] = {}
    seasons: dict[str, int] = {}
    for number, line in lexicon_rows(directory, "countdowns.tsv"):
        cols = line.split("\t")
        if len(cols) == 2 and cols[0] in roles:
            roles[cols[0]] += cell_names(path, number, cols[1])
        elif len(cols) == 3 and cols[0] in ("rhythm", "season"):
            value = whole_number(path, number, cols[1], "months")
            if not 1 <= value <= 12:
                raise LexiconError(path, number, "the months are 1-12")
            (rhythms if cols[0] == "rhythm" else seasons).update(dict.fromkeys(cell_names(path, number, cols[2]), value))
        else:
            raise LexiconError(path, number, "expected 'start|held|countdown|shown|pregnant|due|lmp|done|ahead<TAB>words', 'rhythm<TAB>months<TAB>words' or 'season<TAB>month<TAB>words'")
    if not all(roles.values()) or not rhythms or not seasons:
        raise LexiconError(path, 0, "no words for a role, no rhythms or no seasons")
    remaining = load_role_words(directory, "relative_years.tsv", RELATIVE_ROLES)["remaining"]
    years = rf"(?:(?<![\d多近几数这第])(?P<r>{ROUGH})|(?<![\d多近几数这第])(?P<n>{NUM}))(?:个)?年(?P<more>多|余)?(?![前后代度级])"
    month = r"(?<!\d)(?P<y>(?:19|20)\d{2})年(?P<m>\d{1,2})月"
    start = rf"(?:从|自)(?P<y>(?:19|20)\d{{2}})年(?:(?P<m>\d{{1,2}})月|(?P<s>{alternation(list(seasons))}))?(?:{alternation(roles['start'])})"
    return CountWords(
        re.compile(rf"{month}{_BETWEEN}(?:{alternation(remaining)}){years}"),
        re.compile(rf"{start}{_BETWEEN}(?:已经?|已|共|累计|先后)?(?:{alternation(roles['held'])})(?:了)?{_TIMES}"),
        rhythms,
        re.compile(alternation(list(rhythms))),
        seasons,
        # 倒计时100天, 还有一百天, 倒计时牌翻到了“214天”; 百日倒计时
        re.compile(
            rf"(?:{alternation(roles['countdown'])})(?:{alternation(roles['shown'])})?“?(?P<n>{NUM})[天日](?![前后])"
            rf"|(?:{alternation(roles['countdown'])})(?:整整|足足|正好)?(?P<mo>{NUM})个月(?![前后多余])"
            rf"|(?P<h>百|千|[一二三四五六七八九]十)日(?:{alternation(roles['countdown'])})"
        ),
        # 孕28周, 孕28+3周, 怀孕28周3天, 孕39周+1天
        re.compile(rf"(?:{alternation(roles['pregnant'])})(?P<w>\d{{1,2}})(?:\+(?P<d>\d))?周(?:(?P<d2>\d)天|\+(?P<d3>\d)天)?"),
        re.compile(rf"(?:{alternation(roles['due'])})(?:为|是|在|定在|约为?)?{_FULL_DATE.format(g='')}"),
        re.compile(alternation(roles["done"])),
        re.compile(alternation(roles["ahead"])),
        re.compile(rf"(?:{alternation(roles['lmp'])})(?:为|是|在)?{_FULL_DATE.format(g='')}"),
    )


def countdown_cues(text: str, words: CountWords | None = None) -> list[WeakCue]:
    """Each countdown in years to a printed month: the issue months it leaves."""
    words = words or default_count_words()
    out: list[WeakCue] = []
    for match in words.countdown.finditer(unquoted(text)):
        month = int(match.group("m"))
        counts = rough_count(match.group("r").replace("两", "二")) if match.group("r") else (cn_number(match.group("n")) or 0,)
        if not 1 <= month <= 12 or not counts or not 0 < max(counts) <= MAX_YEARS:
            continue
        target = month_index(int(match.group("y")), month)
        least = 12 * min(counts) + (1 if match.group("more") else 0)
        most = 12 * max(counts) + 11
        out.append(WeakCue(cue_quote(match.group(0), 40), issue_months(target - most, target - least)))
    return out


def held_count_cues(texts: list[str], words: CountWords | None = None) -> list[WeakCue]:
    """Each count of an event held at a rhythm the article prints, since a printed start: the
    issue months from the last counted event to the one before the next (a rough count: any)."""
    words = words or default_count_words()
    out: list[WeakCue] = []
    for article in texts:
        flat = unquoted(article)
        for match in words.held.finditer(flat):
            rhythm = words.rhythm.search(flat)
            if match.group("tens"):
                tens = cn_number(match.group("tens")) or 0
                low, high = tens + 1, tens + 9
            elif match.group("r"):
                low, high = rough_count(match.group("r").replace("两", "二")) or (0, 0)
            else:
                low = high = cn_number(match.group("n")) or 0
            if not rhythm or not 1 < low <= high <= MAX_TIMES:
                continue
            every = words.rhythms[rhythm.group()]
            month = int(match.group("m")) if match.group("m") else words.seasons.get(match.group("s") or "", 0)
            year = int(match.group("y"))
            first = month_index(year, month or 1)  # a year alone: from its January ...
            last = month_index(year, month or 12)  # ... to its December
            if month and not 1 <= month <= 12:
                continue
            out.append(WeakCue(cue_quote(match.group(0), 40), issue_months(first + (low - 1) * every, last + high * every - 1)))
    return out


def _date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _nearest(
    pattern: re.Pattern[str], flat: str, at: int, keep: Callable[[re.Match[str]], bool] = lambda _: True
) -> re.Match[str] | None:
    """The match of ``pattern`` nearest to ``at`` within DAY_REACH characters either way (of those kept)."""
    found = [m for m in pattern.finditer(flat, max(0, at - DAY_REACH), min(len(flat), at + DAY_REACH)) if keep(m)]
    return min(found, key=lambda m: abs(m.start() - at), default=None)


def _ymd(match: re.Match[str]) -> tuple[int, int, int]:
    return int(match.group("y")), int(match.group("m")), int(match.group("d"))


def _is_done(words: CountWords, flat: str, match: re.Match[str]) -> bool:
    """True when the rest of a printed date's sentence reports it done (2023年5月6日，新院区开工;
    于…开工以来) before any word of time to come (将于2025年1月1日启用)."""
    before = flat[max(0, match.start() - 4) : match.start()]
    rest = flat[match.end() : match.end() + DAY_REACH]
    rest = rest[: min((rest.find(p) for p in "。；！？" if p in rest), default=len(rest))]
    ahead, done = words.ahead.search(before + rest), words.done.search(rest)
    return done is not None and (ahead is None or ahead.start() > len(before) + done.start())


def day_countdown_cues(text: str, words: CountWords | None = None) -> list[DateCue]:
    """Each countdown of days, or pregnancy of weeks, to a printed date: the date that many days
    before it (a week's pregnancy with no days printed: its middle day)."""
    words = words or default_count_words()
    flat = unquoted(text)
    target = re.compile(_FULL_DATE.format(g=""))
    out: list[DateCue] = []
    done = [d for m in target.finditer(flat) if _is_done(words, flat, m) and (d := _date(*_ymd(m)))]
    for match in words.days.finditer(flat):
        if match.group("h"):
            days = cn_number(match.group("h").replace("百", "一百").replace("千", "一千"))
        elif match.group("mo"):
            days = None
        else:
            days = cn_number(match.group("n"))
        # the date counted to is in the issue's future: never one the text reports done (2023年5月6日，
        # 新院区开工), and "now" is not before a date it reports done
        printed = _nearest(target, flat, match.start(), lambda m: not _is_done(words, flat, m))
        end = _date(*_ymd(printed)) if printed else None
        months = cn_number(match.group("mo")) if match.group("mo") else None
        if end is not None and months and 0 < months <= MAX_DAYS // 30:  # 还有整整七个月: the day, months before
            at = month_index(end.year, end.month) - months
            now = _date(at // 12, at % 12 + 1, min(end.day, 28)) or end
        elif not days or not 0 < days <= MAX_DAYS or end is None:
            continue
        else:
            now = end - dt.timedelta(days=days)
        if any(now < d for d in done):
            continue
        out.append(_cue(now, f"{match.group()}…{printed.group() if printed else ''}", match.start()))
    for match in words.weeks.finditer(flat):
        if _STILL_TO_COME.match(flat, match.end()) or _NOT_NOW.search(flat, max(0, match.start() - 2), match.start()):
            continue
        due = _nearest(words.due, flat, match.start())
        end = _date(int(due.group("y")), int(due.group("m")), int(due.group("d"))) if due else None
        weeks, more = int(match.group("w")), match.group("d") or match.group("d2") or match.group("d3")
        if end is None or not 4 <= weeks <= 42:
            continue
        left = FULL_TERM - weeks * 7 - (int(more) if more else 3)
        out.append(_cue(end - dt.timedelta(days=left), f"{match.group()}…{due.group() if due else ''}", match.start()))
    return out


GESTATION_SLACK = 7  # days a count of whole weeks (孕10周: 10 weeks and up to six days) leaves open
_DAY = re.compile(r"(?<![\d年])(?P<m>\d{1,2})月(?P<d>\d{1,2})[日号]")


def gestation_starts(texts: list[str], words: CountWords | None = None) -> set[tuple[int, int]]:
    """The printed (year, month) a count of weeks is counted on from (a last period, a booking date):
    background, not news."""
    return {start for text in texts for start in _gestation(text, words or default_count_words())[1]}


def gestation_pair_cues(text: str, words: CountWords | None = None) -> list[DateCue]:
    """A pregnancy's weeks printed at two dates, one with its year (2025年11月20日…建档时孕10周) and
    one without (6月12日…分娩时孕39周+1天): the weeks between them are the days between the dates,
    which gives the second its year (+204 days: 2026-06-12). Each count's date is one in its sentence.
    The last menstrual period is week 0 at its date (末次月经为2025年12月1日，分娩时孕38周+3天 → 2026-08-27);
    a later count printed in a sentence with no date (入院时她已孕32周) is a date of the article's news,
    the weeks on from a dated one (2025年12月24日…孕7周 → 2026-06-17)."""
    return _gestation(text, words or default_count_words())[0]


def _gestation(text: str, words: CountWords) -> tuple[list[DateCue], set[tuple[int, int]]]:
    flat = unquoted(text)
    target = re.compile(_FULL_DATE.format(g=""))
    dated: list[tuple[int, dt.date]] = []  # (days pregnant, the date)
    bare: list[tuple[int, int, int, str, int]] = []  # (days pregnant, month, day, quote, start)
    undated: list[tuple[int, str, int]] = []  # (days pregnant, quote, start): a count in no dated sentence
    out: list[DateCue] = []
    starts: set[tuple[int, int]] = set()
    for sentence in SENTENCE.finditer(flat):
        counts = list(words.weeks.finditer(sentence.group()))
        if len(counts) != 1:
            continue
        match = counts[0]
        more = match.group("d") or match.group("d2") or match.group("d3")
        days = int(match.group("w")) * 7 + (int(more) if more else 0)
        lmp = words.lmp.search(sentence.group())
        last = _date(int(lmp.group("y")), int(lmp.group("m")), int(lmp.group("d"))) if lmp else None
        if lmp and last is not None and lmp.end() <= match.start() and not _STILL_TO_COME.match(sentence.group(), match.end()):
            out.append(_cue(last + dt.timedelta(days=days), f"{lmp.group()}…{match.group()}", sentence.start() + match.start()))
            starts.add((last.year, last.month))
            continue
        full = target.search(sentence.group())
        if full:
            day = _date(int(full.group("y")), int(full.group("m")), int(full.group("d")))
            if day is not None and not target.search(sentence.group(), full.end()):
                dated.append((days, day))
            continue
        found = list(_DAY.finditer(sentence.group()))
        if not found and not _STILL_TO_COME.match(sentence.group(), match.end()):
            undated.append((days, match.group(), sentence.start() + match.start()))
        if len(found) == 1:
            m, d = int(found[0].group("m")), int(found[0].group("d"))
            bare.append((days, m, d, f"{found[0].group()}…{match.group()}", sentence.start() + found[0].start()))
    for days, quote, start in undated:
        earlier = [(known, when) for known, when in dated if known + GESTATION_SLACK <= days]
        if earlier:
            known, when = earlier[-1]
            out.append(_cue(when + dt.timedelta(days=days - known), f"{when.month}月{when.day}日…{quote}", start))
            starts.add((when.year, when.month))
    for days, month, mday, quote, start in bare:
        for known, when in dated:
            if abs(days - known) < GESTATION_SLACK:
                continue
            expected = when + dt.timedelta(days=days - known)
            options = [o for y in (expected.year - 1, expected.year, expected.year + 1) if (o := _date(y, month, mday))]
            near = min(options, key=lambda o: abs((o - expected).days), default=None)
            if near is not None and abs((near - expected).days) < GESTATION_SLACK:
                out.append(_cue(near, quote, start))
                break
    return out, starts


def _cue(day: dt.date, quote: str, start: int) -> DateCue:
    return DateCue(day.month, day.day, day.year, 0, DAY_WEIGHT, cue_quote(quote, 40), start)
