"""A signing the article recalls as background is no news: ``这是双方2024年签署合作备忘录以来的第三批
学生``, ``早在2019年，两院就签订了…协议``. An agreement written with an earlier year alone and 以来 (since; one
dated to its month, 自2023年3月签订…以来, is an event of record a reader lists),
or after 早在/此前 (signed, or taken in trust, built or paired with: 此前已先后托管…), was made before the occasion reported, and a clause opening with the signing
as its time (``签约后，双方开展了…``) tells what followed the signing already reported; one planned
(``将与某医院共建…``) is not made yet, and one cited as the ground of the news (``根据甲与乙签订的《…协议》，…``) was signed before: none gives a signing event or a partnership of its own (GOLD_SPEC §13: one per signing, the signing reported)."""

from __future__ import annotations

import re

_SIGNED = "签署|签订|签约|签下"
_SINCE = re.compile(rf"(?:自|从)?[12]\d{{3}}年(?![\d一二三四五六七八九十]{{1,2}}月)[^，。；;！？]{{0,10}}?(?:{_SIGNED})[^，。；;！？]{{0,16}}?以来")
# 此前，甲已先后托管乙和丙; 曾于2021年作为帮扶专家在某医院挂任: help a person once gave, recalled
_EARLIER = re.compile(rf"(?:早在|此前|曾于(?=[12]\d{{3}}年))[^。；;！？]{{0,16}}?(?:{_SIGNED}|托管|共建|结对|帮扶)")
# 启用后，将与某医院共建…: a partnership planned (将, 拟, 计划) is no signing yet
_PLANNED = re.compile(rf"(?:将|拟|计划|准备|有望)[^，。；;！？]{{0,16}}?(?:{_SIGNED}|共建|托管|结对)")
# 根据甲与乙签订的《…协议》，…: the agreement cited as the ground of what the article reports, signed before
_CITED = re.compile(rf"(?:根据|按照|依据|依照)[^。；;！？]{{0,40}}?(?:{_SIGNED})的(?:《[^》]{{0,60}}》|[^，。；;！？]{{0,20}}?(?:协议|合同|协定|备忘录))")
# 签约后，双方开展了…: a clause that opens with the signing just reported as its time (after it)
_AFTER = re.compile(rf"(?:^|(?<=[，,；;]))\s*(?:{_SIGNED})[^，。；;！？]{{0,10}}?(?:后|以后|之后|以来)(?=[，,])")


def without_background(sentence: str) -> str:
    """``sentence`` with each recalled signing blanked (same length, so positions hold)."""
    spans = [m.span() for pattern in (_SINCE, _EARLIER, _AFTER, _PLANNED, _CITED) for m in pattern.finditer(sentence)]
    if not spans:
        return sentence
    chars = list(sentence)
    for start, end in spans:
        chars[start:end] = "　" * (end - start)
    return "".join(chars)
