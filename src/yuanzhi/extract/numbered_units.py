"""Numbered units named alone. A production-and-construction corps (兵团): a division
(第九师, 十二师), a regiment (一八五团) and a company (五连) are bodies that hold posts
(副政委, 连长, 党支部书记). Chinese news writes them with a numeral stem and no other word;
团, 师 and 连 after anything else end a common word (合唱团, 代表团, 教师, 连队) or a body
the lexicon knows by its own ending (集团, 共青团). A regiment and a division are bodies of
the state (government); a company printed alone is kind other, like a village (GOLD_SPEC §4.10).
A company's numbered plant (采油三厂, 炼化二分厂, 第二采油厂) printed alone after the company is
a body of industry (company, §4.3; HELDOUT16 convention 3): its number makes it one (全厂, 出厂 are
no plants).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from .lexicon_loader import COMPANY_KINDS

if TYPE_CHECKING:
    from .org_resolve import OrgMention

_NUMERALS = "一二三四五六七八九十百零〇两"
_KINDS = {"团": "government", "师": "government", "连": "other"}
# 第九师, 一八五团, 五连; not 一团 or 一连 alone (一团乱麻, 一连几天 are words of their own)
_UNIT = re.compile(rf"(?:第[{_NUMERALS}]{{1,4}}|[{_NUMERALS}]{{2,4}}|[二三四五六七八九十])([团师连])")
# 采油三厂, 炼化二分厂, 二厂; 第二采油厂 (the trade's word, if any, is at most three characters)
_PLANT = re.compile(rf"(?:[\u4e00-\u9fff]{{0,3}}[{_NUMERALS}]{{1,3}}分?|第[{_NUMERALS}]{{1,3}}[\u4e00-\u9fff]{{1,3}})厂")
_PLANT_NUMBER = re.compile(rf"[{_NUMERALS}]{{1,3}}分?厂")
_UNIT_PREFIX = re.compile(rf"^(?:第[{_NUMERALS}]{{0,4}}|[{_NUMERALS}]{{1,4}})[团师连]?$")  # 一, 八五, 七团 (jieba's tokens)


def numbered_unit(text: str) -> str | None:
    """The kind of the corps unit ``text`` names with its numeral stem alone, or None."""
    match = _UNIT.fullmatch(text)
    if match:
        return _KINDS[match.group(1)]
    return "company" if _PLANT.fullmatch(text) else None


_CORPS_LEVELS = "团师"  # a regiment and a division: bodies of the state that hold hospitals of their own


def corps_opening(text: str) -> bool:
    """``text`` opens with a division's or a regiment's numbered name (第十七师|医院, 二一二团|医院):
    a proper part, as a place's name is, though jieba knows every word of it."""
    match = _UNIT.match(text)
    return match is not None and match.group(1) in _CORPS_LEVELS and match.end() < len(text)


def skips_corps_unit(short: str, full: str) -> bool:
    """``short`` leaves out a whole numbered regiment or division that ``full`` names after the
    part both share (第十七师|二〇九团|医院): it names the body above that unit, no short form of ``full``."""
    shared = next((i for i, (a, b) in enumerate(zip(short, full, strict=False)) if a != b), min(len(short), len(full)))
    return shared > 0 and corps_opening(full[shared:])


def last_corps_unit(texts: Sequence[str], level: str) -> str | None:
    """The regiment (团) or division (师) the texts name last by its numbered name, or None."""
    for text in reversed(texts):
        found = [m.group(0) for m in _UNIT.finditer(text) if m.group(1) == level]
        if found:
            return found[-1]
    return None


def numeral_stem(word: str, rest: str) -> bool:
    """``word`` (a numeral jieba tags as a number) is part of the stem of the numbered unit
    ``rest`` begins with (一|八五|团, 二三|七团|医院), so part of that unit's name."""
    if not _UNIT_PREFIX.match(word):
        return False
    stem = word + rest
    return any(_UNIT.fullmatch(stem[:size]) for size in range(2, min(len(stem), 7) + 1))


_TRADE = 2  # characters of a plant's trade word (采油, 炼化, 机修)
_PLANT_UNIT = 5  # characters of a plant's unit printed after it (卫生所, 职工医院)


_STEM_OPENING = re.compile(rf"[{_NUMERALS}]{{2,4}}[团师]")  # 二〇九团, 十二师: a stem of two numerals or more
_DIVISION = "师"
_BEFORE_STEM = (_DIVISION, "兵团")  # 第十七师|二〇九团, 兵团|十二师: the body a unit belongs to may come before it


def stem_opening(word: str, rest: str) -> bool:
    """``rest`` opens with a regiment's or a division's numeral stem (二〇九团…) and ``word`` before
    it is no numeral, no division nor corps: the name opens at the stem (某某林任|二〇九团医院, a
    name jieba read as a word)."""
    return (
        _STEM_OPENING.match(rest) is not None and word[-1:] not in _NUMERALS and not word.endswith(_BEFORE_STEM)
    )


def glued_stem(word: str, rest: str) -> bool:
    """``word`` (two characters jieba glued) ends with the first numeral of the regiment's or
    division's stem ``rest`` goes on with (原二|〇九团医院): the name opens at that numeral."""
    return (
        len(word) == 2 and word[0] not in _NUMERALS + _DIVISION and _STEM_OPENING.match(word[1] + rest) is not None
    )  # (第十七|师二|〇九团: the division the regiment belongs to keeps it)


def plant_trade(word: str, rest: str) -> bool:
    """``word`` is the trade word of the numbered plant ``rest`` opens (采油|三厂, 炼化|二|分厂, 采油|七厂卫生所:
    the plant's unit): part of its name, whatever jieba tags it (a verb for 采油)."""
    plant = _PLANT_NUMBER.match(rest)
    return len(word) == _TRADE and plant is not None and len(rest) - plant.end() <= _PLANT_UNIT


def plant_company(org: OrgMention | None, seen: Sequence[OrgMention], declared: Mapping[str, str]) -> OrgMention | None:
    """A numbered plant (采油三厂) is a unit of the company the article named last before its post
    (its declared short form read as the full name); ``org`` itself when it is no plant, already has
    its parent or no company is named."""
    if org is None or org.parent is not None or org.kind != "company" or not _PLANT.fullmatch(org.name):
        return org
    company = next((m for m in reversed(seen) if m.kind in COMPANY_KINDS and not _PLANT.fullmatch(m.name)), None)
    if company is None:
        return org
    return replace(org, parent=declared.get(company.name, company.name))
