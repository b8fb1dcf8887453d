"""An officer's rank (上将 … 少尉) is a rank of the military body, never of the 处 or 科 printed before it:
``某军分区政治工作处副主任、上校某某`` → (副主任, 某军分区政治工作处) and (上校, 某军分区), as a civil-service rank
is the organ's and a judge's grade the court's (GOLD_SPEC §4.9; military bodies are kind other, §4.11).
The endings of a military body's name are data (lexicon/military_bodies.txt)."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from ..lexicon_file import lexicon_entries
from .lexicon_loader import LEXICON_DIR
from .orgs import OrgMention

_FILE = "military_bodies.txt"
_RANK = re.compile(r"^(?:[上中少]将|[大上中少]校|[大上中少]尉)$")  # the officers' ranks of the PLA and the armed police
_KIND = "other"
_UNIT_KINDS = ("department", "other")


@lru_cache(maxsize=4)
def military_endings(directory: str = "") -> tuple[str, ...]:
    """The endings of lexicon/military_bodies.txt."""
    path = Path(directory or LEXICON_DIR) / _FILE
    return tuple(entry for _, entry in lexicon_entries(path)) if path.exists() else ()


def military_rank_body(title: str, org: OrgMention | None, directory: str = "") -> OrgMention | None:
    """The military body of the rank ``title`` held in one of its units (``org``), or None."""
    if org is None or _RANK.match(title) is None or org.kind not in _UNIT_KINDS:
        return None  # a military hospital is a body of its own (§4.11)
    cuts = [org.name.rfind(e) + len(e) for e in military_endings(directory) if org.name.rfind(e) > 0]
    cut = max((c for c in cuts if c < len(org.name)), default=None)  # the smallest body: 某总队某支队|政治处
    if cut is None:
        return None
    return OrgMention(org.start, org.end, org.text, org.name[:cut], _KIND)
