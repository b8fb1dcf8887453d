"""A body named by a reference inside another body's news (GOLD_SPEC §4.1, §4.2, §4.8).

When a writer outside a hospital refers to it as 该院 (``该院眼科主任甲、检验科副主任乙；院党委办公室副
主任丙``), a unit written with 院 right after that list is the same hospital's unit: the 院 stands
for the hospital named last, so the unit carries that hospital (``某某医院党委办公室``), as 该院眼科
does. In a hospital's own news (no 该院 before it) ``院办公室`` stays as printed (§4.2), and this
module leaves it alone.
"""

from __future__ import annotations

from collections.abc import Sequence

from .lexicon_loader import Lexicon
from .mentions import ArticleContext
from .orgs import OrgMention, resolve_org

_HOSPITAL_WORD = "院"  # 院党委办公室, 院办公室: the hospital's unit written with its kind word
_THIS_HOSPITAL = "该院"  # the outside writer's reference to the hospital named last
_MIN_UNIT = 2  # characters of the unit's own name after 院 (办公室, 团委)


def hospital_word_unit(org: OrgMention | None, named: Sequence[OrgMention], lexicon: Lexicon,
                       context: ArticleContext) -> OrgMention | None:
    """``院党委办公室`` (a unit written with 院) continuing a list that began with 该院 (``该院眼科主任甲、
    检验科副主任乙；院党委办公室副主任丙``): the unit of the hospital 该院 stood for, or None.
    ``named`` are the article's organizations before ``org``, in order."""
    if org is None or org.kind != "department" or not org.text.startswith(_HOSPITAL_WORD):
        return None
    unit = org.text[len(_HOSPITAL_WORD):]
    if len(unit) < _MIN_UNIT or lexicon.org_kind(unit) != "department":
        return None
    hospital = context.called_this
    if hospital is None or not named or hospital not in (named[-1].name, named[-1].parent):
        return None  # the list that began with 该院 goes on: only that hospital named since
    found = resolve_org(hospital + unit, lexicon, context.home)
    if found is None or found.kind != "department":
        return None
    return OrgMention(org.start, org.end, org.text, found.name, found.kind, found.parent)
