"""Heads of an ad-hoc team (GOLD_SPEC §8), held, not appointed:

    组成医疗保障分队，由甲兼任队长，…          医院已成立由甲任组长的工作专班
    治丧小组组长：院党委书记甲副组长：院长乙   (a roster: a team's label, a colon, the person)

Each is a post the person holds (action ``held``: a pair, no appointment; its org is left to the
readers after, null for a team of no name of record). A team the article announces for later
(``将成立由甲任组长的…``) names no holder (§1).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .appointment_posts import HELD, AppointmentHit
from .lexicon_loader import Lexicon
from .names import name_at
from .orgs import Tokens

TEAM_TITLES = ("副总指挥", "总指挥", "副组长", "组长", "副队长", "队长", "副领队", "领队")  # §8: heads of a team
_BY = re.compile(r"由([\u4e00-\u9fff·]{2,6}?)(?:兼任|担任|任)(" + "|".join(TEAM_TITLES) + ")")
_LATER = re.compile(r"(?:将|拟|计划|准备|拟将)(?:要)?(?:成立|组建|组成)")
_LABEL = re.compile(r"(" + "|".join(TEAM_TITLES) + ")[：:]")
_GAP = re.compile(r"[，。；：、,;:！？（）()]")


def team_heads(
    sentence: str, tokens: Tokens, lexicon: Lexicon, blocked: list[tuple[int, int]],
    people: Sequence[tuple[int, int]], taken: Sequence[AppointmentHit],
) -> list[AppointmentHit]:
    """The heads of teams ``sentence`` names, as held posts; none already read (``taken``)."""
    hits: list[AppointmentHit] = []
    for match in _BY.finditer(sentence):
        if _LATER.search(sentence, 0, match.start()):
            continue  # 将成立由甲任组长的领导小组: a role announced, not held
        start, end = match.span(1)
        name = name_at(sentence, start, tokens, lexicon, blocked)
        if name is None or name[1] != end:
            continue
        hits.append(AppointmentHit(sentence[start:end], match.group(2), None, HELD, start, end))
    for label in _LABEL.finditer(sentence):
        after = [(a, b) for a, b in people if a >= label.end() and not _GAP.search(sentence, label.end(), a)]
        if after:
            a, b = min(after)  # 组长：院党委书记甲: the first person after the label, titles between
            hits.append(AppointmentHit(sentence[a:b], label.group(1), None, HELD, a, b))
    seen = {(h.person, h.title) for h in taken}
    return [h for h in hits if (h.person, h.title) not in seen]
