"""A proper name jieba does not know, cut into single characters inside an organization's name:
``与|岫|安|人寿保险股份有限公司``. A lone character it tags as a verb (安) right after another lone
character that is no function word (岫) or a character jieba seldom sees alone (泓|正|律师事务所)
is the middle of the name, not a verb before it. So is one after a run of characters jieba glued
into a word it does not know (鹭岙康|达|医疗器械有限公司: the place and the trade name's first)."""

from __future__ import annotations

from ..han import is_basic_han
from .lexicon_loader import Lexicon
from .segment import is_rare_char, word_tags

_NOT_IN_NAME = {"p", "c", "r", "v", "vd", "d", "u", "uj", "ul", "uz", "ug", "uv", "ud", "y", "e", "o", "m", "q", "f"}
_NAMED_REST = 4  # characters of the name after the split proper name (人寿保险…)
FIRM_KINDS = _NAMED_KINDS = frozenset({"company", "group", "other"})  # a firm, a group, a press, a co-operative (泓|正|律师事务所)


def split_char(word: str, before: str, rest: str, lexicon: Lexicon) -> bool:
    """``word`` (one character) and ``before`` (one character) are the halves of a company's or
    a group's own name that jieba does not know."""
    return (
        len(word) == 1 and _unknown_piece(before)
        and before not in lexicon.boundary_words and word not in lexicon.boundary_words
        and (word_tags().get(before) not in _NOT_IN_NAME or is_rare_char(before)) and len(rest) >= _NAMED_REST
        and lexicon.org_kind(rest) in _NAMED_KINDS
    )


def _unknown_piece(before: str) -> bool:
    """One character, or two or three glued into a word jieba does not know (鹭岙康)."""
    return len(before) == 1 and is_basic_han(before) or (
        2 <= len(before) <= _GLUED and all(map(is_basic_han, before)) and before not in word_tags()
    )


_GLUED = 3  # characters jieba glues of an unknown place and a trade name's first (鹭岙康)
