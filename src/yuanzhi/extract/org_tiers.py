"""A body of a lower tier written alone under the body of its parent tier the article named
(lexicon/org_tiers.tsv): ``菱塘支行`` after 某银行股份有限公司某分行, ``南湖路消防救援站`` after
某区消防救援大队. It is printed with its parent in full (GOLD_SPEC §4)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from .lexicon_loader import LEXICON_DIR, Lexicon, key_lists
from .org_resolve import OrgMention
from .org_short_names import full_name_of

_FILE = "org_tiers.tsv"
_PLACED = re.compile(r"^[\u4e00-\u9fff]{2,4}?[省市县区州旗]")  # a child named with its own place is no child
_MIN_NAME = 2  # characters of the child's own name before its ending (菱塘|支行)
_WHOLE_CHILD = 5  # characters of a child ending that is a body's name by itself (青年委员会)


@lru_cache(maxsize=4)
def org_tiers(directory: str = "") -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(child ending, parent endings), longest child ending first (a bad line names file and line)."""
    path = Path(directory or LEXICON_DIR) / _FILE
    if not path.exists():
        return ()
    rows = key_lists(path, "child ending<TAB>parent endings")
    return tuple(sorted(((key, parents) for _, key, parents, _ in rows), key=lambda e: len(e[0]), reverse=True))


def under_parent_tier(
    org: OrgMention, named: Sequence[OrgMention], lexicon: Lexicon, home: str | None = None
) -> OrgMention | None:
    """``org`` printed under the last body of its parent tier the article named, or None (also
    when ``org`` is a short form of a body named in full: 某某人寿某中心支公司). A unit read as the
    paper's hospital's by default (parent ``home``) is a child too: a hospital holds no 庭."""
    if org.text != org.name or org.parent not in (None, home) or _PLACED.match(org.text):
        return None
    names = _names(named)
    if full_name_of(org.name, names, lexicon) is not None:
        return None
    for child, parents in org_tiers(lexicon.directory):
        if not org.name.endswith(child) or (len(org.name) - len(child) < _MIN_NAME and not (org.name == child and len(child) >= _WHOLE_CHILD)):
            continue
        parent = next((m.name for m in reversed(named) if m.name.endswith(parents) and not m.name.endswith(org.name)), None)
        if parent is None:
            return None
        parent = full_name_of(parent, names, lexicon) or parent  # 某银行某分行 for 某银行股份有限公司某分行
        return OrgMention(org.start, org.end, org.text, _joined(parent, org.name), org.kind, parent)
    return None


def _joined(parent: str, child: str) -> str:
    """The child printed with its parent, the parent's short ending the child opens with once
    (某某专科联盟 + 联盟办公室 → 某某专科联盟办公室)."""
    for size in range(min(len(parent), len(child) - 1), _MIN_NAME - 1, -1):
        if parent.endswith(child[:size]):
            return parent + child[size:]
    return parent + child


_NAMES: list[tuple[Sequence[OrgMention], int, tuple[str, ...]]] = []  # the last list asked, its size, its names


def _names(named: Sequence[OrgMention]) -> tuple[str, ...]:
    """The names of ``named``, read once for the same list (a long sentence asks with the bodies
    before it for every body in it; nobody changes such a list once it is handed out)."""
    if not _NAMES or _NAMES[0][0] is not named or _NAMES[0][1] != len(named):
        _NAMES[:] = [(named, len(named), tuple(m.name for m in named))]
    return _NAMES[0][2]
