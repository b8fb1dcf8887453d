"""The first character of a place's name where jieba leaves it outside the name (GOLD_SPEC §4.3:
a body keeps its printed form, its place whole). A place's own name is two characters or more
before its level word (县, 乡, 镇); two shapes lose the first one when an organisation's name is
read leftward from its ending:

* 那 is a demonstrative to jieba, but before a noun it needs a measure word (那个县): right before a
  one-character stem and a level word it opens the place's name (那坡, 那大: 'rice field' in Zhuang
  place names), never points at it;
* jieba splits an unknown two-character name into lone characters (峁|则|乡): the first one rare,
  the second, whatever jieba tags it (则 an adverb), opens the name read so far at its level word;
* a transliterated name (Mongolian, Tibetan, Uyghur: 某某敖都旗, 某某特盟) is cut into pieces jieba
  does not know, its last syllable a lone function character to it (…坦敖|都|旗): after such a piece
  and right before a level word, the character is the name's last syllable;
* jieba cuts a two-character name whose second character is rare and unknown to it into lone
  characters, the first read as a preposition or a verb (凭|岜|市…, 凭|岜|出入境边防检查站): a rare
  character jieba does not know as a place opens no name alone, so the lone character before it
  (no boundary word) is the name's first (a one-character place jieba knows, 歙县, stays whole);
* an autonomous area's own name is two characters or more before its people (某某藏族自治州,
  某某回族自治县): when the name read so far is one character before a people and 自治, the lone
  character before it is the name's first, whatever jieba tags it (才|隆|藏族自治州: 才 an adverb).
"""

from __future__ import annotations

import re

from ..han import is_basic_han
from .ethnic_groups import ethnic_groups
from .lexicon_loader import Lexicon
from .org_short_names import LEVEL_CHARS
from .segment import is_rare_char, word_tags

OPENING_PRONOUNS = "那"
_PLACE_STEM = re.compile(r"^[\u3400-\u9fff][县乡镇]")
_STEM_LEVELS = ("县", "乡", "镇")


def opening_pronoun(word: str, rest: str) -> bool:
    """``word`` is 那 and the name read so far (``rest``) is one character and a level word (那|柘县)."""
    return word in OPENING_PRONOUNS and _PLACE_STEM.match(rest) is not None


def split_place(word: str, before: str, rest: str, lexicon: Lexicon) -> bool:
    """``word`` is the second character of a place's name jieba split (峁|则|乡): the token
    ``before`` it a rare lone character, ``rest`` opening at the level word."""
    return (
        len(word) == 1 and len(before) == 1 and is_rare_char(before) and before not in lexicon.boundary_words
        and word not in lexicon.boundary_words and rest[:1] in _STEM_LEVELS
    )


_TAIL_LEVELS = ("县", "旗", "盟", "州", "乡", "镇")  # levels a transliterated place's name comes before


def split_tail(word: str, before: str, rest: str) -> bool:
    """``word`` is the last syllable of a transliterated place's name (…坦敖|都|旗): one character,
    the token ``before`` it two characters or more that jieba does not know, ``rest`` opening at
    the level word."""
    return (
        len(word) == 1 and len(before) >= 2 and rest[:1] in _TAIL_LEVELS
        and all(map(is_basic_han, before)) and before not in word_tags()
        and word_tags().get(word) not in _LINKING_TAGS  # 某某|和|乡卫生院: a conjunction links two names
    )


def rare_stem(word: str, rest: str, lexicon: Lexicon) -> bool:
    """``word`` is the first character of a place's name whose second one opens ``rest``: a rare
    character jieba knows neither as a place nor as the start of a word there (凭|岜|市…), or a bound
    morpheme jieba never reads as a word by itself (tag g) right before a level word (安|涔|县…)."""
    bound = len(rest) > 1 and rest[1] in LEVEL_CHARS and word_tags().get(rest[0]) == _MORPHEME
    return (
        len(word) == 1 and is_basic_han(word) and word not in lexicon.boundary_words
        and len(rest) > 1 and (is_rare_char(rest[0]) or bound) and word_tags().get(rest[0]) not in _PLACE_TAGS
        and rest[:2] not in word_tags() and rest[:3] not in word_tags()
    )


_AUTONOMOUS = "自治"
_PEOPLES_SPAN = 14  # characters of an area's peoples and 自治 (哈尼族彝族自治: 7; 拉祜族佤族布朗族傣族自治: 12)
_MORPHEME = "g"  # jieba's tag of a bound morpheme (涔, 岙): a character no word by itself


def autonomous_stem(word: str, rest: str, before: str = "") -> bool:
    """``word`` (one character) is the first of an autonomous area's name whose second one opens
    ``rest`` (才|隆藏族自治州…): a people and 自治 after one character; or the name itself
    (:func:`autonomous_name`, ``before`` the token before it)."""
    if autonomous_name(word, rest, before):
        return True
    if len(word) != 1 or not is_basic_han(word) or len(rest) < 4 or not is_basic_han(rest[0]):
        return False
    tail = rest[1:]
    return any(tail.startswith(people) and tail[len(people) :].startswith(_AUTONOMOUS) for people in ethnic_groups())


_PLACE_TAGS = {"ns", "nr", "nrt"}  # a rare character jieba knows as a place or a name by itself (歙, 黟)
_LINKING_TAGS = {"c", "p", "r", "u", "uj", "ul", "uz", "ug", "uv", "ud", "y", "e", "o"}


def autonomous_name(word: str, rest: str, before: str = "") -> bool:
    """``word`` is an autonomous area's own name, or its last character split off by jieba after a
    lone one (``before``), ``rest`` its peoples and 自治 (某都|彝族自治州…, 某|都|彝族自治州…,
    某某|哈尼族彝族自治州…): its last character may be a function word to jieba (都), yet the name
    is whole."""
    if _AUTONOMOUS not in rest[:_PEOPLES_SPAN]:
        return False  # no 自治 right after: no autonomous area (the quick answer for every other word)
    split = len(word) == 1 and len(before) == 1 and is_basic_han(before)
    if (len(word) < 2 and not split) or not all(map(is_basic_han, word)):
        return False
    peoples = ethnic_groups()
    while True:
        people = next((p for p in peoples if rest.startswith(p)), None)
        if people is None:
            return False
        rest = rest[len(people) :]
        if rest.startswith(_AUTONOMOUS):
            return True
