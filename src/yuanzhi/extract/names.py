"""Where a Chinese name starts and ends, and whether it is a name at all.

A name is a surname from surnames.txt plus one or two characters (two or three
after a compound surname). Where it ends is read from what follows it:
punctuation, a title, a follower word (``主持``, ``等``), a dictionary word
jieba starts there, or else jieba's own token. A candidate is never a name when
it is an ordinary word (``相关``), ends in a function word (``于林及``), is an
organization ending (``卫生院``), or is a patient mention (``王阿姨``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .ethnic_groups import ethnic_groups
from .lexicon_loader import FORMER, Lexicon
from .long_names import long_name_at
from .minority_names import minority_name_at
from .name_bodies import body_after_he, placed_body_row
from .name_ends import (
    as_printed_elsewhere,
    common_noun,
    companions_after,
    counted_after,
    done_after,
    guessed_over_function_char,
    listed_before_word_char,
    modifier_word,
    noun_over_verb,
    opens_phrase,
    preposition_before_verb,
    preposition_closes,
    said_twice,
    verb_starts,
    verb_word,
    word_leaves_orphan,
)
from .name_model import dotted_name_at, is_dotted_name, is_word_char, known_names
from .name_words import (
    adverb_before_verb,
    common_word_across_end,
    credit_mark_after,
    credit_mark_inside,
    cuts_a_word,
    given_name_word,
    no_given_name,
    numeral_before_unit,
    word_across_end,
)
from .orgs import Tokens, org_before
from .segment import is_cjk, is_rare_word, word_tags
from .taken_spans import covers, crosses, next_start
from .token_positions import token_over, token_starting

_LIST_JOINERS = ("、", "和", "与", "及", "以及")
_WORD_TAGS = {"v", "vn", "vd", "a", "ad", "an", "d", "p", "c", "u", "uj", "ul", "uz", "ug", "uv", "ud",
              "r", "m", "q", "f", "t", "l", "i"}
_FUNCTION_ENDS = set("在的了和与及对为是将被把等说作任")
_PLACE_ENDS = set("省市县区镇乡")
_FUNCTION_GIVEN = set("在的了与及对是将被把等说")  # (not 和, 为: given names too)
_ADVERB_TAGS = {"d", "p", "c"}
_MARKER_VERB_TAGS = {"v", "d", "p", "c"}  # 有, 是, 向, 和 before 原 (a former post): no surname and given name
_ROLE_HOLDER = ("单位", "门诊")  # 副会长单位: the body holding the role; 专家门诊: the clinic the title names
_TITLES_INSIDE = ("院长", "主任", "书记", "医生", "医师", "大夫", "老师")  # 吴医生, 王老师: no name holds these
_ORDINAL = re.compile(r"第[一二三四五六七八九十百两零〇]+[届次批期轮]")  # 第五届: an ordinal, not 第五 + a given name
_FUNCTION_TAGS = {"p", "c"}  # 关于, 对于, 由于 (not adverbs: 何远征)
_GIVEN_TOO = set("和")
_LIST_CLOSERS = set("等们")  # 某某等、: these close a list item after a name; other function characters before 、 are the name's (温如是、)
_GIVEN_TAGS = {"n", "nz", "ns", "a", None}  # 于|海波, 任|文华: words that are given names too
_SURNAME_TOO = set("于任暨")  # function words that are also surnames (not 向: 向某某表示感谢; 暨: 院长暨春风)
_SUBJECT_ADVERBS = set("则")  # an adverb after a clause's subject (name_words.adverb_before_verb)
_CLOSED_SURNAME_TOO = set("向")  # prepositions that are surnames too: a name when punctuation closes it (董事长向某某，)
_DATE_UNITS = set("年月日号时岁")  # after a number: a unit, never a surname (年, 时 are surnames too)
_JOINER_CHARS = set("和与及同跟")  # 和张雯: a conjunction before a name, even one jieba lists  # 喻春和|带领: also a given-name character, when a clear follower comes next

def _starts_with_any(text: str, words: frozenset[str] | set[str], longest: int = 4) -> bool:
    return any(text[:size] in words for size in range(1, min(longest, len(text)) + 1))


def surname_length(text: str, lexicon: Lexicon) -> int:
    if text[:2] in lexicon.compound_surnames:
        return 2
    if text[:1] in lexicon.surnames:
        return 1
    return 0


def names_ending_at(
    sentence: str, end: int, lexicon: Lexicon, blocked: list[tuple[int, int]],
) -> Iterator[tuple[int, str, int]]:
    """(start, candidate, surname length) of each name shape (a surname and one or two
    characters, four characters at most) ending at ``end``, longest first, that overlaps no
    ``blocked`` span; the callers judge the candidate in its context."""
    shapes = []
    for size in (4, 3, 2):
        start = end - size
        if start < 0 or crosses(blocked, start, end):
            continue
        candidate = sentence[start:end]
        surname = surname_length(candidate, lexicon)
        if surname and size - surname in (1, 2) and not joined_reference(sentence, start, end, lexicon):
            shapes.append((start, candidate, surname))
    known = known_names()
    shapes.sort(key=lambda shape: shape[1] not in known)  # the article prints it plainly elsewhere: first
    yield from shapes


def valid_name(
    name: str, lexicon: Lexicon, allow_common: bool = False, closed: bool = False, listed_item: bool = False,
    closing_preposition: bool = False,  # 某有为，: a preposition closing a clause is the name's (name_ends)
) -> bool:
    """``closed``: punctuation follows the candidate in the text (a prepositional phrase never
    closes a clause, so a preposition that is a surname too opens a name there). ``listed_item``:
    the list mark 、 follows it (an item of a list, which a verb or function word never ends)."""
    if is_dotted_name(name):
        return True  # 马克·霍尔: parts joined by a middle dot
    if not all(is_cjk(c) for c in name) or (name in lexicon.common_words and not allow_common):
        return False
    if name in lexicon.boundary_words or name in lexicon.name_followers or name in ethnic_groups():
        return False  # 护士长荣获…: 荣获 is the verb after a title, never a name; nor is a people (蒙古族, 白族)
    if not allow_common and word_tags().get(name) in _WORD_TAGS:
        return False  # 相关, 全面: a verb or adjective, a name only where the text says so plainly
    if lexicon.patient_like(name):
        return False
    if name in lexicon.titles or any(title in name for title in _TITLES_INSIDE) or no_given_name(name):
        return False  # 吴医生 (a surname and how one addresses the holder); 村医|和她的, 护林员|有了, 从医生|干起
    if said_twice(name, lexicon.surnames) and not (closed and len(name) == 2):
        return False  # 大夫|年年来: a word said twice (年年, 天天) opens the clause, no surname with its given name (院长冉冉，: a name)
    if len(name) >= 3 and name.endswith(lexicon.person_descriptors):
        return False  # 长|江学者: a describing word (学者, 专家), not a given name
    if len(name) >= 3 and (lexicon.org_kind(name) is not None or lexicon.is_org_suffix(name)):
        return False  # 麻醉科, 卫生院: a unit, not a name
    listed = allow_common and word_tags().get(name) == "nr" and name[0] not in _JOINER_CHARS  # 于海洋、
    listed = listed or (name[0] in _JOINER_CHARS and name in known_names())  # 、和国栋、: 和 the surname
    if (
        len(name) >= 3 and name[0] in lexicon.boundary_words and word_tags().get(name[1:], "nr")[:2] != "nr" and not listed
        and not (name[0] in _SURNAME_TOO and word_tags().get(name[1:]) in _GIVEN_TAGS)
        and not (closed and name[0] in _CLOSED_SURNAME_TOO)
    ):
        return False  # 和护理: a function word before a word (not a name jieba lists, ending plainly)
    if len(name) == 2 and name[1] in _FUNCTION_GIVEN and word_tags().get(name[0]) in _ADVERB_TAGS:
        return False  # 医生护士|都把…: an adverb or preposition and a function word, not surname and given name
    if len(name) in (2, 3) and name[-1] == FORMER and word_tags().get(name[:-1]) in _MARKER_VERB_TAGS:
        return False  # 退休职工中有|原副院长某某, 其中包括|原…: a verb or preposition and the former-post marker 原
    if len(name) == 2 and word_tags().get(name) in _VERB_WORD_TAGS and word_tags().get(name[0]) == _ADVERB:
        return False  # 医生|常驻帮扶: an adverb and a verb that jieba lists as one verb (常驻), however plainly it ends
    if _ORDINAL.fullmatch(name):
        return False  # 当选第五届会长: the term, not a person of the surname 第五
    if len(name) >= 3 and name[-1] in _PLACE_ENDS:
        return False  # 青石市: a place with its level
    if len(name) == 3 and word_tags().get(name[:2]) in _FUNCTION_TAGS:
        return False  # 关于|党: a function word, not a surname and given name
    if (
        len(name) == 3 and name[0] in lexicon.boundary_words and name[1] in lexicon.surnames and not listed
        and name[0] not in _SURNAME_TOO and not (closed and name[0] in _CLOSED_SURNAME_TOO)
    ):
        return False  # 和|张雯: a conjunction before a name (not 于海成, 任文明: common surnames)
    if len(name) >= 3 and (name[-1] in _FUNCTION_ENDS or is_word_char(name[-1])) and not (
        allow_common and (name[-1] in _GIVEN_TOO or (listed_item and name[-1] not in _LIST_CLOSERS))
    ) and not closing_preposition:
        return False  # 于林及, 时可在, 帅蕾也, 成立由: a function or verb character glued to the name
    return not any(name[i:] in lexicon.boundary_words for i in range(1, len(name) - 1))


def joined_reference(sentence: str, start: int, end: int, lexicon: Lexicon) -> bool:
    """丘主任和|严主任, 院长和|副院长: a joiner (和, 与, 同) before a surname and a title, or before a
    title, joins two people; no name starts with it (unless the article lists it as a name)."""
    if start >= len(sentence) or sentence[start] not in _JOINER_CHARS:
        return False
    if lexicon.title_pattern.match(sentence, start + 1):
        return True
    return end - start == 2 and sentence[start + 1] in lexicon.surnames and bool(lexicon.title_pattern.match(sentence, end))


def _hard_end(sentence: str, end: int, lexicon: Lexicon) -> bool:
    """A name ends here for sure: punctuation, or a follower (or boundary word) of two or more characters."""
    if end >= len(sentence) or not is_cjk(sentence[end]):
        return not counted_after(sentence, end)  # 及全校|1600余名师生: a word the count describes, no name
    rest = sentence[end : end + 4]
    return any(rest[:size] in lexicon.name_followers or rest[:size] in lexicon.boundary_words
               for size in range(2, len(rest) + 1))


def _title_straddles(sentence: str, start: int, end: int, lexicon: Lexicon) -> bool:
    """何主|任…: a title begins inside the candidate and runs past its end."""
    regex = lexicon.title_pattern
    for at in range(start + 1, end):
        match = regex.match(sentence, at)
        if match is not None and match.end() > end:
            return True
    return False


def _given_he(sentence: str, start: int, end: int, lexicon: Lexicon, tokens: Tokens | None = None) -> bool:
    """A three-character name ending in 和 (鲍永和) keeps it when no second person follows:
    what comes next is 同志, a verb or word that ends a name (说, 陪同, 以及), never the start of
    another name or a title (李明和副院长王刚, 王强和李梅: 和 joins two people)."""
    if end - start < 3 or sentence[end - 1] not in _GIVEN_TOO or end >= len(sentence) or companions_after(sentence, end):
        return False  # (某某和|同事们: 和 joins the people who share the work)
    if sentence.startswith("同志", end) or _hard_end(sentence, end, lexicon):
        return not lexicon.title_pattern.match(sentence, end)
    if end - start == 3 and surname_length(sentence[start:end], lexicon) == 2 and not surname_length(sentence[end:], lexicon):
        return True  # 微生和|每周二…: a compound surname is no name alone, so its 和 is the given name
    if tokens is not None and body_after_he(sentence, end, lexicon, tokens):
        return True  # 免去某某和|某市医学院附属医院党委书记职务: a body and its post, no second person
    nxt = sentence[end]
    if tokens is not None and _verb_at(end, tokens) and not lexicon.title_pattern.match(sentence, end) and not _titled_verb(end, tokens, sentence, lexicon):
        return True  # 工会主席屠静和|通报了…: a verb, not a second person, comes after 和
    return nxt in lexicon.name_followers and not surname_length(sentence[end:], lexicon)


def _titled_verb(end: int, tokens: Tokens, sentence: str, lexicon: Lexicon) -> bool:
    """护士长某某和|值班|医生…: the verb jieba reads after 和 is written right before a title
    (值班医生, 带教老师): it describes the second person's post, so 和 joins two people (not a
    verb of taking a post, appointment_cues.tsv: 某某和|改任常务副院长)."""
    at = token_starting(tokens, end)
    if at is None or any(tokens[at][0] == cue for cue, _action, _shape in lexicon.appointment_cues):
        return False  # 某某和|改任|常务副院长: a verb of taking a post, the name's own
    return bool(lexicon.title_pattern.match(sentence, tokens[at][2]))


def _verb_at(end: int, tokens: Tokens) -> bool:
    """jieba starts a verb of two or more characters at ``end`` (介绍), or a word used as one (通报了)."""
    at = token_starting(tokens, end)
    if at is None or len(tokens[at][0]) < 2:
        return False
    used_as_verb = at + 1 < len(tokens) and tokens[at + 1][0] in _ASPECT
    return used_as_verb or word_tags().get(tokens[at][0]) == "v"  # (not 设备, a vn before 科)


_ASPECT = {"了", "着", "过"}


_VERB_WORD_TAGS = {"v", "vn", "vd"}
_ADVERB = "d"
_NAME_LIKE_TAGS = {"nr", "nrt", "ns", "nz", "n", "t"}
_THING_FOLLOWERS = set("和与及同跟等的是也")


def _rare_word_name(sentence: str, start: int, end: int, lexicon: Lexicon) -> bool:
    """夏至和医务部…, 何须在发言中说: in a name's slot, a surname and given name that jieba lists as a
    seldom-written word (a season, an adverb; not 马上 or 高度) ends before a one-character follower
    (和, 在, 说) as any name does."""
    if end >= len(sentence) or sentence[end] not in lexicon.name_followers:
        return False
    word = sentence[start:end]
    if is_rare_word(word) and word not in lexicon.common_words:
        return True  # (not 包床|到人: a word of the work that starts with a surname, common_words.txt)
    # 副院长高峰作报告: a noun or a place (not 马上, 高度 as an adverb) before a verb that only a
    # person does next; not before a joiner or 的 (科室主任方案和流程: two things)
    return word_tags().get(word) in _NAME_LIKE_TAGS and sentence[end] not in _THING_FOLLOWERS


def _long_follower(sentence: str, end: int, lexicon: Lexicon) -> bool:
    rest = sentence[end : end + 4]
    return any(rest[:size] in lexicon.name_followers for size in range(2, len(rest) + 1))


def _long_follower_not_title(sentence: str, end: int, lexicon: Lexicon) -> bool:
    """A follower of two or more characters starts at ``end`` and no title does (某某和|主持人某某:
    主持 follows names, but the title 主持人 there opens a second person)."""
    return _long_follower(sentence, end, lexicon) and not lexicon.title_pattern.match(sentence, end)


def _next_is_word(end: int, tokens: Tokens) -> bool:
    """jieba starts a dictionary word of two or more characters at ``end`` (宁海波|立即)."""
    tags = word_tags()
    at = token_starting(tokens, end)
    return at is not None and len(tokens[at][0]) >= 2 and tokens[at][0] in tags


def _right_boundary_ok(sentence: str, end: int, lexicon: Lexicon, tokens: Tokens | None = None) -> bool:
    if end >= len(sentence) or not is_cjk(sentence[end]):
        return True
    if tokens is not None and (_next_is_word(end, tokens) or guessed_over_function_char(sentence, end, tokens)):
        return True
    if adverb_before_verb(sentence, end) or credit_mark_after(sentence, end) or verb_starts(sentence, end):
        return True  # 汤文静|则通报了, 裘子墨|文/图, 某某某|带着
    if tokens is not None and sentence[end - 1] in _GIVEN_TOO and body_after_he(sentence, end, lexicon, tokens):
        return True  # 某某和|某医学院党委书记职务: a body and its post after a name ending in 和
    if sentence[end] in _SUBJECT_ADVERBS and _long_follower(sentence, end + 1, lexicon):
        return True  # 某某某|则建议: a subject's adverb, then a word that follows names (建议 a noun to jieba)
    rest = sentence[end : end + 6]
    if _starts_with_any(rest, lexicon.name_followers) or _starts_with_any(rest, lexicon.boundary_words):
        return True
    if lexicon.title_pattern.match(rest):
        return True
    return placed_body_row(sentence, end, lexicon)  # …主任医师某某某|某市妇幼保健院产房护士长某某: a list's next row


def after_number(sentence: str, start: int) -> bool:
    """``2016年至2023年任副院长``: 年 after a number is the year's unit, no surname starts there."""
    return 0 < start < len(sentence) and sentence[start - 1].isdigit() and sentence[start] in _DATE_UNITS


def name_at(
    sentence: str,
    start: int,
    tokens: Tokens,
    lexicon: Lexicon,
    blocked: list[tuple[int, int]],
    strict: bool = False,
) -> tuple[int, int] | None:
    """The span of a name that starts at ``start`` (after a title), or None."""
    if start >= len(sentence) or covers(blocked, start):
        return None
    if after_number(sentence, start):
        return None
    ahead = next_start(blocked, start)
    limit = ahead if ahead is not None else len(sentence)  # a name never runs into a patient
    dotted = dotted_name_at(sentence, start, lexicon)
    if dotted is not None and dotted[1] <= limit:
        return dotted  # 教授马克·霍尔（…）: a transliterated name, whole
    undotted = long_name_at(sentence, start, limit, lexicon)
    if undotted is not None and undotted[1] - start == 4 and surname_length(sentence[start:], lexicon) == 2:
        undotted = None  # 纳兰某某, 欧阳某某: a compound surname's name of four, read as one (its given name may be one character)
    if undotted is not None:
        return undotted  # 主任乌兰其其格当选: a minority name without a dot the article prints so twice
    minority = minority_name_at(sentence, start, limit, lexicon)
    if minority is not None:
        return minority  # 主任吉克某某说, 主任岩某说: a Yi, Dai, Mongolian or Tibetan name of known parts
    surname = surname_length(sentence[start:], lexicon)
    if not surname or _starts_org(sentence, start, tokens, lexicon):
        return None
    if sentence.startswith(_ROLE_HOLDER, start) and start and lexicon.title_ending(sentence[max(0, start - 8) : start]):
        return None  # 主任单位, 副会长单位: the body that holds the role, not a person named 单位; 首席专家门诊: a clinic
    if lexicon.title_pattern.match(sentence, start) or (
        sentence.startswith(FORMER, start) and lexicon.title_pattern.match(sentence, start + len(FORMER))
    ):
        return None  # 、党委副书记某某, 、原副院长某某: the next item is a title, not a name (党, 原 are surnames too)
    lengths = (surname + 2, surname + 1)
    good = []
    plain_sizes: set[int] = set()  # bounded plainly (a follower, punctuation)
    for size in lengths:
        end = start + size
        if end > limit or _title_straddles(sentence, start, end, lexicon) or joined_reference(sentence, start, end, lexicon):
            continue
        plain = (
            _hard_end(sentence, end, lexicon) or _given_he(sentence, start, end, lexicon)
            or _given_he(sentence, start, end, lexicon, tokens) or _rare_word_name(sentence, start, end, lexicon)
            or listed_before_word_char(sentence, start, end)
        )
        closed = end >= len(sentence) or not is_cjk(sentence[end])
        if (
            valid_name(
                sentence[start:end], lexicon, allow_common=plain, closed=closed,
                listed_item=end < len(sentence) and sentence[end] == "、", closing_preposition=preposition_closes(sentence, end),
            )
            and (plain or not common_noun(sentence[start:end], surname))
            and not verb_word(sentence, start, end, surname)
            and not modifier_word(sentence, start, end)
            and _right_boundary_ok(sentence, end, lexicon, tokens)
            and not cuts_a_word(sentence, start, end, surname, tokens, known_names())
        ):
            good.append(size)
            if plain:
                plain_sizes.add(size)
    if len(good) == 2 and sentence[start + lengths[1]] in lexicon.name_followers and not (
        _long_follower_not_title(sentence, start + lengths[0], lexicon)
        or _given_he(sentence, start, start + lengths[0], lexicon, tokens)
    ) and (
        is_cjk(sentence[start + lengths[0] : start + lengths[0] + 1] or "，")
        or sentence[start + lengths[1]] not in _GIVEN_TOO  # 兰成|以《…》为题
    ) and not preposition_closes(sentence, start + lengths[0]) and not given_name_word(sentence, start + surname, start + lengths[0], tokens) and not (
        sentence.startswith("、", start + lengths[0]) and sentence[start + lengths[1]] not in _LIST_CLOSERS
    ):  # 何清和、; 苑大同|每周; 温如是、 (a list item's last character, no verb before 、)
        good = [lengths[1]]  # 王强|和李梅; but 喻春和|带领: a two-character follower after the longer name
    if len(good) == 2 and lengths[0] not in plain_sizes and word_across_end(start + lengths[1], start + lengths[0], tokens):
        good = [lengths[1]]  # 欧阳霁|手把手, not 欧阳霁手|把手
    if len(good) == 2 and surname == 2 and common_word_across_end(start + lengths[1], start + lengths[0], tokens):
        good = [lengths[1]]  # 司徒策|协同指挥, 纳兰悦|产科护士长: the rest of the text is a word after a compound surname's one-character given name
    if len(good) == 2 and adverb_before_verb(sentence, start + lengths[1]) and sentence[start : start + lengths[0]] not in known_names() and (
        sentence[start + surname : start + lengths[0]] not in word_tags()
    ):
        good = [lengths[1]]  # 某蔓|则为官兵…: the subject's adverb before a verb or preposition ends the name (某正则|在…: 正则 a word, kept)
    if len(good) == 2 and _hard_end(sentence, start + lengths[1], lexicon) and not _hard_end(
        sentence, start + lengths[0], lexicon
    ):
        good = [lengths[1]]  # 邹春|陪同调研 rather than 邹春陪|同调研
    short = sentence[start : start + lengths[1]]
    if good[:1] == [lengths[0]] and (done_after(sentence, start + lengths[0]) and valid_name(short, lexicon) or (
        preposition_before_verb(sentence, start + lengths[1], tokens) and valid_name(short, lexicon, allow_common=True))):
        good = [lengths[1]]  # 王某|抱着女儿, 王某|谈了: 着 or 了 after the longer name makes its last character a verb; 某某|因履行…
    if lengths[0] in good and opens_phrase(sentence, start + lengths[1]) and valid_name(
        sentence[start : start + lengths[1]], lexicon
    ):
        good = [lengths[1]]  # 万俟文|自本月起: 自 opens a phrase
    if (
        good == [lengths[1]] and start + lengths[0] <= limit and (noun_over_verb(sentence, start + lengths[1], tokens) or word_leaves_orphan(sentence, start + lengths[1], tokens))
        and not _title_straddles(sentence, start, start + lengths[0], lexicon)
        and valid_name(sentence[start : start + lengths[0]], lexicon)
    ):
        good = [lengths[0]]  # 宓长风|带去, not 宓长|风带
    good = as_printed_elsewhere(
        sentence, start, lengths, good, limit, _title_straddles(sentence, start, start + lengths[0], lexicon)
    )
    good = [size for size in good if not (credit_mark_inside(sentence, start + size) or numeral_before_unit(sentence, start + size))]  # 黎曼|文/图, 常驻|二病区
    if good:
        return start, start + good[0]
    if strict:
        return None
    at = token_starting(tokens, start)
    if at is None:
        return None
    word, _start, word_end = tokens[at]
    if (
        surname + 1 <= len(word) <= surname + 2
        and word_end <= limit
        and valid_name(word, lexicon)
        and not common_noun(word, surname)
    ):
        return _one_more(sentence, start, word_end, surname, tokens, lexicon) or (start, word_end)
    return None


def _one_more(
    sentence: str, start: int, end: int, surname: int, tokens: Tokens, lexicon: Lexicon,
) -> tuple[int, int] | None:
    """党委书记向东|明|介绍: jieba's word (向东) stops one character short of a name that the next
    word (介绍) bounds, while no word starts after the short one: the name is three characters."""
    if end - start != surname + 1 or end >= len(sentence) or not is_cjk(sentence[end]):
        return None
    if _right_boundary_ok(sentence, end, lexicon, tokens) or not _next_is_word(end + 1, tokens):
        return None
    last = sentence[end]
    if last in _FUNCTION_ENDS or last in lexicon.name_followers or lexicon.title_pattern.match(sentence, end):
        return None
    return start, end + 1


def left_boundary_ok(sentence: str, start: int, tokens: Tokens, lexicon: Lexicon, home: str | None) -> bool:
    if start == 0 or not is_cjk(sentence[start - 1]):
        return True
    before = sentence[max(0, start - 4) : start]
    if any(before.endswith(word) for word in lexicon.boundary_words | lexicon.name_precedents):
        return True
    if lexicon.title_ending(before) is not None:
        return True
    return org_before(sentence, start, tokens, lexicon, home) is not None


def inside_word(position: int, tokens: Tokens) -> bool:
    """``position`` falls inside a token that is a dictionary word (not a name jieba guessed)."""
    token = token_over(tokens, position)
    return token is not None and token[0] in word_tags()


def _starts_org(sentence: str, start: int, tokens: Tokens, lexicon: Lexicon) -> bool:
    """An organization's name begins at ``start`` and runs to the next title (东江县中医院|院长)."""
    title = lexicon.title_pattern.search(sentence, start)
    if title is None or title.start() - start < 3:
        return False
    org = org_before(sentence, title.start(), tokens, lexicon, None)
    if org is None or org.start > start:
        return False
    for size in (2, 3, 4):  # 逯晓晴|和|中医科主治医师: a name and a joiner before the next one's unit
        joiner = start + size
        if sentence[joiner : joiner + 1] in _JOINER_CHARS and valid_name(sentence[start:joiner], lexicon) and (
            lexicon.org_kind(sentence[joiner + 1 : title.start()]) is not None
            or lexicon.ends_like_org(sentence[joiner + 1 : title.start()])
        ):
            return False
    return True


def name_list(
    sentence: str, position: int, tokens: Tokens, lexicon: Lexicon, blocked: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    names: list[tuple[int, int]] = []
    while True:
        span = name_at(sentence, position, tokens, lexicon, blocked)
        if span is None:
            break
        names.append(span)
        position = past_employer(sentence, span[1], lexicon)  # 甲（某医院）、乙（某医院）当选…
        for joiner in _LIST_JOINERS:
            if sentence.startswith(joiner, position):
                nxt = name_at(sentence, position + len(joiner), tokens, lexicon, blocked, strict=True)
                if nxt is not None and (
                    joiner == "、" or not lexicon.title_pattern.match(sentence, nxt[1])
                ):
                    position += len(joiner)
                    break
        else:
            break
        if position == span[1]:
            break
    return names


_EMPLOYER = re.compile(r"[（(]([^（）()，。；、,;]{4,30})[）)]")


def past_employer(sentence: str, end: int, lexicon: Lexicon) -> int:
    """Past the employer a list prints in brackets after a name (``甲（某省人民医院）、乙（某县
    人民医院）当选为副主任委员``): the bracket names an organization, no note on the post."""
    bracket = _EMPLOYER.match(sentence, end)
    return bracket.end() if bracket is not None and lexicon.org_kind(bracket.group(1)) is not None else end
