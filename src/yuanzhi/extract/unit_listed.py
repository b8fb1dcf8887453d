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


_OWN = ("我院", "本院")  # the hospital written before a name (我院甲)
_ITEM_KINDS = ("hospital", "university", "department")  # where a listed member works


def institution_listed(
    sentence: str, clause_start: int, at: int, lexicon: Lexicon, blocked: list[tuple[int, int]],
) -> list[tuple[int, int]]:
    """``A医院甲、我院乙、B医院丙等15人当选常务委员``: the items of a ``、`` list that opens the
    clause and ends at ``at``, each an institution (a hospital, a university, a department, 我院)
    then a name, no title between (GOLD_SPEC §10: each of them holds the post; the institution
    gives none). Two items at least; any item of another shape gives nothing."""
    names: list[tuple[int, int]] = []
    end = at
    while True:
        item_start = max(sentence.rfind("、", clause_start, end) + 1, clause_start)
        found = next(  # a name right after an institution: its place says it is one (我院向某某)
            (start for start, _name, _s in names_ending_at(sentence, end, lexicon, blocked)
             if start > item_start + 1 and _institution(sentence[item_start:start], lexicon)),
            None,
        )
        if found is None:
            found = _after_institution(sentence, item_start, end, lexicon)  # B医院哈斯巴根: a name no reader knows
        if found is None:
            return []
        if found < end:
            names.insert(0, (found, end))
        if item_start == clause_start:
            return names if len(names) >= 2 else []
        end = item_start - 1


_ITEM_NAME = (2, 6)  # how long the rest of an item after its institution may be to be a name


def _after_institution(sentence: str, item_start: int, end: int, lexicon: Lexicon) -> int | None:
    """Where the name of the item ``sentence[item_start:end]`` starts when the item opens with an
    institution and no reader knows the rest (``滨某油田总医院哈斯巴根``, a name of four characters
    read as 哈斯|巴根): the rest is the name the list's shape gives it, if it is a short run of Han
    characters, no title and no unit; an item that opens with an institution but ends with some other
    text is left out (``end``), so one item the readers cannot read does not lose the others. None when
    the item opens with no institution."""
    for start in range(end - 1, item_start + 1, -1):
        if not _institution(sentence[item_start:start], lexicon):
            continue
        rest = sentence[start:end]
        if _ITEM_NAME[0] <= len(rest) <= _ITEM_NAME[1] and valid_name(rest, lexicon, closed=True):
            return start
        return end
    return None


def _institution(text: str, lexicon: Lexicon) -> bool:
    """Text that is nothing but an institution's name: 我院, or a name ending with a hospital's,
    university's or department's word, with no title at its end and no punctuation."""
    if text in _OWN:
        return True
    if lexicon.title_ending(text) is not None or any(not "\u4e00" <= ch <= "\u9fff" for ch in text):
        return False
    return any(text.endswith(suffix) and len(text) > len(suffix) for suffix, kind in lexicon.org_kinds
               if kind in _ITEM_KINDS)
