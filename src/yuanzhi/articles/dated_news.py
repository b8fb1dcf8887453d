"""One-off dated news an issue mentions in passing (嫦娥六号返回器…着陆, 积石山县发生6.2级
地震, 世界人口达到80亿): a reader knows when it happened, so the issue is at or after it,
within the months a newsletter writes about recent news (year_votes.WINDOW: the event's month
and the three after). The table is data (lexicon/dated_news.tsv: date, kind, key words,
source note); the words around a mention (lexicon/news_words.tsv) say how it bears:

* plain or with 近日 / 日前 / 消息传来 (stronger): the issue's year (the event's, or the next
  in a month before it: a December quake in a January issue), and a dated month the issue
  is at or up to three months after;
* a law taking effect (施行) may be announced a couple of months before: its window opens
  ``LAW_LEAD`` months early;
* 去年 beside it in the sentence (三年行动计划已于去年年底如期收官): the issue is in the next year;
* 一年来 / 两周年 right after it (集中整治开展一年来): counted on from the event;
* …以来 right after it: only a floor; 曾 / 当年 / 回顾 just before it: history, no vote;
* the issue's own month word with the event's day before it in the sentence (上月30日，深中通道正式
  通车; 本月1日…): the writer counts the event's month from the issue's, so the issue is the month
  after the event's (上月) or its month (本月), exactly, a printed month of weight 2 (the writer's
  own reckoning outweighs a month a plan starts from: 7月起…将);
* a key's day (月全食+9月7日) printed as the issue's month word and that day (本月7日…将发生月全食)
  names the event when the table has one event of that day (本月8日 fits four eclipses: none).

Pure finders returning :class:`date_cues.YearCue` and :class:`date_cues.DateCue`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from importlib.resources.abc import Traversable

from ..errors import LexiconError
from .cue_text import NUM, alternation, cn_number, cue_quote, month_index, year_month
from .date_cues import DateCue, YearCue, unquoted
from .role_lexicon import lexicon_rows, load_role_words

NEWS_WEIGHT = 2.0  # a one-off event: one inferred cue, like a cycle's count
RECENT_BONUS = 1.0  # 近日 / 消息传来 beside it
LAW_WEIGHT = 1.0  # a law in force is quoted for years after
MONTH_WEIGHT = 1.0  # the event's month as a printed date's (news from then on)
COUNTED_WEIGHT = 2.0  # 本月30日，深中通道通车: the writer names the month by the event's, exactly
LAW_LEAD = 2  # months before a law takes effect an issue may announce it
HISTORY_REACH = 16  # characters before the mention where 曾 / 当年 make it history
LASTYEAR_REACH = 12  # characters either side of the mention where 去年 makes it last year's
KINDS = ("news", "law")
ROLES = ("recent", "history", "since", "lastyear", "lastmonth", "thismonth")
MONTH_WORD_REACH = 16  # characters before the mention (or within it) where 上月30日 / 本月1日 dates it
_DATE = re.compile(r"^(?P<y>(?:19|20)\d{2})-(?P<m>0[1-9]|1[0-2])(?:-(?P<d>0[1-9]|[12]\d|3[01]))?$")
_SENTENCE = re.compile(r"[^。！？；!?;]+")
_KEY_DAY = re.compile(r"^\d{1,2}月(\d{1,2})日$")  # a key word naming the event's day (9月7日)


@dataclass(frozen=True)
class NewsEvent:
    year: int
    month: int
    day: int | None
    kind: str
    keys: tuple[tuple[str, ...], ...]  # alternatives, each of words all in one sentence
    note: str


@dataclass(frozen=True)
class NewsWords:
    events: tuple[NewsEvent, ...]
    recent: re.Pattern[str]
    history: re.Pattern[str]
    elapsed: re.Pattern[str]  # right after a mention: 一年来, 两周年
    since: re.Pattern[str]
    lastyear: re.Pattern[str]
    month_word: re.Pattern[str]  # groups last or this (the month word), d (the day)
    by_prefix: dict[str, tuple[int, ...]]  # events by the first two characters of an alternative's first word


@lru_cache(maxsize=1)
def default_news() -> NewsWords:
    return load_news(resources.files(__package__).joinpath("lexicon"))


def _normal(text: str) -> str:
    return unquoted(text).lower()


def load_events(directory: Traversable, name: str = "dated_news.tsv") -> tuple[NewsEvent, ...]:
    """dated_news.tsv: a bad line raises LexiconError naming the file and line."""
    path = str(directory.joinpath(name))
    out = []
    for number, line in lexicon_rows(directory, name):
        cols = line.split("\t")
        if len(cols) != 4:
            raise LexiconError(path, number, "expected 'date<TAB>kind<TAB>keys<TAB>note'")
        date, kind, keys, note = (c.strip() for c in cols)
        match = _DATE.match(date)
        if not match:
            raise LexiconError(path, number, f"date {date!r}: expected YYYY-MM or YYYY-MM-DD")
        if kind not in KINDS:
            raise LexiconError(path, number, f"kind {kind!r}: expected one of {', '.join(KINDS)}")
        alternatives = tuple(tuple(_normal(w) for w in alt.split("+")) for alt in keys.split("|"))
        if not alternatives or any(not all(alt) for alt in alternatives):
            raise LexiconError(path, number, f"keys {keys!r}: an empty word")
        if not note:
            raise LexiconError(path, number, "no source note")
        day = int(match.group("d")) if match.group("d") else None
        out.append(NewsEvent(int(match.group("y")), int(match.group("m")), day, kind, alternatives, note))
    if not out:
        raise LexiconError(path, 0, "no events")
    return tuple(out)


def _by_prefix(events: tuple[NewsEvent, ...]) -> dict[str, tuple[int, ...]]:
    index: dict[str, set[int]] = {}
    for number, event in enumerate(events):
        for alt in event.keys:
            index.setdefault(alt[0][:2], set()).add(number)
    return {prefix: tuple(sorted(numbers)) for prefix, numbers in index.items()}


def load_news(directory: Traversable) -> NewsWords:
    words = load_role_words(directory, "news_words.tsv", ROLES)
    events = load_events(directory)
    return NewsWords(
        events,
        re.compile(alternation(words["recent"])),
        re.compile(rf"(?:{alternation(words['history'])})"),
        re.compile(rf"^[^，,。]{{0,8}}?(?P<n>{NUM})(?:个)?(?:周年|年来|年以来|年多来)"),
        re.compile(rf"^(?:{alternation(words['since'])})"),
        re.compile(alternation(words["lastyear"])),
        re.compile(rf"(?:(?P<last>{alternation(words['lastmonth'])})|(?P<this>{alternation(words['thismonth'])}))(?P<d>\d{{1,2}})[日号]"),
        _by_prefix(events),
    )


@dataclass(frozen=True)
class _Mention:
    event: NewsEvent
    words: frozenset[str]
    start: int  # in the sentence
    end: int


def _day_spots(sentence: str, words: NewsWords) -> dict[int, int]:
    """Days the sentence dates by the issue's month word (本月7日, 上月30日) -> where each is printed."""
    return {int(m.group("d")): m.start() for m in words.month_word.finditer(sentence)}


def _spot(sentence: str, word: str, days: dict[int, int]) -> int:
    """Where a key word stands in the sentence; a key's day (9月7日) may be printed as the issue's
    month word and that day (本月7日): the writer counts the month from the issue's."""
    at = sentence.find(word)
    keyed = _KEY_DAY.match(word) if at < 0 else None
    return days.get(int(keyed.group(1)), -1) if keyed else at


def _mentions(sentence: str, words: NewsWords) -> list[_Mention]:
    # only events one of whose alternatives can start here (the first two characters of its
    # first word, or a one-character word, are printed), in table order: the rest cannot match
    printed = set(sentence) | {sentence[at : at + 2] for at in range(len(sentence) - 1)}
    numbers = sorted({n for prefix in printed for n in words.by_prefix.get(prefix, ())})
    days = _day_spots(sentence, words)
    found: list[_Mention] = []
    by_day: list[_Mention] = []
    for event in (words.events[n] for n in numbers):
        for alt in event.keys:
            spots = [_spot(sentence, w, days) for w in alt]
            if all(s >= 0 for s in spots):
                start, end = min(spots), max(s + len(w) for s, w in zip(spots, alt, strict=True))
                mention = _Mention(event, frozenset(alt), start, end)
                exact = all(sentence.find(w) >= 0 for w in alt)
                (found if exact else by_day).append(mention)
                break
    # 本月7日…月全食 names an event by its day alone: only when one event of the table has that day
    if len({(m.event.year, m.event.month) for m in by_day}) == 1:
        found += by_day
    # a sentence naming 嫦娥五号 and 返回器 is the return, not the launch; of two events one
    # sentence names (继首飞之后，C919商业首飞) the later is the news
    found = [m for m in found if not any(m.words < o.words for o in found)]
    latest = max(((m.event.year, m.event.month) for m in found), default=None)
    return [m for m in found if (m.event.year, m.event.month) == latest]


def _months_on(year: int, month: int, count: int) -> tuple[int, int]:
    return year_month(month_index(year, month) + count)


def _counted_month(words: NewsWords, before: str, event: NewsEvent) -> int | None:
    """Months from the event's to the issue's when the clauses before the mention date it by the
    issue's month word and the event's own day (上月30日 → 1, 本月1日 → 0); None otherwise."""
    found = [m for m in words.month_word.finditer(before) if event.day is None or int(m.group("d")) == event.day]
    if not found:
        return None
    return 1 if found[-1].group("last") else 0


def dated_news_cues(text: str, words: NewsWords | None = None) -> tuple[list[YearCue], list[DateCue]]:
    """The years and months the dated news an issue mentions give it."""
    words = words or default_news()
    flat = unquoted(text)  # quoted as printed, matched in lower case (same length)
    low = flat.lower() if len(flat.lower()) == len(flat) else flat
    years: list[YearCue] = []
    months: list[DateCue] = []
    for sentence_match in _SENTENCE.finditer(low):
        sentence, offset = sentence_match.group(), sentence_match.start()
        for mention in _mentions(sentence, words):
            event, start = mention.event, offset + mention.start
            quote = cue_quote(flat[max(offset, start - 4) : min(sentence_match.end(), offset + mention.end + 6)])
            if words.history.search(sentence[max(0, mention.start - HISTORY_REACH) : mention.start]):
                years.append(YearCue(event.year, "past", 0.0, quote, start))
                continue
            after = sentence[mention.end :]
            if words.since.match(after):
                years.append(YearCue(event.year, "past", 0.0, quote, start))
                continue
            law = event.kind == "law"
            counted = _counted_month(words, sentence[max(0, mention.start - MONTH_WORD_REACH) : mention.end], event)
            if counted is not None and not law:  # 上月30日，深中通道正式通车: the issue is the month after
                year, month = _months_on(event.year, event.month, counted)
                weight = NEWS_WEIGHT + RECENT_BONUS
                years.append(YearCue(year, "current", weight, quote, start, month=month))
                months.append(DateCue(month, None, year, 0, COUNTED_WEIGHT, quote, start, exact=True))
                continue
            weight = (LAW_WEIGHT if law else NEWS_WEIGHT) + (RECENT_BONUS if words.recent.search(sentence) else 0.0)
            elapsed = words.elapsed.match(after)
            count = cn_number(elapsed.group("n")) if elapsed else None
            if count and count <= 30:  # 集中整治开展一年来: the event's month, count years on
                year, month = event.year + count, event.month
            elif words.lastyear.search(sentence[max(0, mention.start - LASTYEAR_REACH) : mention.end + LASTYEAR_REACH]):
                # 去年年底如期收官: any month of the next year (a 去年 further off is another clause's)
                years.append(YearCue(event.year + 1, "current", weight, quote, start))
                years.append(YearCue(event.year, "past", 0.0, quote, start))
                continue
            else:
                year, month = _months_on(event.year, event.month, -LAW_LEAD) if law else (event.year, event.month)
            years.append(YearCue(year, "current", weight, quote, start, month=month))
            months.append(DateCue(month, None, year, 0, MONTH_WEIGHT, quote, start))
    return years, months
