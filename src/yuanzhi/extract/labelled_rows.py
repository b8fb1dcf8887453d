"""Rows of a roster whose posts are labels set off by a space, one body a row:

    某某护理学组：组长 某科护士长、主管护师甲；副组长 某科护士长乙、某科护士长丙；秘书 某科主管护师丁。

A post opening a clause and written straight before another post's unit is a label (the page
set it off by a space the text lost), not a qualifier of that unit: each holder listed after it
holds it (GOLD_SPEC §10), at the body that heads the row (``某某学组：``, §8/§9: a named 学组 is a
standing body). The row runs on across the clauses a ； ends; the head's body is carried to them.
"""

from __future__ import annotations

import re

from .appointment_posts import AppointmentHit
from .lexicon_loader import Lexicon
from .listed_posts import listed_items
from .notices import HELD
from .org_resolve import OrgMention
from .orgs import Tokens

_LABEL_AT = re.compile(r"^|[：:；;]")
_LABEL_SIZE = 6
_NO_LABEL = ("", "、", "，", ",", "为", "由", "是", "兼", "（", "(")
_COLON = re.compile(r"[：:]")
# the body heading a row: a group or committee named before the colon, at the clause's start
_HEAD = re.compile(r"(?:^|(?<=[：:；;。]))(?P<body>[\u4e00-\u9fffA-Za-z]{2,16}?(?:学组|小组|专委会|委员会|分会))[：:]")


def labelled_rows(
    sentence: str, tokens: Tokens, lexicon: Lexicon, home: str | None, blocked: list[tuple[int, int]],
    carried: OrgMention | None,
) -> list[AppointmentHit]:
    """The holders of each label in ``sentence``, with the row's body (printed in it, else ``carried``)."""
    hits: list[AppointmentHit] = []
    for match in _LABEL_AT.finditer(sentence):
        hits.extend(_labelled(sentence, match.end(), tokens, lexicon, home, blocked, row_body(sentence, match.end()) or carried))
    return hits


def row_body(sentence: str, before: int | None = None) -> OrgMention | None:
    """The last row head (``某某学组：``) written before ``before``."""
    heads = [m for m in _HEAD.finditer(sentence, 0, len(sentence) if before is None else before)]
    if not heads:
        return None
    head = heads[-1]
    return OrgMention(head.start("body"), head.end("body"), head.group("body"), head.group("body"), "department")


def carried_body(sentence: str, carried: OrgMention | None) -> OrgMention | None:
    """The row's body for the sentence after ``sentence``: its own head, or the one carried when the
    row runs on (the sentence ends in ；); none after a full stop."""
    if not sentence.endswith(("；", ";")):
        return None
    own = row_body(sentence)
    return OrgMention(0, 0, own.text, own.name, own.kind) if own is not None else carried


def _labelled(
    sentence: str, at: int, tokens: Tokens, lexicon: Lexicon, home: str | None, blocked: list[tuple[int, int]],
    body: OrgMention | None,
) -> list[AppointmentHit]:
    for size in range(_LABEL_SIZE, 1, -1):
        label = sentence[at : at + size]
        if lexicon.title_category(label) is not None:
            break
    else:
        return []
    if body is None or sentence[at + size : at + size + 1] in _NO_LABEL:
        return []
    colon = _COLON.search(sentence, at + size)
    found = listed_items(sentence, at, at + size, label, HELD, tokens, lexicon, home, blocked, chain=True,
                         until=colon.start() if colon else None)
    if not found or found[0].start <= at + size:
        return []  # 组长甲: the post before its holder, read elsewhere
    return [AppointmentHit(h.person, h.title, body, h.action, h.start, h.end) for h in found]
