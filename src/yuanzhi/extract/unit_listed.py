"""``我院超声医学科甲、乙当选常务委员``: the names a department opens, with no title between the
department and the names, written right before a cue (GOLD_SPEC §10: each of them holds the post)."""

from __future__ import annotations

from .lexicon_loader import Lexicon
from .names import names_ending_at, valid_name

_JOINS = ("、", "和")


def unit_listed(
    sentence: str, clause_start: int, at: int, lexicon: Lexicon, blocked: list[tuple[int, int]],
) -> list[tuple[int, int]]:
    """The names (``、`` or ``和`` between them) that end at ``at`` and follow a department that
    opens the clause (``…超声医学科|甲、乙|当选``); none unless the department is right before."""
    names: list[tuple[int, int]] = []
    end = at
    while True:
        found = next(
            (start for start, name, _s in names_ending_at(sentence, end, lexicon, blocked)
             if start > clause_start and valid_name(name, lexicon)),
            None,
        )
        if found is None:
            return []
        names.insert(0, (found, end))
        if sentence[found - 1 : found] in _JOINS and found - 1 > clause_start:
            end = found - 1
            continue
        if any(
            (title := lexicon.title_pattern.match(sentence, p)) and title.end() > at for p in range(found, at)
        ):
            return []  # 办公室主任…: the cue 任 inside a title (办|公室主|任), no name there
        return names if sentence[clause_start:found].endswith(lexicon.department_suffixes) else []
