"""A month written as a plan or as the start of a span is no event's date:

    首期培训班将于12月举办 / 定于2月中旬举办      → a plan (the event has not happened)
    医院自今年3月起开展试点                       → a span's start (background, not the news)
    体检活动将持续到六月底                        → a span's end

Only a month without its day is read so: a printed day (将于3月5日举行) stays a dated event,
as the article may announce it; 自2023年3月双方签订…以来 dates the signing. The frame words
are grammar, kept here as patterns.
"""

from __future__ import annotations

import re

from .dates import DateMention

_BEFORE = re.compile(r"(?:将于|将在|定于|拟于|拟在|计划于|计划在|预计于|预计在|持续到|持续至|延续到|截至|截止到)(?:今年|去年|明年|本年)?$")
_AFTER = re.compile(r"^(?:中旬|上旬|下旬|初|底|末)?(?:起|开始|前|之前)")
_WINDOW = 6


def framed_month(sentence: str, date: DateMention) -> bool:
    """The month-only date is printed as a plan or as a span's start or end."""
    if len(date.value) != 7 or date.end <= date.start:
        return False
    before = sentence[max(0, date.start - _WINDOW) : date.start]
    return bool(_BEFORE.search(before) or _AFTER.match(sentence, date.end) or _AFTER.match(sentence[date.end :]))
