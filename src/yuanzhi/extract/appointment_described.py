"""Appointments naming several described people before 为: ``聘请A医院护理部主任、主任护师甲，
B医院护理部副主任乙等20名临床护理骨干为护理学院兼职教师`` (GOLD_SPEC §11). Each item of the list
is a person written with the organisation and titles before the name, items joined by a comma; a
closing ``等N名…`` (the count and the kind of people) stands between the last name and 为. A removal
may describe its person the same way before the post it removes (免去年满六十周岁的A科主任甲的主任职务)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

_ETC_TAIL = re.compile(r"等(?:[\d一二两三四五六七八九十百]+[人名位])?[\u4e00-\u9fff]{0,10}?(?=为)")
_ITEM_JOIN = "，,"
_CLAUSE_END = re.compile(r"[。；;：:！!？?]")
_MAX_ITEM = 40  # characters of one described person (organisation, unit, titles, name)


def etc_end(sentence: str, at: int) -> int:
    """Where ``等N名某某`` written right at ``at`` before 为 ends (甲、乙等5名专家|为), else ``at``."""
    match = _ETC_TAIL.match(sentence, at)
    return match.end() if match else at


def described_list(sentence: str, start: int, people: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The names of a comma-joined list of described people between ``start`` (after the cue) and
    为, the last one maybe followed by ``等N名…``; each item must end with a name; else none."""
    stop = _CLAUSE_END.search(sentence, start)
    limit = stop.start() if stop else len(sentence)
    ends = {span[1]: span for span in people if start <= span[0] and span[1] <= limit}
    names: list[tuple[int, int]] = []
    item_start = start
    for at in range(start, limit):
        char = sentence[at]
        if char in _ITEM_JOIN or (char == "为" and at in ends):
            if at not in ends or at - item_start > _MAX_ITEM:
                return []
            names.extend(sorted(span for span in people if item_start <= span[0] and span[1] <= at))
            if char == "为":
                return names if len(names) > 1 else []
            item_start = at + 1
        elif char == "等" and at in ends and etc_end(sentence, at) > at:
            names.extend(sorted(span for span in people if item_start <= span[0] and span[1] <= at))
            return names if len(names) > 1 else []
    return []


_PHRASE_END = re.compile(r"[，,。；;、：:！!？?（(]")
_MAX_DESCRIPTION = 16  # characters of a phrase describing one person (台湾眼科专家)


def described_one(
    sentence: str, start: int, descriptors: Sequence[str], name_from: Callable[[int], tuple[int, int] | None],
) -> list[tuple[int, int]]:
    """``聘请台湾眼科专家甲为…``: a phrase ending in a word that describes a person (专家, 学者:
    person_descriptors.txt) between the cue at ``start`` and one name right before 为."""
    stop = _PHRASE_END.search(sentence, start)
    limit = min(stop.start() if stop else len(sentence), start + _MAX_DESCRIPTION)
    for end in range(start + 1, limit):
        if not any(sentence.startswith(word, end - len(word)) and end - len(word) >= start for word in descriptors):
            continue
        span = name_from(end)
        if span is not None and sentence.startswith("为", span[1]):
            return [span]
    return []


_CLAUSE_BREAK = re.compile(r"[，,；;。：:]")


def described_removed(
    sentence: str, at: int, titles: Sequence[tuple[int, int, str]], people: Sequence[tuple[int, int]],
) -> list[tuple[int, int]]:
    """``免去年满六十周岁的A科主任甲的主任职务``: the person the people reader found in the clause after
    the cue (``at``) whose name the post removed follows (的 TITLE … 职务), a description before it."""
    clause = _CLAUSE_BREAK.search(sentence, at)
    end = clause.start() if clause else len(sentence)
    for a, b in sorted(set(people)):
        if at <= a and b < end and sentence.startswith("的", b) and any(s_ == b + 1 for s_, _e, _t in titles) and (
            "职务" in sentence[b:end]
        ):
            return [(a, b)]
    return []
