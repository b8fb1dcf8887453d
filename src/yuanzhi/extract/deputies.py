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
    place = re.compile(rf"^[\u4e00-\u9fff]{{2,6}}?{level}")
    for name in names:
        match = place.match(name)
        if match is not None and lexicon.org_kind(name) is not None and not name.startswith(AREA_AFTER_LEVEL, match.end()):
            return OrgMention(0, 0, match.group(0), match.group(0), _GOVERNMENT)
    return None
