"""A post printed before the person who takes it, with 由 … 兼任/担任:

    经研究决定：…；基础医学院院长由副校长甲兼任。     (appoint: an item of the decision)
    科室主任由副院长乙兼任，…                        (held: the post as it stands)

The post (with its unit printed before it) is the person's; a title printed right before the name
(副校长) is the person's too and left to the people reader. In a sentence that states a decision
(决定, 宣布 before it, or a decision whose items the paragraph lists: 研究决定：…；…) the post is
appointed (GOLD_SPEC §11), else held.
"""

from __future__ import annotations

import re

from .appointment_posts import HELD, AppointmentHit
from .lexicon_loader import Lexicon
from .names import name_at
from .orgs import OrgMention, Tokens, resolve_org

_BY = "由"
_TAKES = re.compile(r"(?:兼任|担任|出任)(?=[，。；,;]|$)")
_CLAUSE = re.compile(r"[，。；：,;:]")
_DECIDED = ("决定", "宣布")
_LATER = re.compile(r"(?:将|拟|计划|准备)(?:要)?(?:成立|组建|组成|设立)")  # 将成立某小组，组长由甲担任: not yet held


def posts_held_by(
    sentence: str, tokens: Tokens, lexicon: Lexicon, home: str | None, blocked: list[tuple[int, int]],
    titles: list[tuple[int, int, str]], decision: bool = False,
) -> list[AppointmentHit]:
    """Each ``UNIT TITLE 由 (TITLE) NAME 兼任`` of ``sentence`` as a hit; ``decision``: the sentence is an
    item of a decision stated before it in the paragraph (研究决定：…；…；某院长由甲兼任。)."""
    hits: list[AppointmentHit] = []
    if _LATER.search(sentence):
        return hits
    for start, end, title in titles:
        if not sentence.startswith(_BY, end):
            continue
        at = end + len(_BY)
        before_name = next((e for s, e, _t in titles if s == at), None)  # 由|副校长|甲
        span = name_at(sentence, before_name or at, tokens, lexicon, blocked)
        if span is None or _TAKES.match(sentence, span[1]) is None:
            continue
        ends = [m.end() for m in _CLAUSE.finditer(sentence, 0, start)]
        clause_start = ends[-1] if ends else 0
        unit = sentence[clause_start:start]
        org: OrgMention | None = resolve_org(unit, lexicon, home) if unit else None
        if unit and org is None:
            continue  # 会议由…: no post of a body printed before 由
        decided = decision or any(word in sentence[:clause_start] for word in _DECIDED)
        hits.append(AppointmentHit(sentence[span[0] : span[1]], title, org, "appoint" if decided else HELD, *span))
    return hits


_DECISION_OPENS = re.compile(r"(?:研究|会议)?决定[：:]")


def opens_decision(sentence: str) -> bool:
    """``经某会研究决定：``: the sentence opens a decision whose items follow, split by ；."""
    return _DECISION_OPENS.search(sentence) is not None
