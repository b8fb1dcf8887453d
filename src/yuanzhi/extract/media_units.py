"""A unit of a media body printed glued to it (GOLD_SPEC §4.8: `某市广播电视台专题部`).

Sentences read `某市广播电视台新闻中心` as one body by its last word (中心). What `organizations`
records is the station (kind other, §4.11) and its unit under it: the station by the media ending
its name carries (lexicon/media_bodies.txt), the unit as a department with the station as parent.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from ..lexicon_file import lexicon_entries
from ..model import Organization
from .lexicon_loader import LEXICON_DIR

_FILE = "media_bodies.txt"
_PLACE = 2  # a station is printed with its place before its ending (某市广播电视台)


@lru_cache(maxsize=4)
def media_endings(directory: str = "") -> tuple[str, ...]:
    """Media endings, longest first (广播电视台 before 电视台)."""
    path = Path(directory or LEXICON_DIR) / _FILE
    if not path.exists():
        return ()
    return tuple(sorted((entry for _, entry in lexicon_entries(path)), key=len, reverse=True))


def _station(name: str) -> str | None:
    """The station a unit's whole name begins with (某市广播电视台 of 某市广播电视台新闻中心), or None."""
    for ending in media_endings():
        at = name.find(ending)
        if at >= _PLACE and at + len(ending) < len(name):
            return name[: at + len(ending)]
    return None


def with_stations(orgs: tuple[Organization, ...]) -> tuple[Organization, ...]:
    """``orgs`` with each media unit recorded under its station, and the station itself."""
    names = {o.name for o in orgs}
    out: list[Organization] = []
    added: list[Organization] = []
    for org in orgs:
        station = _station(org.name) if org.parent is None and org.kind != "department" else None
        if station is None:
            out.append(org)
            continue
        out.append(replace(org, kind="department", parent=station))
        if station not in names:
            names.add(station)
            added.append(Organization(station, "other", None, org.evidence))
    return tuple(out + added)
