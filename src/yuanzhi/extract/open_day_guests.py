"""An open day is typed by who comes (GOLD_SPEC §13): ``举办“质量开放日”活动，邀请来自8家医院的20余名
药学专家走进生产基地`` is a visit by invited professionals; ``医院开放日…市民走进手术室`` stays outreach.
The words are in lexicon/open_day_guests.tsv."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

from ..errors import LexiconError
from ..lexicon_file import lexicon_entries

_KINDS = ("open", "invite", "guest")
_OUTREACH, _VISIT = "outreach", "visit"
_INVITED = 24  # characters from the invitation to the guests (邀请来自省内8家医院的20余名药学专家)


@dataclass(frozen=True)
class GuestWords:
    opens: tuple[str, ...]
    pattern: re.Pattern[str] | None  # an invitation, then the professional guests


def load_guest_words(path: Path | Traversable) -> GuestWords:
    """Read ``kind<TAB>word`` rows; a bad row raises LexiconError naming the file and line."""
    words: dict[str, list[str]] = {kind: [] for kind in _KINDS}
    for number, line in lexicon_entries(path):
        parts = line.split("\t")
        if len(parts) != 2 or parts[0] not in _KINDS or not parts[1].strip():
            raise LexiconError(str(path), number, f"expected 'open|invite|guest<TAB>word', got {line!r}")
        words[parts[0]].append(parts[1].strip())
    pattern = None
    if words["invite"] and words["guest"]:
        invite = "|".join(map(re.escape, words["invite"]))
        guest = "|".join(map(re.escape, words["guest"]))
        pattern = re.compile(rf"(?:{invite})[^，。；;！？]{{0,{_INVITED}}}?(?:{guest})")
    return GuestWords(tuple(words["open"]), pattern)


@lru_cache(maxsize=1)
def default_guest_words() -> GuestWords:
    return load_guest_words(resources.files(__package__).joinpath("lexicon").joinpath("open_day_guests.tsv"))


def guests_type(sentence: str, kind: str | None, words: GuestWords | None = None) -> str | None:
    """``kind``, but a visit where an open day's sentence invites professional guests."""
    if kind != _OUTREACH:
        return kind
    words = words or default_guest_words()
    if words.pattern is None or not any(word in sentence for word in words.opens):
        return kind
    return _VISIT if words.pattern.search(sentence) else kind
