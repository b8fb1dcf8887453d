"""What a written organization's name stands for: its kind, its parent, the unit of which body.

``resolve_org`` reads a name already cut from its sentence (orgs.py finds where it starts):
``我院``/``本院`` are the issue's hospital, ``某医院某科`` is the hospital's unit, ``原某县人民医院``
the institution under its former name, ``国家区域医疗中心某医院`` the hospital under its own
name, ``某学会第七届委员会`` the society, ``市委巡察办`` a body of the city's party committee.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .function_offices import function_office
from .lexicon_loader import FORMER, Lexicon
from .numbered_units import numbered_unit
from .sitting_committees import sitting_committee

STRONG_KINDS = {"group", "hospital", "company", "government", "university", "association"}
SELF_REFERENCES = ("我院", "本院", "全院", "医院")
_MAIN_HOSPITAL = "总院"  # 总院医务部 in a 医共体's news: the main (the issue's) hospital's 医务部
_HEAD_NAMES = ("总院", "总医院")  # a group's lead hospital, written again as 总院 alone in its own news
GROUP_REFERENCES = ("集团", "本集团", "集团公司")  # the issue's own group, when the issue names one (集团公司: the group company)
_BRANCH = ("（筹）", "分院", "院区")  # a hospital named so, with no parent written, is the issue hospital's
_CAMPUS = ("分院", "院区")  # a site of a hospital: named in full, as a hospital of its own
PLACE = re.compile(r"^[\u4e00-\u9fff]{2,}?[省市县区镇乡旗]")  # 青石县人民医院: a named place first
_PARTY_PREFIXES = ("中国共产党", "中共", "共青团")  # the party's or the youth league's body of an institution
_PARTY_OWN = ("纪律检查委员会",)  # 中共某市纪律检查委员会: a body of the party itself keeps 中共 (§4.8)
_LEAGUE_COMMITTEE = re.compile(r"共青团[\u3400-\u9fff]{1,8}[省市县区州旗]委")  # 共青团某市委: the city's youth league
# 第七届委员会, 新一届理事会, 首任(会长): a sitting of a body, written for the society the article named
SITTING = re.compile(r"^(?:第[一二三四五六七八九十百零\d]{1,4}[届任]|新一届|上一届|上届|本届|新一任|首届|首任)[\u4e00-\u9fff]{0,8}$")
_TRAILING_SITTING = re.compile(r"(?:第[一二三四五六七八九十百零\d]{1,4}届|新一届|上一届|上届|本届)[\u4e00-\u9fff]{0,8}$")
# 市委巡察办, 某县委第二巡察组: a body of a place's party committee (市委, 县委 …), named by its level
PLACE_ORGAN = re.compile(r"^(?:[\u4e00-\u9fff]{2,5}?)?[省市县区州]委(?!员)[\u4e00-\u9fff]{2,}$")
_PARTY_BODY = re.compile(r"^[\u4e00-\u9fff]{2,5}?[省市县区州]委(?!员)[\u4e00-\u9fff]{2,}$")  # 某市委老干部局 (a named place)
_UNIT_CENTRE = "医学中心"  # under a hospital, a unit (睡眠医学中心), not a hospital of its own
_LEVEL_WORDS = "省市县区州旗镇乡"  # 原平市: 原 starts a place's name when a level word follows the next character
_CPPCC_SHORT = "政协"  # a CPPCC's special committee (提案委员会) printed after it is its unit
_TEAMS = ("组", "队")  # an ad-hoc team of that body (巡察组), not a standing office


def organ_kind(name: str) -> str:
    """The kind of a body of a place's party committee: an office is government, a team other."""
    return "other" if name.endswith(_TEAMS) else "government"


@dataclass(frozen=True)
class OrgMention:
    start: int
    end: int
    text: str  # as written
    name: str  # the unit's name as an organization ("泌尿外科", "北京医院泌尿外科")
    kind: str
    parent: str | None = None


def split_unit(text: str, lexicon: Lexicon) -> tuple[str | None, str]:
    """``晋城大医院肿瘤中心`` → (``晋城大医院``, ``肿瘤中心``); no parent → (None, text)."""
    for cut in range(len(text) - 2, 1, -1):
        left, right = text[:cut], text[cut:]
        left_kind = lexicon.org_kind(left)
        if left_kind not in STRONG_KINDS or len(right) < 2:
            continue
        right_kind = lexicon.org_kind(right)
        if right_kind == "department" or (
            left_kind == "group" and right_kind in {"hospital", "company", "group"}
        ) or (left_kind == "hospital" and right_kind == "hospital" and len(right) >= 4) or (
            left_kind == right_kind and left_kind in {"university", "association"}
        ) or (left.endswith(_CPPCC_SHORT) and right_kind == "association"):  # 县政协|提案委员会: its committee
            return left, right
    return None, text


def resolve_org(text: str, lexicon: Lexicon, home: str | None) -> OrgMention | None:
    """Name, kind and parent of an organization written as ``text``."""
    if text in SELF_REFERENCES:
        if home is None:
            return None
        return OrgMention(0, len(text), text, home, "hospital")
    if text == _MAIN_HOSPITAL and home and home.endswith(_HEAD_NAMES):
        return OrgMention(0, len(text), text, home, "hospital")  # 总院副院长 in a 总院's own news: the issue's hospital
    for ref in (*SELF_REFERENCES[:2], _MAIN_HOSPITAL):
        if text.startswith(ref) and len(text) > len(ref) and (ref != _MAIN_HOSPITAL or (
            lexicon.org_kind(text[len(ref):]) == "department" and not text[len(ref):].startswith("长")
        )):  # 总院长办公室 is the office of the 总院长
            unit = text[len(ref):]
            text = home + unit if home else unit
            if home and ref == _MAIN_HOSPITAL and split_unit(unit, lexicon)[0] is None and split_unit(text, lexicon)[0] != home:
                return OrgMention(0, len(text), text, unit, "department", home)  # 总院医共体管理中心: our unit, bare (§4.2)
            break
    if text.startswith(FORMER) and lexicon.org_kind(text[1:]) in STRONG_KINDS and (
        PLACE.match(text[1:]) or text[2:3] not in _LEVEL_WORDS
    ):  # 原某县人民医院, 原某某医院, 原总医院: the institution; 原 is its history (not 原平市…, whose 原 is the place's)
        inner = resolve_org(text[1:], lexicon, home)
        if inner is not None:
            return OrgMention(0, len(text), text, inner.name, inner.kind, inner.parent)
    if text.startswith(FORMER) and len(text) >= 3 and text[2:3] not in _LEVEL_WORDS and lexicon.org_kind(text[1:]) == "department":
        inner = resolve_org(text[1:], lexicon, home)  # 原中医科主任: the unit of a former post; 原 is no part of its name (§6)
        if inner is not None:
            return OrgMention(0, len(text), text, inner.name, inner.kind, inner.parent)
    if _LEAGUE_COMMITTEE.fullmatch(text):
        return OrgMention(0, len(text), text, text, "other")  # not the 市委 (a party committee) of the place
    corps_kind = numbered_unit(text)
    if corps_kind is not None:
        return OrgMention(0, len(text), text, text, corps_kind)  # 一八五团, 五连: a corps unit (numbered_units.py)
    kind = lexicon.org_kind(text)
    if kind is None or text in lexicon.generic_orgs:
        return None  # 联盟医院, 智慧医院: a role or a concept, no organization
    if kind == "department" and text in lexicon.generic_units:
        return None  # 科室, 亚专科: a kind of unit, none in particular
    if kind == "department" and any(text.endswith(g) for g in lexicon.generic_units if g.endswith("部") and len(g) >= 2):
        return None  # 团队全部, 医院内部: a word ending in 部 that names no unit
    rest = designated(text, lexicon)
    if rest is not None:  # 国家区域医疗中心某医院(某科): the hospital (its unit), under its own name
        inner = resolve_org(rest, lexicon, home)
        if inner is not None:
            return OrgMention(0, len(text), text, inner.name, inner.kind, inner.parent)
    sitting = _TRAILING_SITTING.search(text)
    if sitting is not None and sitting.start() >= 2:
        body = resolve_org(text[: sitting.start()], lexicon, home)
        committee = sitting_committee(text) if body is not None else None
        if body is not None and committee is not None and body.kind == "hospital" and lexicon.org_kind(committee) == "department":
            unit = committee if body.name == home else body.name + committee  # 某医院第四届医学伦理委员会: its unit (§4.2)
            return OrgMention(0, len(text), text, unit, "department", body.name)
        if body is not None and committee is not None and body.kind != "department" and (
            text[: sitting.start()] not in SELF_REFERENCES and body.name != home  # our own committee: its unit, as before
        ):
            return OrgMention(0, len(text), text, body.name + committee, "association", body.name)  # 某院学术委员会
        if body is not None:  # 某学会某分会第七届委员会: the sitting of the society is the society
            return OrgMention(0, len(text), text, body.name, body.kind, body.parent)
    prefix = next((p for p in _PARTY_PREFIXES if text.startswith(p)), "")
    if prefix and lexicon.org_kind(text[len(prefix) :]) in STRONG_KINDS - {"association"} and not (
        prefix != "共青团" and (_PARTY_BODY.match(text[len(prefix) :]) or text.endswith(_PARTY_OWN))
    ):  # but 中共某市委老干部局, 中共某县委党校: the party committee's own body keeps 中共 (§4.8)
        text = text[len(prefix) :]  # 中共某医院（委员会）, 共青团某医院: the party's or league's body of the hospital
    parent, unit = split_unit(text, lexicon)
    if parent is None and kind == "department" and function_office(text):
        return OrgMention(0, len(text), text, text, "government")  # 市老龄办, 县爱卫办 (function_offices.py)
    if parent is None and kind == "department" and PLACE_ORGAN.match(text):
        return OrgMention(0, len(text), text, text, organ_kind(text))  # 市委巡察办, 市委第三巡察组: the city's
    if parent is None and kind == "department" and _placed(text, lexicon) and not text.startswith(FORMER):
        return _placed_centre(text, lexicon)  # 槐屿市急救中心: a place's own centre, no unit of a hospital
    if parent is None:
        if kind == "department" or (kind == "hospital" and home and text != home and text.endswith(_BRANCH)):
            return OrgMention(0, len(text), text, text, kind, home)
        return OrgMention(0, len(text), text, text, kind)
    if unit.startswith(FORMER) and len(unit) >= 3 and lexicon.org_kind(unit[1:]) == "department":
        unit = unit[1:]  # 某医院原骨科主任: the hospital's unit of a former post (§6)
    unit_kind = lexicon.org_kind(unit) or "department"
    if unit_kind == "hospital" and unit.endswith(_UNIT_CENTRE) and lexicon.org_kind(parent) == "hospital":
        unit_kind = "department"  # 某医院睡眠医学中心: a hospital's centre is its unit
    if parent == home and not (unit_kind == "hospital" and unit.endswith(_CAMPUS)):
        return OrgMention(0, len(text), text, unit, unit_kind, parent)  # 某医院东门院区 keeps its full name
    return OrgMention(0, len(text), text, parent + unit, unit_kind, parent)


def _placed(text: str, lexicon: Lexicon) -> bool:
    """A place is written before the unit's own ending (槐屿市急救中心), not inside it (神经内科二病区)."""
    match = PLACE.match(text)
    return match is not None and match.end() <= len(text) - len(lexicon.org_suffix(text) or "")


_MIN_CENTRE = 5  # characters of a placed centre's name (某市急救中心)
_CENTRES = ("中心", "站", "所", "支队", "大队")  # what a place's own institution may end with


def _placed_centre(text: str, lexicon: Lexicon) -> OrgMention:
    """A unit's name written with a place first and no institution in it is an institution of
    that place (某市急救中心, 某市医院感染管理质量控制中心); a unit after it is its unit
    (某市急救中心调度科)."""
    for cut in range(len(text) - 2, _MIN_CENTRE - 1, -1):
        left, right = text[:cut], text[cut:]
        if left.endswith(_CENTRES) and lexicon.org_kind(right) == "department" and len(right) >= 2:
            return OrgMention(0, len(text), text, text, "department", left)
    return OrgMention(0, len(text), text, text, "other")


_DESIGNATED_KINDS = STRONG_KINDS - {"association"}  # 国家某中心儿科专科联盟 keeps its name
_MIN_DESIGNATED = 4  # characters of the name after a designation


def designated(text: str, lexicon: Lexicon) -> str | None:
    """The name after a designation printed before it (国家区域医疗中心|某医院), or None."""
    for pattern in lexicon.designations:
        match = pattern.match(text)
        if match is None or len(text) - match.end() < _MIN_DESIGNATED:
            continue
        rest = text[match.end() :]
        parent, _unit = split_unit(rest, lexicon)
        if lexicon.org_kind(parent or rest) in _DESIGNATED_KINDS:
            return rest
    return None



# 某集团（以下简称“集团”）第一届理事会, 某医院理事会: the body whose council the article reports
_COUNCIL = re.compile(r"(?:（[^（）]{0,16}）)?(?:第[一二三四五六七八九十\d]{1,3}届|新一届|首届)?(?:理事会|监事会)")
_COUNCIL_KINDS = {"group", "hospital", "company", "university"}


def holds_council(sentence: str, mention: OrgMention) -> bool:
    """The institution is written right before a sitting of its council (理事会, 监事会): its
    council posts (理事长, 理事, 秘书长) written without a body are that institution's."""
    return mention.kind in _COUNCIL_KINDS and _COUNCIL.match(sentence, mention.end) is not None
