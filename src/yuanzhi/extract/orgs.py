"""Organization names in a sentence: where each starts and where it ends.

An organization is a run of words that ends with a kind suffix from the
lexicon (``医院``, ``集团``, ``卫健委``, ``科`` ...). Reading leftward from the
suffix, the name stops at punctuation, a number, or a boundary word (``由``,
``来到``, ``与`` ...) — token by token, so that a boundary character inside a
word (``经`` in ``神经内科``) does not cut it. ``我院``/``本院``/``医院`` stand
for the issue's own hospital. What a name cut so stands for (its kind, its parent)
is read by org_resolve.py, whose names are re-exported here for older importers.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from ..han import is_basic_han
from .clause_trade_names import clause_syllable, company_before, legal_form_part, signer_before
from .industry_units import after_hospital
from .lexicon_loader import FORMER, Lexicon
from .missions import with_sender
from .numbered_units import corps_opening, glued_stem, numeral_stem, plant_trade, stem_opening
from .org_edges import adverb_ended_noun, glued_suffix_cut
from .org_resolve import GROUP_REFERENCES as GROUP_REFERENCES
from .org_resolve import PLACE
from .org_resolve import PLACE_ORGAN as PLACE_ORGAN
from .org_resolve import SELF_REFERENCES as SELF_REFERENCES
from .org_resolve import SITTING as SITTING
from .org_resolve import STRONG_KINDS as STRONG_KINDS
from .org_resolve import OrgMention as OrgMention
from .org_resolve import designated as designated
from .org_resolve import holds_council as holds_council
from .org_resolve import organ_kind as organ_kind
from .org_resolve import resolve_org as resolve_org
from .org_resolve import split_unit as split_unit
from .org_roles import after_role
from .org_short_names import REGISTERED
from .org_short_names import SHORT_FORM as SHORT_FORM  # re-exported for older importers
from .org_short_names import full_name_of as full_name_of
from .org_short_names import is_short_form as is_short_form
from .place_openings import autonomous_stem, opening_pronoun, rare_stem, split_place, split_tail
from .place_starts import distinguishing_stem, half_place, place_opening, township_stem
from .region_words import printed_body
from .registered_names import bracketed_seat, registered, trade_name
from .school_names import proper_school
from .segment import is_rare_char, word_tags
from .spans import leftmost_longest
from .split_names import FIRM_KINDS, split_char
from .time_openings import time_before_bare
from .unit_fields import field_run_start
from .unit_heads import firm_parent_proper, numbered_unit, unit_head

_WORDISH = re.compile(r"^[\u3400-\u9fffA-Za-z（）()〇]+$")  # 〇 of a numbered unit (二〇九团)
# jieba tags that never occur inside an organization's name: prepositions, adverbs,
# verbs, pronouns, conjunctions, particles, numbers (except ordinals: 第一附属医院)
_STOP_TAGS = {"p", "d", "v", "vd", "r", "c", "u", "uj", "ul", "uz", "ug", "uv", "ud", "y", "e", "o", "m", "q", "f"}
_LOCALIZERS = set("内中外里上下间前后")
_GLUED_HEADS = set("和与及暨任在赴至由为到有其应向被")  # one-character words jieba may glue to a place name (暨北坪|分院, 成员有省|…, 向雪岚|…, 被某|市卫健委)
_SECTOR = "系统"  # 监狱系统, 公安系统: the bodies of a kind, no body
_GLUED_VERBS = {"曾任", "现任", "历任", "兼任", "原任", "担任"}  # verbs of posts jieba may glue to a place (曾任州|…)
_PROPER_TAGS = {"ns", "nr", "nrt", "nz", "nt", "j"}


_OPENED: dict[int, tuple[object, dict[str, tuple[str, ...]]]] = {}


def _opened_endings(kinds: tuple[tuple[str, str], ...]) -> dict[str, tuple[str, ...]]:
    """Listed endings by each proper prefix of theirs (执法 → 执法支队), built once per lexicon."""
    hit = _OPENED.get(id(kinds))
    if hit is None or hit[0] is not kinds:
        index: dict[str, list[str]] = {}
        for sfx, _kind in kinds:
            for k in range(1, len(sfx)):
                index.setdefault(sfx[:k], []).append(sfx)
        hit = (kinds, {key: tuple(v) for key, v in index.items()})
        _OPENED[id(kinds)] = hit
    return hit[1]


def _stops_name(word: str, lexicon: Lexicon, rest: str = "") -> bool:
    if word in lexicon.org_words or lexicon.ends_like_org(word):
        return False
    if rest and any((word + rest).startswith(sfx) for sfx in _opened_endings(lexicon.org_kinds).get(word, ())):
        return False  # 执法|支队: the word opens an ending the lexicon lists (执法支队)
    tag = word_tags().get(word)
    if tag == "m" and (word.startswith("第") or (len(word) == 1 and word in "一二三四五六七八九十") or numeral_stem(word, rest)):
        return False  # 第一|附属医院, 二三|七团|医院 (numbered_units.py)
    if rest and plant_trade(word, rest) and word not in lexicon.boundary_words:
        return False  # 采油|三厂: a company's numbered plant (numbered_units.py)
    if is_rare_char(word) and word not in lexicon.boundary_words:
        return False  # 泓|川市: jieba tags a rare character q or v, but it starts a place's name
    return tag in _STOP_TAGS


def is_proper(text: str, tokens: Tokens, lexicon: Lexicon) -> bool:
    """A name with a proper part (a place, an unknown word): 北京医院 yes, 保险公司 no."""
    if PLACE.search(text) or PLACE_ORGAN.match(text) or _level_organ(text, lexicon) or proper_school(text, lexicon.directory) or corps_opening(text):
        return True  # 江岸中学: a school by its own words (school_names.py); 第九师医院: a corps unit's (numbered_units.py)
    if text.endswith(REGISTERED) and len(text) - max(len(r) for r in REGISTERED if text.endswith(r)) >= 4:
        return True  # 瀚海智能医疗科技有限公司: a registered company name, whatever its words
    if _direction_place(text[:2], text, 0, text[2:], lexicon):
        return True  # 北麓|中医药大学: a place jieba reads as a direction word
    inner = [w for w, s, e in tokens if s >= 0 and w in text]
    if lexicon.org_kind(text) in FIRM_KINDS and any(is_rare_char(w) and w not in lexicon.boundary_words for w in inner):
        return True  # 泓|正|律师事务所: a character jieba seldom sees alone starts a firm's trade name
    tags = word_tags()
    for word in inner:
        tag = tags.get(word)
        if word in lexicon.generic_orgs:
            continue  # 传染病|专科医院: a class of hospitals is no proper part
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

_LEVELS = "省市县区"
_MIN_ORGAN = 4  # characters of a place's organ named by its level (市卫生健康委员会, 县教育局)


def _level_organ(text: str, lexicon: Lexicon) -> bool:
    """市卫生健康委员会, 市人力资源和社会保障局, 市护理质量控制中心: an organ or institution of the
    article's place written with its level word for the place (not a word: 市场监管…, 区域…)."""
    return (
        len(text) >= _MIN_ORGAN and text[0] in _LEVELS and text[:2] not in word_tags()
        and lexicon.org_kind(text) in ("government", "other")  # 市急救中心: a place's own institution too
    )


# a short name declared right after an organization: 某公司（以下简称“某某”）|董事长
_DECLARED_SPAN = 24  # characters of the longest such declaration (（以下简称“…12…”）: 20) and more
_DECLARED_BEFORE = re.compile(r"[（(](?:以下)?简称[“\"「]?[^”\"」（()）]{2,12}[”\"」]?[）)]$")


def org_before(
    sentence: str, end: int, tokens: Tokens, lexicon: Lexicon, home: str | None, limit: int = 24
) -> OrgMention | None:
    """The organization written right before position ``end`` (before a title or a name)."""
    declared = _DECLARED_BEFORE.search(sentence, max(0, end - _DECLARED_SPAN), end)  # it ends at ``end``: no longer
    if declared is not None and declared.end() == end and declared.start() > 0:
        return org_before(sentence, declared.start(), tokens, lexicon, home, limit)  # 某公司（以下简称“某某”）董事长
    second = _second_name_before(sentence, end, tokens, lexicon, home, limit) or bracketed_seat(
        sentence, end, lambda text, at, kept: org_before(text, at, kept, lexicon, home, limit), tokens
    )  # 某某医药（某地）有限公司: its seat in brackets
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
    field_from = len(words)  # words from this index on are a unit's field words (体育卫生与|艺术教育科)
    for index in range(len(words) - 1, -1, -1):
        word, word_start, word_end = words[index]
        if index < field_from and start != end:
            run = field_run_start(words, index, sentence[start:end], lexicon)
            field_from = run if run is not None else field_from
        if index >= field_from or (start != end and legal_form_part(word, sentence[start:end], REGISTERED)):
            after, start = sentence[word_start:word_end], word_start  # (某集团|有限责任|公司: one legal form)
            continue
        if not _WORDISH.match(word) or ("（" in word and "）" not in sentence[word_start:end]) or word[0] in "）)":
            break  # （某服务中心: a bracket opened and not closed is no part of the name
        if word in lexicon.boundary_words and not (
            word in lexicon.org_words and start != end and lexicon.org_kind(sentence[start:end]) == "department"
        ) and not opening_pronoun(word, sentence[start:end]) and not split_tail(
            word, ends.get(word_start, ""), sentence[start:end]
        ) and not autonomous_stem(word, sentence[start:end], ends.get(word_start, "")):
            break  # 帮扶|某医院; but 对口帮扶办公室, 组织管理部 are units named by what they do
        if word in lexicon.titles and not (start != end and lexicon.is_org_suffix(after)):
            break  # a title ends the name, unless a bare suffix follows it (急诊医师|分会, 院长|办公室)
        if start != end and (company_before(word, sentence[start:end], REGISTERED) or signer_before(word, sentence[start:end], lexicon)):
            break  # 某医疗全资子公司|某医疗器械有限公司, 中共某集团有限公司委员会|某集团有限公司: the registered name starts after
        if start != end and _before_named_head(word, after, sentence[start:end], lexicon) and not plant_trade(
            word, sentence[start:end]
        ) and not unit_head(word, sentence[start:end], lexicon) and not trade_name(word, sentence[start:end], sentence[max(0, word_start - 6) : word_start], lexicon):
            break  # 承办|蓼川市…, 今年|杉浦一院: a name starts at its place, never after a verb or a time word
        if start != end and stem_opening(word, sentence[start:end]):
            break  # 某某林任|二〇九团医院: a regiment's name opens at its numeral stem (numbered_units.py)
        if start != end and _word_before_level(word, after):
            break  # 调度|区|消防救援大队, 新任|区|人民医院: a bare level word opens the article's place
        if start != end and _copula_glued(word, sentence[start:end], lexicon):
            break  # 完成人为|放疗科: jieba glued 为 (a copula) to the word before a unit
        after = sentence[word_start:word_end]
        if start != end and _stops_name(word, lexicon, sentence[start:end]) and not (
            (end - start == 1 or lexicon.org_kind(sentence[start:end]) == "association")
            and sentence[start] in lexicon.department_suffixes and len(word) == 2  # 代谢|科医师分会
        ) and not half_place(word, sentence, start, lexicon) and not opening_pronoun(
            word, sentence[start:end]
        ) and not split_tail(word, ends.get(word_start, ""), sentence[start:end]) and not rare_stem(
            word, sentence[start:end], lexicon
        ) and not autonomous_stem(word, sentence[start:end], ends.get(word_start, "")) and not split_place(
            word, ends.get(word_start, ""), sentence[start:end], lexicon
        ) and not place_opening(
            word, sentence, word_start, sentence[start:end], lexicon
        ) and not _direction_place(
            word, sentence, word_start, sentence[start:end], lexicon, ends.get(word_start, "")
        ) and not _branch_subject(word, sentence[start:end], ends.get(word_start, ""), lexicon) and not _branch_place(
            word, sentence[start:end], ends.get(word_start, ""), lexicon
        ) and not unit_head(word, sentence[start:end], lexicon) and not split_char(word, ends.get(word_start, ""), sentence[start:end], lexicon) and not trade_name(
            word, sentence[start:end], sentence[max(0, word_start - 6) : word_start], lexicon
        ) and not clause_syllable(
            word, sentence, word_start, ends.get(word_start, ""), sentence[start:end], lexicon
        ):
            break  # (超声 is a verb to jieba, but 超声|科 is a department)
        if start != end and word not in word_tags() and word[-1:] in lexicon.boundary_words and not autonomous_stem(word, sentence[start:end]):
            break  # jieba glued a name to a function word: 钱文博为|北辰县人民医院
        if start != end and word[-1:] in lexicon.boundary_words and lexicon.is_org_suffix(sentence[start:end]) and (
            word_tags().get(word) not in _PROPER_TAGS
        ) and not adverb_ended_noun(word):
            break  # 公孙晓|东向|医院: a function word before a bare 医院; but 某地|仁和|医院: a proper word (tag nr)
        if start != end and (word not in word_tags() or len(word) == 1) and word[-1:] in _LOCALIZERS and not (
            len(word) == 2 and numbered_unit(sentence[start:end], lexicon)
        ):
            break  # 集团内|国企医院 (but 普外|一科, 神内|二科: a specialty's short word heads a numbered unit)
        if end - word_start > limit:
            break
        if start != end and word not in word_tags() and len(word) >= 2 and word[0] in _GLUED_HEADS:
            start = word_start + 1  # jieba glued a function word to the name: 琚丽华|及区|卫生健康局, 任松岩|县
            break
        if start != end and word not in word_tags() and glued_stem(word, sentence[start:end]):
            start = word_end - 1  # 原二|〇九团医院: jieba glued a word to a regiment's numeral stem
            break
        if start != end and word[:2] in _GLUED_VERBS and len(word) > 2:
            start = word_start + 2  # 某某|曾任州|朝医|医院院长: jieba glued a verb of posts to the name's place
            break
        start = word_start
    if 0 < start < end - 2 and sentence[start] in _DATE_UNITS and sentence[start - 1] in _NUMERALS:
        start += 1  # 9日|蓼川市…: jieba glued a date's 日 to the place that starts the name
    text = _trim_leading(sentence[after_role(sentence, start, end, lexicon) : end], lexicon)  # 承建方|某公司
    text, region = printed_body(text, lexicon)  # 某国|某某大学医学院, 某省|某县医院: no country or province (§4.9)
    if text.startswith(FORMER) and len(text) >= 3 and lexicon.org_kind(text[1:]) == "department":
        text = text[1:]  # 原康复医学科副主任: the person held that unit's post; 原 is no part of its name
    text = text[after_hospital(text, lexicon) :]  # 某铁路医院|机务段: a hospital holds no body of industry
    if len(text) < 2:
        return None
    mention = resolve_org(text, lexicon, home)
    if mention is None:
        return None
    mention = registered(mention, lexicon)  # 某集团有限公司: one body, under its registered name
    begin = end - len(text) - region  # the province dropped is still part of the span read
    if mention.kind == "department" and mention.parent in (None, home) and begin >= 2 and sentence[begin - 1] in _CLOSE:
        body = _second_name_before(sentence, begin, tokens, lexicon, home, limit)  # 附属第二医院（某市第三人民医院）|麻醉科
        if body is not None:
            return OrgMention(body.start, end, sentence[body.start : end], body.name + text, "department", body.name)
    return with_sender(sentence, OrgMention(begin, end, text, mention.name, mention.kind, mention.parent), tokens)  # 中国驻|某国大使馆


_OPEN, _CLOSE = "（(", "）)"
_DATE_UNITS = "日月年号楼层"  # a numeral's unit before a name: 9日|某市…, 12楼|某病区 (a date or a floor)
_NUMERALS = "0123456789０１２３４５６７８９〇零一二三四五六七八九十"
_NOT_BEFORE_HEAD = {"v", "vd", "t", "b"}  # verbs, time words (今年, 近日) and 主办-like words
_COPULAS = "为是"


# Verbs of taking a post or of sending a body out, which jieba tags nouns (新任, 调度): before a level
# word standing alone (区, 市: the article's place written short, §4.3) they open no place's name.
_LEVEL_OPENERS = frozenset(
    "新任 拟任 现任 曾任 历任 兼任 原任 担任 调任 转任 升任 出任 接任 前任 "
    "调度 调派 派出 派遣 抽调 通知 协调 召集 会同 邀请 委托 联合".split()
)


def _word_before_level(word: str, after: str) -> bool:
    """``after`` is a level word standing alone and ``word`` before it a verb of posts or of sending
    (调度|区|消防救援大队, 新任|区|人民医院): the name starts at the level word."""
    return after in _LEVELS and len(after) == 1 and word in _LEVEL_OPENERS


def _before_named_head(word: str, head: str, rest: str, lexicon: Lexicon) -> bool:
    """The name read so far (``rest``) starts at its proper head — a place (蓼川市…) or a word
    jieba does not know (杉浦|一院) — and ``word`` before it is a verb or a time word: no part
    of an organization's name, whatever character it ends in (承办 ends like 院办)."""
    if word in lexicon.org_words or word_tags().get(word) not in _NOT_BEFORE_HEAD or distinguishing_stem(word, rest, lexicon) or township_stem(word, rest, lexicon):
        return False
    place = PLACE.match(rest)
    if (place is not None and not place.group().endswith(lexicon.department_suffixes)) or time_before_bare(word, head, lexicon):
        return True  # (but 老年|医学科二病区: a ward's 病区 is no district)
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
    if PLACE.match(inner) and not PLACE.match(first.name) and lexicon.org_kind(inner) == first.kind:
        return OrgMention(first.start, end, sentence[first.start : end], inner, first.kind, None)  # 附属第二医院（某市第三人民医院）: the name with its place in full
    return OrgMention(first.start, end, sentence[first.start : end], first.name, first.kind, first.parent)


BRANCHES = _BRANCHES = ("分会", "专业委员会", "专委会", "学组")
_SOCIETIES = ("学会", "协会")


def _branch_subject(word: str, rest: str, before: str, lexicon: Lexicon) -> bool:
    """某省医学会|围产|医学分会, 某协会|介入|医师分会: the subject of a society's branch, written
    right after the society's name, may be a word jieba reads as a verb."""
    return len(word) == 2 and rest.endswith(_BRANCHES) and before.endswith(_SOCIETIES) and lexicon.org_kind(rest) == "association"


_SUB_BRANCHES = ("分局", "分公司", "分行", "支行", "支队", "大队")  # a body's branch, named for its place


def _branch_place(word: str, rest: str, before: str, lexicon: Lexicon) -> bool:
    """某市公安局|高新|分局…, 某公司|华东|分公司: a branch's place, right after its parent's name (jieba may tag it d or v)."""
    if len(word) != 2 or not rest.startswith(_SUB_BRANCHES):
        return False
    ending = next((kind for suffix, kind in lexicon.org_kinds if before.endswith(suffix)), None)  # 公安局, 股份有限公司
    return ending in STRONG_KINDS


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
                if opening_pronoun(text[:size], text[size:]) or autonomous_stem(text[:size], text[size:]):
                    continue  # 那柘县, 才隆藏族自治州: the place's first character (place_openings.py)
                text = text[size:]
                changed = True
                break
    return text


def find_orgs(
    sentence: str, tokens: Tokens, lexicon: Lexicon, home: str | None, ending: tuple[str, ...] = (), glued: bool = False
) -> list[OrgMention]:
    """Organizations named anywhere in the sentence (hospitals, groups, governments ...).

    ``ending``: look only at names whose last word ends so (a quick pass for hospitals; ``glued``: 医院|院长 too).
    """
    found: list[OrgMention] = []
    for word, _start, word_end in tokens:
        cut = glued_suffix_cut(word, lexicon)  # 巡察组向|…, 巡察组向棠|浦市: jieba glued a mover to the suffix
        if cut is None and (glued or not ending):  # 第一人民|医院院长: jieba's one token (the home count reads as before)
            cut = _title_glued(word, lexicon)
        if cut is not None:
            word, word_end = word[:cut], word_end - (len(word) - cut)
        elif _half_of_verb(sentence, word, word_end, lexicon):  # 器官移植|科组|建于: 组 is half of 组建
            word, word_end = word[:-1], word_end - 1
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
        if mention.kind != "department" and not is_proper(mention.text, words, lexicon) and not firm_parent_proper(mention, words, lexicon, is_proper):
            continue  # (某集团|总医院: the group's name is proper)
        if _generic_tail(mention.text, lexicon):
            continue  # 某银行某分行|智慧医院(建设): the bank is named; the concept is no organization
        if mention.kind == "government" and sentence.startswith(_SECTOR, mention.end):
            continue  # 某医院监狱|系统医疗联合体: a kind of body before 系统 names a sector, no body
        if in_title_marks(sentence, mention.start, mention.end):
            continue  # 《中华普通外科杂志》: a journal's or a book's title names no organization
        found.append(mention)
    return leftmost_longest(found)  # a name that goes on (晋城大医院 + 新生儿科) keeps its longest reading


_GLUED_TITLE = 4  # characters of the shortest ending-and-title token (医院院长)
_SOME = "某"  # a name before a bare ending, for its kind (某医院)


def _title_glued(word: str, lexicon: Lexicon) -> int | None:
    """Where an institution's ending stops inside a token jieba made of it and a title (医院|院长,
    医院|副院长), or None."""
    if len(word) < _GLUED_TITLE or lexicon.ends_like_org(word):
        return None
    for cut in range(len(word) - 2, 1, -1):
        if word[cut:] not in lexicon.titles:
            continue
        if lexicon.org_kind(_SOME + word[:cut]) in STRONG_KINDS:  # 某医院, not 某党组|书记
            return cut
    return None


def in_title_marks(sentence: str, start: int, end: int) -> bool:
    """``start:end`` lies inside 《…》 (a book's, a journal's or a document's title)."""
    opened = sentence.rfind("《", 0, start + 1)
    return opened >= 0 and sentence.rfind("》", opened, start) < 0 and sentence.find("》", end) >= 0


def _generic_tail(text: str, lexicon: Lexicon) -> bool:
    """The name ends with a concept or role word (智慧医院) written after another organization."""
    return text.endswith(_as_tuple(lexicon.generic_orgs)) and any(
        text.endswith(word) and len(text) > len(word) and lexicon.org_kind(text[: -len(word)]) in STRONG_KINDS
        for word in lexicon.generic_orgs
    )


@lru_cache(maxsize=8)
def _as_tuple(words: frozenset[str]) -> tuple[str, ...]:
    """The words as a tuple, for one ``str.endswith`` over all of them (built once per set)."""
    return tuple(words)


def _is_boundary(sentence: str, end: int, tokens: Tokens) -> bool:
    """The token after ``end`` is a word of its own (not one character left over)."""
    at = bisect.bisect_left(tokens, end, key=lambda t: t[1])
    return at >= len(tokens) or len(tokens[at][0]) > 1 or not is_basic_han(tokens[at][0])


def _half_of_verb(sentence: str, word: str, end: int, lexicon: Lexicon) -> bool:
    """The token's last character is a unit's ending that makes a verb with the next character
    (科组|建: 组建), and the token without it still ends like a unit (科): the name ends before it."""
    return (
        len(word) >= 2 and lexicon.ends_like_org(word) and lexicon.ends_like_org(word[:-1])
        and word_tags().get(sentence[end - 1 : end + 1]) in _VERB_TAGS
    )


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


