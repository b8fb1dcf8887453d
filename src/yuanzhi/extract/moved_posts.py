"""A post someone moves to in the same body (GOLD_SPEC §4.1, §11).

``卫生院原院长甲改任常务副院长``: 改任/转任 (moved to another post) with no body written for the new
post keeps the person in the body of the post printed right before the name in the same
sentence (the 卫生院), not the article's own hospital. 调任 (transferred elsewhere) is no such cue.
"""

from __future__ import annotations

from collections.abc import Sequence

from .appointment_posts import AppointmentHit
from .mentions import PersonMention
from .orgs import OrgMention

_WITHIN = ("改任", "转任")  # moved to another post, in the same body unless one is written
_OWN = "我院"  # appointment_posts.posts_from's default body for posts printed with none


def moved_within(sentence: str, hit: AppointmentHit, mentions: Sequence[PersonMention]) -> OrgMention | None:
    """The body of the person's former post printed before the name in ``sentence``, when the
    person 改任/转任 a post written with no body, or None."""
    defaulted = hit.org is not None and hit.org.text == _OWN and sentence[hit.org.start : hit.org.end] != _OWN
    if (hit.org is not None and not defaulted) or not sentence.startswith(_WITHIN, hit.end):
        return None  # a body written with the new post (or printed as 我院) stays
    before = next((m for m in mentions if m.name == hit.person and m.end == hit.end and m.org is not None
                   and m.org.end <= m.start), None)
    return before.org if before is not None else None
