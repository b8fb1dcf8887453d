"""People with their titles, in every shape Chinese institutional news writes them.

Shapes (all driven by the lexicon's title list, surnames and boundary words):

- title chain before a name list: ``党委书记、院长薛伟民``, ``副院长刘玉林、胡德胜``
- each title with its own organization: ``新里程健康集团首席执行官、新里程健康科技集团董事长林杨林``;
  a chain may run over a comma while no name has come yet
  (``某公司总经理，晋城大医院党委书记、院长薛伟民``)
- name before a title: ``薛伟民院长``, ``脊柱微创骨科陈晋伟主任`` (titles_after_name.txt)
- short references: ``薛院长``, ``王主任`` → the full name given earlier in the article
  (never invented when no earlier full name has that surname)

A name is a surname from surnames.txt plus one or two characters (two or three
after a compound surname); where it ends is read from what follows it: punctuation,
a title, a follower word (``主持``, ``等``), or else jieba's token.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import lru_cache

from .lexicon_loader import Lexicon
from .orgs import GROUP_REFERENCES, OrgMention, Tokens, org_before
from .segment import word_tags

_CJK = re.compile(r"[\u3400-\u9fff]")
_LIST_JOINERS = ("、", "和", "与", "及", "以及")
_CHAIN_JOINERS = ("、", "，", ",", "/")
_ORG_LIST_INHERIT = {"、"}
# jieba tags of ordinary words (verbs, adjectives, adverbs, function words); nouns and
# place tags are left alone: jieba lists many real names (马建国) as places
_WORD_TAGS = {"v", "vn", "vd", "a", "ad", "an", "d", "p", "c", "u", "uj", "ul", "uz", "ug", "uv", "ud",
              "r", "m", "q", "f", "t", "l", "i"}
_FUNCTION_ENDS = set("在的了和与及对为是将被把等说作任")
_OPEN_QUOTES = set("“‘「『《\"")
_CLOSE_QUOTES = set("”’」』》\"")


@dataclass(frozen=True)
class PersonMention:
    name: str
    title: str
    org: OrgMention | None
    start: int  # offsets of the name in the sentence
    end: int
    short: bool = False  # written as surname + title and resolved within the article
    inherited: bool = False  # org not written with this title: carried from a neighbour


@dataclass
class ArticleContext:
    """What earlier sentences of the same article said (for short references)."""

    home: str | None
    group: str | None = None  # what a bare 集团 refers to
    full_names: list[str] = field(default_factory=list)
    titles: dict[str, set[str]] = field(default_factory=dict)


@lru_cache(maxsize=4)
def _title_regex(titles: tuple[str, ...]) -> re.Pattern[str]:
    ordered = sorted(titles, key=len, reverse=True)
    return re.compile("|".join(re.escape(t) for t in ordered))


def title_matches(sentence: str, lexicon: Lexicon) -> list[tuple[int, int, str]]:
    """Title words in the sentence, skipping ``院长`` inside ``医院长期``-like runs."""
    regex = _title_regex(tuple(lexicon.titles))
    out = []
    for match in regex.finditer(sentence):
        start = match.start()
        if start > 0 and match.group(0)[0] == "院" and sentence[start - 1] in "医学分卫":
            continue
        out.append((start, match.end(), match.group(0)))
    return out


def _is_cjk(char: str) -> bool:
    return bool(_CJK.match(char))


def _starts_with_any(text: str, words: frozenset[str] | set[str], longest: int = 4) -> bool:
    return any(text[:size] in words for size in range(1, min(longest, len(text)) + 1))


def _surname_length(text: str, lexicon: Lexicon) -> int:
    if text[:2] in lexicon.compound_surnames:
        return 2
    if text[:1] in lexicon.surnames:
        return 1
    return 0


@lru_cache(maxsize=4096)
def _patient_like(name: str, patterns: tuple[re.Pattern[str], ...]) -> bool:
    """The whole candidate is a patient mention (王阿姨, 老王, 张某): never a person."""
    return any(p.fullmatch(name) for p in patterns)


def _valid_name(name: str, lexicon: Lexicon, allow_common: bool = False) -> bool:
    if not all(_is_cjk(c) for c in name) or (name in lexicon.common_words and not allow_common):
        return False
    if not allow_common and word_tags().get(name) in _WORD_TAGS:
        return False  # 相关, 全面: a verb or adjective, a name only where the text says so plainly
    if _patient_like(name, lexicon.patient_patterns):
        return False
    if name in lexicon.titles or any(title in name for title in ("院长", "主任", "书记")):
        return False
    if len(name) >= 3 and (lexicon.org_kind(name) is not None or lexicon.is_org_suffix(name)):
        return False  # 麻醉科, 卫生院: a unit, not a name
    if len(name) >= 3 and name[0] in lexicon.boundary_words and word_tags().get(name[1:], "nr")[:2] != "nr":
        return False  # 和护理: a function word before a word
    if len(name) >= 3 and name[-1] in _FUNCTION_ENDS:
        return False  # 于林及, 时可在: a function word glued to the name
    return not any(name[i:] in lexicon.boundary_words for i in range(1, len(name) - 1))


def _hard_end(sentence: str, end: int, lexicon: Lexicon) -> bool:
    """A name ends here for sure: punctuation, or a follower (or boundary word) of two or more characters."""
    if end >= len(sentence) or not _is_cjk(sentence[end]):
        return True
    rest = sentence[end : end + 4]
    return any(
        rest[:size] in lexicon.name_followers or rest[:size] in lexicon.boundary_words
        for size in range(2, len(rest) + 1)
    )


def _next_is_word(end: int, tokens: Tokens) -> bool:
    """jieba starts a dictionary word of two or more characters at ``end`` (宁海波|立即)."""
    tags = word_tags()
    at = bisect.bisect_left(tokens, end, key=lambda t: t[1])
    return at < len(tokens) and tokens[at][1] == end and len(tokens[at][0]) >= 2 and tokens[at][0] in tags


def _right_boundary_ok(sentence: str, end: int, lexicon: Lexicon, tokens: Tokens | None = None) -> bool:
    if end >= len(sentence) or not _is_cjk(sentence[end]):
        return True
    if tokens is not None and _next_is_word(end, tokens):
        return True
    rest = sentence[end : end + 6]
    if _starts_with_any(rest, lexicon.name_followers) or _starts_with_any(rest, lexicon.boundary_words):
        return True
    return bool(_title_regex(tuple(lexicon.titles)).match(rest))


def name_at(
    sentence: str,
    start: int,
    tokens: Tokens,
    lexicon: Lexicon,
    blocked: list[tuple[int, int]],
    strict: bool = False,
) -> tuple[int, int] | None:
    """The span of a name that starts at ``start`` (after a title), or None."""
    if start >= len(sentence) or any(a <= start < b for a, b in blocked):
        return None
    blocked_ahead = [a for a, _b in blocked if a > start]
    limit = min(blocked_ahead) if blocked_ahead else len(sentence)  # a name never runs into a patient
    surname = _surname_length(sentence[start:], lexicon)
    if not surname or _starts_org(sentence, start, tokens, lexicon):
        return None
    lengths = (surname + 2, surname + 1)
    good = [
        size
        for size in lengths
        if start + size <= limit
        and _valid_name(sentence[start : start + size], lexicon, allow_common=_hard_end(sentence, start + size, lexicon))
        and _right_boundary_ok(sentence, start + size, lexicon, tokens)
    ]
    if len(good) == 2 and sentence[start + lengths[1]] in lexicon.name_followers:
        good = [lengths[1]]
    if len(good) == 2 and _hard_end(sentence, start + lengths[1], lexicon) and not _hard_end(
        sentence, start + lengths[0], lexicon
    ):
        good = [lengths[1]]  # 邹春|陪同调研 rather than 邹春陪|同调研
    if good:
        return start, start + good[0]
    if strict:
        return None
    at = bisect.bisect_left(tokens, start, key=lambda t: t[1])
    for word, word_start, word_end in tokens[at : at + 1]:
        if (
            word_start == start
            and surname + 1 <= len(word) <= surname + 2
            and word_end <= limit
            and _valid_name(word, lexicon)
        ):
            return start, word_end
    return None


def _left_boundary_ok(sentence: str, start: int, tokens: Tokens, lexicon: Lexicon, home: str | None) -> bool:
    if start == 0 or not _is_cjk(sentence[start - 1]):
        return True
    before = sentence[max(0, start - 4) : start]
    if any(before.endswith(word) for word in lexicon.boundary_words | lexicon.name_precedents):
        return True
    if any(before.endswith(t) for t in lexicon.titles):
        return True
    return org_before(sentence, start, tokens, lexicon, home) is not None


def name_before(
    sentence: str, title_start: int, tokens: Tokens, lexicon: Lexicon, context: ArticleContext,
    blocked: list[tuple[int, int]],
) -> tuple[int, int, bool, str] | None:
    """(start, end, short, name) of a name written just before a title, or None."""
    if title_start == 0 or not _is_cjk(sentence[title_start - 1]):
        return None
    short_name = _short_reference(sentence, title_start, tokens, lexicon, context)
    for size in (4, 3, 2):
        start = title_start - size
        if start < 0 or any(a < title_start and start < b for a, b in blocked):
            continue
        candidate = sentence[start:title_start]
        surname = _surname_length(candidate, lexicon)
        if not surname or size - surname not in (1, 2) or not _valid_name(candidate, lexicon):
            continue
        if short_name and (candidate[:1] in lexicon.boundary_words or size == 2 and surname == 1 and candidate[1] in lexicon.surnames):
            break
        if _inside_word(start, tokens):
            continue  # 办|公室主任: the candidate starts inside a dictionary word
        if _left_boundary_ok(sentence, start, tokens, lexicon, context.home):
            return start, title_start, False, candidate
    if short_name:
        return title_start - 1, title_start, True, short_name
    return None


def _inside_word(position: int, tokens: Tokens) -> bool:
    """``position`` falls inside a token that is a dictionary word (not a name jieba guessed)."""
    at = bisect.bisect_right(tokens, position, key=lambda t: t[1]) - 1
    if at < 0:
        return False
    word, start, end = tokens[at]
    return start < position < end and word in word_tags()


def _short_reference(
    sentence: str, title_start: int, tokens: Tokens, lexicon: Lexicon, context: ArticleContext
) -> str | None:
    for size in (2, 1):
        start = title_start - size
        if start < 0:
            continue
        surname = sentence[start:title_start]
        if surname not in lexicon.surnames:
            continue
        matches = [n for n in context.full_names if n.startswith(surname) and len(n) > len(surname)]
        title = _title_regex(tuple(lexicon.titles)).match(sentence, title_start)
        matches = [
            n for n in matches
            if title and any(title.group(0) in known for known in context.titles.get(n, set()))
        ]
        if matches and _left_boundary_ok(sentence, start, tokens, lexicon, context.home):
            return matches[-1]
    return None


def people_in_sentence(
    sentence: str,
    tokens: Tokens,
    lexicon: Lexicon,
    context: ArticleContext,
    blocked: list[tuple[int, int]] | None = None,
) -> list[PersonMention]:
    """Every (name, title, org) the sentence states. ``blocked`` spans (patients) hold no names."""
    blocked = list(blocked or [])
    titles = title_matches(sentence, lexicon)
    used: list[tuple[int, int]] = []
    found: list[PersonMention] = []
    chain: list[tuple[int, int, str, OrgMention | None]] = []
    previous_chain_org: tuple[int, OrgMention | None] | None = None  # (end, hospital-level org)

    def org_for(end: int, floor: int) -> OrgMention | None:
        org = org_before(sentence, end, tokens, lexicon, context.home)
        if org is None:
            org = _place_before(sentence, end, tokens, lexicon)
        if org is None and context.group:
            for ref in GROUP_REFERENCES:
                if sentence.endswith(ref, 0, end) and not _is_cjk(sentence[end - len(ref) - 1 : end - len(ref)] or "，"):
                    org = OrgMention(end - len(ref), end, ref, context.group, "group")
                    break
        if org is None or org.start < floor:
            return None
        return org

    def emit_chain(names: list[tuple[int, int]]) -> None:
        nonlocal previous_chain_org
        head = chain[0][3]
        if head is not None and previous_chain_org is not None and previous_chain_org[1] is not None:
            # 江州医院心内科主任医师甲、内分泌科主任医师乙: 乙's bare unit is the same hospital's
            before = previous_chain_org[1]
            top = before.parent if before.kind == "department" else before.name
            if (
                head.kind == "department" and head.text == head.name and top and top != context.home
                and sentence[previous_chain_org[0] : head.start] == "、"
            ):
                chain[0] = (*chain[0][:3], OrgMention(head.start, head.end, head.text, top + head.name, "department", top))
        chain_org = next((c[3] for c in chain if c[3] is not None), None)
        if chain[0][3] is None and previous_chain_org is not None:
            gap = sentence[previous_chain_org[0] : chain[0][0]]
            if gap in {"，", "；", "、", ","}:
                chain_org = previous_chain_org[1]
        for name_start, name_end in names:
            current = chain_org if chain[0][3] is None else None
            borrowed = current is not None
            for _s, _e, title, org in chain:
                if org is not None:
                    current, borrowed = org, False
                found.append(
                    PersonMention(sentence[name_start:name_end], title, current or None, name_start, name_end,
                                  inherited=borrowed)
                )
        hospital_level = next(
            (c[3] for c in chain if c[3] is not None and c[3].kind in {"hospital", "group", "government"}),
            chain_org,
        )
        previous_chain_org = (names[-1][1], hospital_level)

    found.extend(_profile(sentence, tokens, lexicon, context))
    used.extend((m.start, m.end) for m in found)
    index = 0
    while index < len(titles):
        start, end, title = titles[index]
        if any(a <= start < b for a, b in used):
            index += 1
            continue
        floor = chain[-1][1] if chain else (used[-1][1] if used else 0)
        if chain:
            gap = sentence[chain[-1][1] : start]
            stripped = gap[1:] if gap[:1] in _CHAIN_JOINERS else gap
            if gap == "" or stripped == "":
                chain.append((start, end, title, None))
            else:
                org = org_for(start, chain[-1][1])
                over_comma = gap[:1] != "、"
                if (
                    gap[:1] in _CHAIN_JOINERS
                    and org is not None
                    and org.start == chain[-1][1] + 1
                    and not (over_comma and _after_verb(sentence, chain[0][3].start if chain[0][3] else chain[0][0], lexicon))
                ):
                    chain.append((start, end, title, org))
                else:
                    chain = []
        if not chain:
            # name before the title: 薛伟民院长, 脊柱微创骨科陈晋伟主任
            if title in lexicon.titles_after_name:
                hit = name_before(sentence, start, tokens, lexicon, context, blocked + used)
                if hit is not None and sentence[hit[0] - 1 : hit[0]] in _OPEN_QUOTES and sentence[end : end + 1] in _CLOSE_QUOTES:
                    hit = None  # “江州好医生”: a quoted name of an honor, not a person
                if hit is not None:
                    name_start, name_end, short, name = hit
                    org = None
                    inherited = False
                    if not short:
                        floor_org = org_for(name_start, floor)
                        if floor_org is None and name_start > 0 and sentence[name_start - 1] == "的":
                            floor_org = org_for(name_start - 1, floor)
                        org = floor_org
                        if org is None and found and used:
                            between = sentence[used[-1][1] : name_start]
                            if between in _ORG_LIST_INHERIT:
                                org, inherited = found[-1].org, True
                    found.append(PersonMention(name, title, org, name_start, name_end, short, inherited))
                    used.append((min(name_start, start), end))
                    index += 1
                    continue
            chain = [(start, end, title, org_for(start, floor))]
        names = _name_list(sentence, end, tokens, lexicon, blocked + used)
        if names:
            emit_chain(names)
            used.append((chain[0][0], names[-1][1]))
            after = _title_regex(tuple(lexicon.titles)).match(sentence, names[-1][1])
            if len(names) == 1 and after and after.group(0) in lexicon.titles_after_name:
                # 医务处处长曹卫军教授: a title after the name is the same person's
                last = found[-1]
                found.append(
                    PersonMention(last.name, after.group(0), last.org, last.start, last.end, inherited=last.inherited)
                )
                used.append((after.start(), after.end()))
            chain = []
        index += 1
    for mention in found:
        if not mention.short and mention.name not in context.full_names:
            context.full_names.append(mention.name)
        context.titles.setdefault(mention.name, set()).add(mention.title)
    return found


_CURRENT = ("现任", "兼任", "任", "系")


def _profile(sentence: str, tokens: Tokens, lexicon: Lexicon, context: ArticleContext) -> list[PersonMention]:
    """An expert's profile: ``某某，主任医师，教授，博士生导师，现任某医院某科主任``."""
    parts = sentence.rstrip("。；").split("，")
    if len(parts) < 2 or not 2 <= len(parts[0]) <= 4:
        return []
    name = parts[0]
    surname = _surname_length(name, lexicon)
    if not surname or len(name) - surname not in (1, 2) or not _valid_name(name, lexicon):
        return []
    bare: list[str] = []
    posts: list[tuple[str, OrgMention | None]] = []
    offset = len(name) + 1
    regex = _title_regex(tuple(lexicon.titles))
    for part in parts[1:]:
        if part in lexicon.titles:
            bare.append(part)
        elif part.startswith(_CURRENT):
            body = part[2:] if part[:2] in _CURRENT else part[1:]
            title = None
            for match in regex.finditer(body):
                if match.end() == len(body):
                    title = match
            if title is None:
                break
            at = offset + (len(part) - len(body)) + title.start()
            org = org_before(sentence, at, tokens, lexicon, context.home)
            posts.append((title.group(0), org))
        else:
            break
        offset += len(part) + 1
    if not bare and not posts:
        return []
    written = next((org for _t, org in posts if org is not None), None)
    out = [PersonMention(name, title, written, 0, len(name), inherited=written is not None) for title in bare]
    out += [PersonMention(name, title, org, 0, len(name)) for title, org in posts]
    return out


def _after_verb(sentence: str, head: int, lexicon: Lexicon) -> bool:
    """The chain's head follows a verb (当选副理事长，…): it is a predicate, not a name's prefix."""
    before = sentence[max(0, head - 3) : head]
    return bool(before) and _is_cjk(before[-1]) and any(
        before.endswith(cue) for cue, _action, _shape in lexicon.appointment_cues
    ) or before.endswith(("担任", "任", "为", "是"))


def _place_before(sentence: str, end: int, tokens: Tokens, lexicon: Lexicon) -> OrgMention | None:
    """``青川市副市长``: the place before a government title is its organization."""
    title = _title_regex(tuple(lexicon.titles)).match(sentence, end)
    if title is None or lexicon.titles.get(title.group(0)) != "government":
        return None
    for size in range(2, 7):
        start = end - size
        if start < 0:
            break
        place = sentence[start:end]
        if place[-1] not in "省市县区镇乡" or not all(_is_cjk(c) for c in place):
            continue
        before = sentence[max(0, start - 2) : start]
        if start == 0 or not _is_cjk(before[-1]) or any(before.endswith(w) for w in lexicon.boundary_words):
            return OrgMention(start, end, place, place, "government")
    return None


def _starts_org(sentence: str, start: int, tokens: Tokens, lexicon: Lexicon) -> bool:
    """An organization's name begins at ``start`` and runs to the next title (东江县中医院|院长)."""
    title = _title_regex(tuple(lexicon.titles)).search(sentence, start)
    if title is None or title.start() - start < 3:
        return False
    org = org_before(sentence, title.start(), tokens, lexicon, None)
    return org is not None and org.start <= start


def _name_list(
    sentence: str, position: int, tokens: Tokens, lexicon: Lexicon, blocked: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    names: list[tuple[int, int]] = []
    while True:
        span = name_at(sentence, position, tokens, lexicon, blocked)
        if span is None:
            break
        names.append(span)
        position = span[1]
        for joiner in _LIST_JOINERS:
            if sentence.startswith(joiner, position):
                nxt = name_at(sentence, position + len(joiner), tokens, lexicon, blocked, strict=True)
                if nxt is not None and (
                    joiner == "、" or not _title_regex(tuple(lexicon.titles)).match(sentence, nxt[1])
                ):
                    position += len(joiner)
                    break
        else:
            break
        if position == span[1]:
            break
    return names
