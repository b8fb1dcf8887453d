"""A company's registered name is one body, not a group with a unit (GOLD_SPEC §4.7, §4.8).

``某机场集团有限公司`` is the group's registered name: ``有限公司`` is its legal form, no unit of
``某机场集团``; the group printed as ``某机场集团`` is its short name, the registered name is
canonical. A branch written after the registered name (``某集团有限公司某分公司``) is under
the registered name."""

from __future__ import annotations

import re
from collections.abc import Callable

from .lexicon_loader import Lexicon
from .org_resolve import OrgMention
from .org_short_names import REGISTERED
from .segment import is_rare_word

_GROUP = "group"
_FORMS = tuple(sorted(REGISTERED, key=len, reverse=True))


def legal_form(name: str, parent: str) -> str | None:
    """The legal form written right after ``parent`` in ``name`` (有限公司, 股份有限公司), or None."""
    if not name.startswith(parent):
        return None
    return next((form for form in _FORMS if name.startswith(form, len(parent))), None)


def registered(mention: OrgMention, lexicon: Lexicon) -> OrgMention:
    """``mention`` with the registered name as the body: no parent when the name is the group and
    its legal form, the registered name as the parent of a unit written after it."""
    parent = mention.parent
    if parent is None or lexicon.org_kind(parent) != _GROUP:
        return mention
    form = legal_form(mention.name, parent)
    if form is None:
        return mention
    whole = parent + form
    if mention.name == whole:
        return OrgMention(mention.start, mention.end, mention.text, mention.name, lexicon.org_kind(whole) or mention.kind)
    return OrgMention(mention.start, mention.end, mention.text, mention.name, mention.kind, whole)


def registered_group(name: str, lexicon: Lexicon) -> bool:
    """``name`` is a group's registered name (某集团有限公司, 某集团股份有限公司)."""
    form = next((f for f in _FORMS if name.endswith(f)), None)
    return form is not None and lexicon.org_kind(name[: -len(form)]) == _GROUP


_SEAT = re.compile(r"[（(]([\u3400-\u9fff]{2,6})[）)](" + "|".join(_FORMS) + ")$")
_SEAT_MAX = 6  # characters of a seat in brackets (苏州, 北京, 中国, 上海浦东)
Tokens = list[tuple[str, int, int]]


def bracketed_seat(sentence: str, end: int, read: Callable[[str, int, Tokens], OrgMention | None],
                   tokens: Tokens) -> OrgMention | None:
    """``某某生物医药（某地）有限公司``: a registered name with its seat in brackets before the legal
    form is one company's name; ``read`` reads the name before the bracket with the form after it."""
    seat = _SEAT.search(sentence, max(0, end - _SEAT_MAX - 2 - len(_FORMS[0]) - 2), end)
    if seat is None or seat.end() != end:
        return None
    opening, form = seat.start(), seat.group(2)
    joined = sentence[:opening] + form
    kept = [t for t in tokens if t[2] <= opening] + [(form, opening, opening + len(form))]
    first = read(joined, opening + len(form), kept)
    if first is None or first.kind != "company" or first.end != opening + len(form) or first.start >= opening:
        return None
    name = sentence[first.start:end]
    return OrgMention(first.start, end, name, name, first.kind, first.parent)


_CJK_END = re.compile(r"[\u3400-\u9fff]")
_PLACE_END = re.compile(r"[\u3400-\u9fff]{2}[省市县区州]$")
_TRADE_NAME = 2  # characters of a trade name jieba reads as a common word (安居, 康泰)


def trade_name(word: str, rest: str, before: str, lexicon: Lexicon) -> bool:
    """``某市|安居|物业服务有限公司``: a two-character trade name right after the place that opens
    a company's registered name is part of it, whatever jieba tags it (a verb, an adjective)."""
    if len(word) != _TRADE_NAME or lexicon.org_kind(rest) != "company" or not rest.endswith(_FORMS):
        return False
    if _PLACE_END.search(before) is not None:
        return True
    # 某地|颐养|养老服务有限公司, 某地|明眸|医疗管理有限公司: a literary word jieba seldom sees (a
    # trade name's choice) right after a word of the name is part of it (a verb of running text is common)
    return before[-1:] != "" and _CJK_END.match(before[-1]) is not None and before[-1] not in lexicon.boundary_words and (
        word not in lexicon.boundary_words and is_rare_word(word)
    )
