"""A university's own organs and schools as its news prints them (GOLD_SPEC §4.8):

    校党委书记甲、校长乙出席 … 校党委常委、组织部部长丙宣读任免决定
    任命丁为公共卫生学院院长

``校`` before a post (校党委书记, 校纪委书记, 校工会主席) is the university the article names, as
``院`` before one is the hospital's — never its affiliated hospital, a body of its own. A party
department printed bare in such a chain (组织部, 宣传部, 统战部) is the university's party
committee's (``某大学党委组织部``). A school printed bare (``公共卫生学院``, ``基础医学院``) in an
article that has named a university is that university's (``某大学公共卫生学院``). A school or college is such a body too: ``校党委书记``,
``校党总支书记`` of an article that names ``某某医学院`` or ``某市第一中学`` are that school's, and an office only
schools have (``教务处``, ``德育处``, ``研究生院``: lexicon/school_offices.txt) printed bare is the school's
(``某中学德育处``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from .lexicon_loader import LEXICON_DIR, _optional_words
from .orgs import OrgMention
from .segment import word_tags

_UNIVERSITY_ENDS = ("大学", "学院")
_SCHOOL_ENDS = ("学校", "中学", "小学")  # a school of its own (某市第一中学, 某医学高等专科学校), kind other
_OFFICES = "school_offices.txt"
_SELF = "校"  # 校党委, 校纪委, 校长: the university the article is about
_CHAIN_BREAK = re.compile(r"[，。；：,;:！？]")
_PARTY_DEPARTMENTS = ("组织部", "宣传部", "统战部")
_PARTY = "党委"
_SCHOOL = re.compile(r"^[\u4e00-\u9fff]{2,10}学院$")
_PLACE_TAG = "ns"


def _school_unit(name: str) -> bool:
    """公共卫生学院, 第一临床医学院: a school named by its discipline (a word of the dictionary, no
    place: 岷泽医学院 and 北京医学院 are colleges of their own)."""
    tag = word_tags().get(name[:2])
    return _SCHOOL.match(name) is not None and "大学" not in name and tag is not None and tag != _PLACE_TAG


@lru_cache(maxsize=2)
def _offices(directory: str = "") -> frozenset[str]:
    """Offices only schools have (lexicon/school_offices.txt)."""
    return frozenset(w for _, w in _optional_words(Path(directory or LEXICON_DIR) / _OFFICES))


def _own_school(mention: OrgMention) -> bool:
    """A university, college or school named as a body of its own (not a unit of another, not a school
    named by its discipline: 临床医学院 alone)."""
    if mention.parent is not None:
        return False
    if mention.kind == "university" and mention.name.endswith(_UNIVERSITY_ENDS):
        return "大学" in mention.name or not _school_unit(mention.name)
    return mention.name.endswith(_SCHOOL_ENDS)


_LAST: list[tuple[Sequence[OrgMention], int, OrgMention | None]] = []  # the last list read: (seen, size, university)


def _university(seen: Sequence[OrgMention]) -> OrgMention | None:
    """The university the article named last (a name of its own, not a unit of another body).
    The article's bodies only grow (facts.py extends them per sentence): asked of the same list
    again, only the bodies added since are read (a long sentence asks it for every post)."""
    kept = _LAST[0] if _LAST and _LAST[0][0] is seen and _LAST[0][1] <= len(seen) else None
    fresh = seen[kept[1] :] if kept is not None else seen
    found = next(
        (m for m in reversed(fresh) if _own_school(m)),
        kept[2] if kept is not None else None,
    )
    _LAST[:] = [(seen, len(seen), found)]
    return found


def _by_self(sentence: str, printed: str, name_start: int) -> bool:
    """``校党委书记甲``, ``校党委常委、组织部部长甲``: 校 with ``printed`` right after it, in the chain
    that ends at the name."""
    at = sentence.rfind(_SELF + printed, 0, name_start)
    return at >= 0 and _CHAIN_BREAK.search(sentence, at, name_start) is None


def university_body(
    sentence: str, title: str, name_start: int, org: OrgMention | None, seen: Sequence[OrgMention],
) -> OrgMention | None:
    """The university's body for a post printed with ``校`` or a bare school, else None."""
    university = _university(seen)
    if university is None:
        return None
    if org is not None and org.text == org.name and org.parent is None and _school_unit(org.name):
        return OrgMention(org.start, org.end, org.text, university.name + org.name, "university", university.name)
    if org is not None and org.name in _offices():  # 教务处处长甲, 副校长兼德育处主任乙: the school's office
        return OrgMention(org.start, org.end, org.text, university.name + org.name, "department", university.name)
    department = next((d for d in _PARTY_DEPARTMENTS if org is not None and org.name in (d, university.name + d)), None)
    if (org is None or org.kind == "hospital" or department is not None) and _by_self(sentence, title, name_start):
        return OrgMention(0, 0, "", university.name, university.kind, None)  # 校党委书记: not the affiliated hospital
    if org is not None and department is not None and _by_self(sentence, _PARTY, name_start):
        name = university.name + _PARTY + department  # 校党委常委、组织部部长: the university's party committee's
        return OrgMention(org.start, org.end, org.text, name, "department", university.name)
    return None
