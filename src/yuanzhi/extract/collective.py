"""People named in a collective list: ``院领导甲、乙、丙出席``, ``甲、乙等院领导参加``.

The list says the people are among an organization's leaders on that day; it states no
individual post, and none is invented. The role is the collective word as written
(``院领导``, ``医院领导班子成员``, ``集团领导``); the organization is the one written
before it, or the issue's hospital for ``院``/``医院``/``我院`` or no prefix at all.
The collective words are data (``collective_roles.txt``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .generic_heads import bare_endings
from .lexicon_loader import Lexicon
from .names import name_at, name_list, valid_name
from .orgs import OrgMention, Tokens, org_before
from .segment import is_cjk, word_tags

_SELF = ("我院", "本院", "全院", "医院", "院")  # 院领导: the issue's own hospital
_SELF_BODIES = ("党委", "党政")
_GROUP_SELF = ("本集团", "集团")  # 集团领导班子成员: the group the issue names  # 院党委班子成员, 医院党政领导
_OPENERS = ("有", "：", ":", "包括")  # 出席的院领导有甲、乙
_LEVELS = "省市县区镇"
_NOT_NAMES = {"v", "vn", "vd", "a", "ad", "d", "p", "c", "u", "m", "q", "f", "t", "r"}  # jieba tags of no name
_LIST_START = re.compile(r"[，,。；;：:（(“\"]")
_CLOSE = "）)"
_TERM = re.compile(r"(?:新一届|本届|上一届|新一任|新任|新|第[一二三四五六七八九十0-9]{1,3}届)$")  # a term before the collective word


@dataclass(frozen=True)
class ListedMention:
    name: str
    role: str  # as written: 院领导, 领导班子成员
    org: OrgMention | None
    start: int
    end: int
    bare: bool = False  # the organization is an ending written alone (中心领导), read for the body it stands for


def _cue_regex(lexicon: Lexicon) -> re.Pattern[str]:
    words = sorted(lexicon.collective_roles, key=len, reverse=True)
    return re.compile("|".join(map(re.escape, words)) if words else r"(?!)")


def listed_in_sentence(
    sentence: str, tokens: Tokens, lexicon: Lexicon, home: str | None, blocked: list[tuple[int, int]],
    titled: list[tuple[int, int]] | None = None, group: str | None = None,
) -> list[ListedMention]:
    """Every name the sentence lists under a collective word, with the word and its organization.

    ``blocked``: spans that hold no name (patients); ``titled``: names the sentence gives a
    post of their own, which stay in the list but are not listed again.
    """
    skip = blocked + list(titled or [])
    found: list[ListedMention] = []
    for cue in _cue_regex(lexicon).finditer(sentence):
        role_start, org = _written_org(sentence, cue.start(), tokens, lexicon, home, group)
        role = sentence[role_start : cue.end()]
        if role_start >= 1 and sentence[role_start - 1] == "等":
            spans = _names_before(sentence, role_start - 1, tokens, lexicon, blocked)
        else:
            at = cue.end()
            opener = next((o for o in _OPENERS if sentence.startswith(o, at)), "")
            spans = name_list(sentence, at + len(opener), tokens, lexicon, blocked)
        for start, end in spans:
            tag = word_tags().get(sentence[start:end], "nr")
            if tag in _NOT_NAMES or tag[:2] != "nr" and _runs_on(sentence, end, lexicon):
                continue  # 领导班子|任免, 领导|干部会议: a word, not a name (方圆、 stays a name)
            if sentence[start:end] in lexicon.common_words:
                continue
            if not any(a < end and start < b for a, b in skip):
                bare = org is not None and org.start == role_start and org.text == org.name and org.text in bare_endings(
                    lexicon.directory)
                found.append(ListedMention(sentence[start:end], role, org, start, end, bare))
    return found


def _written_org(
    sentence: str, cue_start: int, tokens: Tokens, lexicon: Lexicon, home: str | None, group: str | None = None,
) -> tuple[int, OrgMention | None]:
    """(where the role starts, its organization): 院|领导 → the hospital, 云岭集团|领导 → the group,
    集团|领导班子成员 → the group the issue names."""
    start = cue_start
    term = _TERM.search(sentence, 0, start)
    if term is not None and term.end() == start:
        start = term.start()  # 医院新一届领导班子成员: the term names which team, not the body
    for body in _SELF_BODIES:
        if sentence.endswith(body, 0, start):
            start -= len(body)
            break
    for word in _GROUP_SELF:
        begin = start - len(word)
        if group and sentence.endswith(word, 0, start) and (begin == 0 or not is_cjk(sentence[begin - 1])):
            return begin, OrgMention(begin, start, word, group, "group")
    for word in _SELF:
        if sentence.endswith(word, 0, start):
            begin = start - len(word)
            if word == "院" and begin > 0 and org_before(sentence, start, tokens, lexicon, home) is not None:
                break  # 某某医院|领导: the organization is written in full
            mention = OrgMention(begin, start, word, home, "hospital") if home else None
            return begin, mention
    mention = org_before(sentence, start, tokens, lexicon, home) or _bracketed_name(sentence, start, tokens, lexicon, home)
    if mention is not None:
        return start, mention  # the role is the collective word; its organization is written before it
    bare = _bare_body(sentence, start, lexicon)
    if bare is not None:
        return bare.start, bare  # 中心领导: the body the article named with that ending (resolved by the caller)
    if start == cue_start and start > 0 and sentence[start - 1] in _LEVELS:
        return start - 1, None  # 市领导: a government's leaders, no organization named
    if start == cue_start and home and (start == 0 or not is_cjk(sentence[start - 1]) or sentence[start - 1] in "的等"):
        return cue_start, OrgMention(cue_start, cue_start, "", home, "hospital")  # 领导班子成员甲、乙
    return cue_start if start == cue_start else start, None


def _bracketed_name(
    sentence: str, end: int, tokens: Tokens, lexicon: Lexicon, home: str | None
) -> OrgMention | None:
    """集团总院（某县人民医院）|领导班子成员: a short form with the body's full name in brackets
    after it; the list is of the body the brackets name."""
    if end < 2 or sentence[end - 1] not in _CLOSE:
        return None
    inner = org_before(sentence, end - 1, tokens, lexicon, home)
    if inner is None or inner.start < 1 or sentence[inner.start - 1] not in "（(" or inner.kind == "department":
        return None
    return inner


def _bare_body(sentence: str, end: int, lexicon: Lexicon) -> OrgMention | None:
    """中心|领导, 学院|领导 at the start of a clause: the body's ending written alone
    (bare_endings.txt), which stands for the body of that ending the article named before."""
    for word in sorted(bare_endings(lexicon.directory), key=len, reverse=True):
        begin = end - len(word)
        if sentence.endswith(word, 0, end) and (begin == 0 or not is_cjk(sentence[begin - 1])):
            return OrgMention(begin, end, word, word, lexicon.org_kind(word) or "other")
    return None


def _names_before(
    sentence: str, end: int, tokens: Tokens, lexicon: Lexicon, blocked: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """甲、乙、丙|等院领导: the names of the list that ends at ``end`` (the 等)."""
    opening = max((m.end() for m in _LIST_START.finditer(sentence, 0, end)), default=0)
    items = sentence[opening:end].split("、")
    spans: list[tuple[int, int]] = []
    position = end
    for index in range(len(items) - 1, -1, -1):
        item = items[index]
        item_start = position - len(item)
        span = None
        for size in (4, 3, 2) if index == 0 else (len(item),):
            start = item_start + len(item) - size
            if start < item_start or not 2 <= size <= 4:
                continue
            hit = name_at(sentence, start, tokens, lexicon, blocked, strict=True)
            if hit == (start, position) and valid_name(sentence[start:position], lexicon):
                span = hit
                break
        if span is None:
            break
        spans.append(span)
        position = item_start - 1  # before the 、
    return spans[::-1]


def _runs_on(sentence: str, end: int, lexicon: Lexicon) -> bool:
    """The text goes on after ``end`` with a word, not a joiner, punctuation or a follower."""
    rest = sentence[end : end + 2]
    return bool(rest) and is_cjk(rest[0]) and rest[0] not in "、和与及等" and not any(
        rest[:size] in lexicon.name_followers for size in (1, 2)
    )


