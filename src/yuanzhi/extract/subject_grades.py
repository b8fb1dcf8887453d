"""A grade before a unit in a chain, in a story about one department (GOLD_SPEC §5).

``副主任中医师、内镜室主任某某`` in a story whose headline names 脾胃病科: the chain names no
department before the grade, so the people reader lends it the hospital of the unit printed after
it (内镜室 → the hospital); but a professional grade takes the department the story is about,
and the unit after it (内镜室) is that department's room, the 主任's own unit.
"""

from __future__ import annotations

from .lexicon_loader import Lexicon
from .mentions import PersonMention
from .orgs import OrgMention

_GRADES = "clinical"  # lexicon/titles.tsv: 主任医师, 副主任中医师, 主治医师 …


def story_grade(person: PersonMention, org: OrgMention | None, subject: OrgMention | None,
                lexicon: Lexicon) -> OrgMention | None:
    """The story's department for a grade that only borrowed a hospital (``person.inherited``), or None."""
    if subject is None or not person.inherited or org is None or org.kind != "hospital":
        return None
    return subject if lexicon.title_category(person.title) == _GRADES else None
