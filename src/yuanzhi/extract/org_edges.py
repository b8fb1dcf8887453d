"""The left edge of a body's name, by its shape (lexicon/org_edge_words.tsv).

A Chinese body's name starts at its place or its proper name (某市…, 某某大学…); a word that
counts, spreads or points is no part of it, whatever way jieba cut the run:

* a measure word after a number (``12名|楚源大学兼职教授``, jieba's 名楚源): the name starts after it;
* a distributive word (``各乡镇卫生院``, ``每家医院``): a class of bodies, no body in particular;
* a verb's result complement (``承担好|楚源大学医学院临床教学任务``): the name starts after it;
* a demonstrative (``师从该科主任``): the name is the reference written from it on (``该科``),
  which the article's last body of that kind resolves (org_references.py).
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from ..errors import LexiconError
from ..han import is_basic_han
from ..lexicon_file import lexicon_lines
from .lexicon_loader import LEXICON_DIR, Lexicon
from .org_short_names import LEVEL_CHARS
from .segment import word_tags

_FILE = "org_edge_words.tsv"
_ROLES = ("counter", "every", "this", "result", "mover", "lead", "governs")
_VERBS = {"v", "vn"}
_NUMERALS = "0123456789０１２３４５６７８９〇零一二三四五六七八九十百千两几数"


@lru_cache(maxsize=4)
def edge_words(directory: str = "") -> dict[str, str]:
    """word → role (a bad line names file and line)."""
    path = Path(directory or LEXICON_DIR) / _FILE
    if not path.exists():
        return {}
    out: dict[str, str] = {}
    for number, line in lexicon_lines(path):
        cells = line.split("\t")
        if len(cells) != 2 or cells[1].strip() not in _ROLES or not cells[0].strip():
            raise LexiconError(str(path), number, f"expected word<TAB>{'|'.join(_ROLES)}, got {line!r}")
        out[cells[0].strip()] = cells[1].strip()
    return out


def name_start(sentence: str, start: int, end: int, lexicon: Lexicon) -> int:
    """Where the name read as ``sentence[start:end]`` starts once the words of its left edge are
    left out; ``end`` when it names a class of bodies (各…), not one body."""
    words = edge_words(lexicon.directory)
    if not words or end - start < 3:
        return start
    first = sentence[start]
    role = words.get(first)
    if role == "counter" and start > 0 and sentence[start - 1] in _NUMERALS:
        start += 1  # 12名|楚源大学
    elif role == "result" and start >= 2 and word_tags().get(sentence[start - 2 : start]) in _VERBS:
        start += 1  # 承担好|楚源大学医学院的任务
    elif role == "lead" and (_PLACE_HEAD.match(sentence, start + 1, end) is not None or sentence[start + 1] in LEVEL_CHARS):
        start += 1  # 驻|某市中心医院, 据|市外办: a word leading the name (within one, 某纪委驻某委纪检组, it stays)
    if role == "every" and start + 1 < end and sentence[start + 1] not in words:
        return end  # 各乡镇卫生院: every one of them
    start = _after_governing(sentence, start, end, words)  # ，会同|槐溪派出所
    moved = _after_mover(sentence, start, end, words)
    if moved is not None:
        start = moved
    start = _after_clause_word(sentence, start, end, words, lexicon)
    sitting = _SITTING.match(sentence, start, end)
    if sitting is not None and end - sitting.end() >= _MIN_BODY and (
        not lexicon.is_org_suffix(sentence[sitting.end() : end]) or lexicon.org_kind(sentence[sitting.end() : end]) == "department"
    ):  # (伦理委员会: a unit whose whole name is a long ending, org_kinds.tsv)
        return sitting.end()  # 第四届|医学伦理委员会: the committee's term is no part of its name
    if moved is not None:
        return start
    for at in range(end - 2, start, -1):  # 师从|该科: a demonstrative inside the run
        if words.get(sentence[at]) != "this" or _inside_word(sentence, at):
            continue
        if lexicon.is_org_suffix(sentence[at + 1 : end]):
            return at  # 该科, 该中心: the reference itself
        if lexicon.org_kind(sentence[at + 1 : at + 2]) == "hospital" or sentence[at + 1 : at + 2] == "院":
            return at + 2  # 该院|心内科: the unit, under the hospital 该院 refers to
        return start
    return start


_PLACE_HEAD = re.compile(r"[\u4e00-\u9fff]{2,4}?[省市县区州旗]")  # 棠浦市…: a place of two to four characters
_MIN_REST = 5  # characters of a place-headed name after the mover (某某市医院)


def _after_mover(sentence: str, start: int, end: int, words: dict[str, str]) -> int | None:
    """一行来|某市第一人民医院, 某基金会向|某市…: the rightmost mover before a place-headed name
    ends the clause before the name (jieba glued it to the place's first character)."""
    tags = word_tags()
    for at in range(end - _MIN_REST, start - 1, -1):
        if words.get(sentence[at]) != "mover" or _PLACE_HEAD.match(sentence, at + 1, end) is None:
            continue
        if sentence[at : at + 2] in tags or (at > start and sentence[at - 1 : at + 1] in tags):
            continue  # 和田地区, 仁和: the character is part of a word
        return at + 1
    return None


_GOVERNING = (2, 3)  # characters of a governing verb (会同, 联合)
_PROPER_TAGS = {"ns", "nr", "nz", "nt", "j"}


def _after_governing(sentence: str, start: int, end: int, words: dict[str, str]) -> int:
    """，会同|槐溪派出所副所长, 联合|某市疾病预防控制中心: a verb opening the clause governs the body
    after it, which starts at its proper head (a place, a name jieba does not know); 联合国 (a
    word) and 组织|人事部 (no proper head) stay."""
    if start > 0 and is_basic_han(sentence[start - 1]):
        return start
    tags = word_tags()
    for size in _GOVERNING:
        at = start + size
        if words.get(sentence[start:at]) != "governs" or end - at < _MIN_BODY or sentence[start : at + 1] in tags:
            continue
        head = sentence[at : at + 2]
        if _PLACE_HEAD.match(sentence, at, end) is not None or head not in tags or tags.get(head) in _PROPER_TAGS:
            return at
    return start


_SITTING = re.compile(r"第[0-9０-９一二三四五六七八九十百]+(?:届|季度)")  # 第三季度|药事管理…委员会(会议): a time, too
_MIN_BODY = 3  # characters of a body's name after its term (伦理委员会)
_TIME_TAGS = {"t"}


def _after_clause_word(sentence: str, start: int, end: int, words: dict[str, str], lexicon: Lexicon) -> int:
    """据|市外办, 近年来|市五院, 选举某某为|第四届…委员会: the end of the clause before the name —
    a mover, or a time word, before a short form starting with a bare level (市, 县), or a mover
    before a committee's term — is no part of the name, whatever way jieba glued them."""
    tags = word_tags()
    for size in (4, 3, 2, 1):
        at = start + size
        if end - at < _MIN_BODY:
            continue
        head = sentence[start:at]
        level = sentence[at] in LEVEL_CHARS and sentence[at - 1 : at + 1] not in tags  # not 和县
        if size == 1 and words.get(head) == "mover" and (level or _SITTING.match(sentence, at, end)):
            return at
        if size > 1 and level and tags.get(head) in _TIME_TAGS:
            return at
    for at in range(end - _MIN_BODY - 1, start, -1):  # 戚婉宁为|第四届…, 习向东对|市五院: a name glued to the mover
        if words.get(sentence[at]) != "mover":
            continue
        sitting = _SITTING.match(sentence, at + 1, end)
        if sitting is not None and not lexicon.is_org_suffix(sentence[sitting.end() : end]):
            return at + 1  # a committee's term after the mover: whatever word jieba reads (宁为)
        if sentence[at - 1 : at + 1] in tags or sentence[at : at + 2] in tags:
            continue
        if sentence[at + 1] in LEVEL_CHARS and end - at - 2 >= 2 and sentence[at + 1 : at + 3] not in tags:
            return at + 1
    return start


_BOUND = ("其他", "其中", "其间", "其实", "尤其", "极其", "与其", "此外", "因此", "从此", "如此", "应该")


def _inside_word(sentence: str, at: int) -> bool:
    """其 of 其他, 此 of 因此: the character is half of a common word, no demonstrative."""
    return any(sentence.startswith(word, at - word.index(sentence[at])) for word in _BOUND if sentence[at] in word)


_CJK_RUN = re.compile(r"^[\u3400-\u9fff]+$")


def glued_suffix_cut(word: str, lexicon: Lexicon) -> int | None:
    """Where a body's name ends inside a token jieba does not know: ``巡察组向`` (a function word
    glued after the suffix), ``巡察组向棠`` (a mover and the next place's first character too).
    None when the token is a word or no suffix ends inside it."""
    if len(word) < 2 or word in word_tags() or _CJK_RUN.match(word) is None:
        return None
    words = edge_words(lexicon.directory)
    for cut in range(len(word) - 1, 0, -1):
        char = word[cut]
        last = cut == len(word) - 1
        if (words.get(char) == "mover" or (last and char in lexicon.boundary_words)) and lexicon.ends_like_org(word[:cut]):
            return cut
    return None


def adverb_ended_noun(word: str) -> bool:
    """科技人才|联谊会: a noun jieba knows ending in an adverb's character (才, 都) is no name glued to
    a function word before a bare body (公孙晓|东向|医院) — an adverb stands before a verb, never between
    a name and a body."""
    tags = word_tags()
    return len(word) >= 2 and tags.get(word) == "n" and tags.get(word[-1]) == "d"
