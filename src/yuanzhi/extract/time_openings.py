"""A time word glued before a body written by its ending alone (GOLD_SPEC §4.2, §4.3).

A report writes the body it is about by its bare ending or with 我院 (``卫生院``, ``我院眼科``,
``眼科``) right after a time word opening the clause (``今年卫生院与…``, ``坐诊当日我院眼科主任…``).
jieba tags the time word ``t`` and no rule of a proper name's head stops it there, because the
head is no proper word; yet a deictic time word is never the opening of such a body's name: the
name starts after it. An era or a season may open a proper name (现代|医院, 春天|医院), so only a
word pointing at the story's own time counts; a time word before a proper head (某地|医院) is
left to the place rules, and only a bare ending, a pronoun's reference (我院, 该院) or a
department's word after it is read here.
"""

from __future__ import annotations

from .lexicon_loader import Lexicon
from .reference_words import is_body_reference
from .segment import word_tags

_TIME = "t"  # jieba's tag of a time word (今年, 当日, 近日)
# a deictic time word points at the story's own time: it opens with a pointer (今, 当, 次, 近 …) and ends
# with a calendar unit (年, 日, 天 …); an era (现代, 当代) or a season (春天, 春秋) may open a proper name
_POINTERS = frozenset("今昨明前去当次同近此目本日")
_UNITS = frozenset("年月日天晚晨前")


def time_before_bare(word: str, head: str, lexicon: Lexicon) -> bool:
    """``word`` is a time word and ``head``, the word after it, a body's bare ending, a pronoun's
    reference to a body or a department's word: the name starts at ``head``."""
    return word_tags().get(word) == _TIME and word[:1] in _POINTERS and word[-1:] in _UNITS and bool(head) and (
        lexicon.is_org_suffix(head) or is_body_reference(head, lexicon) or lexicon.org_kind(head) == "department"
    )
