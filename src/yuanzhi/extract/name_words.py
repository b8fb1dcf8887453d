"""Where a name ends when its given name, or the word after it, is a dictionary word.

Two small decisions of ``names.name_at`` between a name of two characters after the surname and
one of one character, read from the words jieba finds around the end:

* ``word_across_end``: 欧阳霁|手把手 — a dictionary word of three or more characters starts
  right after the shorter name and runs past the longer one's end; the longer shape would cut
  the word (欧阳霁手|把手), so the name is the shorter.
* ``given_name_word``: 苑|大同|每周 — the last character of the longer shape is a follower that
  also joins people (同, 与, 对, 为), but jieba reads it inside one dictionary word with the
  given name (大同), and the word after it is a time, pronoun-like, numeral or adverb word
  (每周, 今年, 多次) that such a preposition never governs: the character is the given name's.
* ``adverb_before_verb``: 汤文静|则通报了 — 则 and a verb after it end the name.
* ``cuts_a_word``: 护士|饶有兴致, 医生|都抢着, 院长|查房时 — a candidate that is part of the
  words around it (an idiom from the surname on, an adverb and a verb with 着, a verb and 时, an
  adverb or conjunction of one character and a word read from the given name on: 都|成为, 和|工作).
* ``speaking_joiner_names``: 和建平说 — a sentence opening with a joiner that is a surname, a
  given name and a verb of speech names a person (name_evidence.py makes it known).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable

from .segment import default_tokenizer, is_rare_word, word_frequency, word_tags
from .token_positions import token_starting

Tokens = list[tuple[str, int, int]]

_UNGOVERNED_TAGS = {"t", "r", "m", "d"}  # 每周 (r), 今年 (t), 两次 (m), 多次/已经 (d)
_FUNCTION_SURNAME_TAGS = {"d", "c"}  # 都 "all", 和 "and": surnames too, but words of their own before a word
_LIST_CHARS = set("和等及")  # 和: names.py's own rule; 等, 及: a list ends or goes on, not a preposition


def word_across_end(short_end: int, long_end: int, tokens: Tokens, shortest: int = 3) -> bool:
    """A dictionary word of ``shortest`` or more characters starts at ``short_end`` and ends after ``long_end``."""
    at = token_starting(tokens, short_end)
    return at is not None and len(tokens[at][0]) >= shortest and tokens[at][2] > long_end and tokens[at][0] in word_tags()


def common_word_across_end(short_end: int, long_end: int, tokens: Tokens) -> bool:
    """A common dictionary word of two or more characters (协同, 产科; no name jieba lists) starts
    at ``short_end`` and ends after ``long_end``."""
    at = token_starting(tokens, short_end)
    return word_across_end(short_end, long_end, tokens, 2) and at is not None and not (word_tags().get(tokens[at][0]) or "nr").startswith("nr")


def given_name_word(sentence: str, given_start: int, long_end: int, tokens: Tokens) -> bool:
    """jieba reads ``sentence[given_start:long_end]`` as one dictionary word ending in a follower
    character (or the whole longer name as one name jieba reads: 詹大同), and a word that a
    preposition never governs starts right after it (每周, 每周三)."""
    if long_end - given_start != 2 or sentence[long_end - 1] in _LIST_CHARS:
        return False
    at = bisect.bisect_left(tokens, long_end, key=lambda t: t[2])
    if at >= len(tokens) or tokens[at][2] != long_end:
        return False
    word, start, _end = tokens[at]
    if not ((start == given_start and word in word_tags()) or (start < given_start and word_tags().get(word, "nr") == "nr")):
        return False
    if sentence[long_end - 1] in _WITH and sentence[long_end : long_end + 1] in _NO_OBJECT:
        return True  # 詹大同|在会上: 同 "with" would govern a person, never a preposition, so it is the name's
    tags = word_tags()
    return any(tags.get(sentence[long_end : long_end + size]) in _UNGOVERNED_TAGS for size in (2, 3, 4))

_WITH = set("同跟")
_NO_OBJECT = set("在于向对从把将被")  # prepositions: never the object of 同 "with"

_SUBJECT_ADVERBS = set("则曾")  # 某某则通报了, 某某曾三次 (not a follower word: 林正则 is a name)
_AFTER_ONCE = set("一二两三四五六七八九十多几数任获被经")  # 某某曾|三次, 曾|多次, 曾|任, 曾|获: 曾 "once" opens the predicate
_VERB_TAGS = {"v", "vn"}
_PREPOSITIONS = set("在向对从把将为给")


def adverb_before_verb(sentence: str, end: int) -> bool:
    """汤文静|则通报了: an adverb that follows a subject (则, 曾) and a verb of two or more characters
    or a preposition (则在…) right after it end a name (林正则|作了: 则 is the given name's when no verb word follows);
    曾 "once" before a count or a verb of holding (曾三次, 曾任) too."""
    if sentence[end : end + 1] not in _SUBJECT_ADVERBS:
        return False
    if sentence[end + 1 : end + 2] in _PREPOSITIONS:
        return True  # 牟向阳|则在药房指导: a preposition opens the predicate
    if sentence[end] == "曾" and sentence[end + 1 : end + 2] in _AFTER_ONCE:
        return True
    tags = word_tags()
    for size in (2, 3):
        word = sentence[end + 1 : end + 1 + size]
        if len(word) == size and (tags.get(word) in _VERB_TAGS or word in tags and sentence[end + 1 + size : end + 2 + size] == "了"):
            return True  # 则表示; 则通报了 (a noun jieba lists, used as a verb)
    return False


_SPEAKER = re.compile(r"(?:^|(?<=[。！？；”]))([和同][\u4e00-\u9fff]{1,2}?)(?=说|表示|介绍|指出|强调|认为|坦言)")


def speaking_joiner_names(paragraphs: Iterable[str], surnames: frozenset[str]) -> set[str]:
    """和建平说…: a sentence opens with 和 (or 同, surnames too), one or two characters and a verb of
    speech; a sentence never opens with the conjunction before its subject, so the joiner is the
    surname (和 is a surname of Yunnan's Naxi families). The given name must be no common word
    (和大家说, 同事表示)."""
    found: set[str] = set()
    for text in paragraphs:
        for match in _SPEAKER.finditer(text):
            name = match.group(1)
            if name[0] in surnames and word_frequency(default_tokenizer(), name) == 0 and is_rare_word(name[1:]):
                found.add(name)
    return found


WORK_MARKS = ("文/图", "图/文", "文／图", "图／文")  # （通讯员 某某 文/图）: what the names made


def credit_mark_inside(sentence: str, end: int) -> bool:
    """通讯员黎曼|文/图 (a credit whose spaces were lost): the candidate's last character opens the
    work mark 文/图, so it is no part of the name."""
    return end > 0 and sentence.startswith(WORK_MARKS, end - 1)


_NUMERALS = set("一二两三四五六七八九十")
_COUNTED = ("病区", "病房", "病室", "号楼", "楼", "层", "号", "室", "期", "批", "届", "次", "名", "位", "个", "组")


def numeral_before_unit(sentence: str, end: int) -> bool:
    """康复治疗师常驻|二病区: the candidate's last character is a numeral that counts or numbers
    the word after it (二病区, 三楼, 五名), so it is no given name."""
    return end > 0 and sentence[end - 1] in _NUMERALS and sentence.startswith(_COUNTED, end)


def credit_mark_after(sentence: str, end: int) -> bool:
    """通讯员裘子墨|文/图: the work mark right after a credit name ends it."""
    return sentence.startswith(WORK_MARKS, end)


_ADVERB = "d"
_VERBS = {"v", "vn", "vd"}
_WHEN = "时"  # 查房时: "when" after a verb, a clause of time
_ASPECT = "着"


def cuts_a_word(sentence: str, start: int, end: int, surname: int, tokens: Tokens, known: frozenset[str]) -> bool:
    """The candidate ``sentence[start:end]`` is part of the words around it, not a name (unless the
    article prints it so, ``known``): the segmenter reads a dictionary word from the surname on past
    its end (护士|饶有兴致地: an idiom); a one-character adverb and a verb with the aspect particle
    after it (医生|都抢着打); a verb of the dictionary and 时 "when" (院长|查房时总要…)."""
    name = sentence[start:end]
    if name in known:
        return False
    if common_word_across_end(start, end, tokens):
        return True
    tags = word_tags()
    if (
        surname == 1 and end - start == 2 and tags.get(name[0]) in _FUNCTION_SURNAME_TAGS
        and token_starting(tokens, start) is not None and common_word_across_end(start + 1, end, tokens)
    ):
        return True  # 民警都|成为, 第一书记和|工作队员: an adverb or conjunction jieba reads alone, and a word from the given name on
    if surname == 1 and end - start == 2 and tags.get(name[0]) == _ADVERB and sentence.startswith(_ASPECT, end):
        return sentence[end : end + 2] not in tags  # (着手, 着力: a word, not the particle)
    return surname == 1 and end - start == 3 and name[-1] == _WHEN and tags.get(name[:2]) in _VERBS


_NEVER_GIVEN = set("他她它我你了着")  # pronouns and aspect particles: no given name of one character
_RISING = "起"  # the complement of a verb of starting (从护士做起)
_VERB_WORD_TAGS = {"v", "vn", "vd"}


def no_given_name(name: str) -> bool:
    """The second character of a candidate of two is no given name: a pronoun or an aspect particle
    (女村医|和她的, 护林员|有了), or 起 after a verb the dictionary reads with it (从医生|干起)."""
    if len(name) != 2:
        return False
    return name[1] in _NEVER_GIVEN or (name[1] == _RISING and word_tags().get(name) in _VERB_WORD_TAGS)
