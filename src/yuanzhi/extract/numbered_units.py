"""Numbered units of a production-and-construction corps (兵团) named alone: a division
(第九师, 十二师), a regiment (一八五团) and a company (五连) are bodies that hold posts
(副政委, 连长, 党支部书记). Chinese news writes them with a numeral stem and no other word;
团, 师 and 连 after anything else end a common word (合唱团, 代表团, 教师, 连队) or a body
the lexicon knows by its own ending (集团, 共青团). A regiment and a division are bodies of
the state (government); a company printed alone is kind other, like a village (GOLD_SPEC §4.10).
"""

from __future__ import annotations

import re

_NUMERALS = "一二三四五六七八九十百零〇两"
_KINDS = {"团": "government", "师": "government", "连": "other"}
# 第九师, 一八五团, 五连; not 一团 or 一连 alone (一团乱麻, 一连几天 are words of their own)
_UNIT = re.compile(rf"(?:第[{_NUMERALS}]{{1,4}}|[{_NUMERALS}]{{2,4}}|[二三四五六七八九十])([团师连])")
_UNIT_PREFIX = re.compile(rf"^(?:第[{_NUMERALS}]{{0,4}}|[{_NUMERALS}]{{1,4}})[团师连]?$")  # 一, 八五, 七团 (jieba's tokens)


def numbered_unit(text: str) -> str | None:
    """The kind of the corps unit ``text`` names with its numeral stem alone, or None."""
    match = _UNIT.fullmatch(text)
    return _KINDS[match.group(1)] if match else None


def numeral_stem(word: str, rest: str) -> bool:
    """``word`` (a numeral jieba tags as a number) is part of the stem of the numbered unit
    ``rest`` begins with (一|八五|团, 二三|七团|医院), so part of that unit's name."""
    if not _UNIT_PREFIX.match(word):
        return False
    stem = word + rest
    return any(_UNIT.fullmatch(stem[:size]) for size in range(2, min(len(stem), 7) + 1))
