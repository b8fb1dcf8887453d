"""Where the title words of a sentence are written: each match of the title lexicon, cut where
a body's name ends (康复科|护士长, 市总工会|常务副主席, 团市委|副书记, 石门镇|党委书记), widened
by the topic it is taught in (应急救护培训|讲师) or by 原 (原副院长), and skipped inside a body's
name (医师|协会) or a role in a story (主刀医生)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from .lexicon_loader import FORMER, Lexicon
from .names import is_cjk
from .segment import word_tags

_TOPIC_STOP_TAGS = {"nr", "nrt", "ns", "p", "c", "u", "uj", "r", "d", "m", "q", "f", "t"}
_TOWNSHIPS = ("街道", "镇", "乡")  # a township-level place whose party organ is the place's (GOLD_SPEC §4.4)


def _township_level(prefix: str) -> str:
    """``街道`` of 街道党工委, ``镇`` of 镇党委; empty when the prefix names no township."""
    return next((level for level in _TOWNSHIPS if prefix.startswith(level) and len(prefix) > len(level)), "")


def title_matches(sentence: str, lexicon: Lexicon) -> list[tuple[int, int, str]]:
    """Title words in the sentence, skipping ``院长`` inside ``医院长期``-like runs."""
    roles = [m.span() for m in lexicon.role_pattern.finditer(sentence)] if lexicon.role_words else []
    out = []
    for start, end, title in _title_words(sentence, lexicon):
        if any(a <= start and end <= b for a, b in roles):
            continue  # 主刀医生: a role in the story, not a post
        if sentence.startswith("会", end) and title.endswith(("委员", "常委", "理事", "董事", "监事")):
            continue  # 专业委员会, 理事会, 董事会: the body, not a member
        if start > 0 and title[0] == "院" and sentence[start - 1] in "医学分卫":
            continue
        if sentence.endswith(_as_tuple(lexicon.group_words), 0, start):
            continue  # 希望广大医师弘扬…: the title's holders as a group, no one person
        if _org_suffix_at(sentence, end, lexicon):
            continue  # 医师|协会, 院长|办公室: the title word is part of a body's name
        if sentence[end : end + 1] == "院" and lexicon.is_org_suffix(title[-1] + "院"):
            continue  # 武警某总|队医|院: the title's last character opens a body's ending (医院)
        if _names_a_unit(sentence, end):
            continue  # 总务|科科长, 秘书|处: the post's word names the office that does its work
        start, title = _body_before_qualified(sentence, start, title, lexicon)  # 市总|工会主席: 总工会 is a body
        prefix = next((p for p in lexicon.title_prefixes if title.startswith(p) and title[len(p) :] in lexicon.titles), None)
        if prefix and start > 0 and any(
            lexicon.is_org_suffix(sentence[start - size : start] + prefix) for size in (1, 2) if start >= size
        ):
            start, title = start + len(prefix), title[len(prefix) :]  # 市总工会|常务副主席: the committee ends an org's name
        elif prefix and len(prefix) == 2 and prefix[0] in _PLACE_LEVELS and prefix[1] == "委" and _league_before(sentence, start):
            start, title = start + len(prefix), title[len(prefix) :]  # 团市委|副书记: the league's, not the 市委's
        elif prefix and (level := _township_level(prefix)):
            # 石门镇|党委书记, 某某街道|党工委书记; and with the place named before (…乡长陪同, 乡|党委书记;
            # 街道|党工委副书记): the township's party organ is the place's, its post is read without it
            start, title = start + len(level), title[len(level) :]
        start, title = named_unit_head(sentence, start, title, lexicon)  # 呼吸科哮喘亚专科|负责人
        if title in lexicon.topic_titles:
            start, title = _with_topic(sentence, start, title, lexicon)
        before = sentence[max(0, start - 6) : start - 1]
        if (
            start > 0 and sentence[start - 1] == FORMER and not title.startswith(FORMER)
            and (not before or not is_cjk(before[-1]) or lexicon.ends_like_org(before))
        ):
            start, title = start - 1, FORMER + title  # 原副院长: the former post, kept as written
        out.append((start, _past_abbreviation(sentence, end), title))
    return out


@lru_cache(maxsize=8)
def _as_tuple(words: frozenset[str]) -> tuple[str, ...]:
    """The words as a tuple, for one ``str.endswith`` over all of them (built once per set)."""
    return tuple(words)


def _title_words(sentence: str, lexicon: Lexicon) -> Iterator[tuple[int, int, str]]:
    """Each longest title word, left to right (start, end, title). A 科 that ends a unit's name is no
    part of the post (康复科|护士长, 外科|主任医师: the title is read again after it); after a ward
    cluster it is (内科片区|科主任, 医技片区|执行科主任; 外科|科护士长 is whole)."""
    regex = lexicon.title_pattern
    at = 0
    while (match := regex.search(sentence, at)) is not None:
        start, title = match.start(), match.group(0)
        if title[0] == _UNIT_WORD and _unit_word_ends(sentence[max(0, start - _ROOM) : start], title, lexicon):
            match = regex.match(sentence, start + 1) or match
            start, title = match.start(), match.group(0)
        elif start > 0 and sentence[start - 1] == _UNIT_WORD and _UNIT_WORD + title not in lexicon.titles:
            start, title = _cluster_head(sentence, start, title, lexicon)
        if title.endswith(_NURSE) and len(title) > len(_NURSE) and sentence.startswith(_HEAD, match.end()):
            match = regex.match(sentence, match.end() - len(_NURSE)) or match  # 糖尿病专科|护士长
            start, title = match.start(), match.group(0)
        yield start, match.end(), title
        at = match.end()


def _body_before_qualified(sentence: str, start: int, title: str, lexicon: Lexicon) -> tuple[int, str]:
    """A title read as qualifier + committee + post (总|工会|主席) whose qualifier and committee end
    a body's name (市|总工会: a place's federation of trade unions): the post is read after the body
    (主席, the body its organization), not as a qualified post of an organ (总工会主席)."""
    for prefix in lexicon.title_prefixes:
        at = title.find(prefix, 1)
        if at <= 0 or title[at + len(prefix) :] not in lexicon.titles:
            continue
        written = sentence[start : start + at + len(prefix)]
        if any(lexicon.is_org_suffix(sentence[start - size : start] + written) for size in (0, 1, 2) if start >= size):
            return start + at + len(prefix), title[at + len(prefix) :]
    return start, title


_UNIT_WORD = "科"
# a nurse's post with its field run on by 长 (糖尿病专科护士|长) is the head nurse's (护士长, as heldout22's gold)
_NURSE, _HEAD = "护士", "长"
_OFFICE_ENDS = "科部处股室"  # one-character endings of an office's name (总务科, 秘书处, 宣传部)
# a 科 after a unit's or an office's name is the post's own (外科|科护士长, 护理部|科护士长, 医务处|科长)
_UNIT_OR_OFFICE = (_UNIT_WORD, "部", "处")
_ROOM = 8  # characters of a unit's name read before a title


def _unit_word_ends(before: str, title: str, lexicon: Lexicon) -> bool:
    """The 科 a title starts with ends a department's name (康复科|护士长) or stands for the
    department just named (在急诊科，科|主任某某), so the post is the title after it; it is the
    post's own after a ward cluster or a body's name (内科片区|科主任, 外科|科护士长, 某中心|科主任)."""
    if title[1:] not in lexicon.titles:
        return False
    if before.endswith(_UNIT_OR_OFFICE) or any(before.endswith(unit) for unit in lexicon.cluster_units) or any(
        lexicon.is_org_suffix(before[-size:]) for size in (2, 3) if len(before) >= size
    ):
        return False
    if before and is_cjk(before[-1]):
        return True
    return title[1:] in lexicon.unit_titles  # ，科|主任某某: the head of the department named before


def _cluster_head(sentence: str, start: int, title: str, lexicon: Lexicon) -> tuple[int, str]:
    """内科片区|科主任, 医技片区|执行|科主任: after a ward cluster (cluster_units.txt) the 科 before a
    department head's title (unit_titles.txt) is the post's, with a qualifier written before it."""
    if title not in lexicon.unit_titles:
        return start, title
    at = start - 1
    qualifier = ""
    for size in (2, 1):  # 执行|科主任: a qualifier the head takes (执行主任), written before the 科
        word = sentence[max(0, at - size) : at]
        if len(word) == size and word + title in lexicon.titles and word + title in lexicon.unit_titles:
            qualifier = word
            break
    before = sentence[max(0, at - len(qualifier) - _ROOM) : at - len(qualifier)]
    if not any(before.endswith(unit) for unit in lexicon.cluster_units):
        return start, title
    return at - len(qualifier), qualifier + _UNIT_WORD + title


_ABBREVIATION = re.compile(r"[（(][A-Za-z]{2,8}[）)]")


def _past_abbreviation(sentence: str, end: int) -> int:
    """首席信息官（CIO）、某中心主任: the title's Latin abbreviation in brackets is part of it."""
    match = _ABBREVIATION.match(sentence, end)
    return match.end() if match else end


_LEAGUE = "团"
_PLACE_LEVELS = "省市县区州旗"
_LEAGUE_ROOM = 10  # characters between 共青团 and 市委 (the place's name)


def _league_before(sentence: str, start: int) -> bool:
    """团|市委副书记, 共青团某市|市委…: the committee before the title is the youth league's."""
    if sentence.endswith(_LEAGUE, 0, start):
        return True
    at = sentence.rfind("共青团", max(0, start - _LEAGUE_ROOM), start)
    return at >= 0 and all(is_cjk(c) for c in sentence[at:start])


_TOPIC_BEFORE = set("的了、，,：:（(“")


def _with_topic(sentence: str, start: int, title: str, lexicon: Lexicon) -> tuple[int, str]:
    """插花|讲师, 急救|讲师, 应急救护|培训|讲师: words for what is taught, written before a teaching
    title, are part of it (up to three dictionary words, none an organization, title, name or
    function word; a clause, a boundary word or an organization's name comes before them)."""
    best = start
    at = start
    named = False  # the word read last is one jieba tags as a name (康复, 安宁): a field only inside the topic
    for _word in range(_TOPIC_WORDS):
        step = _topic_word_before(sentence, at, lexicon)
        if step is None and not named:
            step = _topic_word_before(sentence, at, lexicon, _NAME_TAGS)
            named = step is not None
        else:
            named = False
        if step is None or start - step > _TOPIC_ROOM:
            break
        at = step
        if not named and _topic_starts(sentence, at, lexicon):
            best = at
    return best, sentence[best:start] + title


_TOPIC_WORDS = 3
_TOPIC_ROOM = 8  # characters of what is taught (应急救护培训)


_NAME_TAGS = frozenset({"nr", "ns"})  # 神经|康复|专家顾问: jieba's person reading of a field word, inside a topic


def _topic_word_before(
    sentence: str, end: int, lexicon: Lexicon, only: frozenset[str] = frozenset(),
) -> int | None:
    """Where a dictionary word that may name a subject starts, ending at ``end`` (``only``: a word
    of one of these tags, which a word of the topic must come before)."""
    tags = word_tags()
    for size in (4, 3, 2):
        at = end - size
        word = sentence[max(0, at) : end]
        if at < 0 or word not in tags or not all(is_cjk(c) for c in word) or (
            tags[word] not in only if only else tags[word] in _TOPIC_STOP_TAGS
        ):
            continue
        if lexicon.ends_like_org(word) or lexicon.title_ending(word) or word in lexicon.boundary_words:
            continue
        return at
    return None


def _topic_starts(sentence: str, at: int, lexicon: Lexicon) -> bool:
    return (
        at == 0 or sentence[at - 1] in _TOPIC_BEFORE or not is_cjk(sentence[at - 1])
        or any(sentence.endswith(w, 0, at) for w in (sentence[max(0, at - 2) : at], sentence[at - 1])
               if w in lexicon.boundary_words or w in lexicon.name_precedents)
        or any(lexicon.is_org_suffix(sentence[max(0, at - size) : at]) for size in (2, 3, 4))
    )


def _org_suffix_at(sentence: str, at: int, lexicon: Lexicon) -> bool:
    """An organization ending of two or more characters starts at ``at`` (协会, 分会, 办公室)."""
    return any(lexicon.is_org_suffix(sentence[at : at + size]) for size in (2, 3) if at + size <= len(sentence))


def _names_a_unit(sentence: str, end: int) -> bool:
    """An office's one-character ending follows the title word (总务|科, 秘书|处) and makes no word
    with the character after it (博士后|科研, 药师|科普, 总务|部门 stay posts; 总务处|处长 is the office and its head): the word is the
    office's name, not a post."""
    unit = sentence[end : end + 1]
    return unit != "" and unit in _OFFICE_ENDS and (
        sentence[end + 1 : end + 2] == unit or sentence[end : end + 2] not in word_tags()
    )  # 总务处|处长: the office's head after it


# Units a hospital names by its department and a field (呼吸科哮喘亚专科): so named, the unit is one
# of record and its head's title is the head title alone, the unit its organization (GOLD_SPEC §3,
# decided after round 28); printed without its department (脑血管病亚专科负责人) the title stays whole.
NAMED_UNITS = ("亚专科",)
UNIT_NAME_ROOM = 12  # characters of the department and the field before the unit word


def named_unit_head(sentence: str, start: int, title: str, lexicon: Lexicon) -> tuple[int, str]:
    """``呼吸科哮喘亚专科负责人`` → 负责人 after the unit: the title opens with a unit word written
    after a department's name and a field (Han characters only, the department ending in 科)."""
    unit = next((u for u in NAMED_UNITS if title.startswith(u) and title[len(u) :] in lexicon.titles), None)
    if unit is None:
        return start, title
    at = start
    while at > 0 and start - at < UNIT_NAME_ROOM and is_cjk(sentence[at - 1]):
        at -= 1
    named = sentence[at:start]
    department = named.rfind(_UNIT_WORD)
    if department <= 0 or len(named) - department - 1 < 2:
        return start, title  # 内镜诊疗亚专科负责人: no department printed with the field
    return start + len(unit), title[len(unit) :]
