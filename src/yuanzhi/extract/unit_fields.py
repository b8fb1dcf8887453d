"""Where a unit's name starts when it is named for its field of work (GOLD_SPEC §4.2).

A government's or an institution's unit is often named for one field or two joined by 与/和/及
(``某局体育卫生与艺术教育科``, ``某总工会劳动和经济工作部``, ``某档案馆征集编研科``). Reading
leftward from the unit's ending, such a name runs over its field words — words jieba may read
as verbs (征集, 阅读) and the conjunction joining two fields — back to the body written right
before it. Only a run with a conjunction or such a verb (a word that would otherwise end the
name) is read so, and only when a body's name closes it on the left: a conjunction
between two people or two bodies, or a verb governing the unit (组织医务科), stays a boundary.
The field words jieba reads as verbs are data (lexicon/unit_field_words.txt); without a
conjunction, only those join a unit to its body; a run of them opening a clause (，运行控制中心,
在强制医疗病区) is the start of the unit's name, and so is 局/委/厅 opening a clause (局就业创业科).
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from .lexicon_loader import LEXICON_DIR, Lexicon, _words
from .reference_words import is_body_reference
from .segment import word_tags

_FILE = "unit_field_words.txt"
_CJK = re.compile(r"^[\u3400-\u9fff]")
_JOINERS = frozenset("与和及")
_SCHOOL = "学院"
_FIELD_TAGS = {"n", "vn", "an", "v", "l", "nz", "a"}  # not j (党委, 团委: bodies)
_PERSON_ENDS = tuple("人员者家师长们")  # 专家与…, 代表和…: people, no field of work
_MAX_WORDS = 5
_SOCIETY = "association"  # 某协会安宁疗护与医养结合专业委员会, 智力残疾人及亲友协会: named for two fields or two groups
_NAME_TAGS = {"ns", "nr"}  # 安宁, 康复 opening a field: jieba's place and person readings
_FIELD_KINDS = frozenset({"department", _SOCIETY})
_MAX_CHARS = 8


_OPENERS = frozenset({"在", "由"})  # prepositions before a place or a body: the unit's name starts after them
_ORGANS = frozenset("委局厅")  # a commission, bureau or department written by its one character (局办公室)


def _organ_word(words: list[tuple[str, int, int]], index: int) -> bool:
    """``words[index]`` is 局, 委 or 厅 opening its clause: the body the story is about, written by
    its one character before its unit (。局就业创业科科长某某; article_orgs reads which body)."""
    return words[index][0] in _ORGANS and (index == 0 or not _CJK.match(words[index - 1][0]))


def _opens_clause(word: str, last: str, lexicon: Lexicon) -> bool:
    """``word`` ends the clause or title before a unit's name: a function word (为, 兼, 任) or a
    title — not a joiner (呼吸机和|监护仪与医院: things, no fields) — and the run's ``last`` word
    is a field's, not a body's (与|医院|急诊科: the body printed before its unit)."""
    return (
        word not in _JOINERS and (word in lexicon.boundary_words or word in lexicon.titles or word in _OPENERS)
        and not lexicon.ends_like_org(last)
    )


def _field_syllable(words: list[tuple[str, int, int]], index: int, joined: bool, tags: dict[str, str]) -> bool:
    """``words[index]`` is one noun character ending the left field right before the joiner, after
    a noun jieba split it from (眼眶|病|与眼肿瘤科, 肿瘤|科|与…): part of the field's word."""
    return (
        joined and index + 1 < len(words) and words[index + 1][0] in _JOINERS and tags.get(words[index][0]) == "n"
        and index > 0 and len(words[index - 1][0]) >= 2 and tags.get(words[index - 1][0]) == "n"
    )


@lru_cache(maxsize=4)
def field_verbs(directory: str = "") -> frozenset[str]:
    """Field words jieba reads as verbs (a bad line names file and line)."""
    path = Path(directory or LEXICON_DIR) / _FILE
    if not path.exists():
        return frozenset()
    return frozenset(word for _number, word in _words(path))


def field_run_start(words: list[tuple[str, int, int]], at: int, rest: str, lexicon: Lexicon) -> int | None:
    """Index of the first word of a run of field words that ends with ``words[at]`` and joins the
    unit read so far (``rest``) to the body written right before the run, or None."""
    kind = lexicon.org_kind(rest)
    if kind not in _FIELD_KINDS and not rest.endswith(_SCHOOL):
        return None  # (a university's 学院 is a unit named for its field too: 人文与法学学院)
    members = kind == _SOCIETY  # a society is named for its members too (残疾人及亲友协会), and for
    # fields jieba does not know or reads as names on the joiner's left (安宁疗护与医养结合专业委员会)
    verbs = field_verbs(lexicon.directory)
    tags = word_tags()
    joined = unlisted_verb = verb = False
    chars = 0
    for index in range(at, max(-2, at - _MAX_WORDS - 1), -1):
        word = words[index][0] if index >= 0 else ""
        if index < at and joined and (index < 0 or not _CJK.match(word)):
            # 、劳动和经济工作部部长: two joined fields start a unit printed alone (its body, if any,
            # is read by unit_holders.py)
            return index + 1 if words[index + 1][0] not in _JOINERS and chars else None
        if index < at and verb and not unlisted_verb and (
            index < 0 or not _CJK.match(word) or word in _OPENERS or _opens_clause(word, words[at][0], lexicon)
        ):
            return index + 1  # ，运行控制中心总经理; 在强制医疗病区; 兼|遗传代谢实验室: listed field words open the unit's name
        if index < 0:
            return None
        if index < at and joined and chars and words[index + 1][0] not in _JOINERS and _opens_clause(word, words[at][0], lexicon):
            return index + 1  # 为|肿瘤营养与代谢科, 兼|眼眶病与眼肿瘤科: a clause word before two joined fields
        if index < at and (lexicon.ends_like_org(word) or is_body_reference(word, lexicon) or _organ_word(words, index)) and word not in _JOINERS:
            first = words[index + 1][0]
            if first in _JOINERS or (unlisted_verb and not joined) or chars == 0 or not (joined or verb):
                return None
            if members and lexicon.org_kind("某" + word) != _SOCIETY:
                return None  # a committee after a hospital's name is its own (药事管理与…委员会, §4.2): a society's branch only
            return index + 1
        if word in _JOINERS:
            if joined:
                return None
            joined = True
            continue
        if (
            (len(word) < 2 and not _field_syllable(words, index, joined, tags)) or word in lexicon.titles or word in lexicon.boundary_words
            or (word.endswith(_PERSON_ENDS) and not members)
            or (tags.get(word) not in _FIELD_TAGS and word not in verbs and not (
                members and (word not in tags or (joined and tags[word] in _NAME_TAGS))))
        ):  # a listed field word is one whatever jieba tags it (言语, a name to it: 言语吞咽治疗室)
            return None
        verb = verb or tags.get(word) == "v"
        if tags.get(word) == "v" and word not in verbs:
            unlisted_verb = True
        chars += len(word)
        if chars > _MAX_CHARS:
            return None
    return None
