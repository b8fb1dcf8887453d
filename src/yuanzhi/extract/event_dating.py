"""The event of each sentence of an article, dated from what the article's earlier sentences left
(facts.py reads one EventTrail per article, sentence by sentence):

    会上，… / 随后，…签订了协议   ─▶ the occasion the article dated last
    12月3日，患者… . 医生为其实施…  ─▶ the date of the lead sentence of the paragraph
    8月2日凌晨，患者突发… . 手术…   ─▶ the night a patient story opened with (surgery)

One event per (date, type) in an article; an event inside a range already dated (19日 within
18日至19日) is the same meeting.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .dates import DateMention
from .events import EventHit, event_in, summarize
from .lexicon_loader import Lexicon
from .story_cues import tells_onset, tells_operation

_SAME_OCCASION = ("会上", "会议上", "仪式上", "活动中", "活动现场", "会议期间", "期间", "当天", "当日", "同日", "当晚")
# 随后，…签订了合作协议 / 会后，…开展了学术讲座: a lecture or an agreement after the occasion just dated
# is an event of that day; a tour, a talk or a pledge after it is part of the occasion.
_THEN = ("随后", "会后", "会议结束后", "仪式结束后", "活动结束后")
_AGREEMENT = re.compile(r"协议|合同|备忘录|签约")
_CLINIC = re.compile(r"义诊|筛查|坐诊")  # 仪式结束后，专家团队开展了义诊: a second event (HELDOUT2 §9, HELDOUT4 §15)
# 甲与乙签订了托管协议书 with no date of its own: signed on the day the article just dated, unless
# told as past, planned or ongoing (自…签订协议以来, 将签订, 曾签订, 根据…签订的协议).
_SIGNED_NOW = re.compile(r"签订了[^，。；]{0,20}(?:协议|合同|备忘录)|签署了[^，。；]{0,20}(?:协议|合同|备忘录)")
_NOT_NOW = re.compile(r"以来|此前|曾|早在|将|拟|计划|根据|按照|去年|前年")
# 三年前，…; 此前，…; 去年，…: a sentence told at another time than the article's occasion
SHIFTED = re.compile(r"^(?:[^，。]{0,8}(?:前|后|以来)，|此前|之前|去年|前年|早在|曾经|曾)")


@dataclass
class EventTrail:
    """What an article's sentences so far leave for the event of the next one."""

    lead: tuple[int, str] | None = None  # (paragraph, date) of a dated sentence that named no activity
    onset: str | None = None  # the date a patient story opened with, until an operation or another date
    opened: bool = False  # a dated sentence came before (only the first can open a patient story)
    seen: set[tuple[str | None, str]] = field(default_factory=set)  # one event per (date, type) in an article

    def read(
        self, text: str, paragraph: int, dates: list[DateMention], exact: list[DateMention], last_date: str | None,
        has_patients: bool, lexicon: Lexicon,
    ) -> list[tuple[EventHit, str]]:
        """The new events of one sentence, each as (the hit, its type), the hit's own type first."""
        if not dates and last_date and text.startswith(_SAME_OCCASION):
            dates = [DateMention(0, 0, last_date)]  # 会上，…: the occasion the last sentence dated
        elif (
            not dates and self.lead is not None and self.lead[0] == paragraph and not SHIFTED.match(text)
            and any(cue in text for cue, _kind in (*lexicon.event_cues, *lexicon.weak_event_cues))
        ):
            dates = [DateMention(0, 0, self.lead[1])]  # 12月3日，患者…送到急诊。医生为其实施介入治疗: the lead's date
        then = not dates and last_date is not None and (text.startswith(_THEN) or bool(_SIGNED_NOW.search(text)) and not _NOT_NOW.search(text))
        event = event_in(text, [DateMention(0, 0, last_date)] if then and last_date else dates, lexicon)
        if then and event is not None and not (
            event.type == "training" or (event.type == "signing" and _AGREEMENT.search(text))
            or (event.type == "outreach" and _CLINIC.search(text))
        ):
            event = None
        self.lead = (paragraph, exact[0].value) if exact and event is None else None
        if event is None and not exact and self.onset is not None and tells_operation(text, lexicon):
            event, self.onset = EventHit(self.onset, "surgery", summarize(text), False), None  # the operation of that night
        if exact:  # 8月2日凌晨，患者突发…被送到急诊科: a patient story opens with the day it is about
            opening = event is None and not self.seen and not self.opened and (has_patients or tells_onset(text, lexicon))
            self.onset, self.opened = (exact[0].value if opening else None), True
        if event is None:
            return []
        new = []
        for kind in (event.type, *event.also):  # 表彰大会: the meeting beside the award
            if (event.date, kind) not in self.seen and not in_range(event.date, kind, self.seen):
                self.seen.add((event.date, kind))  # 19日上午，大会… inside 18日至19日's congress: the same meeting
                new.append((event, kind))
        return new


def in_range(date: str | None, kind: str, events: set[tuple[str | None, str]]) -> bool:
    """An event of this type is already dated by a range that holds ``date``."""
    return date is not None and any(
        other == kind and span and "/" in span and span.split("/")[0] <= date <= span.split("/")[1]
        for span, other in events
    )
