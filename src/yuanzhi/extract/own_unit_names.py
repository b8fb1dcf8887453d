"""Units of a hospital whose own name starts with 医院 (医院感染管理科, 医院办公室): a term of the
field, not the bare 医院 that means the issue's hospital (医院外科 → 外科). The starts are data
(lexicon/hospital_named_units.txt; a bad line names file and line)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from .lexicon_loader import LEXICON_DIR, _words

_FILE = "hospital_named_units.txt"


@lru_cache(maxsize=4)
def _starts(directory: str = "") -> tuple[str, ...]:
    path = Path(directory or LEXICON_DIR) / _FILE
    return tuple(w for _n, w in _words(path)) if path.exists() else ()


def named_with_hospital(text: str, directory: str = "") -> bool:
    """``text`` is a unit whose own name starts with 医院 (医院感染管理科), not 医院 + a unit."""
    return any(text.startswith(start) and len(text) > len(start) or text == start for start in _starts(directory))
