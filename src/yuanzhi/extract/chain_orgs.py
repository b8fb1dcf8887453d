"""Which organization a post in a title chain belongs to: a bare unit after another
institution's post (某大学副校长甲，科学技术研究院院长乙), the place before a local
government post (青石县委副书记, 石门镇党委书记), the institution of a unit."""

from __future__ import annotations

import re

from .area_words import area_words
from .bare_level_posts import left_edge
from .lexicon_loader import Lexicon
from .names import is_cjk
from .org_conventions import foreign_body
from .orgs import OrgMention, Tokens, resolve_org
from .segment import word_tags
from .standing_units import standing_unit

_NOUN_TAGS = {"n", "vn", "nz"}  # jieba's common nouns

NO_ORG = OrgMention(0, 0, "", "", "none")  # a chain item that no organization holds


def org_starts(org: OrgMention | None, at: int) -> bool:
    return org is not None and org.start == at


_SCHOOLS = ("学院", "研究院")
_ORGAN_CHARS = "委局厅"  # a body written by its one character before its unit (某市司法局副局长甲，局某科科长乙)
_UNIVERSITIES = ("大学", "医科大学")
UNIT_HOLDER_KINDS = {"hospital", "group", "company", "university", "government"}  # bodies whose units a chain names after them
_PLACE_IN = re.compile(r"[\u4e00-\u9fff]{2,}?[省市县区]|^中国|^中华")


def unit_of(before: OrgMention | None, head: OrgMention, lexicon: Lexicon, home: str | None) -> OrgMention | None:
    """A unit written bare after another institution's post is that institution's
    (某大学副校长甲，科学技术研究院院长乙; 某集团助理总裁、运营管理中心总经理), or None."""
    if before is None or head.text != head.name or head.parent not in (None, home):
        return None
    if head.text[:1] in _LEVELS and head.text[:2] not in word_tags():
        return None  # 某医院质量管理处处长甲、市医疗质量控制中心主任乙: the place's own centre, no unit of the hospital
    if own_place(head.text):
        return None  # 某大学副校长甲，某省医学科学研究院院长乙: a body named with its place is its own
    if before.kind == "government" and placed_body(before, head) is not None:
        return None  # 某市民政局副局长甲，市老龄办主任乙: the place's own office, as printed (§4.10)
    top = (before.parent or before.name) if before.kind == "department" else before.name  # a group's hospital holds its units
    if not top or top == home:
        return None
    text = head.text[1:] if head.text[:1] in _ORGAN_CHARS and top.endswith(head.text[0]) else head.text  # 局|某科: this 局's
    unit = resolve_org(top + text, lexicon, home)
    sub_unit = head.kind == "department" or (
        head.name.endswith(_SCHOOLS) and lexicon.org_suffix(top) in _UNIVERSITIES  # 临床医学院 too
    )
    standing = standing_unit(before, top, head, lexicon)  # 某日报社编委、新闻部主任
    if standing is not None:
        return standing
    top_kind = lexicon.org_kind(top)
    has_units = top_kind in UNIT_HOLDER_KINDS or (top_kind == "association" and _PLACE_IN.search(top) is not None)
    if unit is None or unit.parent != top or not sub_unit or not has_units:
        return None  # 提案工作委员会主任、急诊科主任医师: a congress committee has no 急诊科
    return OrgMention(head.start, head.end, head.text, unit.name, unit.kind, top)


_OWN_PLACE = re.compile(r"^[\u4e00-\u9fff]{2,}?(?:[省市县]|(?<![院病片校园营])区)")


def own_place(text: str) -> bool:
    """The name starts with a place of its own (某省…, 某某县…; not 东院区, 国际市场部): a body by
    itself, never a unit of the body printed before it (GOLD_SPEC §4.8)."""
    placed = _OWN_PLACE.match(text)
    if placed is None:
        return False
    level = placed.end() - 1
    return text[level : level + 2] not in word_tags()


def placed_body(before: OrgMention | None, head: OrgMention) -> OrgMention | None:
    """某市卫生健康委员会副主任、市中医药管理局局长: one person's second government body written
    with its level word only (市, 县) is of the place the first one names (某市中医药管理局)."""
    if before is None or before.kind != "government" or head.text != head.name or head.kind not in (
        "government", "department", "association"  # 市老龄办: an office of the place; 县侨联: its people's organisation (GOLD_SPEC §4.10)
    ):
        return None
    level = head.text[0]
    if head.text[:2] in word_tags() and head.text[1:2] != _COMMITTEE:
        return None  # 市场部: a word, not a level word (but 县委|统战部: the county's party committee's)
    place = _PLACE_IN.match(before.name)
    if level not in _LEVEL_WORDS or place is None or not place.group(0).endswith(level) or len(head.text) < 3:
        return None
    parent = head.parent if head.kind == "government" else None
    return OrgMention(head.start, head.end, head.text, place.group(0) + head.text[1:], head.kind, parent)


# A residents' committee written bare after its community's post is that community's (GOLD_SPEC §4.4, aligned
# 2026-12-07): 某社区党委书记、居委会主任 → (主任, 某社区居委会). committee → the body it is printed after.
_COMMUNITY_COMMITTEES = {"居委会": "社区", "居民委员会": "社区"}


def community_committee(before: OrgMention | None, head: OrgMention) -> OrgMention | None:
    """某社区党委书记、居委会主任: the bare 居委会 is the community's printed before it in the chain."""
    ending = _COMMUNITY_COMMITTEES.get(head.text)
    if before is None or ending is None or not before.name.endswith(ending):
        return None
    return OrgMention(head.start, head.end, head.text, before.name + head.text, head.kind)


_LEVEL_WORDS = "省市县区"
_COMMITTEE = "委"  # 县委统战部 after 某县委常委: the county's party committee's department


# 首批, 第三批, 泷南省首批, 全国第五批: the cohort of a programme whose post follows (…继承工作指导老师)
_COHORT = re.compile(r"(?:[\u4e00-\u9fff]{0,6}?(?:省|市|县|全国|国家))?(?:首|第[一二三四五六七八九十0-9]{1,3})批")


def qualifying_word(text: str) -> bool:
    """A common noun (论坛, 大会) that says what the next post is of, not an organization or name;
    or the cohort of a programme (省首批): which intake of the programme the post belongs to."""
    return (2 <= len(text) <= 4 and word_tags().get(text) in _NOUN_TAGS) or _COHORT.fullmatch(text) is not None


def institution(org: OrgMention | None) -> OrgMention | None:
    """The institution of a unit: a department's hospital (kept as written when it has none)."""
    if org is None or org.kind != "department" or not org.parent:
        return org
    return OrgMention(org.start, org.end, org.text, org.parent, "hospital")


def place_before(sentence: str, end: int, tokens: Tokens, lexicon: Lexicon) -> OrgMention | None:
    """``青川市副市长``: the place before a government title is its organization."""
    title = lexicon.title_pattern.match(sentence, end)
    if title is None:
        return None
    township = lexicon.title_category(title.group(0)) == "party" and sentence[end - 1 : end] in "镇乡"
    if lexicon.title_category(title.group(0)) != "government" and not township:
        return None  # (石门镇党委书记: a township's party committee is the township's)
    autonomous = sentence.endswith(_AUTONOMOUS, 0, end) and title.group(0)[:2] == "州委"  # 某某彝族自治|州委副书记
    level = title.group(0)[0] if title.group(0)[1:2] == "委" and (title.group(0)[0] in _LEVELS or autonomous) else ""
    for size in range(2 - len(level), _AUTONOMOUS_MAX if autonomous else 7):
        start = end - size
        if start < 0:
            break
        if any(sentence.startswith(w, start) for w in lexicon.boundary_words):
            break  # 仪式由|镇党委副书记: a word that ends a name's left edge is no part of the place
        place = sentence[start:end] + level  # 青石|县委副书记: the county 青石县
        if size == 2 and place in area_words(lexicon.directory):
            break  # 社区|民警: a kind of area, no district called 社 (area_words.py)
        if (place[-1] not in _LEVELS and not autonomous) or not all(is_cjk(c) for c in place) or len(place) < 2:
            continue
        if size == 2 and place[-1] in _TOWNSHIPS and sentence.endswith(_THAT, 0, start):
            return OrgMention(start - 1, end, sentence[start - 1 : end], sentence[start - 1 : end], "government")
        county = _county_before(sentence, start, lexicon) if size >= 3 and place[-1] in _TOWNSHIPS else None
        if county is not None:  # 某某自治县|莫某乡党委书记: the township with its county (§4.4, §4.10)
            return OrgMention(county, end, sentence[county:end], sentence[county:end], "government")
        if left_edge(sentence, start, lexicon) or sentence.endswith(_PARTY, 0, start):
            text = foreign_body(sentence[start:end], lexicon)  # 某国|某某市副市长: the city (GOLD_SPEC §4.9)
            return OrgMention(end - len(text), end, text, text + level, "government")
    return None


def _county_before(sentence: str, at: int, lexicon: Lexicon) -> int | None:
    """Where the county (district, banner) printed right before ``at`` starts, when one is: its
    level word ends at ``at`` and its name runs back to the clause's left edge (伊某锡伯自治县|某乡)."""
    if sentence[at - 1 : at] not in _COUNTY_LEVELS:
        return None
    edge = None
    for begin in range(at - 2, max(-1, at - _COUNTY_MAX - 1), -1):
        if not is_cjk(sentence[begin]):
            return None
        if begin == 0 or not is_cjk(sentence[begin - 1]):
            return begin if at - begin >= _COUNTY_MIN else None  # the clause starts with the county
        if edge is None and left_edge(sentence, begin, lexicon):
            edge = begin  # 由|某县: a word that ends a name's left edge (本 of 塔本 too: the clause's start wins)
    return edge if edge is not None and at - edge >= _COUNTY_MIN else None


_COUNTY_LEVELS = "县区旗"
_COUNTY_MIN, _COUNTY_MAX = 3, 10  # characters of a county's name with its level word (某某县, 某某锡伯自治县)
_LEVELS = "省市县区镇乡"  # (a place's level)
_PARTY = "中共"
_AUTONOMOUS, _AUTONOMOUS_MAX = "自治", 14  # an autonomous prefecture's name runs long (某某哈尼族彝族自治州: 10)
_TOWNSHIPS = "镇乡"
_THAT = "那"  # 那|岜镇: before a one-character name and 镇/乡 the name's first character (那 as "that" takes a classifier)
