"""The body that holds a hospital or a farm printed with its name first (GOLD_SPEC §4.11, as a
group's hospital; HELDOUT17 convention 16): ``某林业局医院`` and ``某林业局某林场`` are the
bureau's, ``某监狱医院`` the prison's, ``某港务集团有限公司职工医院`` the company's, ``某监狱管理局
中心医院`` the administration's. Only the ``organizations`` listing takes this parent: the posts
of the hospital stay the hospital's (its name is printed whole)."""

from __future__ import annotations

import re

from .lexicon_loader import Lexicon

_HOLDERS = {"government", "company"}  # a bureau, a prison, a company (a group's: org_resolve.split_unit)
_HELD = {"hospital", "other"}  # its hospital, its farm
_MILITARY = ("武警", "解放军", "中国人民解放军")  # a military hospital has no parent (GOLD_SPEC §4.11)
_LEVEL_ONLY = re.compile(r"[\u4e00-\u9fff]{2,}?[省市县区州旗]")  # a place and no proper name (某省监狱|中心医院)
_SOME = "某"  # a bare ending read for its kind (某医院)
_MIN_BODY = 3  # characters of the holder's name (某局)
_GOVERNMENT, _OFFICE = "人民政府", "办公室"


def government_office(name: str, kind: str, parent: str | None) -> bool:
    """``某市人民政府外事办公室``, ``某市人民政府办公室``: an office of a people's government is listed
    as an organ of its own (government, no parent), as every round's gold lists it; its posts and
    units read it as before (a unit of the government: the short forms 市政府某办公室 resolve so)."""
    return kind == "department" and parent is not None and parent.endswith(_GOVERNMENT) and name.endswith(_OFFICE) and (
        name == parent + name[len(parent) :]
    )


def holder_of(name: str, kind: str, lexicon: Lexicon) -> str | None:
    """The body of government or company kind whose full name ``name`` (a hospital or a body
    of kind other) begins with, or None."""
    if kind not in _HELD or name.startswith(_MILITARY):
        return None
    for cut in range(len(name) - 2, _MIN_BODY - 1, -1):
        body, rest = name[:cut], name[cut:]
        if lexicon.org_kind(body) not in _HOLDERS or _kind_of_rest(rest, lexicon) != kind:
            continue
        ending = lexicon.org_suffix(body) or ""
        if _LEVEL_ONLY.fullmatch(body[: len(body) - len(ending)]):
            return None  # 某省监狱中心医院: the province's prison hospital, no prison of that name
        return body
    return None


def _kind_of_rest(rest: str, lexicon: Lexicon) -> str | None:
    kind = lexicon.org_kind(rest)
    if kind is None and lexicon.is_org_suffix(rest):
        kind = lexicon.org_kind(_SOME + rest)  # 某林业局|医院: a bare ending
    return kind
