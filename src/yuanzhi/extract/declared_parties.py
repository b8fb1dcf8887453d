"""Parties of a signing printed under a name the article declared, or as the paper's 医院:

    甲康桥医学检验实验室有限公司（以下简称“甲康桥检验”）…
    开业仪式上，甲康桥检验与乙市中医医院签订区域检验合作协议。   → 甲康桥医学检验实验室有限公司
    市医调委、某财险支公司与医院签订了三方合作协议。             → 医院 is the article's hospital
    甲公司与乙大学共建的中心在乙大学附属医院揭牌。               → the hospital is the venue, no side
    甲医院与乙镇人民政府托管乙镇卫生院签约仪式举行。             → the health centre is entrusted, no side

A short name jieba does not read as a body is still the body the article declared; the
bare word 医院 written as one side of the signing (与医院, 医院与) is the hospital the
article is about.
"""

from __future__ import annotations

import re

from .orgs import OrgMention

# one side of a signing: after 与/和/同/、 or a clause's start, before 与/和/同/签/共/、/三方/双方
_BEFORE = "与和同及、，,：:；;《"  # 《甲与乙…协议》: the title of the agreement names its sides
_FOR = "代表"  # a signer printed before the side they sign for
_AFTER = re.compile(r"[与和同及签共、]|[三两双]方")
_HOME_WORD = re.compile(r"(?:(?<=[与和同及、，,：:；;])|^)医院(?=[与和同及签共、]|[三两双]方)")


def declared_in(sentence: str, orgs: list[OrgMention], declared: dict[str, str]) -> list[tuple[int, str]]:
    """(start, full name) for each declared short name printed in the sentence as one side of a
    signing (甲检验与…, 、甲检验与…) outside the bodies the sentence's reader found."""
    out: list[tuple[int, str]] = []
    spans = [(m.start, m.end) for m in orgs]
    for short, full in declared.items():
        at = sentence.find(short)
        while at >= 0:
            side = (at == 0 or sentence[at - 1] in _BEFORE or sentence.endswith(_FOR, 0, at)) and _AFTER.match(
                sentence, at + len(short)) is not None  # 某某代表甲学院与医院签订: 甲学院 a side
            if side and not any(start <= at < end or start < at + len(short) <= end for start, end in spans):
                out.append((at, full))
            at = sentence.find(short, at + len(short))
    return out


# the place of the ceremony: 在某医院某院区学术报告厅举行, 在某大学附属医院揭牌
_VENUE_AFTER = re.compile(r"[^，。；！？,;、与和]{0,12}?(?:举行|举办|召开|揭牌|开幕|启动)")


_ENTRUSTED = ("托管",)  # 甲医院与乙镇人民政府托管乙镇卫生院: the body entrusted is what the sides agree on


def at_venue(sentence: str, start: int, end: int) -> bool:
    """The body is printed as the place where the ceremony is held (在…举行) or as the body
    entrusted by the sides (…托管某卫生院), not as a side."""
    if sentence[max(0, start - 2) : start] in _ENTRUSTED:
        return True
    return sentence[start - 1 : start] == "在" and _VENUE_AFTER.match(sentence, end) is not None


def home_by_word(sentence: str) -> list[int]:
    """Where the sentence prints the bare 医院 as one side of a signing."""
    return [m.start() for m in _HOME_WORD.finditer(sentence)]
