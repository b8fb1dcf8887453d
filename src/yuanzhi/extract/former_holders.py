"""The holder of a former post named after it with 的: ``曾任外科主任的某某``, ``时任外科医师的某某``
(GOLD_SPEC §6: a former post is a pair without its marker). The cue words are data
(``lexicon/former_cues.txt``); the post is read only when the cue is right before it, or before
the unit written with it, in the same clause."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from .lexicon_loader import LEXICON_DIR, Lexicon, _optional_words
from .segment import is_cjk

_FILE = "former_cues.txt"
_OF = "的"
_UNIT_ROOM = 12  # characters of a unit's name between the cue and the post


@lru_cache(maxsize=4)
def former_cues(directory: str = "") -> tuple[str, ...]:
    """The cue words, longest first (a bad line names file and line)."""
    words = (w for _, w in _optional_words(Path(directory or LEXICON_DIR) / _FILE))
    return tuple(sorted(words, key=len, reverse=True))


def former_holder_at(sentence: str, post_start: int, post_end: int, lexicon: Lexicon) -> int | None:
    """Where the name after ``的`` starts when the post ``post_start:post_end`` (its unit included)
    follows a former cue in the same clause (曾任|外科主任|的|某某), else None."""
    if not sentence.startswith(_OF, post_end) or post_end + 1 >= len(sentence):
        return None
    for cue in former_cues(lexicon.directory):
        at = sentence.rfind(cue, max(0, post_start - _UNIT_ROOM - len(cue)), post_start)
        if at >= 0 and all(is_cjk(c) for c in sentence[at + len(cue) : post_start]):
            return post_end + 1
    return None
