"""The body whose meeting the article reports: a society printed before its congress or council
(某学会第三次会员代表大会, 某协会理事会). The sittings the article names after it (第三届理事会,
第二届理事会会长) and the society posts it prints with no body (当选为会长) are that body's, not
those of a body named since as a guest's or in passing (某科学技术协会党组书记某某, 学会是州科协
所属的学会之一)."""

from __future__ import annotations

import re

from .org_resolve import OrgMention

# 第三次会员代表大会, 第五届理事会, 会员大会, 年会: the body's own meeting printed right after its name
_CONVENES = re.compile(
    r"(?:第[一二三四五六七八九十百\d]{1,4}[次届])?(?:会员代表大会|会员大会|代表大会|理事会|常务理事会|年会)"
)


def convenes(text: str, body: OrgMention) -> bool:
    """``body`` is printed right before a meeting of its own (某学会第三次会员代表大会)."""
    return body.kind == "association" and _CONVENES.match(text, body.end) is not None
