"""Posts written after a name rather than before it:

    翟某某（某市第一人民医院院长）、蒙某某（某省肿瘤医院副院长）为常务理事   (in parentheses)
    青年委员会主任委员伏某某，某省儿童医院副院长，在发言中表示…              (a clause of its own)

Parentheses right after a name hold its posts when everything inside is posts (not 化名, not
a date). A clause of its own after a name is one only when it is wholly a post with its
organization written (``某医院副院长``): a bare title after a comma may begin another
phrase. Each is a position held (action ``held``), no decision.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .events import AppointmentHit
from .lexicon_loader import Lexicon
from .names import surname_length, valid_name
from .notices import HELD, _posts
from .orgs import Tokens

_BRACKETED = re.compile(r"[（(]([^（）()]{2,40})[）)]")
_CLAUSE = re.compile(r"[，,]([^，,。；;：:！？“”]{3,30})[，,]")
_NAME_ONLY = re.compile(r"(?:^|[，,、：:])([\u4e00-\u9fff]{2,4})$")


def clause_titles(
    sentence: str, tokens: Tokens, lexicon: Lexicon, home: str | None, blocked: list[tuple[int, int]],
    people: Sequence[tuple[int, int]] = (),
) -> list[AppointmentHit]:
    """Posts in parentheses after a name, and a post clause after a name closed by a comma."""
    hits: list[AppointmentHit] = []
    for match in _BRACKETED.finditer(sentence):
        span = _name_before(sentence, match.start(), lexicon, blocked, people)
        if span is None:
            continue
        posts = _posts(sentence, match.start(1), match.end(1), tokens, lexicon, home)
        for title, org in posts or []:
            hits.append(AppointmentHit(sentence[span[0] : span[1]], title, org, HELD, span[0], span[1]))
    position = 0
    while (clause := _CLAUSE.search(sentence, position)) is not None:
        position = clause.end() - 1
        match = clause
        span = next((s for s in people if s[1] == match.start()), None)
        if span is None or span[0] == 0:
            continue  # 某某，某医院副主任、主任医师，…: a profile (profiles.py reads it whole)
        posts = _posts(sentence, match.start(1), match.end(1), tokens, lexicon, home)
        if not posts or any(org is None or org.start != match.start(1) for org in [posts[0][1]]):
            continue  # 某某，副院长，…: a bare title may begin another phrase
        for title, org in posts:
            hits.append(AppointmentHit(sentence[span[0] : span[1]], title, org, HELD, span[0], span[1]))
    return hits


def _name_before(
    sentence: str, at: int, lexicon: Lexicon, blocked: list[tuple[int, int]], people: Sequence[tuple[int, int]],
) -> tuple[int, int] | None:
    """The name that ends right before ``at``: one the people reader found, or a name alone
    after a list mark or the start (``增补翟某某（…）、蒙某某（…）``)."""
    found = next((s for s in people if s[1] == at), None)
    if found is not None:
        return found
    for size in (4, 3, 2):
        start = at - size
        if start < 0 or any(a < at and start < b for a, b in blocked):
            continue
        name = sentence[start:at]
        surname = surname_length(name, lexicon)
        if not surname or size - surname not in (1, 2) or not valid_name(name, lexicon):
            continue
        before = sentence[:start]
        if not before or before[-1] in "，,、：:；;" or _after_cue(before, lexicon):
            return start, at
    return None


def _after_cue(before: str, lexicon: Lexicon) -> bool:
    """``增补某某（…）``, ``聘请某某（…）``: an appointment cue right before the name."""
    return any(before.endswith(cue) for cue, _action, _shape in lexicon.appointment_cues) or before.endswith(
        ("增补", "推选", "邀请", "和", "与", "及")
    )
