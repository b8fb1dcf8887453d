"""Other ways an article prints an organization it names in full: short forms (省医,
县人民医院, 嵩医一附院, a unit under one), declared short names (以下简称“…”) and second
names (同时挂牌“…”). Each is read as the full organization and kept as its alias."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from .collector import Collector
from .consultative_names import record_name
from .lexicon_loader import Lexicon
from .member_names import member_aliases
from .ordinal_names import ordinal_short_forms
from .org_short_names import SHORT_FORM, full_name_of, is_short_form
from .orgs import PLACE_ORGAN, SELF_REFERENCES, STRONG_KINDS, OrgMention, organ_kind
from .own_unit_names import named_with_hospital
from .segment import word_tags

_LEVEL_START = "省市县区州"  # 州: a prefecture, 某某自治州 printed in full


def short_forms_written(
    texts: list[str], named: list[OrgMention], lexicon: Lexicon
) -> list[tuple[OrgMention, str]]:
    """Short forms of organizations the article names in full, printed anywhere in it (the
    headline too): ``省人民医院`` for 秦川省人民医院, ``县医院`` for 鹿鸣县人民医院."""
    found: list[tuple[OrgMention, str]] = []
    fulls = {m.name: m for m in named if m.kind in STRONG_KINDS - {"association"}}
    found += ordinal_short_forms(texts, [m for m in named if m.kind != "department" and m.parent is None])
    for full in fulls.values():
        ending = lexicon.org_suffix(full.name)
        if not ending:
            continue
        for text in texts:
            at = text.find(ending)
            while at >= 0:
                end = at + len(ending)
                if not text.endswith(full.name, 0, end):
                    for size in range(len(ending) + 1, SHORT_FORM + 1):
                        short = text[max(0, end - size) : end]
                        if short[0] in _LEVEL_START and is_short_form(short, full.name, lexicon):
                            if full_name_of(short, list(fulls), lexicon) == full.name:
                                found.append((full, short))
                            break
                at = text.find(ending, end)
    return found + _clipped_and_civic(texts, named, {m.name for m in named}, {short for _f, short in found}, lexicon)


_TAIL = 2  # characters of the full name a short form ends with (中心, 总会, 书馆)
_CIVIC = {"association", "other"}  # bodies by their own word: 红十字会, 慈善总会, 社会福利院, 图书馆


def _clipped_and_civic(
    texts: list[str], named: list[OrgMention], names: set[str], known: set[str], lexicon: Lexicon
) -> list[tuple[OrgMention, str]]:
    """``市疾控中心`` for 某市疾病预防控制中心 (the kind word itself shortened) and ``市红十字会``,
    ``市图书馆`` for a civic body the article named in full: a short form from the level (市/县/省)."""
    found: list[tuple[OrgMention, str]] = []
    bodies = [m for m in named if m.parent is None] + [  # 某市疾控中心慢病科: its centre is named in full too
        OrgMention(m.start, m.end, m.parent, m.parent, lexicon.org_kind(m.parent) or "other", None)
        for m in named if m.kind == "department" and m.parent]
    fulls = {m.name: m for m in bodies if (m.kind in STRONG_KINDS or lexicon.org_kind(m.name) in _CIVIC)
             and m.name[0] not in _LEVEL_START}  # a full name starts with its place (市疾控中心 is itself short)
    for full in fulls.values():
        ending = lexicon.org_suffix(full.name) or ""
        civic = lexicon.org_kind(full.name) in _CIVIC
        for text in texts:
            for hit in re.finditer(re.escape(full.name[-_TAIL:]), text):
                end = hit.end()
                if text.endswith(full.name, 0, end):
                    continue
                for size in range(_TAIL + 1, SHORT_FORM + 1):
                    short = text[max(0, end - size) : end]
                    if short[0] not in _LEVEL_START:
                        continue
                    if size == _TAIL + 1 and lexicon.org_kind(short) != lexicon.org_kind(full.name):
                        break  # 市政府 for 某市人民政府 (its own ending gives its kind), not 市中心 nor 市委员会
                    if (civic or ending not in short) and short not in known and is_short_form(
                        short, full.name, lexicon
                    ) and full_name_of(short, list(fulls), lexicon) == full.name:
                        found.append((full, short))
                        known.add(short)
                    break
    return found


# a sentence that moves in time (三个月前，… / 此前 / 去年) does not take the last sentence's date
_ORGAN_ENDING = 3  # characters of an organ's kind ending its short form keeps one of (委员会, 事务局)
_ONE_CHAR_KINDS = "局厅"  # an organ whose kind is one character: its short form ends with it (市医保局, 省卫健厅)


_FULLS: list[tuple[list[OrgMention], int, str | None, list[str]]] = []  # the last lists read: (named, size, home, fulls)
_FULLS_KEPT = 4  # lists kept (a mention asks the bodies named before it, then every body of the article)


def _full_names(named: list[OrgMention], home: str | None) -> list[str]:
    """The names ``named`` writes in full (a unit's body too, not the paper's own hospital), once
    each in the order first written; read again only when asked of another list (a long sentence
    asks the same ones for every body in it)."""
    for kept, size, kept_home, fulls in _FULLS:
        if kept is named and size == len(named) and kept_home == home:
            return fulls
    fulls = list(dict.fromkeys(
        n for m in named for n in ((m.name, m.parent) if m.kind != "department" else (m.parent,))
        if n and (m.kind != "department" or n != home)
    ))
    _FULLS[:] = [(named, len(named), home, fulls), *_FULLS[: _FULLS_KEPT - 1]]
    return fulls


def named_before(
    org: OrgMention | None, named: list[OrgMention], lexicon: Lexicon, home: str | None,
    aliases: dict[str, str] | None = None,
) -> OrgMention | None:
    """A short form of an organization the article named in full is that organization:
    ``省医师协会``, ``联盟``, ``县人民医院``, ``嵩医一附院``, a name the article declared
    (``（以下简称“某县医共体”）``), and a unit written under one (``省医心血管内科``)."""
    if org is None:
        return None
    aliases = aliases or {}
    if org.text in aliases:  # a name the article declared for another: 某医院（某服务中心）
        declared = aliases[org.text]
        return OrgMention(org.start, org.end, org.text, declared, lexicon.org_kind(declared) or org.kind, None)
    fulls = _full_names(named, home)  # 某市医疗保障局专项检查组: the bureau is named in full too

    def full_of(name: str) -> str | None:
        found = aliases.get(name) or full_name_of(name, fulls, lexicon) or numbered_full(name, fulls)
        return aliases.get(found, found) if found else None

    if org.kind != "department":
        full = full_of(org.name)  # 学校 for 某医学高等专科学校: the full name's kind when it is a strong one
        kind = full_kind if full and (full_kind := lexicon.org_kind(full)) in STRONG_KINDS else org.kind
        return OrgMention(org.start, org.end, org.text, full, kind, None) if full else org
    if org.parent not in (None, home):
        full = full_of(org.parent)  # 省护理学会学术部 → the society named in full, its 学术部
        if full is None or not org.name.startswith(org.parent):
            return org
        if home and full != home and is_short_form(full, home, lexicon) and lexicon.org_kind(full) == "hospital":
            unit = org.name[len(org.parent) :]  # 县医院康复医学科 after 县人民医院 (itself short for ours): a unit of ours
            return OrgMention(org.start, org.end, org.text, unit, "department", home)
        return OrgMention(org.start, org.end, org.text, full + org.name[len(org.parent) :], "department", full)
    if org.name != org.text:  # a unit of the issue's own hospital, named alone (§4.2) even where its name
        return _named_alone(org, home)  # was read before a bracket (某医院（原某医院）烧伤科)
    organ = next((n for n in reversed(fulls) if PLACE_ORGAN.match(n) and n.endswith(org.text) and n != org.text), None)
    if organ is not None:  # 巡察组 after 市委第三巡察组: the body named in full, no unit of ours
        return OrgMention(org.start, org.end, org.text, organ, organ_kind(organ), None)
    placed = full_of(org.text) if org.text[0] in _LEVEL_START else None
    if placed is not None and lexicon.org_kind(placed) == "department":  # 市急救中心: the city's centre named in full
        return OrgMention(org.start, org.end, org.text, placed, "other", None)
    for cut in range(2, min(len(org.text) - 1, SHORT_FORM + 1)):
        if org.text[:cut] in SELF_REFERENCES and named_with_hospital(org.text, lexicon.directory):
            break  # 医院感染管理科, 医院办公室: the unit's own name starts with 医院, no short form of ours
        full = full_of(org.text[:cut])
        if full is not None and lexicon.org_kind(org.text[cut:]) == "department" and not splits_word(org.text, cut):
            cut = max((longer for longer in range(cut + 1, len(org.text) - 1) if full_of(org.text[:longer]) == full
                       and lexicon.org_kind(org.text[longer:]) == "department" and (
                           org.text[:longer] in aliases or not splits_word(org.text, longer))),
                      default=cut)  # 市广播电视|台专题部, 市精卫|中心医务科: the short form takes all the full name's
            # characters it can (市广播电视台|专题部, 市精卫中心|医务科), not only the next one; a declared name ends
            # where the article ended it (市精卫中心|儿少心理科, though jieba knows 心儿)
            if lexicon.org_kind(full) == "government" and (org.text[cut - 1] not in full[-_ORGAN_ENDING:] or (
                full[-1] in _ONE_CHAR_KINDS and org.text[cut - 1] != full[-1]
            )):  # 市医疗保障|事务中心: a bureau's short form ends with its 局 (市医保局)
                continue  # 市退役军人|服务中心: an organ's short form keeps its kind (市卫健委, 市医保局); this is a body of its own
            if home and is_short_form(full, home, lexicon):  # 中心医院保卫处 for 某市中心医院: a unit of ours
                return OrgMention(org.start, org.end, org.text, org.text[cut:], "department", home)
            return OrgMention(org.start, org.end, org.text, full + org.text[cut:], "department", full)
    return org


def _named_alone(org: OrgMention, home: str | None) -> OrgMention:
    """A unit printed after the own hospital's full name and its former name in brackets whose name still
    carries the hospital: the unit alone (该院外科, a reference, keeps the hospital it refers to)."""
    if home and org.parent == home and org.text.startswith((home + "（", home + "(")) and len(org.name) > len(home) + 1:
        return OrgMention(org.start, org.end, org.text, org.name[len(home) :], org.kind, home)
    return org


def printed_in_full(
    org: OrgMention | None, named: list[OrgMention], lexicon: Lexicon, declared: dict[str, str] | None = None,
) -> OrgMention | None:
    """A government body a post took in the end, printed shorter than the article prints it once
    (GOLD_SPEC §4.3): ``市医疗保障局`` carried to a chain's 党组成员 is 某市医疗保障局, and ``某市委组织部``,
    built from ``市委常委、组织部部长``, is the ``中共某市委组织部`` printed: the one full name it shortens."""
    every, distinct = _printed_names(named)
    if org is not None and org.parent is None and (record := record_name(org.name, every)):
        return replace(org, name=record, kind="government")  # 区政协, 政协某区第七届委员会: the CPPCC's name of record
    if org is None or org.kind != "government" or org.parent is not None:
        return org
    declared = declared or {}
    if org.name in declared:  # 某县人民检察院（以下简称“某县检察院”）: the name the short one was declared for
        return replace(org, name=declared[org.name])
    fulls = [n for n in distinct if n.endswith(org.name) or (
        org.name[0] in _LEVEL_START and lexicon.org_kind(n) == lexicon.org_kind(org.name)
    )]  # 县卫健局 for 某县卫生健康局: a short form from the level word; 某市卫健委, with its place, stands as printed
    full = full_name_of(org.name, fulls, lexicon)
    return replace(org, name=full) if full else org


_PRINTED: list[tuple[list[OrgMention], int, list[str], list[str]]] = []  # the last list read: (named, size, names)


def _printed_names(named: list[OrgMention]) -> tuple[list[str], list[str]]:
    """Every name and parent ``named`` prints, and its names once each in the order first
    printed; read again only when asked of another list (an article asks the same one per post)."""
    if _PRINTED and _PRINTED[0][0] is named and _PRINTED[0][1] == len(named):
        return _PRINTED[0][2], _PRINTED[0][3]
    every = [n for m in named for n in (m.name, m.parent) if n]
    distinct = list(dict.fromkeys(m.name for m in named))
    _PRINTED[:] = [(named, len(named), every, distinct)]
    return every, distinct


_WORD = (2, 4)  # characters of a word of jieba's dictionary a cut may fall inside (社会|保险)


def splits_word(text: str, cut: int) -> bool:
    """A cut at ``cut`` falls inside a word of jieba's dictionary (市社会|保险…: 社会保险), so a
    short form cannot end there (市社会 is no 人力资源和社会保障局)."""
    tags = word_tags()
    low, high = _WORD
    return any(
        text[i:j] in tags for i in range(max(0, cut - high + 1), cut) for j in range(cut + 1, min(len(text), i + high) + 1)
        if j - i >= low
    )


@dataclass(frozen=True)
class _Name:
    name: str


def numbered_full(short: str, fulls: list[str]) -> str | None:
    """璩州市一院 for 璩州市第一人民医院, 市五院 for 某市第五人民医院: the one numbered institution
    of ``fulls`` that ``short`` writes by its number (ordinal_names.py), or None."""
    if not any(char in _NUMERALS for char in short):
        return None
    found = {org.name for org, written in ordinal_short_forms([short], [_Name(f) for f in fulls]) if written == short}
    return found.pop() if len(found) == 1 else None


_NUMERALS = "一二三四五六七八九十"


def record_alias(out: Collector, short: OrgMention, full: OrgMention) -> None:
    """Keep the printed short form as an alias of the organization it names (a unit's short
    parent for a unit: 省医 for 省医心血管内科)."""
    if full.kind == "department" and full.parent and short.text.startswith(_HEAD) and short.parent != full.parent:
        out.add_alias(full.parent, _HEAD, "hospital")  # 总院心血管内科 after 总院即某医院: 总院 is that hospital's
    elif full.kind == "department" and full.parent and short.name != short.text and short.parent:
        out.add_alias(full.parent, short.parent, out.lexicon.org_kind(full.parent) or "other")
    elif full.kind == "department" and full.parent and full.name.endswith(short.text):
        prefix = short.text[: len(short.text) - (len(full.name) - len(full.parent))]
        if prefix[:1] in _LEVEL_START:  # 市卫生健康委员会妇幼健康处: its body's short form from the level word
            out.add_alias(full.parent, prefix, out.lexicon.org_kind(full.parent) or "other")
        return  # an unchanged unit under a hospital now written in full
    elif full.kind == "department" and full.parent:
        prefix = short.text[: len(short.text) - (len(full.name) - len(full.parent))]
        out.add_alias(full.parent, prefix, out.lexicon.org_kind(full.parent) or "other")
    elif short.name != short.text and short.kind != "department" and out.lexicon.org_kind(short.text) == "department":
        return  # 芦汀街道办 read first as a unit of ours, then as its hospital: that hospital is no alias of the body
    else:
        out.add_alias(full.name, short.name, full.kind)


_DECLARED = re.compile(r"[（(](?:以下)?简称[“\"「]?([^”\"」）)，,]{2,12})[”\"」]?[）)]")
DECLARATION = _DECLARED  # （以下简称“某某”）: the bracket that declares a short name


def declared_aliases(sentence: str, orgs: list[OrgMention]) -> dict[str, str]:
    """``某县紧密型县域医疗卫生共同体（以下简称“某县医共体”）``: the short name the text declares;
    ``某县人民医院同时挂牌“某县医共体总医院”``: a second name the organization carries."""
    out = {}
    for match in _DECLARED.finditer(sentence):
        before = [m for m in orgs if m.end == match.start()]
        if before:
            out[match.group(1)] = _placed_in(before[-1].name, orgs)
        for unit in orgs:  # 某公司（以下简称某某公司）党委巡察组: read as one unit, the bracket inside it after its parent
            if unit.parent and unit.start < match.start() and match.end() < unit.end and sentence[unit.start : match.start()] == unit.parent:
                out.setdefault(match.group(1), unit.parent)
    for first, second in zip(orgs, orgs[1:], strict=False):  # 某县妇幼保健院（某县妇幼保健计划生育服务中心）
        if (
            first.kind in STRONG_KINDS and sentence[first.end : first.end + 1] in "（(" and second.start == first.end + 1
            and sentence[second.end : second.end + 1] in "）)" and len(second.text) >= _SECOND_MIN
        ):
            out[second.text] = first.name
    for match in _HEAD_HOSPITAL.finditer(sentence):  # 在医共体总院某县人民医院召开: the 总院 is that hospital
        after = [
            m for m in orgs if m.kind == "hospital" and (
                m.start == match.end() or (m.start == match.start() and m.end > match.end() and m.name != m.text)
                or ((ji := _JI.match(sentence, match.end())) is not None and m.start == ji.end())  # 总院即某县人民医院, 总院（即…）
            )
        ]
        if after:
            out[match.group(0)] = after[0].name
            if _JI.match(sentence, match.end()) is None or "即" in sentence[match.end() : after[0].start]:
                out[_HEAD] = after[0].name  # 总院即某医院 says what 总院 means; 集团总院（某医院） names the printed form only
    for member, full in member_aliases(sentence, orgs).items():  # 城关分院（某镇中心卫生院）: the 卫生院's
        if out.get(full) == member:
            del out[full]
        out[member] = full
    for match in _NAMED_SECOND.finditer(sentence):  # 某医院保留某市第五人民医院第二名称: its second name
        before = [m for m in orgs if m.end <= match.start() and not _STOP.search(sentence, m.end, match.start())]
        if before:
            out[match.group(1)] = before[-1].name
    for match in _SECOND_NAME.finditer(sentence):
        before = [m for m in orgs if m.end <= match.start() and not _STOP.search(sentence, m.end, match.start())]
        if before:
            out[match.group(1)] = before[-1].name
        elif (bare := _BARE_BEFORE.search(sentence, 0, match.start())) is not None:
            out[match.group(1)] = bare.group(1)  # ，县人民医院同时挂“县医共体总院”牌子: a short form no body was read for
    return out


def declared_after(
    texts: Sequence[str], per_sentence: Sequence[list[OrgMention]], declared: dict[str, str], fulls: Sequence[str],
    lexicon: Lexicon,
) -> dict[str, str]:
    """A declaration (``（以下简称总医院）``) no body was read right before: the longest body of
    ``fulls`` (printed in full in the article) the sentence prints right before it, else a body
    read just before with the kind word after it (某集团|总医院（以下简称总医院）: 某集团总医院)."""
    out = {}
    for text, orgs in zip(texts, per_sentence, strict=False):
        for match in _DECLARED.finditer(text):
            if match.group(1) in declared:
                continue
            printed = [full for full in fulls if text.endswith(full, 0, match.start())]
            near = [m for m in orgs if 0 < match.start() - m.end <= _KIND_WORD and m.kind in STRONG_KINDS]
            if printed:
                out[match.group(1)] = max(printed, key=len)
            elif near and (gap := text[near[-1].end : match.start()]) and lexicon.org_kind(gap) in STRONG_KINDS:
                body = near[-1].name + gap
                if lexicon.org_kind(body) in STRONG_KINDS:
                    out[match.group(1)] = body
        for match in _NAMED_SECOND.finditer(text):  # 总医院保留某市第五人民医院第二名称: 总医院 declared before
            subject = text[max(text.rfind(stop, 0, match.start()) for stop in "，。；：,;:") + 1 : match.start()]
            if match.group(1) not in declared and subject in {**declared, **out}:
                out[match.group(1)] = {**declared, **out}[subject]
    return out


_KIND_WORD = 4  # characters of a kind word printed after the body it belongs to (总医院, 职工医院)


def _placed_in(name: str, orgs: list[OrgMention]) -> str:
    """市人力资源和社会保障局（以下简称“市人社局”） after （某市人力资源和社会保障局） in the same
    sentence: the body with its place, as the sentence prints it in full."""
    if name[:1] not in _LEVEL_START:
        return name
    return max((m.name for m in orgs if m.name.endswith(name)), key=len, default=name)


_JI = re.compile(r"[（(]即?|即")  # 甲即乙, 甲（即乙）, 总院（某县人民医院）: 甲 is 乙 (a short form declared before the name it stands for)
_HEAD = "总院"  # the lead hospital of a county's medical community (医共体) or a group
_HEAD_HOSPITAL = re.compile(r"(?:医共体|医联体|医疗集团|集团)?总院")
# 同时挂牌“某某”, 加挂“某某”, 同时挂“某某”牌子: a second name the body carries on a plaque of its own
_SECOND_NAME = re.compile(
    r"(?:(?:同时|还)?(?:挂牌|加挂)|(?:同时|还)挂(?=[“\"「][^”\"」]{2,24}[”\"」]的?牌))[“\"「]([^”\"」]{2,24})[”\"」]"
)
# 保留某市第五人民医院第二名称, 加挂“某中心”作为第二名称: the name a body keeps or takes beside its own
_NAMED_SECOND = re.compile(r"(?:保留|加挂|增挂|挂)[“\"「]?([^，。；：“”\"「」]{4,24}?)[”\"」]?(?:的|作为)?第二名称")
_STOP = re.compile(r"[，。；：,;:]")
_BARE_BEFORE = re.compile(r"(?:^|[，。；：,;:])([\u4e00-\u9fff]{3,12}院)$")  # a hospital's name printed alone before 同时挂
_SECOND_MIN = 4  # characters of a second name in brackets (not （筹）)
