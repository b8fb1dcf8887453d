"""Honors stated by one sentence: who won (the people right before the cue, else the
organization) and the honor's name (``获评“…”先进集体``)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .appointment_posts import NAME_TEXT
from .lexicon_loader import Lexicon
from .orgs import (
    OrgMention,
    Tokens,
    org_before,
)

_QUOTED = re.compile(r"[“\"《「]([^”\"》」]{2,40})[”\"》」]")
_STOP = re.compile(r"[，。；！？,;!?]")


def honor_in(
    sentence: str, tokens: Tokens, orgs: list[OrgMention], lexicon: Lexicon, home: str | None,
    people: Sequence[tuple[int, int, str]] = (),
) -> list[tuple[str, str]]:
    """(recipient, honor) pairs when the sentence says someone won an honor.

    ``people``: (start, end, title end) of the people found; names written right before
    the cue (``某某、某某获评…``) are the recipients, else the organization before it.
    """
    for cue in lexicon.honor_cues:
        at = sentence.find(cue)
        if at < 0:
            continue
        after = sentence[at + len(cue) :]
        honor = _honor_phrase(after, lexicon)
        if honor is None:
            continue
        winners = _people_before(sentence, at, people)
        if winners:
            return [(name, honor) for name in winners]
        recipient = _recipient(sentence, at, tokens, orgs, lexicon, home)
        if recipient is None:
            continue
        return [(recipient, honor)]
    return []


def _people_before(sentence: str, at: int, people: Sequence[tuple[int, int, str]]) -> list[str]:
    """Names of the list that ends right before ``at`` (joined by 、/和/与)."""
    names: list[str] = []
    position = at
    for start, end, name in sorted(people, reverse=True):
        gap = sentence[end:position]
        joined = gap in ("", "、", "和", "与", "及") or (
            bool(names) and gap[:1] == "、" and len(gap) <= 20 and NAME_TEXT.match(gap[1:]) is not None
        )  # 某某、儿科副主任医师某某获评…
        if end <= position and joined:
            if name not in names:
                names.insert(0, name)
            position = start
        elif end <= position:
            break
    return names


def _honor_phrase(after: str, lexicon: Lexicon) -> str | None:
    """The honor's name: a quoted name and the honor word after it (“…”达标单位),
    or a phrase up to its last honor word (先进集体, 一等奖)."""
    stop = _STOP.search(after)
    phrase = after[: stop.start()] if stop else after
    phrase = phrase.strip()
    if not phrase:
        return None
    lead = len(phrase) - len(phrase.lstrip("全国省市级"))
    quoted = _QUOTED.match(phrase, lead)
    if quoted:
        tail = phrase[quoted.end() : quoted.end() + 8]
        for size in range(len(tail), 0, -1):
            if any(tail[:size].endswith(word) for word in lexicon.honor_words):
                return phrase[: quoted.end() + size]
        return phrase[: quoted.end()]
    ends = [phrase.rfind(w) + len(w) for w in lexicon.honor_words if w in phrase]
    if ends:
        return phrase[: max(ends)][:60]
    return None


def _recipient(
    sentence: str, at: int, tokens: Tokens, orgs: list[OrgMention], lexicon: Lexicon, home: str | None
) -> str | None:
    before = [m for m in orgs if m.end <= at]
    if before:
        return before[-1].name
    for ref in ("我院", "本院", "医院"):
        if ref in sentence[:at] and home:
            return home
    org = org_before(sentence, at, tokens, lexicon, home)
    return org.name if org else None
