"""Bodies listed before a post, their holders after 分别为, paired in order (GOLD_SPEC §10):

    某市人民医院、某市中医医院院长分别为甲、乙          → (甲, 院长, 某市人民医院), (乙, 院长, 某市中医医院)
    两院科教科科长分别为丙、丁                           → each of the two bodies just listed, with 科教科
    某区卫生健康局、某区疾控中心负责人分别是戊、己
    心内科、呼吸内科主任分别由庚、辛担任                 → each unit's 主任
    护理部主任由壬担任                                   → one unit, one name

The i-th name holds the post at the i-th body; a count word for bodies (两院, 三家医院, 双方)
stands for the bodies listed last before it, as many as there are names. A list whose counts
differ is left to the other readers (one title before a list applies to each name).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .appointment_posts import AppointmentHit
from .lexicon_loader import Lexicon
from .names import valid_name
from .notices import HELD
from .orgs import STRONG_KINDS, OrgMention

_RESPECTIVELY = re.compile(r"分别(?:为|是)(?![：:])|(?:分别)?由(?=[^，。；;,：:]{2,40}?(?:担任|出任))")
_TAKE_UP = re.compile(r"担任|出任")
_CLAUSE = re.compile(r"[，。；;,：:！？]")
_JOINER = re.compile(r"[、和及与]")
_BODY_JOINERS = "、和及与"
_COUNTED = re.compile(r"^(?:两|二|三|四|五|双)(?:家|所|个)?(?:医院|院|单位|方|局|校|家)")
_MAX_NAME = 4
_UNIT = "department"


def _clause_start(sentence: str, at: int) -> int:
    starts = [m.end() for m in _CLAUSE.finditer(sentence, 0, at)]
    return starts[-1] if starts else 0


def _names(sentence: str, at: int, lexicon: Lexicon, by: bool = False) -> list[tuple[int, int]] | None:
    """The names from ``at`` to the clause's end (to 担任 after 分别由), joined by 、/和/及/与; None
    unless each item is one."""
    stop = (_TAKE_UP if by else _CLAUSE).search(sentence, at)
    end = stop.start() if stop else len(sentence)
    spans, position = [], at
    for item in _JOINER.split(sentence[at:end]):
        if not (2 <= len(item) <= _MAX_NAME) or not valid_name(item, lexicon):
            return None
        spans.append((position, position + len(item)))
        position += len(item) + 1
    return spans


def _listed_bodies(sentence: str, orgs: Sequence[OrgMention], start: int, end: int) -> list[OrgMention]:
    """The bodies written from ``start`` to ``end``, nothing but joiners between them."""
    inside = [m for m in orgs if start <= m.start and m.end <= end and (m.kind in STRONG_KINDS or m.kind == _UNIT)]
    if not inside or inside[0].start != start:
        return []
    for first, second in zip(inside, inside[1:], strict=False):
        if sentence[first.end : second.start] not in tuple(_BODY_JOINERS):
            return []
    return inside


def _counted_bodies(orgs: Sequence[OrgMention], before: int, count: int) -> list[OrgMention]:
    """The last ``count`` bodies listed before ``before`` (two hospitals just named)."""
    earlier = [m for m in orgs if m.end <= before and m.kind in STRONG_KINDS]
    names = list(dict.fromkeys(m.name for m in earlier))
    if len(names) < count:
        return []
    chosen = names[-count:]
    return [next(m for m in earlier if m.name == name) for name in chosen]


def paired_posts(sentence: str, orgs: Sequence[OrgMention], lexicon: Lexicon) -> list[AppointmentHit]:
    """Each (name, post, body) a list of bodies and a list of holders pair in order."""
    hits: list[AppointmentHit] = []
    for match in _RESPECTIVELY.finditer(sentence):
        title = lexicon.title_ending(sentence[max(0, match.start() - lexicon.longest_title) : match.start()])
        names = _names(sentence, match.end(), lexicon, match.group(0).endswith("由")) if title else None
        if title is None or names is None or len(names) < (1 if match.group(0) == "由" else 2):
            continue
        title_start = match.start() - len(title)
        start = _clause_start(sentence, title_start)
        counted = _COUNTED.match(sentence[start:title_start])  # 两院科教科科长
        unit = sentence[start + counted.end() : title_start] if counted else ""
        bodies = _counted_bodies(orgs, start, len(names)) if counted else _listed_bodies(sentence, orgs, start, title_start)
        if not bodies or len(bodies) != len(names) or (not counted and bodies[-1].end != title_start):
            continue  # 某医院、某医院的…: a word between the bodies and the post
        for (a, b), body in zip(names, bodies, strict=True):
            org = OrgMention(body.start, body.end, body.text, body.name + unit, "department", body.name) if unit else body
            hits.append(AppointmentHit(sentence[a:b], title, org, HELD, a, b))
    return hits


def with_paired(
    sentence: str, orgs: Sequence[OrgMention], lexicon: Lexicon, hits: list[AppointmentHit],
) -> list[AppointmentHit]:
    """``hits`` with the paired posts added; a hit of the same name and post without its body is dropped."""
    paired = paired_posts(sentence, orgs, lexicon)
    if not paired:
        return hits
    keys = {(h.person, h.title) for h in paired}
    return [h for h in hits if (h.person, h.title) not in keys] + paired
