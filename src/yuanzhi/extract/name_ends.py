"""Where a name ends when the segmenter is unsure: small decisions of ``names.name_at`` read
from the characters after the name (jieba's statistics, name_model.py), from the dictionary
words around it, and from how the article prints the same name elsewhere (name_evidence.py)."""

from __future__ import annotations

import re

from .name_model import is_function_char, is_preposition_char, is_word_char, known_names
from .segment import is_rare_word, word_tags
from .token_positions import token_over, token_starting

Tokens = list[tuple[str, int, int]]


def guessed_over_function_char(sentence: str, end: int, tokens: Tokens) -> bool:
    """钟离雅宁|用英语: jieba glued a one-character function word (用, 向, 把) to the name's end in a
    word of its own guessing (雅宁用, not in its dictionary); the name ends before it."""
    token = token_over(tokens, end)
    return token is not None and token[0] not in word_tags() and is_function_char(sentence[end])


def noun_over_verb(sentence: str, short_end: int, tokens: Tokens) -> bool:
    """宓长|风带|去 → 宓长风|带去: the word jieba reads after the shorter name is a noun that
    overlaps a verb of the dictionary starting one character later, and no word of the dictionary
    starts right after that character's noun: the character belongs to the name."""
    at = token_starting(tokens, short_end)
    if at is None or len(tokens[at][0]) != 2:
        return False
    tags = word_tags()
    if tags.get(tokens[at][0]) not in {"n", "nz"}:
        return False
    verb_at = short_end + 1
    return any(tags.get(sentence[verb_at : verb_at + size]) == "v" for size in (2, 3) if verb_at + size <= len(sentence))


def word_leaves_orphan(sentence: str, short_end: int, tokens: Tokens) -> bool:
    """尹某|实现|场|讲解 → 尹某实|现场|讲解: the verb jieba reads after the shorter name leaves one
    character alone (no function word) that ends a noun of the dictionary starting one character
    later, and a verb of the dictionary follows: the first character belongs to the name."""
    at = token_starting(tokens, short_end)
    if at is None or at + 2 >= len(tokens) or len(tokens[at][0]) != 2 or len(tokens[at + 1][0]) != 1:
        return False
    tags = word_tags()
    return (
        tags.get(tokens[at][0]) == "v" and not is_function_char(tokens[at + 1][0])
        and tags.get(sentence[short_end + 1 : short_end + 3]) in {"n", "nz"}
        and len(tokens[at + 2][0]) >= 2 and tags.get(tokens[at + 2][0]) == "v"
    )


def listed_before_word_char(sentence: str, start: int, end: int) -> bool:
    """…、殷立夫、温和|赴…: an item of a list of names, written after 、 and followed by a
    character that is a one-character function or verb word, is a name even when it is also an
    ordinary word."""
    return start > 0 and sentence[start - 1] == "、" and end < len(sentence) and is_word_char(sentence[end])


def as_printed_elsewhere(
    sentence: str, start: int, lengths: tuple[int, int], good: list[int], limit: int, straddles: bool,
) -> list[int]:
    """The length of the name the article prints elsewhere between sure boundaries, when it
    prints one of the two shapes and not the other (某某刚|结束 beside ``某某表示``); ``straddles``:
    a title begins inside the longer shape and runs past it."""
    known = known_names()
    longer, shorter = (sentence[start : start + size] for size in lengths)
    if not known or (longer in known) == (shorter in known) or start + lengths[0] > limit:
        return good
    size = lengths[0] if longer in known else lengths[1]
    if size == lengths[0] and straddles:  # 何主|任: a title runs through the longer shape
        return good
    return [size]


def common_noun(candidate: str, surname: int) -> bool:
    """原本, 区域, 常规 after a title: a surname and one character that jieba's dictionary lists as
    a common noun, not a name (unless the text bounds it plainly, or the article prints it so)."""
    return (
        len(candidate) == surname + 1 and word_tags().get(candidate) in _NOUN_WORD_TAGS
        and candidate not in known_names()
    )


_NOUN_WORD_TAGS = {"n", "vn"}


def verb_word(sentence: str, start: int, end: int, surname: int) -> bool:
    """护士|排班、继续教育 after a title: a surname and one character that jieba's dictionary lists
    as a verb, in a list whose next item opens with a common word of the dictionary (a verb or a
    noun, no name): a list of the work the title names, not of people (unless the article prints
    the candidate as a name elsewhere)."""
    candidate = sentence[start:end]
    tags = word_tags()
    if not (len(candidate) == surname + 1 and tags.get(candidate) == "v" and sentence[end : end + 1] == "、"):
        return False
    item = _LIST_ITEM.match(sentence, end + 1)
    return (
        tags.get(sentence[end + 1 : end + 3]) in _LISTED_WORK_TAGS and item is not None
        and len(item.group(0)) > _NAME_ITEM and candidate not in known_names()
    )


_LISTED_WORK_TAGS = {"v", "vn"}  # 继续|教育, 培训 (a name of the list may be a noun: 上官岚)
_COUNTED = re.compile(r"\d+(?:余|多)?[名人位]")  # 1600余名, 20人: a head count


def counted_after(sentence: str, end: int) -> bool:
    """A head count follows ``end`` (全校|1600余名师生): the word before it is what is counted."""
    return _COUNTED.match(sentence, end) is not None


_LIST_ITEM = re.compile(r"[^、，,。；;和及与等的]+")
_NAME_ITEM = 3  # characters of most listed names (a longer one opens with no verb: 欧阳某某)


def modifier_word(sentence: str, start: int, end: int) -> bool:
    """院长|明确表示, 院长|简要介绍: an adverb or adjective of the dictionary (jieba lists names
    such as 方正, 安静 as names, not so) right after a title modifies the verb that follows; a
    name only when the article prints it so elsewhere, a list holds it (、), or the word is one
    jieba counts seldom (何须: as rare an adverb as it is a name)."""
    word = sentence[start:end]
    return (
        word_tags().get(word) in _MODIFIER_TAGS and not is_rare_word(word) and word not in known_names()
        and not (start > 0 and sentence[start - 1] == "、")
    )


_MODIFIER_TAGS = {"d", "ad", "a", "vd"}


_FROM = "自"  # 自本月起, 自愿, 自述: a word or phrase it opens, never a given name's end
_SINCE_END = "起"
_SINCE_ROOM = 10  # characters of a 自…起 phrase (自2024年3月起)
_CLAUSE_ENDS = set("，。；：、,;:！？")


def opens_phrase(sentence: str, at: int) -> bool:
    """万俟文|自本月起出诊, 某某|自愿报名: 自 after a name opens a time phrase ending in 起 in the
    same clause, or a word of the dictionary (自愿, 自述); it is no part of the name."""
    if not sentence.startswith(_FROM, at):
        return False
    if sentence[at : at + 2] in word_tags():
        return True
    for char in sentence[at + 1 : at + 1 + _SINCE_ROOM]:
        if char in _CLAUSE_ENDS:
            return False
        if char == _SINCE_END:
            return True
    return False


_ASPECT_ZHE = "着"
_ZHE_WORDS = ("着手", "着力", "着重", "着眼", "着实", "着想", "着急", "着陆", "着装")  # 着 opening a word
_ASPECT_GUO = "过"  # the aspect of having done (算过, 做过)
_AS_SOON = "一"  # 某某一进门, 某某一到: 一 before a verb, "as soon as"


def aspect_after(sentence: str, at: int) -> bool:
    """The aspect particle 着 at ``at`` (not a word it opens: 着手, 着力 …)."""
    return sentence.startswith(_ASPECT_ZHE, at) and not sentence.startswith(_ZHE_WORDS, at)


def done_after(sentence: str, at: int) -> bool:
    """The aspect particle 着 or 了 right after a name's last character (某某谈了): that
    character is a verb (not a word 了 opens: 了解)."""
    if sentence.startswith(_ASPECT_LE, at):
        return sentence[at : at + 2] not in word_tags()
    return aspect_after(sentence, at)


_ASPECT_LE = "了"


def preposition_before_verb(sentence: str, at: int, tokens: Tokens) -> bool:
    """某某|因履行…不力: jieba reads the character at ``at`` alone, mostly as a preposition (因, 以,
    向), and a verb of the dictionary right after it: the preposition opens a phrase, no given name ends in it."""
    alone = token_starting(tokens, at)
    if alone is None or tokens[alone][2] != at + 1 or not is_preposition_char(sentence[at]):
        return False
    verb = token_starting(tokens, at + 1)
    return verb is not None and len(tokens[verb][0]) >= 2 and word_tags().get(tokens[verb][0]) == "v"


_PERSON_PRONOUNS = set("他她我你咱")
_COMPANIONS = ("同事", "大家", "队友", "同伴", "伙伴", "家人", "团队", "同学", "学生", "徒弟", "战友")
_PLURAL = "们"


def companions_after(sentence: str, at: int) -> bool:
    """某某和|同事们轮流值守: after 和 come the people who share the work with the person (同事, 大家,
    or one or two characters and the plural 们): 和 joins them, no last character of a given name."""
    return sentence.startswith(_COMPANIONS, at) or _PLURAL in sentence[at + 1 : at + 3]


def verb_starts(sentence: str, at: int) -> bool:
    """护士长某某|带着呼吸机, 团队长某某|一进门: a one-character verb with its aspect particle 着
    (带着, 守着; not 着手, 着力), or 一 before a verb of the dictionary (一进门, 一到达), starts at
    ``at``: a name may end right before it; so does a one-character verb with 过 (算过一笔账) or with
    a person as its object (顾问护师某某|带她做家访, 某某|教我们)."""
    if sentence[at + 1 : at + 2] in _PERSON_PRONOUNS and word_tags().get(sentence[at : at + 1]) == "v":
        return True
    if aspect_after(sentence, at + 1):
        return sentence[at : at + 1] not in ("", _ASPECT_ZHE)
    if sentence.startswith(_ASPECT_LE, at + 1) and sentence[at - 1 : at + 1] in word_tags():
        return False  # 某某|演示了: the verb is a word begun before ``at``, not one of one character
    if sentence.startswith((_ASPECT_GUO, _ASPECT_LE), at + 1) and word_tags().get(sentence[at : at + 1]) == "v":
        return sentence[at + 1 : at + 3] not in word_tags()  # 某某某|算过一笔账, 某某某|讲了 (not 过程, 了解: a word of 过, 了)
    return sentence.startswith(_AS_SOON, at) and word_tags().get(sentence[at + 1 : at + 3]) == "v"


_CLAUSE_CLOSERS = "，。；！？,;!?"


def clause_end(sentence: str, at: int) -> bool:
    """The clause ends at ``at``: the text's end or a mark that closes a clause (not 《 or “, which open one)."""
    return at >= len(sentence) or sentence[at] in _CLAUSE_CLOSERS


def preposition_closes(sentence: str, end: int) -> bool:
    """某有为|，: a character jieba reads alone as a preposition (为, 以, 于) is the last of the longer
    name where the clause ends right after it: a preposition never closes a clause without its object."""
    return end > 0 and clause_end(sentence, end) and is_preposition_char(sentence[end - 1])


def said_twice(name: str, surnames: frozenset[str]) -> bool:
    """年年来, 天天: a candidate whose surname is said again right after it is a word said twice
    (年年, 天天, 处处: every year, every day), no surname with its given name."""
    return len(name) >= 2 and name[0] == name[1] and name[0] in surnames and name[:2] not in surnames
