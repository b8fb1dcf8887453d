"""A body whose place name lost its first character to the word before it.

jieba cuts an unknown two-character place before its level word as a single character and a
word (``漱|岩县``, ``与|漱|岩县中医医院``), and the organisation reader, starting at the level word's
token, reads ``岩县中医医院``. A reader takes the place as the article prints it elsewhere at the
head of a body (``漱岩县人民医院``): where the character before such a mention and the mention's first
two characters make a place the article prints at the head of another body, that character is the
place's, not the word before's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .orgs import OrgMention

_CUT = re.compile(r"^[\u4e00-\u9fff][省市县区州旗盟]")  # a place of one character and its level word: a cut one
_HEAD = re.compile(r"^[\u4e00-\u9fff]{2}[省市县区州旗盟]")  # a place of two characters at a body's head
_HAN = re.compile(r"[\u4e00-\u9fff]")


def printed_places(per_sentence: Sequence[Sequence[OrgMention]]) -> frozenset[str]:
    """The two-character places (with their level word) the article prints at the head of a body."""
    return frozenset(m.text[:3] for orgs in per_sentence for m in orgs if _HEAD.match(m.text))


def whole_place(org: OrgMention, sentence: str, places: frozenset[str]) -> OrgMention:
    """``org`` with its place's first character back (``岩县中医医院`` after ``漱``), else ``org``."""
    if org.start < 1 or not _CUT.match(org.text):
        return org
    lost = sentence[org.start - 1]
    if not _HAN.match(lost) or lost + org.text[:2] not in places:
        return org
    head = org.text[:2]

    def back(name: str | None) -> str | None:
        return lost + name if name is not None and name.startswith(head) else name

    return OrgMention(org.start - 1, org.end, lost + org.text, back(org.name) or org.name, org.kind, back(org.parent))
