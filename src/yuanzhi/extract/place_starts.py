"""Where jieba split a place's first character off its name: a lone character before the rest of
a place (太|行省, 托|斯特哈萨克自治州, 某自治县|莫|霍尔乡) opens that place, so an organisation's name
read backwards from its ending runs on over it (used by :func:`orgs.org_before`). A rare lone
character jieba reads as a distinguishing word (靛|山市: 山市 a word to jieba) is such a first
character too, no word before the name (distinguishing_stem); so is a rare lone character right before
a township's level word or its one-character stem and level word (梧|洇|街道…, 栖|楝|街道…: township_stem)."""

from __future__ import annotations

import re

from .lexicon_loader import Lexicon
from .org_short_names import LEVEL_CHARS
from .segment import is_rare_char, word_tags

_LEVELS = tuple(LEVEL_CHARS)  # one level character each (a tuple: an empty slice is none of them)
_CJK_CHAR = re.compile(r"[\u3400-\u9fff]")

_NOT_IN_PLACE = {"p", "c", "r", "v", "u", "uj", "ul", "uz", "ug", "uv", "ud", "y", "e", "o"}


def half_place(word: str, sentence: str, start: int, lexicon: Lexicon) -> bool:
    """太|行省…, 楚|北省…: the name read so far starts with one character and a level word (a
    place's name is two characters or more), and jieba split off the place's first character:
    a lone character that is no function word or verb."""
    return (
        len(word) == 1 and sentence[start + 1 : start + 2] in _LEVELS
        and word not in lexicon.boundary_words and word_tags().get(word) not in _NOT_IN_PLACE
    )


def place_opening(word: str, sentence: str, at: int, rest: str, lexicon: Lexicon) -> bool:
    """托|斯特哈萨克自治州…, 某自治县|莫|霍尔乡…: a lone character jieba split off a place's name (a
    verb or an adverb to it) opens that name when the place follows — an autonomous prefecture or
    county at the clause's start, a township right after its county's level word."""
    if len(word) != 1 or word in lexicon.boundary_words:
        return False
    if at > 0 and sentence[at - 1] in _COUNTY_ENDS:
        return _TOWNSHIP_NAME.match(rest) is not None
    return (at == 0 or not _CJK_CHAR.match(sentence[at - 1])) and _AUTONOMOUS.match(rest) is not None


_COUNTY_ENDS = "县区旗"
_TOWNSHIP_NAME = re.compile(r"^[\u4e00-\u9fff]{1,3}[乡镇]")
_AUTONOMOUS = re.compile(r"^[\u4e00-\u9fff]{2,8}?自治[州县旗]")


_DISTINGUISHING = "b"  # jieba's tag for a distinguishing word (主要, 副); a rare lone one is a name's character


def distinguishing_stem(word: str, rest: str, lexicon: Lexicon) -> bool:
    """``word`` is one rare character jieba tags a distinguishing word (靛) and ``rest`` opens at a
    place (山市卫生局): the character is the place's first, not a word before the name."""
    return (
        len(word) == 1 and word_tags().get(word) == _DISTINGUISHING and is_rare_char(word)
        and word not in lexicon.boundary_words and _PLACE_LEVEL.match(rest) is not None
    )


_PLACE_LEVEL = re.compile(r"^[\u3400-\u9fff]{1,3}?[省市县区州乡镇旗盟]")


_TOWNSHIP_REST = re.compile(r"^[\u3400-\u9fff]?(?:街道|镇|乡)")


def township_stem(word: str, rest: str, lexicon: Lexicon) -> bool:
    """``word`` is one rare character (no function word) and ``rest`` opens at a township's level
    word, or at one character and that word (洇|街道社区卫生服务中心, 栖|楝街道…): a street's, town's
    or township's own name is two characters or more, so the character is part of it, however
    jieba tags it (a verb: 洇, 栖), not a word before the name."""
    return (
        len(word) == 1 and is_rare_char(word) and word not in lexicon.boundary_words
        and _TOWNSHIP_REST.match(rest) is not None
    )
