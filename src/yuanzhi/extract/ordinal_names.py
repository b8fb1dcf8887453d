"""Numbered institutions written by their number: ``市五院`` and ``五院`` for 某市第五人民医院,
``某州二院`` for 某州市第二人民医院, ``某县一中`` for 某县第一中学.

A city's or a county's hospitals and schools are numbered (第一人民医院, 第三医院, 第一中学);
the paper then writes the number and the last character of the kind word (院, 中), after the
level (市/县/区), the place without its level, the place in full, or alone.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol, TypeVar

_NUMERAL = "一二三四五六七八九十"
# the full name: place, 第 + number, then the numbered kind (人民医院, 医院, 中学, 中心医院 is no number)
_NUMBERED = re.compile(rf"^(?P<place>.*?(?P<level>[省市县区州旗]))第(?P<number>[{_NUMERAL}]{{1,3}})(?P<kind>人民医院|医院|中学|小学)$")
_SHORT_KIND = {"人民医院": "院", "医院": "院", "中学": "中", "小学": "小"}


_ORDINAL = re.compile(r"第([一二三四五六七八九十〇零\d]+)")  # 第三人民医院, 第二附属医院: the number names one of several


def drops_number(short: str, full: str) -> bool:
    """``short`` leaves out the number of the full name's ordinal (第三), which tells that body
    from its siblings: 某市人民医院 or 市人民医院 is another hospital than 某市第三人民医院."""
    return any(not any(char in short for char in match.group(1)) for match in _ORDINAL.finditer(full))


class _Named(Protocol):
    @property
    def name(self) -> str: ...


_Org = TypeVar("_Org", bound=_Named)


def ordinal_short_forms(texts: Sequence[str], fulls: Sequence[_Org]) -> list[tuple[_Org, str]]:
    """(organization, short form) for each numbered institution written by its number."""
    out: list[tuple[_Org, str]] = []
    numbered = [(org, match) for org in fulls if (match := _NUMBERED.match(org.name))]
    printed: dict[tuple[str, tuple[str, ...]], bool] = {}  # (short, longer) -> printed in the texts (read once)
    for org, match in numbered:
        place, level, core = match["place"], match["level"], match["number"] + _SHORT_KIND[match["kind"]]
        shorts = [place + core, level + core, core]
        if len(place) >= 3:  # 某州二院 for 某州市第二人民医院: the place without its level
            shorts.insert(1, place[:-1] + core)
        rivals = [o for o, m in numbered if o is not org and m["number"] + _SHORT_KIND[m["kind"]] == core]
        for short in shorts:
            if short == core and rivals:
                continue  # 二院 alone when two places' 第二人民医院 are named: no short form
            longer = tuple(s for s in shorts if s != short and s.endswith(short))
            if (short, longer) not in printed:  # the same institution is named many times
                printed[(short, longer)] = any(_written(text, short, longer) for text in texts)
            if printed[(short, longer)]:
                out.append((org, short))
    return out


def _written(text: str, short: str, longer: Sequence[str]) -> bool:
    """``short`` printed as a word of its own: not 第三院区 nor 三院士, not inside a longer number
    nor the tail of a longer short form (五院 inside 市五院)."""
    for found in re.finditer(re.escape(short), text):
        if any(text.startswith(long, found.end() - len(long)) for long in longer):
            continue
        before = text[found.start() - 1 : found.start()]
        after = text[found.end() : found.end() + 1]
        if before not in ("第", *_NUMERAL) and after not in ("区", "士", "长", "校", *_NUMERAL):
            return True
    return False
