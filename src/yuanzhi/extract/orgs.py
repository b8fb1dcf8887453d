"""Organization names: where they start, what kind they are, whose unit they are.

An organization is a run of words that ends with a kind suffix from the
lexicon (``医院``, ``集团``, ``卫健委``, ``科`` ...). Reading leftward from the
suffix, the name stops at punctuation, a number, or a boundary word (``由``,
``来到``, ``与`` ...) — token by token, so that a boundary character inside a
word (``经`` in ``神经内科``) does not cut it. ``我院``/``本院``/``医院`` stand
for the issue's own hospital.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from .lexicon_loader import FORMER, Lexicon
from .org_roles import after_role
from .org_short_names import LEVEL_CHARS, REGISTERED
from .org_short_names import SHORT_FORM as SHORT_FORM  # re-exported for older importers
from .org_short_names import full_name_of as full_name_of
from .org_short_names import is_short_form as is_short_form
from .segment import is_rare_char, word_tags
from .split_names import split_char

STRONG_KINDS = {"group", "hospital", "company", "government", "university", "association"}
SELF_REFERENCES = ("我院", "本院", "全院", "医院")
_MAIN_HOSPITAL = "总院"  # 总院医务部 in a 医共体's news: the main (the issue's) hospital's 医务部
GROUP_REFERENCES = ("集团", "本集团")  # the issue's own group, when the issue names one
_WORDISH = re.compile(r"^[\u3400-\u9fffA-Za-z（）()]+$")
_BRANCH = ("（筹）", "分院", "院区")  # a hospital named so, with no parent written, is the issue hospital's
_CAMPUS = ("分院", "院区")  # a site of a hospital: named in full, as a hospital of its own
# jieba tags that never occur inside an organization's name: prepositions, adverbs,
# verbs, pronouns, conjunctions, particles, numbers (except ordinals: 第一附属医院)
_STOP_TAGS = {"p", "d", "v", "vd", "r", "c", "u", "uj", "ul", "uz", "ug", "uv", "ud", "y", "e", "o", "m", "q", "f"}
_LOCALIZERS = set("内中外里上下间前后")
_PLACE = re.compile(r"^[\u4e00-\u9fff]{2,}?[省市县区镇乡旗]")  # 青石县人民医院: a named place first
_PARTY_PREFIXES = ("中国共产党", "中共", "共青团")  # the party's or the youth league's body of an institution
_LEAGUE_COMMITTEE = re.compile(r"共青团[\u3400-\u9fff]{1,8}[省市县区州旗]委")  # 共青团某市委: the city's youth league
# 第七届委员会, 新一届理事会, 首任(会长): a sitting of a body, written for the society the article named
SITTING = re.compile(r"^(?:第[一二三四五六七八九十百零\d]{1,4}[届任]|新一届|本届|新一任|首届|首任)[\u4e00-\u9fff]{0,8}$")
_TRAILING_SITTING = re.compile(r"(?:第[一二三四五六七八九十百零\d]{1,4}届|新一届|本届)[\u4e00-\u9fff]{0,8}$")
_GLUED_HEADS = set("和与及暨任在赴至由为到有")  # one-character words jieba may glue to a place name (暨北坪|分院, 成员有省|…)
_PROPER_TAGS = {"ns", "nr", "nrt", "nz", "nt", "j"}
# 市委巡察办, 某县委第二巡察组: a body of a place's party committee (市委, 县委 …), named by its level
PLACE_ORGAN = re.compile(r"^(?:[\u4e00-\u9fff]{2,5}?)?[省市县区州]委(?!员)[\u4e00-\u9fff]{2,}$")
_TEAMS = ("组", "队")  # an ad-hoc team of that body (巡察组), not a standing office


def organ_kind(name: str) -> str:
    """The kind of a body of a place's party committee: an office is government, a team other."""
    return "other" if name.endswith(_TEAMS) else "government"


def _stops_name(word: str, lexicon: Lexicon) -> bool:
    if word in lexicon.org_words or lexicon.ends_like_org(word):
        return False
    tag = word_tags().get(word)
    if tag == "m" and (word.startswith("第") or (len(word) == 1 and word in "一二三四五六七八九十")):
        return False
    if is_rare_char(word) and word not in lexicon.boundary_words:
        return False  # 泓|川市: jieba tags a rare character q or v, but it starts a place's name
    return tag in _STOP_TAGS


def is_proper(text: str, tokens: Tokens, lexicon: Lexicon) -> bool:
    """A name with a proper part (a place, an unknown word): 北京医院 yes, 保险公司 no."""
    if _PLACE.search(text) or PLACE_ORGAN.match(text):
        return True
    if text.endswith(REGISTERED) and len(text) - max(len(r) for r in REGISTERED if text.endswith(r)) >= 4:
        return True  # 瀚海智能医疗科技有限公司: a registered company name, whatever its words
    if _direction_place(text[:2], text, 0, text[2:], lexicon):
        return True  # 北麓|中医药大学: a place jieba reads as a direction word
    inner = [w for w, s, e in tokens if s >= 0 and w in text]
    tags = word_tags()
    for word in inner:
        tag = tags.get(word)
        if tag is None and _WORDISH.match(word) and lexicon.org_kind(word) is None and len(word) >= 2:
            return True
        if tag in _PROPER_TAGS and (word not in lexicon.common_words or tag == "ns"):  # jieba tags 慈善, 康复 nr; 澳门 is a place
            return True
    rest = text
    for word in inner:
        rest = rest.replace(word, "", 1)
    # 暨北湾|分院: the part of a word jieba glued to the word before (a place it does not know)
    return len(rest) >= 2 and _WORDISH.match(rest) is not None and rest not in tags and lexicon.org_kind(rest) is None

Tokens = list[tuple[str, int, int]]


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
        ):
            return left, right
    return None, text


def resolve_org(text: str, lexicon: Lexicon, home: str | None) -> OrgMention | None:
    """Name, kind and parent of an organization written as ``text``."""
    if text in SELF_REFERENCES:
        if home is None:
            return None
        return OrgMention(0, len(text), text, home, "hospital")
    for ref in (*SELF_REFERENCES[:2], _MAIN_HOSPITAL):
        if text.startswith(ref) and len(text) > len(ref) and (ref != _MAIN_HOSPITAL or (
            lexicon.org_kind(text[len(ref):]) == "department" and not text[len(ref):].startswith("长")
        )):  # 总院长办公室 is the office of the 总院长
            text = (home or "") + text[len(ref):] if home else text[len(ref):]
            break
    if text.startswith(FORMER) and lexicon.org_kind(text[1:]) in STRONG_KINDS and _PLACE.match(text[1:]):
        inner = resolve_org(text[1:], lexicon, home)  # 原某县人民医院: the institution; 原 is its history (not 原平市…)
        if inner is not None:
            return OrgMention(0, len(text), text, inner.name, inner.kind, inner.parent)
    if _LEAGUE_COMMITTEE.fullmatch(text):
        return OrgMention(0, len(text), text, text, "other")  # not the 市委 (a party committee) of the place
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
        if body is not None:  # 某学会某分会第七届委员会: the sitting of the society is the society
            return OrgMention(0, len(text), text, body.name, body.kind, body.parent)
    prefix = next((p for p in _PARTY_PREFIXES if text.startswith(p)), "")
    if prefix and lexicon.org_kind(text[len(prefix) :]) in STRONG_KINDS - {"association"}:
        text = text[len(prefix) :]  # 中共某医院（委员会）, 共青团某医院: the party's or league's body of the hospital
    parent, unit = split_unit(text, lexicon)
    if parent is None and kind == "department" and PLACE_ORGAN.match(text):
        return OrgMention(0, len(text), text, text, organ_kind(text))  # 市委巡察办, 市委第三巡察组: the city's
    if parent is None and kind == "department" and _placed(text, lexicon) and not text.startswith(FORMER):
        return _placed_centre(text, lexicon)  # 槐屿市急救中心: a place's own centre, no unit of a hospital
    if parent is None:
        if kind == "department" or (kind == "hospital" and home and text != home and text.endswith(_BRANCH)):
            return OrgMention(0, len(text), text, text, kind, home)
        return OrgMention(0, len(text), text, text, kind)
    unit_kind = lexicon.org_kind(unit) or "department"
    if parent == home and not (unit_kind == "hospital" and unit.endswith(_CAMPUS)):
        return OrgMention(0, len(text), text, unit, unit_kind, parent)  # 某医院东门院区 keeps its full name
    return OrgMention(0, len(text), text, parent + unit, unit_kind, parent)


def _placed(text: str, lexicon: Lexicon) -> bool:
    """A place is written before the unit's own ending (槐屿市急救中心), not inside it (神经内科二病区)."""
    match = _PLACE.match(text)
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


# a short name declared right after an organization: 某公司（以下简称“某某”）|董事长
_DECLARED_BEFORE = re.compile(r"[（(](?:以下)?简称[“\"「]?[^”\"」（()）]{2,12}[”\"」]?[）)]$")


def org_before(
    sentence: str, end: int, tokens: Tokens, lexicon: Lexicon, home: str | None, limit: int = 24
) -> OrgMention | None:
    """The organization written right before position ``end`` (before a title or a name)."""
    declared = _DECLARED_BEFORE.search(sentence, 0, end)
    if declared is not None and declared.end() == end and declared.start() > 0:
        return org_before(sentence, declared.start(), tokens, lexicon, home, limit)  # 某公司（以下简称“某某”）董事长
    second = _second_name_before(sentence, end, tokens, lexicon, home, limit)
    if second is not None:
        return second
    count = bisect.bisect_right(tokens, end, key=lambda t: t[2])  # tokens ending by ``end``
    words = tokens[max(0, count - limit) : count]
    last = words[-1][2] if words else 0
    if last < end:  # the position falls inside a token: read characters up to it
        words = [*words, (sentence[last:end], last, end)]
    start = end
    after = ""  # the word read just before (to the right of) the current one
    ends = {word_end: word for word, _s, word_end in words}
    for word, word_start, word_end in reversed(words):
        if not _WORDISH.match(word) or ("（" in word and "）" not in sentence[word_start:end]) or word[0] in "）)":
            break  # （某服务中心: a bracket opened and not closed is no part of the name
        if word in lexicon.boundary_words and not (
            word in lexicon.org_words and start != end and lexicon.org_kind(sentence[start:end]) == "department"
        ):
            break  # 帮扶|某医院; but 对口帮扶办公室, 组织管理部 are units named by what they do
        if word in lexicon.titles and not (start != end and lexicon.is_org_suffix(after)):
            break  # a title ends the name, unless a bare suffix follows it (急诊医师|分会, 院长|办公室)
        if start != end and _before_named_head(word, after, sentence[start:end], lexicon):
            break  # 承办|蓼川市…, 今年|杉浦一院: a name starts at its place, never after a verb or a time word
        if start != end and _copula_glued(word, sentence[start:end], lexicon):
            break  # 完成人为|放疗科: jieba glued 为 (a copula) to the word before a unit
        after = sentence[word_start:word_end]
        if start != end and _stops_name(word, lexicon) and not (
            (end - start == 1 or lexicon.org_kind(sentence[start:end]) == "association")
            and sentence[start] in lexicon.department_suffixes and len(word) == 2  # 代谢|科医师分会
        ) and not _half_place(word, sentence, start, lexicon) and not _direction_place(
            word, sentence, word_start, sentence[start:end], lexicon, ends.get(word_start, "")
        ) and not _branch_subject(word, sentence[start:end], ends.get(word_start, ""), lexicon) and not _branch_place(
            word, sentence[start:end], ends.get(word_start, ""), lexicon
        ) and not split_char(word, ends.get(word_start, ""), sentence[start:end], lexicon):
            break  # (超声 is a verb to jieba, but 超声|科 is a department)
        if start != end and word not in word_tags() and word[-1:] in lexicon.boundary_words:
            break  # jieba glued a name to a function word: 钱文博为|北辰县人民医院
        if start != end and word[-1:] in lexicon.boundary_words and lexicon.is_org_suffix(sentence[start:end]):
            break  # 公孙晓|东向|医院: a function word before a bare 医院 (jieba may read it as a word)
        if start != end and (word not in word_tags() or len(word) == 1) and word[-1:] in _LOCALIZERS:
            break  # 集团内|国企医院
        if end - word_start > limit:
            break
        if start != end and word not in word_tags() and len(word) >= 2 and word[0] in _GLUED_HEADS:
            start = word_start + 1  # jieba glued a function word to the name: 琚丽华|及区|卫生健康局, 任松岩|县
            break
        start = word_start
    if 0 < start < end - 2 and sentence[start] in _DATE_UNITS and sentence[start - 1] in _NUMERALS:
        start += 1  # 9日|蓼川市…: jieba glued a date's 日 to the place that starts the name
    text = _trim_leading(sentence[after_role(sentence, start, end, lexicon) : end], lexicon)  # 承建方|某公司
    if text.startswith(FORMER) and len(text) >= 3 and lexicon.org_kind(text[1:]) == "department":
        text = text[1:]  # 原康复医学科副主任: the person held that unit's post; 原 is no part of its name
    if len(text) < 2:
        return None
    mention = resolve_org(text, lexicon, home)
    if mention is None:
        return None
    begin = end - len(text)
    return OrgMention(begin, end, text, mention.name, mention.kind, mention.parent)


_OPEN, _CLOSE = "（(", "）)"
_DATE_UNITS = "日月年号"
_NUMERALS = "0123456789０１２３４５６７８９〇零一二三四五六七八九十"
_NOT_BEFORE_HEAD = {"v", "vd", "t", "b"}  # verbs, time words (今年, 近日) and 主办-like words
_COPULAS = "为是"


def _before_named_head(word: str, head: str, rest: str, lexicon: Lexicon) -> bool:
    """The name read so far (``rest``) starts at its proper head — a place (蓼川市…) or a word
    jieba does not know (杉浦|一院) — and ``word`` before it is a verb or a time word: no part
    of an organization's name, whatever character it ends in (承办 ends like 院办)."""
    if word in lexicon.org_words or word_tags().get(word) not in _NOT_BEFORE_HEAD:
        return False
    if _PLACE.match(rest):
        return True
    return len(head) >= 2 and _WORDISH.match(head) is not None and head not in word_tags() and (
        lexicon.org_kind(head) is None and head not in lexicon.boundary_words
    )


def _copula_glued(word: str, rest: str, lexicon: Lexicon) -> bool:
    """完成人为|放疗科: a two-character word ending in a copula (为, 是) right before a unit's
    name is the end of the clause before it (jieba glued 人为, 就是)."""
    return (
        len(word) == 2 and word[-1] in _COPULAS and word not in lexicon.org_words
        and word_tags().get(word) not in _PROPER_TAGS and lexicon.org_kind(rest) == "department"
    )


def _second_name_before(
    sentence: str, end: int, tokens: Tokens, lexicon: Lexicon, home: str | None, limit: int
) -> OrgMention | None:
    """``某县妇幼保健院（某县妇幼保健计划生育服务中心）院长``: a second name in brackets after the
    name; the organization is the first name (``（筹）`` is part of a name, not a second one)."""
    if end < 2 or sentence[end - 1] not in _CLOSE:
        return None
    opening = max(sentence.rfind(c, 0, end - 1) for c in _OPEN)
    inner = sentence[opening + 1 : end - 1]
    if opening < 2 or len(inner) < 2 or any(c in inner for c in _OPEN + _CLOSE) or lexicon.org_kind(inner) is None:
        return None
    first = org_before(sentence, opening, tokens, lexicon, home, limit)
    if first is None or first.kind == "department":
        return None
    return OrgMention(first.start, end, sentence[first.start : end], first.name, first.kind, first.parent)


_NOT_IN_PLACE = {"p", "c", "r", "v", "u", "uj", "ul", "uz", "ug", "uv", "ud", "y", "e", "o"}


def _half_place(word: str, sentence: str, start: int, lexicon: Lexicon) -> bool:
    """太|行省…, 楚|北省…: the name read so far starts with one character and a level word (a
    place's name is two characters or more), and jieba split off the place's first character:
    a lone character that is no function word or verb."""
    return (
        len(word) == 1 and sentence[start + 1 : start + 2] in tuple(LEVEL_CHARS)
        and word not in lexicon.boundary_words and word_tags().get(word) not in _NOT_IN_PLACE
    )


BRANCHES = _BRANCHES = ("分会", "专业委员会", "专委会", "学组")
_SOCIETIES = ("学会", "协会")


def _branch_subject(word: str, rest: str, before: str, lexicon: Lexicon) -> bool:
    """某省医学会|围产|医学分会, 某协会|介入|医师分会: the subject of a society's branch, written
    right after the society's name, may be a word jieba reads as a verb."""
    return len(word) == 2 and rest.endswith(_BRANCHES) and before.endswith(_SOCIETIES) and lexicon.org_kind(rest) == "association"


_SUB_BRANCHES = ("分局", "分公司", "分行", "支行", "支队", "大队")  # a body's branch, named for its place


def _branch_place(word: str, rest: str, before: str, lexicon: Lexicon) -> bool:
    """某市公安局|高新|分局…, 某公司|华东|分公司: a branch's place, right after its parent's name (jieba may tag it d or v)."""
    ending = next((kind for suffix, kind in lexicon.org_kinds if before.endswith(suffix)), None)  # 公安局, 股份有限公司
    return len(word) == 2 and rest.startswith(_SUB_BRANCHES) and ending in STRONG_KINDS


def _direction_place(word: str, sentence: str, at: int, rest: str, lexicon: Lexicon, before: str = "") -> bool:
    """北麓|中医药大学, 东岭|医院: a two-character place jieba reads as a direction word (f), written
    first in the clause (or after a country's or region's name: 澳大利亚|南岸|大学) right before an
    institution's name, is that name's place."""
    return (
        len(word) == 2 and word_tags().get(word) == "f"
        and (at == 0 or not _CJK_CHAR.match(sentence[at - 1]) or word_tags().get(before) == "ns")
        and lexicon.org_kind(rest) in _PLACED_KINDS and word not in lexicon.boundary_words
        and len(rest) >= _NAMED_REST and rest not in lexicon.generic_orgs  # not 周边|医院, 周边|三甲医院
    )


_PLACED_KINDS = {"hospital", "university", "group", "company"}
_CJK_CHAR = re.compile(r"[\u3400-\u9fff]")
_NAMED_REST = 4  # characters of the institution's name after the place (中医药大学)


def _trim_leading(text: str, lexicon: Lexicon) -> str:
    """Drop a leading boundary word jieba glued to the name (``在晋城大医院``)."""
    changed = True
    while changed and text:
        changed = False
        for size in (2, 1):
            if len(text) > size + 2 and text[:size] in lexicon.boundary_words and text[:size] not in {"医院"}:
                if any(text.startswith(unit) for unit in lexicon.known_units) or text[:size] in lexicon.org_words:
                    continue  # 组织管理部: a word that names what the unit does
                if size == 1 and text[:2] in word_tags() and text[:2] not in lexicon.boundary_words:
                    continue  # 对口帮扶办公室: 对 begins the word 对口
                text = text[size:]
                changed = True
                break
    return text


def find_orgs(
    sentence: str, tokens: Tokens, lexicon: Lexicon, home: str | None, ending: tuple[str, ...] = ()
) -> list[OrgMention]:
    """Organizations named anywhere in the sentence (hospitals, groups, governments ...).

    ``ending``: look only at names whose last word ends so (a quick pass for hospitals).
    """
    found: list[OrgMention] = []
    for word, _start, word_end in tokens:
        if _glued_after_suffix(word, lexicon):
            word, word_end = word[:-1], word_end - 1  # 巡察组向|…: jieba glued the next preposition to the suffix
        if not _WORDISH.match(word) or (ending and not word.endswith(ending)):
            continue
        if not _ends_like_org(word, lexicon) or _verb_ending(word, lexicon) or _verb_before_suffix(word, lexicon):
            continue
        mention = org_before(sentence, word_end, tokens, lexicon, home)
        if mention is None or mention.text in SELF_REFERENCES or len(mention.text) < 3:
            continue
        if (
            sentence[word_end - 1 : word_end + 1] in word_tags() and not _is_boundary(sentence, word_end, tokens)
            and sentence[word_end : word_end + 1] not in lexicon.boundary_words
        ):
            continue  # 多学科联合会|诊: the suffix is half of the next word (but 某分行|将: a function word)
        first = bisect.bisect_left(tokens, mention.start, key=lambda t: t[1])
        last = bisect.bisect_right(tokens, mention.end, key=lambda t: t[2])
        words = tokens[first:last]
        if mention.kind != "department" and not is_proper(mention.text, words, lexicon):
            continue
        if _generic_tail(mention.text, lexicon):
            continue  # 某银行某分行|智慧医院(建设): the bank is named; the concept is no organization
        if in_title_marks(sentence, mention.start, mention.end):
            continue  # 《中华普通外科杂志》: a journal's or a book's title names no organization
        found.append(mention)
    # a name that goes on (晋城大医院 + 新生儿科) keeps its longest reading
    found.sort(key=lambda m: (m.start, -(m.end - m.start)))
    kept: list[OrgMention] = []
    for mention in found:
        if kept and mention.start < kept[-1].end:
            continue
        kept.append(mention)
    return kept


def _glued_after_suffix(word: str, lexicon: Lexicon) -> bool:
    """``组向``, ``组于``: a token jieba does not know, an organization's suffix and a one-character
    function word after it."""
    return (
        len(word) >= 2 and word not in word_tags() and word[-1] in lexicon.boundary_words
        and _WORDISH.match(word) is not None and lexicon.ends_like_org(word[:-1])
    )


def in_title_marks(sentence: str, start: int, end: int) -> bool:
    """``start:end`` lies inside 《…》 (a book's, a journal's or a document's title)."""
    opened = sentence.rfind("《", 0, start + 1)
    return opened >= 0 and sentence.rfind("》", opened, start) < 0 and sentence.find("》", end) >= 0


def _generic_tail(text: str, lexicon: Lexicon) -> bool:
    """The name ends with a concept or role word (智慧医院) written after another organization."""
    return any(
        text.endswith(word) and len(text) > len(word) and lexicon.org_kind(text[: -len(word)]) in STRONG_KINDS
        for word in lexicon.generic_orgs
    )


def _is_boundary(sentence: str, end: int, tokens: Tokens) -> bool:
    """The token after ``end`` is a word of its own (not one character left over)."""
    at = bisect.bisect_left(tokens, end, key=lambda t: t[1])
    return at >= len(tokens) or len(tokens[at][0]) > 1 or not ("\u4e00" <= tokens[at][0] <= "\u9fff")


def _ends_like_org(word: str, lexicon: Lexicon) -> bool:
    return lexicon.ends_like_org(word)


_VERB_TAGS = {"v", "vd", "b"}  # 承办, 协办, 主办, 体会: a verb that ends in a unit's character


def _verb_ending(word: str, lexicon: Lexicon) -> bool:
    """A dictionary verb ends the run (``某局主办``): no organization ends with it, unless the
    lexicon lists the word as an organization's ending or part (学会, 分行, 控股)."""
    return (
        len(word) >= 2 and word_tags().get(word) in _VERB_TAGS and not lexicon.is_org_suffix(word)
        and word not in lexicon.org_words and word not in lexicon.known_units
    )


def _verb_before_suffix(word: str, lexicon: Lexicon) -> bool:
    """``进社区``, ``进校园``: a dictionary word that is a one-character verb and a bare organization
    ending says where something goes; no name runs through it."""
    return (
        len(word) >= _VERB_PHRASE and word in word_tags() and word_tags().get(word[0]) in _VERB_TAGS
        and lexicon.is_org_suffix(word[1:]) and not lexicon.is_org_suffix(word)  # 分公司 is an ending
    )


_VERB_PHRASE = 3  # characters of 进社区: a verb and an ending of two characters or more


# 某集团（以下简称“集团”）第一届理事会, 某医院理事会: the body whose council the article reports
_COUNCIL = re.compile(r"(?:（[^（）]{0,16}）)?(?:第[一二三四五六七八九十\d]{1,3}届|新一届|首届)?(?:理事会|监事会)")
_COUNCIL_KINDS = {"group", "hospital", "company", "university"}


def holds_council(sentence: str, mention: OrgMention) -> bool:
    """The institution is written right before a sitting of its council (理事会, 监事会): its
    council posts (理事长, 理事, 秘书长) written without a body are that institution's."""
    return mention.kind in _COUNCIL_KINDS and _COUNCIL.match(sentence, mention.end) is not None
