"""A jieba tokenizer that knows the lexicon's words, built on first use.

jieba's default dictionary ships inside the jieba package (no download); the
lexicon's titles, organization endings and known units are added as user
words so that they come out as single tokens. The tokenizer is made by a
function and cached per lexicon directory: nothing is built at import time.
"""

from __future__ import annotations

import logging
from functools import lru_cache
from typing import TYPE_CHECKING

from ..han import is_cjk as is_cjk  # the one test, kept importable from here
from .lexicon_loader import Lexicon, default_lexicon

if TYPE_CHECKING:
    import jieba


_FIELD, _SOCIETY = "医学", "会"  # jieba's fields of medicine (口腔医学, 老年医学) glue to a society's 会
_RARE_SUFFIX = 100  # a unit ending jieba counts fewer times than this is made a strong word
_UNIT_ENDS = ("科", "内科", "外科", "部", "室", "处", "中心", "院", "所", "组", "站", "办", "委", "局", "会", "系")


def make_tokenizer(lexicon: Lexicon) -> jieba.Tokenizer:
    """A fresh jieba tokenizer with the lexicon's words added."""
    import jieba  # imported when first needed (0.4 s)

    jieba.setLogLevel(logging.WARNING)
    tokenizer = jieba.Tokenizer()
    tokenizer.initialize()
    for title in lexicon.titles:
        if title.startswith("科") and title[1:] in lexicon.titles:
            continue  # 科护士长 as one word would glue to 心内|科护士长: title_spans.title_matches finds it
        tokenizer.add_word(title, freq=50000)
    for title in lexicon.titles:  # 消化|内科主任, 办公|室主任: jieba's words that run a unit into its title
        for unit_end in _UNIT_ENDS:
            glued = unit_end + title
            if glued not in lexicon.titles and tokenizer.FREQ.get(glued):
                tokenizer.del_word(glued)
    for unit in lexicon.known_units:
        tokenizer.add_word(unit, freq=50000)
    for suffix, _kind in lexicon.org_kinds:
        if len(suffix) >= 2:
            tokenizer.add_word(suffix, freq=20000)
    for word in [w for w, f in tokenizer.FREQ.items() if f and len(w) > len(_FIELD) and w.endswith(_FIELD)]:
        if not tokenizer.FREQ.get(word[:-1]):  # 口腔医学|会 → 口腔医学会; 中医|学会 (a kind of doctor's) stays
            tokenizer.add_word(word + _SOCIETY, freq=20000)  # a society named for its field of medicine
    for suffix in lexicon.department_suffixes:  # 护理|学系: a unit ending jieba does not know
        if len(suffix) >= 2 and (tokenizer.FREQ.get(suffix) or 0) < _RARE_SUFFIX:
            tokenizer.add_word(suffix, freq=20000)  # also 外科学|系 → 外科|学系: jieba knows 学系 barely
    return tokenizer


@lru_cache(maxsize=2)
def _cached(directory: str) -> jieba.Tokenizer:
    return make_tokenizer(default_lexicon())


def default_tokenizer() -> jieba.Tokenizer:
    """The tokenizer for the package lexicon (built once, on first call)."""
    return _cached(default_lexicon().directory)


def tokens(tokenizer: jieba.Tokenizer, text: str) -> list[tuple[str, int, int]]:
    """(word, start, end) for every token of ``text``."""
    out = []
    position = 0
    for word in tokenizer.cut(text, HMM=True):
        out.append((word, position, position + len(word)))
        position += len(word)
    return out


def word_frequency(tokenizer: jieba.Tokenizer, word: str) -> int:
    """How common ``word`` is in jieba's dictionary (0 when it is not a word)."""
    return int(tokenizer.FREQ.get(word, 0) or 0)


@lru_cache(maxsize=1)
def word_tags() -> dict[str, str]:
    """Part-of-speech tag of each word of jieba's own dictionary (read on first use)."""
    import jieba

    tags: dict[str, str] = {}
    chars: dict[str, int] = {}
    with jieba.get_dict_file() as handle:
        for raw in handle:
            parts = raw.decode("utf-8").split()
            if len(parts) >= 3:
                tags[parts[0]] = parts[2]
                if len(parts[0]) == 1:
                    chars[parts[0]] = int(parts[1])
    _CHAR_FREQUENCY.clear()
    _CHAR_FREQUENCY.update(chars)
    return tags


RARE_WORD = 1000  # 马上 (2306), 高度, 何必 are everyday words; 南风 (164), 夏至, 何须 (73) seldom written


def is_rare_word(word: str) -> bool:
    """jieba's dictionary counts ``word`` below RARE_WORD: a word that seldom stands in running
    text (夏至, 何须), so in a name's slot it is more likely a given name than the word."""
    return word_frequency(default_tokenizer(), word) < RARE_WORD


_CHAR_FREQUENCY: dict[str, int] = {}
RARE_CHAR = 3000  # jieba counts a function word (名, 位, 到, 陪) far above this; 泓, 珑, 霍 below it


def is_rare_char(char: str) -> bool:
    """A character jieba's dictionary seldom sees as a word of its own (泓, 珑, 岚): when jieba
    leaves it alone before a place (泓|川市), it is the first character of a name, not a
    function word."""
    word_tags()
    return len(char) == 1 and _CHAR_FREQUENCY.get(char, 0) < RARE_CHAR
