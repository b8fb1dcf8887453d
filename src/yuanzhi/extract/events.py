"""Events stated by one sentence: a dated sentence that names an activity (its type from
the lexicon's event cues) is one event.

The readers of honors (honors.py), partnerships (stated_partnerships.py) and appointments
(appointments.py, appointment_lists.py, appointment_posts.py) were split from this module;
their entry points are re-exported here. Each reader takes a sentence that other modules
already annotated (dates, organizations, tokens) and returns plain tuples; ``facts.py``
turns them into model records with evidence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .appointment_lists import announced_list
from .appointment_posts import AppointmentHit
from .appointments import appointments_in
from .background_signings import without_background
from .dates import DateMention
from .decisions import decided_posts
from .event_compounds import compound_type
from .event_model import commendation_type, continues_occasion, held_part, typed
from .honors import honor_in
from .lexicon_loader import Lexicon
from .month_frames import framed_month
from .occasion_news import first_that_fits, founding_type, passed_review
from .open_day_guests import guests_type
from .stated_partnerships import partnership_in, quoted

__all__ = [
    "AppointmentHit", "EventHit", "announced_list", "appointments_in", "event_in", "event_type",
    "honor_in", "partnership_in", "quoted", "summarize",
]

SUMMARY_LIMIT = 80
_DECIDED_BEFORE_LIST = re.compile(r"(?:^\s*经|[，,])[^，。；]{0,40}(?:研究决定|会议决定)[：:]\s*$")


@dataclass(frozen=True)
class EventHit:
    date: str | None
    type: str
    summary: str
    approximate: bool
    also: tuple[str, ...] = ()  # more types of the same occasion: none since GOLD_SPEC §13 (one occurrence, one event)


def summarize(sentence: str) -> str:
    text = sentence.strip().rstrip("。；;")
    return text if len(text) <= SUMMARY_LIMIT else text[: SUMMARY_LIMIT - 1] + "…"


VISIT = "visit"
VISIT_ACTS = ("training", "surgery", "outreach")  # what a visitor comes to do, when the sentence names it


def event_type(sentence: str, lexicon: Lexicon) -> str | None:
    """The type of the activity named first, but a visit that names its act (a lecture, an
    operation, a free clinic) is that act; weak cues (举行, 开展 ...) only when no other."""
    best: tuple[int, int, str] | None = None
    for order, (cue, kind) in enumerate(lexicon.event_cues):
        at = sentence.find(cue)
        if at >= 0 and (best is None or (at, order) < best[:2]):
            best = (at, order, kind)
    if best is not None:
        best = best[:2] + (compound_type(sentence, best[0], best[2], lexicon.event_cues),)  # 科普|大赛: one compound
    if best is not None and best[2] == VISIT:  # 应邀来到某院，作学术讲座: the visit's act is the news (§13)
        acts = {kind for cue, kind in lexicon.event_cues if kind in VISIT_ACTS and cue in sentence}
        return first_that_fits(acts) if acts else VISIT
    if best is not None:
        return best[2]
    for cue, kind in lexicon.weak_event_cues:
        if cue in sentence:
            return kind
    return None


def event_in(sentence: str, dates: list[DateMention], lexicon: Lexicon) -> EventHit | None:
    """An event when the sentence is dated (to the month or better) and names an activity."""
    usable = [d for d in dates if len(d.value) >= 7 and not framed_month(sentence, d)]  # 将于12月举办 (month_frames.py)
    if not usable:
        return None
    held = without_background(held_part(sentence))  # 召开党委会传达表彰大会精神: the 党委会 is held, not the 表彰大会
    kind = founding_type(held) or commendation_type(held, typed(held, event_type(held, lexicon), lexicon))
    kind = guests_type(held, kind)  # an open day for invited professionals is a visit (open_day_guests.py)
    if kind in (None, "meeting", "other", "visit") and passed_review(held):
        kind = "award"  # 顺利通过三级医院评审 (GOLD_SPEC §13)
    if kind is None and _DECIDED_BEFORE_LIST.search(sentence):
        kind = "appointment"  # 经六月十日院党委会研究决定： (经民主测评…，6月2日院党委会研究决定：) then the posts
    if kind is None or continues_occasion(sentence, dates, kind):
        return None  # 会上，甲领学了…: part of the occasion just reported
    exact = [d for d in usable if not d.approximate]
    chosen = exact[0] if exact else usable[0]
    decided = decided_posts(sentence, usable, lexicon)
    if decided is not None:  # 经某日会议研究决定，聘任…: the appointment, on the decision's date
        chosen, kind = decided, "appointment"
    return EventHit(chosen.value, kind, summarize(sentence), chosen.approximate)
