"""The posts a 任前公示 (pre-appointment notice) proposes for the person of a row.

An organisation department (or a body) publishes, before it appoints, one row a person: the
name and biodata (``1.某某，女，苗族，1978年11月生，大学学历，中共党员，主任医师。``), then
the posts held and the posts proposed::

    现任某医院党委委员、副院长，拟任某医院党委副书记、院长（按程序提名）。
    现任某局某股股长，拟任某局党组成员，提名为县某局副局长人选。
    现任某中心副主任，拟提名为某中心主任人选；拟推荐为某委员会委员人选

A proposed post (拟任, 拟提名为…人选, 提名为…人选, 拟推荐为…人选) reads as 提名…人选 (GOLD_SPEC §11):
a pair and an appointment dated the notice's publication. The 现任 posts are pairs only (the
profile reader's). The person is the row's: the name opening the sentence, or the profile the
sentence before opened (``ArticleContext.subject``). A note on how the post is to be held
(``（试用期一年）``, ``（按程序提名）``, ``（主持工作）``) is no part of it (§6).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .appointment_posts import AppointmentHit
from .dates import find_dates
from .lexicon_loader import Lexicon
from .orgs import OrgMention, Tokens
from .profiles import posts_in

# 拟任 / 拟提名为 / 提名为 / 拟推荐为 … 人选: a cue opening a clause (at the sentence's start or after a comma)
_CUE = re.compile(r"(?:^|(?<=[，,；;]))(拟任|拟提名为|拟推荐为|提名为|推荐为|拟进一步使用为|拟进一步使用，任)")
_CANDIDATE = "人选"  # 提名为某局副局长人选: the post ends before 人选
_CLAUSE_END = re.compile(r"[，,；;。]")
_OPENING = re.compile(r"(?:\d{1,2}[．.、])?(?:现任|拟任|拟提名|拟推荐|提名为)")  # a row's posts sentence


def proposed_hits(
    sentence: str, tokens: Tokens, lexicon: Lexicon, home: str | None, subject: str | None,
) -> list[AppointmentHit]:
    """The proposed posts of the row's person (see the module), each an appointment hit."""
    if subject is None or not _rows_subject(sentence, subject):
        return []
    hits: list[AppointmentHit] = []
    for cue in _CUE.finditer(sentence):
        stop = _clause_stop(sentence, cue.end())
        candidate = sentence.rfind(_CANDIDATE, cue.end(), stop)
        if cue.group(1).endswith("为") and candidate < 0:
            continue  # 提名为 with no 人选: not a notice's proposal
        until = candidate if candidate >= 0 else stop
        items = posts_in(sentence, cue.end(), until, tokens, lexicon, home, partial=True)
        at = sentence.find(subject) if subject in sentence else 0
        held: OrgMention | None = None
        for title, org, _at in items or []:
            if org is None and held is not None and not lexicon.is_unit_title(title):
                org = held  # 拟任某医院党委副书记、院长: a bare post after an institution's is the institution's
            held = org if org is not None and not lexicon.is_unit_title(title) else held
            hits.append(AppointmentHit(subject, title, org, "appoint", at, at + len(subject) if at else 0))
    return hits


def _rows_subject(sentence: str, subject: str) -> bool:
    """The sentence is the row of ``subject``: it opens with the posts (现任…, 拟任…) or with the name."""
    if _OPENING.match(sentence):
        return True
    number = re.match(r"\d{1,2}[．.、]", sentence)
    return sentence.startswith(subject, number.end() if number else 0)


def _clause_stop(sentence: str, at: int) -> int:
    """Where the proposal's clause ends: the next 、-list's end (a comma not followed by 兼/并任…)."""
    position = at
    while True:
        stop = _CLAUSE_END.search(sentence, position)
        if stop is None:
            return len(sentence)
        if stop.group(0) in "，," and sentence.startswith(("兼任", "并任", "兼"), stop.end()):
            position = stop.end()
            continue
        return stop.start()


def notice_day(sentences: Sequence[str], issue_date: str | None) -> str | None:
    """The day a notice is published: the date printed alone closing it (its signature's), else the
    first full day it prints after its rows (公示时间为…起), else the issue's date."""
    for text in reversed(sentences):
        found = [d for d in find_dates(text, issue_date) if not d.approximate and len(d.value) == 10]
        if found and len(text.strip("。 ")) <= found[0].end - found[0].start + 2:
            return found[0].value
    for text in sentences:
        if "公示" in text:
            found = [d for d in find_dates(text, issue_date) if not d.approximate and len(d.value) >= 10]
            if found:
                return found[0].value[:10]
    return issue_date
