"""Units of a standing institution that is neither a hospital nor a government office: a
newspaper (某日报社), a TV station (某电视台), a place's own centre (某市急救中心), a school.

Such a body, named in full before a post (某日报社编委、新闻部主任甲; 某市急救中心主任甲、调度科
科长乙), has units of its own: a unit written bare right after it in the chain or the list is its
unit (GOLD_SPEC §4: the smallest body printed, with its parents), not the issue hospital's.
A team (医疗队, 巡察组, 代表团) has no standing units; a village or a community is a place.
"""

from __future__ import annotations

import re

from .lexicon_loader import Lexicon
from .orgs import OrgMention

_TEAM_ENDINGS = ("队", "组", "团")
_SETTLEMENTS = ("村", "社区", "嘎查", "屯")  # a village or a community is a place, not an institution with offices
_PLACE_IN = re.compile(r"[\u4e00-\u9fff]{2,}?[省市县区]|^中国|^中华")
_NAMED = 5  # characters of an institution named in full (某某日报社)


def standing_unit(before: OrgMention, top: str, head: OrgMention, lexicon: Lexicon) -> OrgMention | None:
    """``head`` (a bare unit) as the unit of ``top`` (the body of ``before``), or None."""
    if head.kind != "department":
        return None
    kind = before.kind if before.parent is None else lexicon.org_kind(top)
    named = _PLACE_IN.search(top) is not None or len(top) >= _NAMED
    if kind != "other" or not named or top.endswith(_TEAM_ENDINGS + _SETTLEMENTS):
        return None
    return OrgMention(head.start, head.end, head.text, top + head.text, "department", top)
