"""What the characters around a name say about where it ends, and names joined by a dot.

Two pieces of the name model that do not depend on a list of names:

- **A character that does not end names.** jieba ships a part-of-speech HMM
  (``jieba.posseg.prob_emit``) trained on a tagged corpus: for each character, how
  likely it ends a person's name (state E-nr) and how likely it stands alone as a
  word (state S-*). A character that stands alone thousands of times more often
  than it ends a name (也, 由, 赴, 在, 到, 向) is a function or verb character: a
  three-character candidate ending in it ran into the next word (帅蕾|也参加,
  成立|由党委书记…). Characters that end names often (新, 年, 华, 平) stay far under
  the margin.
- **Transliterated and minority names** are written as parts joined by a middle
  dot (马克·霍尔, 艾力·买买提), kept whole with the dot as printed (· ‧ • ・ ･).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache

from .lexicon_loader import Lexicon
from .transliteration import all_transliteration, is_transliteration_char

WORD_CHAR_MARGIN = 6.0  # natural-log units: stands alone ~400 times more often than it ends a name
_NO_NAME_END = -20.0  # log probability of a character the name-end state never emitted
_RARE_ALONE = -8.0  # below this a character is rare alone too (囤 -9.3; 在 -1.3, 跑 -6.0): its margin says nothing

NAME_DOTS = "·‧•・･"
_CJK_CLASS = "\u3400-\u9fff"
_CJK_CHAR = re.compile(rf"[{_CJK_CLASS}]")
_DOTTED = re.compile(rf"[{_CJK_CLASS}]{{1,6}}(?:[{NAME_DOTS}][{_CJK_CLASS}]+)+")
_FIRST_PART = 4  # characters of the part before the first dot
_LAST_PART = 8  # characters of the part after the last dot
_DOTTED_ROOM = 24  # characters of a whole dotted name read backwards from a title


@lru_cache(maxsize=1)
def _emissions() -> tuple[dict[str, float], dict[str, tuple[float, str]]]:
    """(name-end log probability, (best stand-alone log probability, its tag)) of each character."""
    from jieba.posseg.prob_emit import P  # jieba's own trained tables (no download)

    ends = dict(P.get(("E", "nr"), {}))
    alone: dict[str, tuple[float, str]] = {}
    for (state, tag), table in P.items():
        if state != "S":
            continue
        for char, logp in table.items():
            if logp > alone.get(char, (-1e9, ""))[0]:
                alone[char] = (logp, tag)
    return ends, alone


@lru_cache(maxsize=4096)
def word_char_margin(char: str) -> float:
    """How much more (in log units) jieba's model sees ``char`` as a one-character function or
    verb word (preposition, conjunction, adverb, particle, verb) than as the last character of a
    name; 0 for a character it knows neither way or sees mostly as another part of speech
    (晚 a time word, 宏 a noun: such characters end names)."""
    ends, alone = _emissions()
    if char not in alone or alone[char][1] not in _FUNCTION_TAGS:
        return 0.0
    if char not in ends and alone[char][0] < _RARE_ALONE:
        return 0.0  # 囤, 垦: a rare character the model never saw end a name nor often alone: no evidence either way
    return alone[char][0] - ends.get(char, _NO_NAME_END)


_FUNCTION_TAGS = {"p", "c", "d", "v", "u", "ud", "uj", "ul", "uv", "uz", "ug", "y"}


def is_word_char(char: str) -> bool:
    """``char`` is a one-character function or verb word, not a name's last character."""
    return word_char_margin(char) >= WORD_CHAR_MARGIN


FUNCTION_CHAR_MARGIN = 3.0  # ~20 times more often a one-character word than a name's end


def is_function_char(char: str) -> bool:
    """``char`` is more likely a one-character function or verb word than a name's end (用, 带):
    weaker than ``is_word_char``, for a place where the segmenter only guessed a word."""
    return word_char_margin(char) >= FUNCTION_CHAR_MARGIN


def is_preposition_char(char: str) -> bool:
    """jieba's model reads ``char`` alone mostly as a preposition (为, 在, 以, 于): a word that needs
    its object after it, so never the last word before punctuation."""
    _, alone = _emissions()
    return alone.get(char, (0.0, ""))[1] == "p"


def is_dotted_name(text: str) -> bool:
    """Parts of Chinese characters joined by middle dots (马克·霍尔)."""
    return bool(_DOTTED.fullmatch(text))


def _plausible(text: str, lexicon: Lexicon) -> bool:
    """No part of a dot-joined run is an organization or a title (学院·医院), nor are two of its parts places
    (中国·江州)."""
    from .segment import word_tags

    parts = re.split(f"[{NAME_DOTS}]", text)
    places = sum(word_tags().get(part) == "ns" for part in parts)  # 塔城·热合曼: one part a place's too
    return places < min(2, len(parts)) and not any(
        lexicon.title_pattern.search(part) or (len(part) >= 2 and lexicon.ends_like_org(part) and not all_transliteration(part))
        for part in parts
    )  # (谢尔盖·彼得连科: 科 a sound of the name, no department)


def _part_end(sentence: str, at: int, lexicon: Lexicon) -> int | None:
    """Where the part after the last dot ends: at punctuation, a title, or a word that follows
    names (说, 一行, 表示), one to ``_LAST_PART`` characters after ``at``."""
    element_ends = _element_ends(sentence, at)
    for end in range(at + 1, min(len(sentence), at + _LAST_PART) + 1):
        if end >= len(sentence) or not _CJK_CHAR.match(sentence[end]):
            return end
        if lexicon.title_pattern.match(sentence, end):
            return end
        if end < max(element_ends, default=end):
            continue  # 阿不|都介绍: inside a known element (阿不都) no follower word starts
        if end in element_ends and (_common_word_at(sentence, end) or _adverb_before_word(sentence, end)):
            return end  # 买买提|现场指导, 巴特|则是: a known element, then a common word or an adverb, not more of the name
        rest = sentence[end : end + 4]
        if _closing_adverb(sentence, end):
            continue  # 热娜·阿不都。: an adverb (都, 也) right before punctuation ends the name, not follows it
        if any(rest[:size] in lexicon.name_followers or rest[:size] in lexicon.boundary_words
               for size in range(1, len(rest) + 1)):
            return end
        if _word_past_transliteration(sentence, end):
            return end  # 库尔曼|会见, 买买提|提出: a word holding a character no transliteration uses
    return None


_WORD_SIZES = (4, 3, 2)


def _word_past_transliteration(sentence: str, at: int) -> bool:
    """A word of jieba's dictionary (no name or place) holding a character that writes no sound of a
    transliterated name starts at ``at`` (会见; 提出, an everyday word, though 提 writes sounds too),
    or such a character that is a function or verb word alone: the transliteration ended before it
    (…·库尔曼|会见)."""
    from .segment import is_rare_word, word_tags

    tags = word_tags()
    sound = is_transliteration_char(sentence[at])
    for size in _WORD_SIZES:
        word = sentence[at : at + size]
        if len(word) == size and tags.get(word) not in (None, *_NAME_TAGS) and not all_transliteration(word) and (
            not sound or not is_rare_word(word)
        ):
            return True  # (卡特|任…, 加肯|在…: 特任, 肯在 words jieba seldom sees, the name goes on)
    return not sound and is_function_char(sentence[at])


_ETC = re.compile(r"等(?![着待候])")
_NAME_TAGS = {"nr", "nrt", "nrfg", "ns", "nz"}


def _element_ends(sentence: str, at: int) -> set[int]:
    """Where a known element of minority given names (lexicon/minority_names.tsv: 阿不都, 买买提,
    热合曼) starting at ``at`` ends."""
    from .minority_names import minority_parts  # (minority_names reads this module's helpers)

    parts = minority_parts()
    return {
        at + size for size in range(2, parts.longest_element + 1)
        if sentence[at : at + size] in parts.elements
    }


def _adverb_before_word(sentence: str, at: int) -> bool:
    """The character at ``at`` is one jieba reads alone mostly as an adverb (则, 也, 还), more text
    follows it and no known element starts there: the adverb of the clause's verb (某某·巴特|则是…)."""
    _, alone = _emissions()
    after = sentence[at + 1 : at + 2]
    if not after or not _CJK_CHAR.match(after) or _element_ends(sentence, at):
        return False  # (…·努尔|别克: another known element, 别 an adverb alone)
    if _transliteration_goes_on(sentence, at):
        return False  # (…·努尔|别科娃: 别, 科 and 娃 write sounds of the name, no word of the clause)
    return alone.get(sentence[at], (0.0, ""))[1] == "d"


def _common_word_at(sentence: str, at: int) -> bool:
    """A common word of two characters that jieba knows (现场, 介绍) starts at ``at``, not a name
    or place it lists, nor another known element."""
    from .segment import word_tags

    tag = word_tags().get(sentence[at : at + 2])
    return tag is not None and tag not in _NAME_TAGS and not _element_ends(sentence, at) and not _transliteration_goes_on(sentence, at)


_RUN_ON = 3  # characters of transliteration after a known element that carry the name on


def _transliteration_goes_on(sentence: str, at: int) -> bool:
    """The three characters at ``at`` all write sounds of transliterated names and the first two spell
    no everyday word (努尔|别科娃): the name goes on (not 买买提|多次参加: 多次 a word of every day)."""
    from .segment import is_rare_word

    run = sentence[at : at + _RUN_ON]
    return len(run) == _RUN_ON and all_transliteration(run) and is_rare_word(run[:2])


def _closing_adverb(sentence: str, at: int) -> bool:
    """The one character at ``at`` is one jieba reads alone mostly as an adverb, and punctuation or
    the end follows it: an adverb modifies a verb after it, so there it is a name's last character."""
    after = at + 1
    if after < len(sentence) and re.match(rf"[{_CJK_CLASS}A-Za-z0-9]", sentence[after]) and not _ETC.match(sentence, after):
        return False  # (古丽·阿不都等作报告: 等 closing a list ends the name as punctuation does)
    _, alone = _emissions()
    return alone.get(sentence[at], (0.0, ""))[1] == "d"


def dotted_name_at(sentence: str, start: int, lexicon: Lexicon) -> tuple[int, int] | None:
    """The span of a dot-joined name starting at ``start`` (教授马克·霍尔（…）), or None."""
    match = _DOTTED.match(sentence, start)
    if match is None:
        return None
    last_dot = max(match.group(0).rfind(dot) for dot in NAME_DOTS) + start
    first_dot = min(i for i in range(start, match.end()) if sentence[i] in NAME_DOTS)
    if lexicon.title_pattern.search(sentence, start, first_dot):
        return None  # 院长·…: a title, not a given name, before the dot
    end = _part_end(sentence, last_dot + 1, lexicon)
    if end is None or not _plausible(sentence[start:end], lexicon):
        return None
    return start, end


def dotted_name_before(sentence: str, end: int, tokens: list[tuple[str, int, int]], lexicon: Lexicon) -> int | None:
    """Where a dot-joined name ending at ``end`` (马克·霍尔|教授) starts: the part before the first
    dot is the word jieba reads there (客人|马克·…, 专家|艾力·…), one to ``_FIRST_PART`` characters."""
    at = end
    while at > max(0, end - _DOTTED_ROOM) and re.match(rf"[{_CJK_CLASS}{NAME_DOTS}]", sentence[at - 1]):
        at -= 1  # never further than a dotted name is long: a run without punctuation stays linear
    text = sentence[at:end]
    first = min((i for i, c in enumerate(text) if c in NAME_DOTS), default=-1)
    if first <= 0 or text[-1] in NAME_DOTS or not is_dotted_name(text[first - 1 :]):
        return None
    dot = at + first
    last_dot = at + max(text.rfind(mark) for mark in NAME_DOTS)
    if (_part_end(sentence, last_dot + 1, lexicon) or end) < end:
        return None  # 某某·热合曼|等新任|院长: the name ends before the title (等 closing a list), no pair
    word = next((t for t in tokens if t[2] == dot), None)
    if word is None or word[1] < at or not 1 <= dot - word[1] <= _FIRST_PART:
        return None
    return word[1] if _plausible(sentence[word[1] : end], lexicon) else None


_KNOWN: ContextVar[frozenset[str]] = ContextVar("article_names", default=frozenset())


def known_names() -> frozenset[str]:
    """The names the article being read prints between sure boundaries (name_evidence.py);
    empty outside an article."""
    return _KNOWN.get()


@contextmanager
def article_evidence(names: frozenset[str]) -> Iterator[None]:
    """Make ``names`` known to the name readers while the block runs."""
    token = _KNOWN.set(names)
    try:
        yield
    finally:
        _KNOWN.reset(token)
