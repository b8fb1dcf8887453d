"""A committee's roster as a notice or a report prints it, one post a heading:

    一、主任委员：甲（某局副局长）
    三、委员（按姓氏笔画排序）：乙（某医院副院长，主任医师）；丙（某中心主任）。
    委员有：心病科主任、主任中医师丁，药学部主任戊等；
    副主编为（按姓氏笔画排序）：某大学副校长己，某医院院长庚。

The heading is a post alone (a post printed with a body's short name, 评委会委员：, takes that
body, which this reader does not resolve: left) of a committee or a board (a society's, a review or ethics committee's:
lexicon category ``association``; an editorial board's 主编, 副主编, 编委 with 为/有), then an
optional ordering note and a colon. Each item after it (up to ，/； or the sentence's end) is one
member: a name that opens the item before its bracketed note, or the name that closes the item
after the member's own posts. The members are appointed to the heading's post (GOLD_SPEC §9, §10);
the heading holds over the items of the sentences after it (a heading that ends its sentence,
then while each ends with ；).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .appointment_posts import AppointmentHit
from .lexicon_loader import Lexicon
from .names import name_at
from .orgs import Tokens

_HEADING = re.compile(r"(?P<post>[\u4e00-\u9fff]{2,16}?)(?P<link>为|有)?(?:[（(][^（）()]{1,12}[）)])?[：:]")
_BOARD = "association"
_EDITORS = frozenset({"主编", "副主编", "执行主编", "编委", "常务编委"})  # an editorial board's posts (§4.6)
_ITEM_END = re.compile(r"[，,；;。]")
_NOTE = "（("
_TAIL = ("等",)


def roster_headings(sentence: str, lexicon: Lexicon) -> list[tuple[str, int, int]]:
    """The roster headings in ``sentence``: (post, where the heading starts, where its items begin)."""
    out: list[tuple[str, int, int]] = []
    for match in _HEADING.finditer(sentence):
        before = sentence[: match.start("post")]
        if before and not re.search(r"[、，,；;。：:）)\s]$", before):
            continue  # the post opens a clause (一、评委会委员：), it is not the end of a word run on
        title = lexicon.title_ending(match.group("post"))
        if title is None or title != match.group("post"):
            continue  # 评委会委员：, 参加视察的委员有：: a body's or a clause's post, not this reader's (its body unread)
        if lexicon.title_category(title) == _BOARD or title in _EDITORS and match.group("link"):
            out.append((title, match.start(), match.end()))
    return out


def carried_roster(sentence: str, lexicon: Lexicon, carried: str | None) -> str | None:
    """The heading's post the next sentence's items take: the sentence ends with the heading (its
    rows printed as paragraphs of their own), or with ； (a row follows)."""
    headings = roster_headings(sentence, lexicon)
    text = sentence.rstrip()
    if headings and headings[-1][2] == len(text):
        return headings[-1][0]
    if not text.endswith(("；", ";")):
        return None
    return headings[-1][0] if headings else carried


def roster_members(
    sentence: str, tokens: Tokens, lexicon: Lexicon, blocked: list[tuple[int, int]],
    people: Sequence[tuple[int, int]], carried: str | None,
) -> list[AppointmentHit]:
    """The members of each roster the sentence heads (and of the heading ``carried`` from before,
    up to the sentence's first heading)."""
    headings = roster_headings(sentence, lexicon)
    runs = [(carried, 0)] if carried is not None else []
    runs += [(post, at) for post, _start, at in headings]
    ends = [start for _post, start, _at in headings] + [len(sentence)]
    if carried is None:
        ends = ends[1:]
    hits: list[AppointmentHit] = []
    for (post, at), stop_at in zip(runs, ends, strict=False):
        hits += _items(sentence[:stop_at], at, post, tokens, lexicon, blocked, people)
    return hits


def _items(
    sentence: str, at: int, post: str | None, tokens: Tokens, lexicon: Lexicon, blocked: list[tuple[int, int]],
    people: Sequence[tuple[int, int]],
) -> list[AppointmentHit]:
    """The members from ``at`` to the end of ``sentence`` (the run's end), each holding ``post``."""
    hits: list[AppointmentHit] = []
    while post is not None and at < len(sentence):
        span = _member(sentence, at, tokens, lexicon, blocked, people)
        if span is None:
            break
        hits.append(AppointmentHit(sentence[span[0] : span[1]], post, None, "appoint", span[0], span[1]))
        stop = _ITEM_END.search(sentence, _past_note(sentence, span[1]))
        if stop is None or stop.group(0) == "。":
            break
        at = stop.end()
    return hits


def _past_note(sentence: str, at: int) -> int:
    """Past the bracketed note after a member (（某医院副院长，主任医师）), whose commas are no item's end."""
    if at < len(sentence) and sentence[at] in _NOTE:
        close = sentence.find("）" if sentence[at] == "（" else ")", at)
        return close + 1 if close > 0 else at
    return at


def _member(
    sentence: str, at: int, tokens: Tokens, lexicon: Lexicon, blocked: list[tuple[int, int]],
    people: Sequence[tuple[int, int]],
) -> tuple[int, int] | None:
    """The item's member: a name opening it before its note, or a person read closing it."""
    opening = name_at(sentence, at, tokens, lexicon, blocked)
    if opening is not None and sentence[opening[1] : opening[1] + 1] in _NOTE:
        return opening
    stop = _ITEM_END.search(sentence, at)
    end = stop.start() if stop else len(sentence)
    for tail in _TAIL:
        if sentence.endswith(tail, at, end):
            end -= len(tail)
    return next((span for span in people if at < span[0] and span[1] == end), None)
