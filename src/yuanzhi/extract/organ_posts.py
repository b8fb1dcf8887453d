"""A post of a body's own organ (工会主席, 团委书记, 妇委会主任) belongs to the body, never to a unit.

GOLD_SPEC §4.8 keeps the organ in the title and gives the body: `工会主席` → the hospital, `团委书记` →
the school. In a list of posts a unit printed for the person before (副院长兼护理部主任甲，工会主席乙;
副校长兼德育处主任甲，团委书记乙) is that person's, not the organ's: such a post read with a unit takes the
body the unit belongs to (its parent, else the article's own hospital).
"""

from __future__ import annotations

from .lexicon_loader import Lexicon
from .org_resolve import OrgMention

_ORGANS = ("工会", "团委", "妇委会", "职代会")  # a body's own organs whose posts keep the organ's word (§3)


def organ_body(title: str, org: OrgMention | None, home: str | None, lexicon: Lexicon) -> OrgMention | None:
    """The body of an organ's post read with a unit (``工会主席`` after 护理部), else ``org``."""
    if org is None or org.kind != "department" or not title.startswith(_ORGANS):
        return org
    body = org.parent or home
    return OrgMention(0, 0, "", body, lexicon.org_kind(body) or "other", None) if body else org
