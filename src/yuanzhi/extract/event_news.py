"""The news of an article's events, once all its sentences are read (facts.py calls it last).

GOLD_SPEC §13: an event's type is what the article reports as its news, the first that fits in
one order (``occasion_news.FIRST_THAT_FITS``, the one place that order is written), and one occurrence is one
event:

    11月4日，某医院召开干部大会。… 会上宣布甲任院长   ─▶ one appointment (the meeting announced posts)
    9月10日，某医院召开表彰大会  (meeting + award)    ─▶ one award
    5月31日，…召开座谈会，并签订帮扶协议             ─▶ a meeting and a signing (two occurrences)

A meeting of a day on which the article announces posts (an appointment, a removal or an
election read by the appointment readers, not a post merely held) is that appointment, unless
it is named as a regular session or work conference (第三次会议, 年会: occasion_news.py); a meeting
that reads out the notice of posts the article printed (宣读上述通知) or announces a decision on posts
(宣布…关于医院主要负责人调整的决定) is their appointment too; a meeting
beside an event of a type that comes first on the same day of the same article (appointment,
award) is that occasion, not a second event. A signing beside a meeting stays two events: the
gold keeps a meeting or visit during which an agreement is signed as two (HELDOUT5 rule 14).
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..model import Event, Evidence
from .collector import Collector
from .dates import find_dates
from .notices import HELD
from .occasion_news import default_news_words, names_notice, names_posts_meeting, names_session

MEETING = "meeting"
# 召开中层干部大会宣读上述通知: a meeting that reads out the notice or decision the article printed
_READS_PRINTED = re.compile(r"宣读(?:了)?(?:上述|以上|前述)(?:通知|决定|文件)")
# 召开干部大会，宣布某党委关于医院主要负责人调整的决定: a meeting that announces a decision on posts
_ANNOUNCES_POSTS = re.compile(r"(?:宣布|宣读)(?:了)?[^，。；]{0,40}?(?:调整|任免|任职|聘任|任命|职务)的?(?:决定|通知|文件)")
# the types a meeting of the same day is the occasion of (its news), so no second event
_NEWS_OF_A_MEETING = ("appointment", "award")


def _on(date: str | None, day: str | None) -> bool:
    """``day`` is ``date`` or falls in the range ``date`` (start/end)."""
    if date is None or day is None:
        return False
    if "/" in date:
        start, end = date.split("/", 1)
        return start <= day <= end or day.startswith(start) or date == day
    return date == day


def held_for_posts(event: Event) -> bool:
    """A meeting, or a retirement ceremony (``retiring`` of event_news.tsv: 荣退仪式, reading the
    removals), can be held to announce posts; a send-off, a gift or an opening is no such occasion
    (an aid team's leader named at its send-off leaves the send-off other)."""
    return event.type == MEETING or event.type == "other" and any(w in event.summary for w in default_news_words().retiring)


def settle_events(out: Collector, article_id: str, source: str) -> None:
    """The article's events as its news: meetings announcing posts are appointments; a meeting
    beside its own appointment or award on one day is one event."""
    def mine(evidence: tuple[Evidence, ...]) -> bool:
        return bool(evidence) and evidence[0].article_id == article_id and evidence[0].source == source

    announced = {a.date for a in out.appointments if a.action != HELD and mine(a.evidence)}
    events = [e for e in out.events if mine(e.evidence)]
    if not events:
        return
    retyped: dict[int, Event] = {}
    for event in events:
        if held_for_posts(event) and (
            any(_on(event.date, day) for day in announced) and not names_session(event.summary)
            or event.type == MEETING and names_posts_meeting(event.summary)
            or event.type == MEETING and bool(announced) and _READS_PRINTED.search(event.summary) is not None
            or event.type == MEETING and _ANNOUNCES_POSTS.search(event.summary) is not None
        ):
            retyped[id(event)] = replace(event, type="appointment")
    settled = [retyped.get(id(e), e) for e in events]
    keep: list[Event] = []
    seen: set[tuple[str | None, str]] = set()
    for event in settled:
        if (event.date, event.type) in seen:
            continue  # the meeting now typed as the appointment read from it
        if event.type == MEETING and any(
            other.type in _NEWS_OF_A_MEETING and other.date == event.date for other in settled
        ):
            continue
        seen.add((event.date, event.type))
        keep.append(event)
    ours = {id(e) for e in events}
    out.events[:] = [e for e in out.events if id(e) not in ours] + keep


def notice_event(out: Collector, article_id: str, source: str, title: str | None, texts: list[str],
                 issue_date: str | None) -> None:
    """A notice of posts (关于某某等同志职务任免的通知) is published on the day its signature line
    prints (中共某医院委员会 / 2025年3月13日): an appointment of that day (GOLD_SPEC §13, HELDOUT4
    rule 15), beside the decision's meeting when the notice names one."""
    if not title or not names_notice(title):
        return
    for text in reversed(texts[-3:]):  # the signature closes the notice
        line = text.strip().rstrip("。")
        dates = find_dates(line, issue_date)
        if len(dates) == 1 and dates[0].start == 0 and dates[0].end >= len(line) and len(dates[0].value) == 10:
            if not any(e.date == dates[0].value and e.type == "appointment" for e in out.events):
                out.events.append(Event(dates[0].value, "appointment", title, article_id, source, False,
                                        (Evidence(source, article_id, text),)))
            return
