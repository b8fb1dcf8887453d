"""A chain of titles that names no body of its own continues the body of the chain before it
(GOLD_SPEC §4.1: the institution the list it continues names): ``救援队队长甲、副队长兼训练部部长乙``
— 副队长 is the team's, and so is the 训练部 written alone after 兼 (the team with its unit, §4.8),
as ``某公司总经理甲、副总经理兼财务部经理乙`` gives the company's 财务部."""

from __future__ import annotations

from collections.abc import Sequence

from .chain_orgs import UNIT_HOLDER_KINDS
from .generic_heads import bare_endings
from .lexicon_loader import Lexicon
from .orgs import OrgMention

_LIST_GAPS = frozenset({"，", "；", "、", ","})  # between one chain's last name and the next chain


def continued_body(previous: tuple[int, OrgMention | None] | None, sentence: str, start: int) -> OrgMention | None:
    """The body of the chain before (``previous``: where its names end, its body) when the chain
    starting at ``start`` continues it over a list gap, or None."""
    if previous is None or previous[1] is None:
        return None
    return previous[1] if sentence[previous[0] : start] in _LIST_GAPS else None


_CLAUSE_ENDS = ("，", ",")
_CLAUSE_MAX = 16  # characters of one predicate clause (出席会议并讲话，)
_NOT_ONE_CLAUSE = "，,；;：:、（()“”。"
_DEPUTY = "副"


def deputy_goes_on(previous_titles: set[str], titles: Sequence[str], gap: str) -> bool:
    """``区国资委党委书记、主任甲出席会议并讲话，党委委员、副主任乙主持会议``: a chain with no body of its own,
    written after one predicate clause of the person before, holds the deputy of a post that person's chain
    named (主任 → 副主任): the post is of that chain's body, the institution the sentence names (§4.1)."""
    if not gap.endswith(_CLAUSE_ENDS) or len(gap) > _CLAUSE_MAX or any(c in _NOT_ONE_CLAUSE for c in gap[:-1]):
        return False
    return any(t.startswith(_DEPUTY) and t[len(_DEPUTY) :] in previous_titles for t in titles)


_HOLDS_TOO = "兼"  # 副队长兼训练部部长: one person's second post, in the first post's body
_CLINICAL = "科"  # 急诊科: a hospital's department, never a team's or a society's


def standing_body_unit(
    before: OrgMention | None, head: OrgMention, sentence: str, named: Sequence[OrgMention], lexicon: Lexicon,
    home: str | None,
) -> OrgMention | None:
    """``训练部`` written alone after ``副队长兼`` where the post before 兼 is of a standing body
    written by its ending (救援队, 俱乐部, 中心; lexicon/bare_endings.txt) and printed in full in the
    article: that body with its unit (``某市某某救援队训练部``), or None. Hospitals, companies,
    universities and government bodies are chain_orgs.unit_of's."""
    if before is None or head.kind != "department" or head.text != head.name or head.parent not in (None, home):
        return None
    if head.start < 1 or sentence[head.start - 1] != _HOLDS_TOO or head.name.endswith(_CLINICAL):
        return None
    body = before.parent or before.name
    if body == home or lexicon.org_kind(body) in UNIT_HOLDER_KINDS:
        return None
    ending = next((e for e in bare_endings(lexicon.directory) if body.endswith(e)), None)
    if ending is None:
        return None
    if len(body) <= len(ending) + 1:  # 救援队 alone: the one the article printed in full
        body = next((m.name for m in reversed(named) if m.name.endswith(ending) and len(m.name) > len(ending) + 1), "")
    if not body:
        return None
    return OrgMention(head.start, head.end, head.text, body + head.text, "department", body)
