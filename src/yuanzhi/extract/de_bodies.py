"""A body joined to the post after it by 的 (来自某村卫生室的乡村医生某某, 某医院的主任医师某某).

Chinese news often writes a person's body and post with the possessive 的 between them, most of
all after 来自 (who comes from where). ``orgs.org_before`` reads a body written right against its
title; here the body ends at a 的 that stands right before the title, and it is the post's body
when it is a body of record (an institution or a unit; not a place alone, not a person's word).
"""

from __future__ import annotations

from .lexicon_loader import Lexicon
from .orgs import OrgMention, Tokens, org_before

_DE = "的"


def body_before_de(
    sentence: str, title_start: int, tokens: Tokens, lexicon: Lexicon, home: str | None,
) -> OrgMention | None:
    """The body written right before a 的 that stands right before ``title_start``, or None."""
    if title_start < 3 or sentence[title_start - 1] != _DE:
        return None
    return org_before(sentence, title_start - 1, tokens, lexicon, home)
