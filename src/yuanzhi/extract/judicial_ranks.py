"""A judge's or prosecutor's grade (一级法官, 四级高级法官, 一级检察官) is a rank of the court or
procuratorate, never of the 庭 or 检察部 printed before it (GOLD_SPEC §4.9, as a civil-service rank is
the commission's, not its 处's: committee_units.py). The post takes the body the division belongs
to when that is a court (procuratorate), else the court (procuratorate) the article named last,
here or before; a division read with no such body keeps what it had."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .lexicon_loader import Lexicon
from .mentions import PersonMention
from .orgs import OrgMention

# a grade: 一级/…/五级 (高级) 法官 or 检察官, 高级法官 -> the ending of the body whose rank it is
# 审判员 and 检察员 (a judge's and a prosecutor's legal post, appointed by a people's congress's standing
# committee with the 庭长 it may hold: 民事审判第一庭庭长、审判员) are of the court, as grades are
_GRADE = re.compile(r"^(?:(?:[一二三四五]级(?:高级)?|高级)(法官|检察官)|(?:助理)?(审判员|检察员))$")
_BODY = {"法官": "法院", "检察官": "检察院", "审判员": "法院", "检察员": "检察院"}


def judicial_rank_body(
    person: PersonMention, org: OrgMention | None, seen: Sequence[OrgMention], lexicon: Lexicon
) -> OrgMention | None:
    """The court or procuratorate of ``person``'s grade written after one of its divisions
    (``org``, a department), or None."""
    return rank_body(person.title, org, seen, lexicon)


def rank_body(title: str, org: OrgMention | None, seen: Sequence[OrgMention], lexicon: Lexicon) -> OrgMention | None:
    """The court or procuratorate of the grade ``title`` held in one of its divisions (``org``), or None."""
    grade = _GRADE.match(title)
    if org is None or org.kind != "department" or grade is None:
        return None
    ending = _BODY[grade.group(1) or grade.group(2)]
    named_last = (m.name for m in reversed(seen) if m.kind != "department" and m.name.endswith(ending))
    body = org.parent if org.parent and org.parent.endswith(ending) else next(named_last, None)
    if body is None:
        return None
    return OrgMention(org.start, org.end, org.text, body, lexicon.org_kind(body) or "government")
