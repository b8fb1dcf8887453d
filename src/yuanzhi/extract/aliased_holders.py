"""A post held at a body the issue prints short: the body by the name it is recorded under.

An organization's aliases are the other ways the issue prints it (``市儿童医院`` for
某市儿童医院, GOLD_SPEC §4.3). A post whose organization was read as such a short form —
where the sentence printed only ``儿童医院团委书记`` or ``市儿童医院院长`` — is held at the
recorded organization, as a reader who met the full name earlier takes it; a unit printed under
the short form (``市儿童医院儿科``) is that unit of the organization in full.
"""

from __future__ import annotations

import re

from ..model import Organization

_UNIT_KINDS = ("department",)  # a unit's alias is read under its own body, not here
_CAMPUS = ("分院", "院区")  # a campus: the own hospital's is named alone (GOLD_SPEC §4.10), read where it is cut
_PLACE = re.compile(r"^[\u4e00-\u9fff]{2,}?[省市县区州旗]")  # 某市卫生健康委员会: the place it is printed with


def full_holders(orgs: dict[str, Organization]) -> dict[str, str]:
    """Each alias of a recorded organization (not a unit) → the organization's name; an alias
    two organizations claim stands for neither."""
    owners: dict[str, set[str]] = {}
    for body in orgs.values():
        if body.kind in _UNIT_KINDS:
            continue
        for alias in body.aliases:
            if alias not in orgs and not alias.endswith(_CAMPUS) and not _with_place(alias, body.name):
                owners.setdefault(alias, set()).add(body.name)
    return {alias: next(iter(names)) for alias, names in owners.items() if len(names) == 1}


def _with_place(alias: str, name: str) -> bool:
    """``某市卫健委`` for 某市卫生健康委员会: printed with the full name's own place, it stands as
    printed (short_forms.printed_in_full: the writer named the place, only the kind word is short)."""
    place = _PLACE.match(name)
    return place is not None and alias.startswith(place.group())


def held_in_full(org: str | None, holders: dict[str, str]) -> str | None:
    """``org`` by its recorded name when it is an alias."""
    if org is None:
        return org
    return holders.get(org, org)
