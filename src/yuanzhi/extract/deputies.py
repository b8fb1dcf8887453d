"""A post of a level's congress written with the level only: ``市人大代表``, ``县政协委员``.

The level stands for the place of that level the article is about, read from the names of
its organizations (``槐岭市人民医院`` → 槐岭市), as ``青川市副市长`` is of 青川市: a deputy
of the city's people's congress is the city's, not the hospital's.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .lexicon_loader import Lexicon
from .orgs import OrgMention

_LEVELS = "省市县区"
_GOVERNMENT = "government"
_PLACE_CHARS = 8  # characters before the level word: 某某朝鲜族自治|县 (an autonomous county's name)
AREA_AFTER_LEVEL = ("域", "级")  # 紧密型县域医共体, 国家区域医疗中心, 市级医院: the level word names an area or a tier, not a place


def level_post(title: str, lexicon: Lexicon) -> bool:
    """``市人大代表``, ``县政协委员``: a level, then a government post that is a title by itself."""
    level, rest = title[:1], title[1:]
    return level in _LEVELS and lexicon.title_category(title) == _GOVERNMENT and (
        lexicon.title_category(rest) == _GOVERNMENT
    )


def level_place(title: str, names: Iterable[str], lexicon: Lexicon) -> OrgMention | None:
    """The place a level post is of (``市人大代表`` → 槐岭市); None when the article names no
    place of that level (a county's deputy in a city hospital's story: not the hospital's)."""
    level = title[:1]
    place = re.compile(rf"^[\u4e00-\u9fff]{{2,{_PLACE_CHARS}}}?{level}")
    for name in names:
        match = place.match(name)
        if match is not None and lexicon.org_kind(name) is not None and not name.startswith(AREA_AFTER_LEVEL, match.end()):
            return OrgMention(0, 0, match.group(0), match.group(0), _GOVERNMENT)
    return None


def deputy_place(title: str, org: OrgMention | None, names: Iterable[str], lexicon: Lexicon) -> OrgMention | None:
    """The body of a level post (``市人大代表``): the place of its level, read first from the body
    the chain gave it (``市人大代表、某市人大常委会副主任`` → 某市: the congress's standing committee
    is the next post's, the deputy is the city's), then from ``names``; a government body of no
    place of that level is kept (``县人大代表`` printed with its town), anything else is not its."""
    first = [org.name] if org is not None and org.kind == _GOVERNMENT else []
    placed = level_place(title, [*first, *names], lexicon)
    if placed is not None:
        return placed
    return org if org is not None and org.kind == _GOVERNMENT else None


# Level posts that drop their level word when the place's own name is printed with them (某市人大代表 →
# 人大代表 of 某市: GOLD_SPEC, aligned after round 23, heldout46 and 53); printed with the level word
# alone (市人大代表) they stay whole (§3), and 政协委员 keeps its level either way (某省政协委员).
_PLACED_POSTS = ("人大代表",)


def placed_deputy(title: str, org: OrgMention | None, sentence: str) -> str:
    """``鹤某市人大代表`` → 人大代表: a level post whose place (``org``, ending in the level word) is
    printed in full right before the post in the sentence; else the title as it was."""
    if org is None or title[1:] not in _PLACED_POSTS or title[:1] not in _LEVELS or not org.name.endswith(title[:1]):
        return title
    return title[1:] if len(org.name) > 1 and org.name + title[1:] in sentence else title
