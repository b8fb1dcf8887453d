"""A person's posts written in brackets right after the name: ``甲（某大学研究生院院长）与乙签约``.

News prints a guest's post after the name when the sentence is about something else (who
signed, who spoke). The bracket holds nothing but posts, each ``[ORG]TITLE`` joined by 、;
anything else in it (an age, a place, 化名) gives nothing.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .lexicon_loader import Lexicon
from .mentions import ArticleContext, PersonMention
from .name_model import NAME_DOTS, dotted_name_before, is_dotted_name
from .names import is_cjk, surname_length, valid_name
from .orgs import OrgMention, Tokens
from .profiles import posts_in

_BRACKET = re.compile(r"（([^（）]{2,40})）")
# how the last post is held, written after it in the bracket (GOLD_SPEC §6: 副院长（主持工作） → 副院长)
_HELD_NOTE = re.compile(r"[，,](?:主持工作|试用期[一二三四五六七八九十半]{1,2}[年个月]{1,2})$")
_BEFORE_NAME = set("，、：；与和及同。")  # what may stand right before the name


def bracketed_posts(
    sentence: str, tokens: Tokens, lexicon: Lexicon, context: ArticleContext, used: list[tuple[int, int]],
) -> list[PersonMention]:
    """``NAME（[ORG]TITLE、…）``: each post of the bracket is the name's."""
    out: list[PersonMention] = []
    heads: dict[int, str] = {}  # where a bracket of a headed list closes: the post heading the list
    for bracket in _BRACKET.finditer(sentence):
        name_span = _name_before(sentence, bracket.start(), lexicon) or _dotted_before(sentence, bracket.start(), tokens, lexicon)
        if name_span is None or any(a < name_span[1] and name_span[0] < b for a, b in used):
            continue
        held = _HELD_NOTE.search(sentence, bracket.start(1), bracket.end(1))  # （某部副部长，主持工作）
        items = posts_in(sentence, bracket.start(1), held.start() if held else bracket.end(1), tokens, lexicon,
                         context.home)
        if not items:
            continue
        start, end = name_span
        head = _list_head(sentence, start, lexicon) or (heads.get(start - 1) if sentence[start - 1 : start] == "、" else None)
        out.extend(PersonMention(sentence[start:end], title, org, start, end) for title, org, _at in items)
        if head is not None:  # 主任：甲（某医院院长）；副主任：乙（…）、丙（…）: the post before the colon is each one's
            heads[bracket.end()] = head
            out.append(PersonMention(sentence[start:end], head, _standing_body(start, context), start, end))
    return out


def _list_head(sentence: str, start: int, lexicon: Lexicon) -> str | None:
    """The post written alone between a clause's start and the colon right before ``start``
    (``；副主任：`` + the name), or None."""
    if start < 2 or sentence[start - 1] not in _COLONS:
        return None
    clause = max(sentence.rfind(c, 0, start - 1) for c in _CLAUSE_MARKS) + 1
    text = sentence[clause : start - 1]
    title = lexicon.title_ending(text)
    return title if title is not None and title == text else None


def _standing_body(at: int, context: ArticleContext) -> OrgMention | None:
    """The body a headed list's post is of: the standing body (a centre, a committee: no hospital,
    unit, organ, school or firm) the text named last before ``at``, in this sentence or before."""
    here = [o for o in context.here if o.end <= at]
    body = next((o for o in reversed(context.seen + here) if o.kind not in _NO_STANDING_BODY), None)
    return None if body is None else replace(body, start=0, end=0)  # written apart from the post


_NO_STANDING_BODY = {"hospital", "department", "government", "university", "company", "group"}
_COLONS = "：:"
_CLAUSE_MARKS = "。；;，,！？"


def _name_before(sentence: str, end: int, lexicon: Lexicon) -> tuple[int, int] | None:
    for size in (3, 2, 4):
        start = end - size
        if start < 0:
            continue
        candidate = sentence[start:end]
        surname = surname_length(candidate, lexicon)
        if not surname or size - surname not in (1, 2):
            continue
        if start > 0 and is_cjk(sentence[start - 1]) and sentence[start - 1] not in _BEFORE_NAME:
            continue
        if valid_name(candidate, lexicon):
            return start, end
    return None


def _dotted_before(sentence: str, end: int, tokens: Tokens, lexicon: Lexicon) -> tuple[int, int] | None:
    """A name of parts joined by a dot right before the bracket (…）穆某·某（某科副主任）), standing
    where a name may: at the start, after punctuation or a joining word."""
    start = dotted_name_before(sentence, end, list(tokens), lexicon)
    if start is None:
        return None
    opening = start
    while opening > 0 and is_cjk(sentence[opening - 1]) and sentence[opening - 1] not in _BEFORE_NAME:
        opening -= 1  # 、木合|塔尔·某某: a first part jieba cut in two, as long as a first part is
    dot = min(sentence.find(d, start, end) % (end + 1) for d in NAME_DOTS)
    if opening < start and (dot - opening > _FIRST_PART or not is_dotted_name(sentence[opening:end])):
        return None
    return opening, end


_FIRST_PART = 4  # characters of a dotted name's part before the first dot (name_model)
