"""Names of a county medical community's (医共体) members beside their own names.

The 总院 and the 分院 of a 医共体 are names the compact gives to bodies of record — the county
hospital, a township's 卫生院 (GOLD_SPEC §4.12: the 总院 is the county hospital's alias; §4.7: one
body printed two ways). Where the article prints both, one in brackets right after the other
(``城关分院（某县城关镇中心卫生院）``, ``县医院（县医共体总院）``) or after a dash (``某县医疗集团总院——
某县人民医院``), the body of record's name is the organization and the member name its alias,
whichever of the two stands first; the posts the article gave under the member name go to that body.
"""

from __future__ import annotations

import re

from .collector import Collector
from .orgs import OrgMention

# a member name of a 医共体/医联体/集团: its lead hospital (总院) or a member (分院)
_MEMBER = re.compile(r"[总分]院$")
_HEAD = "总院"
# words a name printed before a bracket starts after (任甲分院（…）, 兼乙分院（…）, 、丙医院（…）)
_START = re.compile(r".*(?:[，。；：、,;:\s“”]|兼任|担任|兼|任|和|及|在|到|为)")
_NAME = (3, 12)  # characters of a hospital's name printed before a bracket
_BRACKETED = re.compile(r"(.+?)（([^（）]{2,12})）")  # a body's name and its second name in brackets
_FORMER = "原"  # （原某镇卫生院）: a name the body had before
_DASH = "——"  # 医共体总院——某县人民医院: the dash says which hospital the 总院 is
_DASHED = 24  # characters of a community's 总院 printed with its bracketed second name before the dash


def is_member_name(name: str) -> bool:
    """总院, 城关分院, 县医共体总院 (not 某某卫生院, 某某医院)."""
    return _MEMBER.search(name) is not None


def member_aliases(sentence: str, orgs: list[OrgMention]) -> dict[str, str]:
    """member name -> the body of record's name, for each pair printed ``甲（乙）`` in ``sentence``
    where one of the two is a member name and the other a hospital's own name."""
    out: dict[str, str] = {}
    for unit in orgs:  # 某县人民医院（县医共体总院）急诊科: the bracket inside a unit read whole
        inside = _BRACKETED.match(unit.text) if unit.parent and "（" in unit.text else None
        if inside and unit.parent and inside.group(1) == unit.parent and is_member_name(inside.group(2)):
            out[inside.group(2)] = unit.parent
    for second in orgs:
        opening, closing = second.start - 1, second.end
        if second.kind == "hospital" and sentence.endswith(_DASH, 0, second.start) and not is_member_name(second.name):
            head = _printed_before(sentence, second.start - len(_DASH), orgs, _DASHED)
            if head is not None and head.endswith(_HEAD):
                out[head] = second.name  # 某县医疗集团（县域医共体）总院——某县人民医院
            continue
        if (
            second.kind != "hospital" or opening < 0 or sentence[opening] not in "（("
            or sentence[closing : closing + 1] not in "）)" or sentence.startswith(_FORMER, second.start)
        ):  # 某分院（原某镇卫生院）: the old name (§4.7: the new name is the body's)
            continue
        first = _printed_before(sentence, opening, orgs)
        if first is None or not first.endswith("院"):
            continue
        if is_member_name(first) and not is_member_name(second.name):
            out[first] = second.name  # 城关分院（某县城关镇中心卫生院）
        elif is_member_name(second.text) and not is_member_name(first):
            out[second.text] = first  # 县医院（县医共体总院）
    return out


def _printed_before(sentence: str, at: int, orgs: list[OrgMention], most: int = 0) -> str | None:
    """The name printed right before ``at``: a body read there, else the words since the last stop."""
    read = [m for m in orgs if m.end == at]
    if read:
        return read[-1].name
    most = most or _NAME[1]
    start = max(0, at - most)
    found = _START.match(sentence, start, at)
    name = sentence[found.end() if found else start : at]
    return name if _NAME[0] <= len(name) <= most and (found or start == 0) else None


def record_name(org: str | None, declared: dict[str, str]) -> str | None:
    """The body of record a pair's org printed as a member name stands for (the name the article
    gave it, or — for a 总院 printed with its community's words — the hospital the article said its
    总院 is), else None."""
    if org is None or not is_member_name(org):
        return None
    full = declared.get(org)
    if full is None and org.endswith(_HEAD):  # 县医共体总院, 总院 where the article said which hospital its 总院 is
        heads = {body for name, body in declared.items() if name.endswith(_HEAD) and not is_member_name(body)}
        full = heads.pop() if len(heads) == 1 else None
    return None if full is None or is_member_name(full) else full


def unit_of_record(org: str | None, declared: dict[str, str]) -> str | None:
    """A unit printed under a member name (县医共体总院公共卫生管理中心, 某分院公共卫生科): the same unit
    under the body of record that member name stands for, else None."""
    if org is None or is_member_name(org) or (found := _UNDER_MEMBER.match(org)) is None:
        return None
    full = record_name(found.group(1), declared)
    return None if full is None else full + org[found.end(1) :]


_UNDER_MEMBER = re.compile(r"(.{1,10}?[总分]院)[^院]{2,}$")  # a member name with a unit's name after it


def positions_of_record(out: Collector, declared: dict[str, str], article_id: str, source: str) -> None:
    """The posts the article ``article_id`` gave under a member name: under the body of record."""
    if not any(is_member_name(name) for name in declared):
        return  # (most articles: no member name printed beside a body of record)
    for key in list(out.positions):
        person, title, org = key
        full = record_name(org, declared)
        unit = None if full is not None else unit_of_record(org, declared)
        if (full or unit) is None or org is None:
            continue
        mine = [e for e in out.positions[key] if e[0].article_id == article_id and e[0].source == source]
        if not mine:
            continue
        rest = [e for e in out.positions[key] if e not in mine]
        if rest:
            out.positions[key] = rest
        else:
            del out.positions[key]
        record = (person, title, full or unit)
        out.positions.setdefault(record, []).extend(mine)
        if key in out.written:
            out.written.add(record)
            if not rest:
                out.written.discard(key)
        if full is not None:
            out.add_alias(full, org, "hospital")  # (a unit's member prefix is declared where the article prints it)
