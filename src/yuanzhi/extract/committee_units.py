"""A department of a place's party committee written bare after a post on that committee:
``区委常委、宣传部部长某某`` → the 部长 of ``某某区委宣传部`` (the committee's department, named
with the place the committee post took), never a unit of the hospital. The departments are
data (lexicon/committee_departments.txt)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from .lexicon_loader import LEXICON_DIR, Lexicon, _words
from .mentions import PersonMention
from .orgs import OrgMention

_FILE = "committee_departments.txt"
_COMMITTEE_POST = re.compile(r"^[省市州县区旗]委(?:常委|委员|副书记|书记)$")  # a seat on a place's committee


@lru_cache(maxsize=4)
def committee_departments(directory: str = "") -> frozenset[str]:
    """The departments (a bad line names file and line)."""
    path = Path(directory or LEXICON_DIR) / _FILE
    return frozenset(w for _n, w in _words(path)) if path.exists() else frozenset()


def committee_unit(
    person: PersonMention, org: OrgMention | None, earlier: Sequence[tuple[PersonMention, OrgMention | None]],
    lexicon: Lexicon,
) -> OrgMention | None:
    """``org`` of ``person``'s post, or the committee's department when the post's unit is one
    written bare after the same person's seat on a place's committee (``earlier``: the posts the
    sentence gave before, with their organizations)."""
    if person.org is None or person.org.text not in committee_departments(lexicon.directory):
        return org
    for before, place in reversed(earlier):
        if before.name != person.name or before.start != person.start:
            continue
        if _COMMITTEE_POST.match(before.title) and place is not None and place.kind == "government" \
                and place.name.endswith(before.title[0]):
            name = place.name + "委" + person.org.text
            return OrgMention(person.org.start, person.org.end, person.org.text, name, "government")
    return org
