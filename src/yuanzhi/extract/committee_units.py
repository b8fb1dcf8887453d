"""A department of a place's party committee written bare after a post on that committee:
``区委常委、宣传部部长某某`` → the 部长 of ``某某区委宣传部`` (the committee's department, named
with the place the committee post took), never a unit of the hospital. The departments are
data (lexicon/committee_departments.txt). One reading (committee_department) serves the title
chain (people.py, inside one chain) and the sentence's earlier posts (committee_unit, facts.py)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from .lexicon_loader import LEXICON_DIR, Lexicon, _words
from .mentions import PersonMention
from .orgs import OrgMention

_FILE = "committee_departments.txt"
_RANKS = "civil_service_ranks.txt"
_COMMITTEE_POST = re.compile(r"^[省市州县区旗]委(?:常委|委员|副书记|书记)$")  # a seat on a place's committee


@lru_cache(maxsize=4)
def committee_departments(directory: str = "") -> frozenset[str]:
    """The departments (a bad line names file and line)."""
    path = Path(directory or LEXICON_DIR) / _FILE
    return frozenset(w for _n, w in _words(path)) if path.exists() else frozenset()


@lru_cache(maxsize=4)
def civil_ranks(directory: str = "") -> tuple[str, ...]:
    """The civil-service ranks (a bad line names file and line)."""
    path = Path(directory or LEXICON_DIR) / _RANKS
    return tuple(w for _n, w in _words(path)) if path.exists() else ()


def committee_unit(
    person: PersonMention, org: OrgMention | None, earlier: Sequence[tuple[PersonMention, OrgMention | None]],
    lexicon: Lexicon, sentence: str = "",
) -> OrgMention | None:
    """``org`` of ``person``'s post, or the committee's department when the post's unit is one
    written bare after the same person's seat on a place's committee (``earlier``: the posts the
    sentence gave before, with their organizations)."""
    if org is not None and org.kind == "department" and org.parent and person.title.endswith(civil_ranks(lexicon.directory)):
        kind = lexicon.org_kind(org.parent) or "government"  # 某委医政科科长、二级调研员: the commission's rank
        return OrgMention(org.start, org.end, org.text, org.parent, kind)
    if person.org is None and (carried := _carried(person, earlier)) is not None:
        return carried  # 某市卫生健康委员会…，党组成员、副主任某某: the 副主任 of the body the seat is on
    if (person.org is None or person.inherited) and (unit := _sentence_unit(person, org, earlier, lexicon, sentence)) is not None:
        return unit  # 该科主任某某汇报…，护士长某某介绍…: the ward's 护士长, not the hospital's
    if person.org is None or person.org.text not in committee_departments(lexicon.directory):
        return org  # (committee_department reads only a committee's department: no need to look back)
    if person.org.kind == "government":
        return org  # read in the title chain already (县委宣传部 after another person's 某县委副书记)
    for before, place in reversed(earlier):
        if before.name == person.name and before.start == person.start and (
            unit := committee_department(before.title, place, person.org, lexicon)
        ) is not None:
            return unit
    return org


def committee_department(
    seat: str, place: OrgMention | None, unit: OrgMention, lexicon: Lexicon, printed: bool = True,
) -> OrgMention | None:
    """``区委常委、宣传部部长``: ``unit``, a committee's department written bare after the seat
    ``seat`` on the committee of ``place`` (a government body: the district), is that committee's
    department (某某区委宣传部), or None. ``printed``: the chain itself prints the place (某县委常委、
    宣传部部长, GOLD_SPEC §4.10); a place carried from the chain before (某县委副书记、县长甲，县委常委、
    宣传部部长乙) is the seat's, and the department stays as printed with its level word (县委宣传部, §4.3)."""
    if unit.text not in committee_departments(lexicon.directory) or not _COMMITTEE_POST.match(seat):
        return None
    if place is None or place.kind != "government" or not place.name.endswith(seat[0]):
        return None
    name = (place.name if printed else seat[0]) + "委" + unit.text
    return OrgMention(unit.start, unit.end, unit.text, name, "government")


_PLACED_DEPARTMENT = re.compile(r"^([\u4e00-\u9fff]{2,8}?[省市州县区旗])委([\u4e00-\u9fff]{2,6})$")  # 某县委组织部


def as_printed(org: OrgMention | None, article: str, lexicon: Lexicon) -> OrgMention | None:
    """A committee's department read with a place (某县委组织部, from 县委常委、组织部部长) whose
    committee the article never prints with that place (某县委, 中共某县委) — the place read only out
    of another body's name (某县人民医院, 某县妇女联合会) — is the department as printed with its
    level word: 县委组织部 (GOLD_SPEC §4.3: a short form expands only to the same body printed in
    full, never to a place printed with another body)."""
    match = _PLACED_DEPARTMENT.match(org.name) if org is not None and org.kind == "government" else None
    if org is None or match is None or match.group(2) not in committee_departments(lexicon.directory):
        return org
    place = match.group(1)
    if place + "委" in article:
        return org
    return OrgMention(org.start, org.end, org.text, place[-1] + "委" + match.group(2), org.kind)


def _carried(person: PersonMention, earlier: Sequence[tuple[PersonMention, OrgMention | None]]) -> OrgMention | None:
    """The government body an earlier post of the same chain took (党组成员 → the commission;
    区委常委 → the district), for a post written with no body of its own."""
    for before, body in reversed(earlier):
        if before.name == person.name and before.start == person.start and before.org is None and body is not None:
            return body if body.kind == "government" and before.title.startswith(_SEATS) else None
    return None


_CLAUSE_START = set("，,；;、和及与")  # a title written after these has no unit word before it
_SEATS = ("党组",)  # a seat on a government body's party group: the chain's other posts are that body's


def _sentence_unit(
    person: PersonMention, org: OrgMention | None, earlier: Sequence[tuple[PersonMention, OrgMention | None]],
    lexicon: Lexicon, sentence: str,
) -> OrgMention | None:
    """The department the sentence's earlier posts are of (one only), for a unit's post written
    with no body (护士长, 副主任) that the hospital took by default: the title starts a clause
    (，护士长某某; not 产房护士长, a unit word the lexicon does not know)."""
    if not lexicon.is_unit_title(person.title) or (org is not None and org.kind != "hospital"):
        return None
    at = person.start - len(person.title)
    if at < 1 or sentence[at : person.start] != person.title or sentence[at - 1] not in _CLAUSE_START:
        return None
    units = {body.name: body for before, body in earlier
             if before.name != person.name and body is not None and body.kind == "department" and before.org is not None}
    return next(iter(units.values())) if len(units) == 1 else None
