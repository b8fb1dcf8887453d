"""A state's mission abroad is named with both states: ``中国驻某国大使馆``, ``某国驻某市总领事馆``.

The word 驻 (stationed in) joins the sending state to the place the mission sits in; the segmenter
cuts the name at 驻, so the body read from its ending starts at the host place (某国大使馆). The
sending state — a place word (中国, 泰国) right before 驻 — is the first part of the name
(GOLD_SPEC §4.9: a national body whose name is the country's own keeps it).
"""

from __future__ import annotations

from dataclasses import replace

from .org_resolve import OrgMention
from .segment import word_tags

_MISSIONS = ("大使馆", "总领事馆", "领事馆", "使馆")
_STATIONED = "驻"
_PLACE_TAG = "ns"
_MIN_STATE, _MAX_STATE = 2, 6  # characters of the sending state's name (中国, 马达加斯加)


def with_sender(sentence: str, mention: OrgMention, tokens: list[tuple[str, int, int]]) -> OrgMention:
    """``mention`` (某国大使馆) with the sending state before 驻 put in front of it, else as read."""
    at = mention.start - 1
    if not mention.name.endswith(_MISSIONS) or at < _MIN_STATE or sentence[at] != _STATIONED or mention.text != mention.name:
        return mention
    word = next((w for w, _s, e in tokens if e == at), None)
    if word is None or not _MIN_STATE <= len(word) <= _MAX_STATE or word_tags().get(word) != _PLACE_TAG:
        return mention
    text = sentence[at - len(word) : mention.end]
    return replace(mention, start=at - len(word), text=text, name=text)
