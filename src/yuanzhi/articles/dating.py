"""Date an issue: given, else its masthead, else weighed from the whole issue
(the file name's date is one piece of evidence among the others).

The text's evidence (date_cues.py) is weighed for every candidate month H:

* years vote for H's year by what they mean: 安排部署2023年工作 and 2023年的春天
  for 2023, 回顾总结2022年工作 and 2022年度先进 for 2023 (for 2022 when H is a
  November or December: the year-end review), 即将到来的2025年 for 2024, a
  recent year printed plainly a little for itself; 建院于1958年 and 2019年获评
  only say the issue is not older than them, and 到2025年 says nothing;
* printed dates (3月9日, 2023年3月9日) favour an H at or up to three months after
  them and count against an H before them: a newsletter reports what happened,
  so the issue's month is the month of its latest news (1月 after 12月 wraps to
  the next year);
* festivals (护士节) are a weak sign of the month when nothing is dated;
* a weekday printed beside a date (12月21日，星期日) pins the year among those near
  the years named (weekdays repeat every few years: the nearest wins); a year opening
  a report (2023年，分娩量…) is not after the issue; an issue number (总第233期) counted
  on from an earlier numbered issue the text dates, at the paper's rhythm, is its month;
* years counted from a printed year (四年多来, 距今还有两年多: relative_years.py), a date
  with its lunar date (lunar_dates.py) or its dog days (入伏: dog_days.py) name years; an
  event of a fixed rhythm (两院院士增选: held_years.py), a solar term with its date
  (12月21日冬至: solar_terms.py) or a dated trend (特种兵式旅游: trend_years.py) only favours,
  among the years the rest names, those it fits; a cohort at a life stage (入学的学生全部是
  05后: cohort_years.py) names a range of years weakly; a service span (2013年购置的CT…运行满
  八年), an honour of years of standing with a member's joining year (光荣在党50年 … 1973年入党:
  relative_years.py) and numbered review cycles (2018年…第一周期…四年一个周期，去年…第二周期:
  ordinal_events.py) name years; a direct election of deputies (区人大代表选举: held_years.py)
  only favours those of its five-year rhythm; a year word with the year it names in brackets
  (前年（2021年）: relative_years.py) names the issue's year; so does a term ending now, begun in
  a printed year (为期两年…圆满完成…返回 with 2023年7月来到: term_spans.py), a plan of N years of
  printed span in the year its progress names (三年行动计划（2021—2023年）进入第二年: plan_spans.py),
  and a birthday or an age some years ago with a birth year printed elsewhere in the article
  (age_words.py); a catalogue's edition said to be in force names the year it is in force
  (2024年版国家医保药品目录正式执行 → 2025: edition_years.py); a running total of a fixed
  instalment paid since a printed month counts the payments to the issue's month (2019年7月起每月
  200元…总额正好达到了15000元 → 2025-09: running_totals.py), as an issue number does; a countdown of
  days, or a pregnancy of weeks, to a printed date is a printed date that many days before it
  (倒计时100天…2027年1月1日启用 → 2026-09-23; 孕28周，预产期为2027年3月17日 → 2026-12-23: countdowns.py);
  a rotation of fixed length since a printed month in a station begun this month counts the months
  as a running total does (2025年9月入培…每3个月轮转…本月起…第四站 → 2026-06: running_totals.py);
  a pregnancy's weeks at two dates, one with its year, give the other its year (2025年11月20日…孕10周,
  6月12日…孕39周+1天 → 2026-06-12: countdowns.py); an agreement of N years signed at a printed month
  and said to expire in the next sentence names the year N on (term_spans.py); a deadline ahead (须于
  2027年1月底前), a start behind that goes on now (于2025年11月入职…本月起) and a term still running
  (三年服务期…仍在服务期内) bound the month on one side, weakly, and meet (bounded_months.py); the
  start of such a span or term is background, no news of the issue's month; a term of N months said to
  end now, or an age of N months now, counted from a printed month (2023年4月开工，合同工期20个月，如期完工
  → 2024-12; 2024年7月…出生…如今15个月大 → 2025-10; 为期一年半 is 18 months) dates the month N on, and a
  rough count (2023年12月…立项，历时一年多…终于 → 13 to 23 months on) votes in the months it leaves, a
  corrected age (矫正月龄) counting from the due date, not from birth (month_counts.py); an age
  reached in a month the issue names from a printed birth month (1966年3月出生，本月年满六十周岁 → 2026-03)
  is a printed date, and a child born in a printed year starting school 今年 names two years weakly
  (age_words.py); last year's figure compared with a printed year (去年…较2024年增长) and a work to begin
  next year finished by a printed year (明年开工…2027年底前建成) bound the year from below and above
  (bounded_months.py); a numbered series at a rhythm since a printed month (2024年4月开讲…每月一期…迎来
  第30讲 → 2026-09) is in the month its ordinal reaches (series_numbers.py); a document number's year
  is history and names the year word of the act its sentence dates (〔2025〕19号），去年7月新聘任 → 2026:
  document_years.py); a stay of N days from a printed date is a printed date (day_counts.py); years to
  qualify said reached now (满五年方可申报…2019年12月…今年已具备资格) and yearly steps on a scale past a
  grade (每年1月晋升一级，如今已超过20级) bound the month from below (step_bounds.py).

The best H wins; its share of the evidence (a softmax over the candidates) is the
confidence, and the quotes that voted for it are the evidence.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import PurePath

from ..errors import YuanzhiError
from ..model import DateSource
from .age_words import age_word_cues, article_age_cues, reached_age_cues, school_entry_cues
from .bounded_months import background_months, bounded_month_cues, former_class_cues
from .calendar_cues import calendar_cues, festival_month, squeeze, zodiac_cues
from .cohort_years import cohort_year_cues
from .countdowns import countdown_cues, day_countdown_cues, gestation_pair_cues, held_count_cues
from .date_cues import (
    DateCue,
    YearCue,
    date_cues,
    festival_cues,
    is_schedule,
    issue_number_cues,
    small_value,
    year_cues,
    year_value,
)
from .dated_news import dated_news_cues
from .day_counts import day_count_cues, day_start_months
from .document_years import document_year_cues
from .dog_days import dog_day_cues
from .edition_years import edition_year_cues
from .held_years import held_mentions
from .life_years import life_year_cues
from .lunar_dates import lunar_date_cues
from .month_counts import count_start_months, month_count_cues, rough_count_cues
from .named_day_cues import lunar_weekday_cues, named_day_cues, periodic_cues
from .ordinal_events import ordinal_event_cues
from .plan_spans import plan_span_cues
from .relative_years import bracketed_year_cues, honour_year_cues, relative_year_cues
from .running_totals import rotation_cues, running_total_cues
from .series_numbers import series_number_cues
from .solar_terms import term_mentions
from .span_bounds import span_bound_cues
from .step_bounds import step_bound_cues, step_start_months
from .term_spans import term_span_cues, term_start_months
from .trend_years import trend_votes
from .weak_years import candidate_years, weak_votes, weak_year_cues
from .year_votes import Vote, behind_past, counted_from, month_fit, weekday_fit, year_votes

_GIVEN = re.compile(r"^(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?$")
_FILENAME = re.compile(r"(?<!\d)((?:19|20)\d{2})[-_.年]?(0[1-9]|1[0-2]|[1-9](?!\d))(?:[-_.月]?(0[1-9]|[12]\d|3[01])(?!\d))?")
_HEX_RUN = re.compile(r"[0-9a-fA-F]{12,}")  # a hash, not a date
_CN = "〇零○Ｏ一二三四五六七八九"
_MASTHEAD = re.compile(
    rf"(?P<y>(?:19|20)\d{{2}}|[一二][{_CN}]{{3}})\s*年\s*(?P<m>\d{{1,2}}|[一二三四五六七八九十]{{1,2}})\s*月"
    rf"(?:\s*(?P<d>\d{{1,2}}|[一二三四五六七八九十]{{1,3}})\s*日)?(?:[，,\s]*(?:星期|周)(?P<w>[一二三四五六日天]))?"
)
_WEEKDAYS = "一二三四五六日"

FLOOR_PENALTY = 3.0  # a year older than one the issue names as history or as current
FILENAME_YEAR, FILENAME_MONTH = 3.0, 2.0
WEEKDAY_REACH = 10  # years after the latest the issue names where a weekday may place it
PLAIN_FLOOR = 1.0  # a year older than the latest opening a clause (2023年，分娩量达到…): reported, so past
_REPORTED = re.compile(r"^(?:19|20)\d{2}年[，,]")
DRIFT = 0.25  # a year further than one past the latest the issue names, for each year: weekdays repeat
TERM_WEIGHT = 1.0  # a solar term printed with its date, for each year among those named it fits
HELD_WEIGHT = 1.0  # an event of a fixed rhythm (院士增选) for each year among those named it allows
ROUGH_WEIGHT = 1.0  # a rough count of months from a printed month (历时一年多), in each issue month it leaves


class DateError(YuanzhiError):
    pass


@dataclass(frozen=True)
class IssueDate:
    date: str | None
    source: DateSource | None
    confidence: float | None = None
    evidence: tuple[str, ...] = ()
    warning: str | None = None


def normalize_given(value: str) -> str:
    match = _GIVEN.match(value.strip())
    if not match:
        raise DateError(f"--date {value!r}: expected YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2024-06")
    year, month, day = match.groups()
    if month and not 1 <= int(month) <= 12 or day and not 1 <= int(day) <= 31:
        raise DateError(f"--date {value!r}: no such month or day")
    return _iso(year, month, day)


def _iso(year: str | int, month: str | int | None, day: str | int | None = None) -> str:
    out = f"{int(year):04d}"
    if month:
        out += f"-{int(month):02d}"
        if day:
            out += f"-{int(day):02d}"
    return out


def from_filename(source: str) -> str | None:
    """The date a file name carries (院报2024-06.txt, 20240615.txt), not one that is a
    stretch of a hash (000_9a2023b1….txt)."""
    stem = PurePath(source).stem
    hashes = [m.span() for m in _HEX_RUN.finditer(stem) if re.search("[a-fA-F]", m.group())]
    for match in _FILENAME.finditer(stem):
        if not any(start <= match.start() and match.end() <= end for start, end in hashes):
            return _iso(*match.groups())
    return None


def masthead_date(furniture: Iterable[str]) -> tuple[str, str, bool] | None:
    """The date a masthead or date line prints: (ISO date, quote, weekday agrees)."""
    for text in furniture:
        match = _MASTHEAD.search(text)
        if not match:
            continue
        year, month = year_value(match.group("y")), small_value(match.group("m"))
        day = small_value(match.group("d")) if match.group("d") else None
        if not 1 <= month <= 12 or (day is not None and not 1 <= day <= 31):
            continue
        agrees = False
        if day and match.group("w"):
            try:
                weekday = dt.date(year, month, day).weekday()
            except ValueError:
                continue
            agrees = _WEEKDAYS[weekday] == match.group("w").replace("天", "日")
        return _iso(year, month, day), re.sub(r"\s+", "", match.group(0)), agrees
    return None


def from_masthead(furniture: Iterable[str]) -> str | None:
    found = masthead_date(furniture)
    return found[0] if found else None


# ---------------------------------------------------------------- weighing the text


def _weekday_years(dates: list[DateCue], cues: list[YearCue], today: int | None = None) -> set[int]:
    """The years near those the issue names in which every weekday it prints agrees; with
    no year named, those of the last WEEKDAY_REACH years up to ``today`` (the issue is read
    after it was printed)."""
    marked = [c for c in dates if c.weekday is not None]
    anchors = [c.year for c in cues]
    if not marked:
        return set()
    if anchors:
        first, last = min(anchors), max(anchors) + WEEKDAY_REACH
    elif today is not None:
        first, last = today - WEEKDAY_REACH, today
    else:
        return set()
    return {y for y in range(first, last + 1) if all(weekday_fit(y, None, c) > 0 for c in marked)}


def _lunar(months: list[DateCue], year: int) -> list[DateCue]:
    """Festival cues with a lunar festival (春节) moved to its month in ``year``."""
    out = []
    for cue in months:
        moved = festival_month(cue.quote, year) if cue.day is None and cue.year is None else None
        out.append(replace(cue, month=moved) if moved else cue)
    return out


_HISTORY_BEFORE = re.compile(r"(?:曾经?|先后|参加过|参与过)[^。；！？，]{0,12}$")


def _history(cues: list[YearCue], flat: str) -> list[YearCue]:
    """An event the text says someone once took part in (曾参加杭州亚运会医疗保障) is history:
    the issue is not older, but it is no news of the issue's year."""
    return [
        replace(c, kind="past", weight=0.0) if c.kind == "current" and _HISTORY_BEFORE.search(flat[max(0, c.start - 16) : c.start]) else c
        for c in cues
    ]


def _counted(joined: str, anchor: int | None, history: int | None) -> list[YearCue]:
    """The calendar's cues, with events held every few years (第七次全国人口普查; over a
    session table's reading of the same words) and lunar festivals named with a weekday."""
    flat = squeeze(joined)  # where the calendar's and the periodic table's cues are found
    calendar = _history(calendar_cues(joined, anchor, floor=history), flat)
    periodic = _history(periodic_cues(joined), flat) + ordinal_event_cues(joined) + life_year_cues(joined)
    counted = {(c.year, c.start) for c in periodic}  # 2017年签订…。三年来 is read once
    periodic += [c for c in relative_year_cues(joined) if (c.year, c.start) not in counted]
    held = {(c.year, c.start) for c in periodic}
    cues = [c for c in calendar if (c.year, c.start) not in held] + periodic
    fixed = [c.year for c in cues if c.kind in ("current", "about")]
    near = max([*fixed, *([anchor] if anchor is not None else [])], default=None)
    solar = lunar_date_cues(joined, near, floor=history) + dog_day_cues(joined, near, floor=history)  # 农历十月廿二, 入伏
    return cues + lunar_weekday_cues(joined, near, floor=history) + solar


def weigh(
    texts: Iterable[str], filename: str | None = None, furniture: Iterable[str] = (), today: int | None = None
) -> IssueDate:
    """The issue's month from its articles' text (and a file name's date as a hint; the
    masthead's issue number, 总第233期, with an earlier numbered issue the text dates).
    ``today`` (this year by default) bounds the years a weekday may place an issue that
    names no year at all: the latest such year wins, with little confidence."""
    today = dt.date.today().year if today is None else today
    texts = list(texts)
    joined = "\n".join(texts)
    printed = year_cues(joined)
    anchor = max((c.year for c in printed if c.kind != "past"), default=None)  # not a founding year
    history = max((c.year for c in printed if c.kind == "past"), default=None)
    news_years, news_months = dated_news_cues(joined)  # 嫦娥六号返回, 积石山地震: dated news
    cues = printed + _counted(joined, anchor, history) + news_years + age_word_cues(joined) + cohort_year_cues(texts)
    cues += honour_year_cues(texts)  # “光荣在党50年” with 1973年入党 in the article
    cues += school_entry_cues(joined)  # 2019年出生的小儿子，今年秋天就要上小学了: 2025 or 2026
    cues += article_age_cues(texts)  # 迎来百岁生日。……1924年10月出生: one person's birth year in the article
    cues += bracketed_year_cues(joined)  # 前年（2021年）: the writer's own count
    cues += term_span_cues(texts)  # 圆满完成为期两年的任务返回 … 2023年7月来到: begun + 2
    cues += plan_span_cues(texts)  # 第一个三年行动计划（2020—2022年）…第二个…进入第二年: 2024
    cues += edition_year_cues(joined)  # 2024年版国家医保药品目录正式执行: in force from 2025
    cues += document_year_cues(joined)  # （…〔2025〕19号），去年7月新聘任: 2026; the number's year is history
    cues += former_class_cues(texts)  # 2025届毕业生已按往届生对待: 2025 is history
    cues = counted_from(cues)  # 2018年挂牌成立，挂牌七八年来: 2018 is history, not this year's news
    news = "\n".join(t for t in texts if not is_schedule(t))  # a schedule's dates are plans
    dates = date_cues(news) + named_day_cues(news) + news_months
    dates += running_total_cues([t for t in texts if not is_schedule(t)])  # 每月200元…总额达到15000元: the 75th month
    dates += month_count_cues([t for t in texts if not is_schedule(t)])  # 2023年4月开工，合同工期20个月，如期完工: 2024-12
    dates += series_number_cues([t for t in texts if not is_schedule(t)])  # 2024年4月开讲…每月一期…迎来第30讲: 2026-09
    dates += rotation_cues([t for t in texts if not is_schedule(t)])  # 2025年9月入培…每3个月轮转…本月起…第四站: 2026-06
    dates += [c for t in texts if not is_schedule(t) for c in day_countdown_cues(t)]  # 倒计时100天…2027年1月1日; 孕28周…预产期
    dates += [c for t in texts if not is_schedule(t) for c in gestation_pair_cues(t)]  # 2025年11月20日…孕10周; 6月12日…孕39周+1天
    dates += day_count_cues([t for t in texts if not is_schedule(t)])  # 2025年12月28日…住院整整一百天后…出院: 2026-04-07
    behind = background_months(texts) | term_start_months(texts) | count_start_months(texts) | day_start_months(texts) | step_start_months(texts)  # 新院区于2025年4月启用，目前已…: the start is background, not news
    dates = [c for c in dates if c.year is None or (c.year, c.month) not in behind]
    votes, floor = year_votes(behind_past(cues, behind))  # 2020年4月装机…仍在保修期内: history, no recent vote
    dates += reached_age_cues(news)  # 1966年3月出生，本月年满六十周岁: 2026-03
    dates += issue_number_cues("\n".join([*furniture, *texts]))
    festivals = [] if dates else festival_cues(joined)
    months = dates or festivals
    hint = _GIVEN.match(filename) if filename else None
    hint_year = int(hint.group(1)) if hint else None
    hint_month = int(hint.group(2)) if hint and hint.group(2) else None
    weak = weak_year_cues(joined)  # 本月闭幕的奥运会, 个人缴费提高40元: a year where two agree
    weak += countdown_cues(joined) + held_count_cues(texts)  # 定于2027年6月…还有两三年; 每个假期一次…开展了十多次
    weak += bounded_month_cues(texts)  # 须于2027年1月底前 (ahead), 于2025年11月入职…本月起 (behind)
    weak += span_bound_cues(texts)  # 2019年秋…至今已超过六年 (from 2025-09), 2021年初…至今不足六年 (to 2027-02)
    weak += step_bound_cues(texts)  # 满五年方可…2019年12月…已具备资格 (from 2024-12); 每年1月晋升一级…已超过20级
    rough = rough_count_cues([t for t in texts if not is_schedule(t)])  # 2023年12月…立项，历时一年多…终于: 2025-01 to 2025-11
    unanchored = not cues and hint_year is None and not any(c.year for c in months) and not candidate_years(weak)
    if unanchored:  # 重阳节（星期三）, 蛇年新春 and nothing else: the latest such year up to today
        cues = lunar_weekday_cues(joined, None, today=today) + zodiac_cues(squeeze(joined), today - 6)
        cues += lunar_date_cues(joined, None, today=today) + dog_day_cues(joined, None, today=today)  # the latest such year
        votes, floor = year_votes(cues)
    # the issue is not older than the latest year it prints as past or present (建于1958年, 2023年的春天):
    # a printed date older than it is history, no candidate for the issue's year
    years = {v.year for v in votes} | {v.year_end for v in votes if v.year_end}
    years |= {c.year for c in months if c.year and (floor is None or c.year >= floor)}
    years |= candidate_years(weak) | {y for c in rough for y in c.years} | {y + 1 for y in years}
    years |= _weekday_years(dates, cues, today if unanchored else None)
    if hint_year:
        years.add(hint_year)
    if not years:
        return IssueDate(None, None)
    # 两院院士增选 (odd years, results in November): among the years named, those it allows
    votes = votes + [
        Vote(y, HELD_WEIGHT, m.quote, review_before=m.event.month)
        for m in held_mentions(joined) for y in sorted(years | {y - 1 for y in years}) if m.allows(y)
    ]
    # 12月21日冬至: a solar term's date repeats in a four-year pattern; among the years named, those it fits
    votes += [
        Vote(y, TERM_WEIGHT, quote, review_before=month)
        for allowed, month, quote, _ in term_mentions(joined) for y in sorted(years | {y - 1 for y in years}) if y in allowed
    ]
    votes += [Vote(y, w, quote) for y, w, quote in trend_votes(joined) if y in years]
    votes += [Vote(y, w, quote, months=ms) for y, w, quote, ms in weak_votes(weak) if y in years]  # 特种兵式旅游: among the years named
    votes += [Vote(y, ROUGH_WEIGHT, c.quote, months=ms) for c in rough for y, ms in c.years.items()]  # arithmetic: its years named
    named = max((c.year for c in cues if c.kind != "future"), default=None)
    plain = max((c.year for c in cues if c.kind == "plain" and _REPORTED.match(c.quote)), default=None)
    by_year = {year: _lunar(months, year) if festivals else months for year in years}
    known_months = {c.month for ms in by_year.values() for c in ms} | ({hint_month} if hint_month else set())
    month_options: list[int | None] = [*sorted(known_months)] or [None]
    scored: list[tuple[float, int, int | None]] = []
    for year in sorted(years):
        base = -FLOOR_PENALTY if floor and year < floor else 0.0
        base -= DRIFT * max(0, year - named - 1) if named else 0.0
        base -= DRIFT * max(0, today - year) if unanchored else 0.0
        base -= PLAIN_FLOOR if plain and year < plain else 0.0
        base += FILENAME_YEAR if year == hint_year else 0.0
        for month in month_options:
            score = base + sum(v.weight for v in votes if v.year_for(month) == year)
            if month is not None:
                score += sum(month_fit(month - 1, year, c) for c in by_year[year])
                score += sum(weekday_fit(year, month, c) for c in dates)
                score += FILENAME_MONTH if (year, month) == (hint_year, hint_month) else 0.0
            scored.append((score, year, month))
    # the best score; among equals the earliest month (the latest news, not a later guess)
    best = max(scored, key=lambda s: (round(s[0], 6), -s[1], -(s[2] or 0)))
    top = best[0]
    confidence = 1.0 / sum(math.exp(s - top) for s, _, _ in scored)
    _, year, month = best
    evidence = _evidence(votes, by_year[year], year, month)
    confidence, evidence = _overruled(votes, year, month, confidence, evidence, top)
    confidence = min(confidence, DISAGREED_CONFIDENCE) if any(v.weight > 0 and v.year_for(month) not in (0, year) for v in votes) else confidence
    date = _iso(year, month)
    source: DateSource = "inferred"
    if filename and hint and date == _iso(hint_year or 0, hint_month):
        date, source = filename, "filename"
    warning = None
    if filename and source != "filename":
        warning = f"the file name says {filename} but the text points to {date}"
    if unanchored:  # the year rests on weekdays and today alone
        confidence = min(confidence, UNANCHORED_CONFIDENCE)
    elif not _supported(votes, months, dates, year, month, hint_year):  # only floors and months: a guess
        confidence = min(confidence, UNSUPPORTED_CONFIDENCE)
    elif _single_inferred(votes, printed, months, dates, year, month, hint_year):
        confidence = min(confidence, SINGLE_CUE_CONFIDENCE)
    elif _known_not_printed(news_years, printed, [c for c in dates if c not in news_months], year, month, hint_year):
        confidence = min(confidence, KNOWLEDGE_CONFIDENCE)
    confidence = min(confidence, YEAR_END_CONFIDENCE) if _year_end_only(votes, dates, year, month, hint_year) else confidence
    return IssueDate(date, source, round(confidence, 2), evidence, warning)


KNOWLEDGE_CONFIDENCE = 0.85  # the year rests on a reader's knowledge of dated news, not on print


def _known_not_printed(
    news: list[YearCue], printed: list[YearCue], dates: list[DateCue], year: int, month: int | None, hint_year: int | None
) -> bool:
    """True when dated news (嫦娥六号返回) votes for the year and no year the issue prints, dated
    month or file name does: the reader's knowledge, and the window it is read in, are a guess."""
    if hint_year == year or not any(v.year_for(month) == year for v in year_votes(news)[0]):
        return False
    in_print = any(v.year_for(month) == year for v in year_votes(printed)[0])  # 2024年度先进 → 2025
    return not in_print and not any(c.year == year for c in printed) and not any(c.year == year for c in dates)


def _evidence(votes: list[Vote], months: list[DateCue], year: int, month: int | None) -> tuple[str, ...]:
    picked = sorted((v for v in votes if v.year_for(month) == year), key=lambda v: -v.weight)[:3]
    out = [v.quote for v in picked]
    if month is not None:
        fitting = [c for c in months if month_fit(month - 1, year, c) > 0 and c.month == month]
        out += [c.quote for c in sorted(fitting, key=lambda c: (not c.exact, -(c.day or 0), c.start))[:2]]  # a counted month first
    return tuple(dict.fromkeys(out))


YEAR_END_CONFIDENCE = 0.6  # the year rests on reading a review (2021年度) in November or December as this year's


def _year_end_only(votes: list[Vote], dates: list[DateCue], year: int, month: int | None, hint_year: int | None) -> bool:
    """True when every vote for the year reads a review as the year's own end (2021年度 in November:
    next November's issue reviews it too) and no printed date or file name names the year."""
    support = [v for v in votes if v.year_for(month) == year]
    if not support or hint_year == year or any(c.year == year for c in dates):
        return False
    return all(v.year_end == year and v.year_end != v.year for v in support)


UNSUPPORTED_CONFIDENCE = 0.5  # no cue names the year: it is only not older than a year printed as past


def _supported(votes: list[Vote], months: list[DateCue], dates: list[DateCue], year: int, month: int | None, hint_year: int | None) -> bool:
    """True when a vote, a printed date with its year that the month fits (2025年12月30日 for a
    January 2026 issue), a weekday or the file name names the year."""
    return (
        hint_year == year
        or any(v.weight > 0 and v.year_for(month) == year for v in votes)
        or any(c.year == year or c.year is not None and month is not None and month_fit(month - 1, year, c) > 0 for c in months)
        or any(weekday_fit(year, month, c) > 0 for c in dates)
    )


UNANCHORED_CONFIDENCE = 0.5  # no year named: a weekday's latest year up to today is a guess
SINGLE_CUE_CONFIDENCE = 0.75  # the year rests on one inferred cue (第十五届全运会, 每三年…第四次复审)


def _single_inferred(
    votes: list[Vote], printed: list[YearCue], months: list[DateCue], dates: list[DateCue],
    year: int, month: int | None, hint_year: int | None,
) -> bool:
    """True when one vote alone, read from the calendar (not a year the issue prints), gives
    the year: no printed year, dated news, weekday or file name agrees with it."""
    support = [v for v in votes if v.year_for(month) == year]
    if len(support) != 1 or hint_year == year:
        return False
    if any(c.year == year for c in printed) or any(c.year == year for c in months):
        return False
    return not any(weekday_fit(year, month, c) > 0 for c in dates)
CONFLICT_WEIGHT = 2.0  # a cue this strong (an anniversary, a plan's year) for another year is a disagreement
CONFLICT_SHARE = 0.5  # the confidence loses half the outweighed cues' share of the weight
DISAGREED_CONFIDENCE = 0.95  # at most, when any cue votes for another year: 1.0 means no disagreement


def _overruled(
    votes: list[Vote], year: int, month: int | None, confidence: float, evidence: tuple[str, ...], top: float
) -> tuple[float, tuple[str, ...]]:
    """When strong cues point to another year (香港回归27周年 → 2024 beside 建院70周年 →
    2023), the evidence names each one outweighed and the confidence drops by their share
    of the weight (the winner's is its score, or its votes when larger), halved."""
    losing = [v for v in votes if v.weight >= CONFLICT_WEIGHT and v.year_for(month) != year]
    if not losing:
        return confidence, evidence
    won = max(top, sum(v.weight for v in votes if v.year_for(month) == year))
    lost = sum(v.weight for v in losing)
    notes = tuple(dict.fromkeys(f"outweighed: {v.quote} → {v.year_for(month)}" for v in sorted(losing, key=lambda v: -v.weight)))
    return confidence * (1 - CONFLICT_SHARE * lost / (won + lost)) if won > 0 else confidence * CONFLICT_SHARE, evidence + notes


def infer(texts: Iterable[str]) -> str | None:
    """The issue's month from its articles' text alone (see :func:`weigh`)."""
    return weigh(texts).date


# ---------------------------------------------------------------- the issue's date


MASTHEAD_CONFIDENCE, MASTHEAD_WEEKDAY_CONFIDENCE = 0.95, 0.99


def date_issue(given: str | None, source: str, furniture: Iterable[str], texts: Iterable[str]) -> IssueDate:
    """Given wins; then a printed masthead date; then the text weighed with the file name's hint."""
    if given:
        return IssueDate(normalize_given(given), "given", 1.0, ())
    furniture = list(furniture)
    printed = masthead_date(furniture)
    if printed:
        date, quote, weekday = printed
        return IssueDate(date, "masthead", MASTHEAD_WEEKDAY_CONFIDENCE if weekday else MASTHEAD_CONFIDENCE, (quote,))
    return weigh(texts, from_filename(source), furniture)


def issue_date(
    given: str | None, source: str, furniture: Iterable[str], texts: Iterable[str]
) -> tuple[str | None, DateSource | None]:
    found = date_issue(given, source, furniture, texts)
    return found.date, found.source
