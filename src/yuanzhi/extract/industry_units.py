"""Bodies of industry named by their ending (lexicon/industry_units.txt): a railway bureau's
sections (机务段, 车务段 …) and a works' plants (炼钢厂, 采油厂 …). A hospital holds none of them,
so a hospital's name printed right before one (某铁路医院机务段健康服务站: a headline gluing the
hospital and the depot it serves) is two bodies side by side: the body of industry starts after
the hospital's name, and printed bare (机务段) it names no body of its own."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from .lexicon_loader import LEXICON_DIR, Lexicon, _words

_FILE = "industry_units.txt"
_HOSPITAL = "hospital"
_MIN_HOSPITAL = 4  # characters of a hospital's name before the body of industry (某某医院)


@lru_cache(maxsize=4)
def industry_endings(directory: str = "") -> tuple[str, ...]:
    """The endings, longest first (a bad line names file and line)."""
    path = Path(directory or LEXICON_DIR) / _FILE
    words = [w for _n, w in _words(path)] if path.exists() else []
    return tuple(sorted(words, key=len, reverse=True))


def after_hospital(text: str, lexicon: Lexicon) -> int:
    """Where the body of industry printed in ``text`` (at its end, or before a unit of its own:
    某机务段健康服务站) starts when a hospital's name is printed right before it (某铁路医院|机务段
    → the index after 医院), else 0."""
    for ending in industry_endings(lexicon.directory):
        at = text.find(ending, _MIN_HOSPITAL)
        while at >= 0:
            for cut in range(at, _MIN_HOSPITAL - 1, -1):
                if lexicon.org_kind(text[:cut]) == _HOSPITAL and lexicon.org_kind(text[cut : at + len(ending)]) != _HOSPITAL:
                    return cut
            at = text.find(ending, at + 1)
    return 0
