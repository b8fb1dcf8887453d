"""Items of an appointment notice printed as news, each anchored on ``同志`` after the names:

    甲同志任A科主任；                        甲、乙同志分别任A主任、B副主任，试用期一年；
    免去甲同志A科副主任职务；                 甲同志因到龄，不再担任A科主任职务；
    甲同志由A副主任调任B副主任，免去其A副主任职务；   原A科副主任甲同志任A科主任。

``同志`` ends a name for sure, so a given name that is also a word (春风, 国庆) is read as
written. A post named before the name (``原A科副主任``) or after ``由`` is one the person
held: a position, no decision (action ``held``).
"""

from __future__ import annotations

import re

from .appointment_posts import HELD as HELD  # a post held before the notice: a position
from .events import AppointmentHit
from .lexicon_loader import FORMER, Lexicon
from .names import is_cjk, surname_length, valid_name
from .orgs import OrgMention, Tokens, resolve_org
from .profiles import posts_in
from .segment import word_tags

_COMRADE = "同志"
_CLAUSE_STOP = "，。；：,;:！？"
_POSTS_END = re.compile(r"[，。；：,;:（(]|职务")
_APPOINTS = re.compile(r"(分别)?(?:任|担任|兼任|聘任为|任命为|(?<=分别)为)")  # 甲、乙同志分别为A、B (after 聘任：)
_REMOVES = re.compile(r"(?:因[^，。；]{1,12}?[，,]?)?不再(?:担任|兼任)")
_TRANSFERS = re.compile(r"由")
_TRANSFER_CUE = re.compile(r"(?:调任|改任|转任)")
_REMOVE_CUES = ("免去", "免去了")
_ITEM_NUMBER = re.compile(r"[一二三四五六七八九十]{1,3}、")
_THAT_PERSON = re.compile(r"[，,]?(?:同时|并)?免去其(?:的)?")
_HOME_CATEGORIES = {"administrative", "party", "clinical", "academic"}


def notice_hits(
    sentence: str, tokens: Tokens, lexicon: Lexicon, home: str | None, blocked: list[tuple[int, int]],
) -> list[AppointmentHit]:
    """Appointments, removals and held posts of the notice items in ``sentence``."""
    hits: list[AppointmentHit] = []
    for comrade in re.finditer(_COMRADE, sentence):
        hits.extend(_item(sentence, comrade.start(), tokens, lexicon, home, blocked))
    return hits


def _item(
    sentence: str, at: int, tokens: Tokens, lexicon: Lexicon, home: str | None, blocked: list[tuple[int, int]],
) -> list[AppointmentHit]:
    clause = max((sentence.rfind(stop, 0, at) for stop in _CLAUSE_STOP), default=-1) + 1
    numbered = _ITEM_NUMBER.match(sentence, clause)
    clause = numbered.end() if numbered else clause  # 三、原A副科长甲同志调任…: the item's number is no name
    cue = next((c for c in sorted(_REMOVE_CUES, key=len, reverse=True) if sentence.startswith(c, clause)), "")
    names = _names(sentence, clause + len(cue), at, lexicon, blocked)
    if not names:
        return []
    first_start = names[0][0]
    hits: list[AppointmentHit] = []
    if not cue and first_start > clause:  # 原A科副主任甲同志…: the post the person held
        before = clause + (1 if sentence.startswith(FORMER, clause) else 0)
        for title, org in posts_between(sentence, before, first_start, tokens, lexicon, home) or []:
            hits.append(_hit(sentence, names[0], title, org, HELD))
    rest = at + len(_COMRADE)
    if cue:
        posts = _posts_to_end(sentence, rest, tokens, lexicon, home)
        hits.extend(_hit(sentence, span, title, org, "remove") for span in names for title, org in posts)
    elif (removes := _REMOVES.match(sentence, rest)) is not None:
        posts = _posts_to_end(sentence, removes.end(), tokens, lexicon, home)
        hits.extend(_hit(sentence, span, title, org, "remove") for span in names for title, org in posts)
    elif (moved := _TRANSFER_CUE.match(sentence, rest)) is not None and len(names) == 1:  # 原A副科长甲同志调任B科长
        posts = _posts_to_end(sentence, moved.end(), tokens, lexicon, home)
        hits.extend(_hit(sentence, names[0], title, org, "appoint") for title, org in posts)
    elif _TRANSFERS.match(sentence, rest) and len(names) == 1:
        cue_at = _TRANSFER_CUE.search(sentence, rest + 1)
        stop = _POSTS_END.search(sentence, rest + 1)
        if cue_at is None or (stop is not None and stop.start() < cue_at.start()):
            return hits
        for title, org in posts_between(sentence, rest + 1, cue_at.start(), tokens, lexicon, home) or []:
            hits.append(_hit(sentence, names[0], title, org, HELD))
        posts = _posts_to_end(sentence, cue_at.end(), tokens, lexicon, home)
        hits.extend(_hit(sentence, names[0], title, org, "appoint") for title, org in posts)
    elif (appoints := _APPOINTS.match(sentence, rest)) is not None:
        posts = _posts_to_end(sentence, appoints.end(), tokens, lexicon, home)
        if appoints.group(1) and len(names) > 1:  # 甲、乙同志分别任A、B: in order
            if len(posts) != len(names):
                return hits
            hits.extend(_hit(sentence, span, title, org, "appoint") for span, (title, org) in zip(names, posts, strict=True))
        elif len(names) == 1 or len(posts) == 1:
            hits.extend(_hit(sentence, span, title, org, "appoint") for span in names for title, org in posts)
    else:
        return hits
    if len(names) == 1 and hits:  # …，免去其A副主任职务: the person just named
        end = _POSTS_END.search(sentence, rest)
        while end is not None and end.group(0) == "职务":
            end = _POSTS_END.search(sentence, end.end())
        that = _THAT_PERSON.search(sentence, rest) if end is not None else None
        if that is not None and that.start() == end.start():  # type: ignore[union-attr]
            posts = _posts_to_end(sentence, that.end(), tokens, lexicon, home)
            hits.extend(_hit(sentence, names[0], title, org, "remove") for title, org in posts)
    return hits


def _names(
    sentence: str, start: int, end: int, lexicon: Lexicon, blocked: list[tuple[int, int]],
) -> list[tuple[int, int]]:
    """``甲、乙`` right before 同志: each item a name, the first one perhaps after its post."""
    items = sentence[start:end].split("、")
    spans: list[tuple[int, int]] = []
    position = start
    for number, item in enumerate(items):
        item_start = position
        position += len(item) + 1
        if number == 0 and len(item) > 4:
            title = lexicon.title_ending(item[:-2]) or lexicon.title_ending(item[:-3]) or ""
            cut = item.rfind(title, 0, len(item) - 1) + len(title) if title else -1
            if cut <= 0:
                return []
            item_start, item = item_start + cut, item[cut:]
        if not _is_name(item, lexicon) or any(a < item_start + len(item) and item_start < b for a, b in blocked):
            return []
        spans.append((item_start, item_start + len(item)))
    return spans


def _is_name(text: str, lexicon: Lexicon) -> bool:
    """A name written alone before 同志; a surname that is also a function word (向, 和) is one
    here, before a given name that is no function word and with nothing else in the item."""
    surname = surname_length(text, lexicon)
    if not surname or len(text) - surname not in (1, 2) or not all(is_cjk(c) for c in text):
        return False
    if valid_name(text, lexicon, allow_common=True):
        return True
    given = text[surname:]
    return (
        surname == 1 and len(given) == 2 and text[0] in lexicon.boundary_words and text not in word_tags()
        and word_tags().get(given) in _GIVEN_TAGS and not any(c in lexicon.boundary_words for c in given)
        and text not in lexicon.common_words and lexicon.title_ending(text) is None
    )


_GIVEN_TAGS = {"n", "nr", "nz", "t", "ns", "a", None}  # 春风, 国庆, 秋实: words that are given names too


def _posts_to_end(
    sentence: str, start: int, tokens: Tokens, lexicon: Lexicon, home: str | None,
) -> list[tuple[str, OrgMention | None]]:
    """The posts from ``start`` to the end of the clause (or to 职务)."""
    stop = _POSTS_END.search(sentence, start)
    end = stop.start() if stop else len(sentence)
    return posts_between(sentence, start, end, tokens, lexicon, home) or []


def posts_between(
    sentence: str, start: int, end: int, tokens: Tokens, lexicon: Lexicon, home: str | None,
) -> list[tuple[str, OrgMention | None]] | None:
    """The posts written from ``start`` to ``end`` with their organizations (a bare rank after
    a unit's post is of that unit), or None when there are none."""
    if end <= start:
        return None
    found = posts_in(sentence, start, end, tokens, lexicon, home)
    if not found:
        return None
    own = resolve_org("我院", lexicon, home) if home else None
    out: list[tuple[str, OrgMention | None]] = []
    unit: OrgMention | None = None  # 护理部副主任、副主任护师: a rank bare after a unit's post is of that unit
    for title, org, _at in found:
        if org is not None:
            unit = org if org.kind == "department" else None
        elif unit is not None and lexicon.is_unit_title(title):
            org = unit
        out.append((title, org if org is not None or lexicon.title_category(title) not in _HOME_CATEGORIES else own))
    return out


def _hit(sentence: str, span: tuple[int, int], title: str, org: OrgMention | None, action: str) -> AppointmentHit:
    return AppointmentHit(sentence[span[0] : span[1]], title, org, action, span[0], span[1])
