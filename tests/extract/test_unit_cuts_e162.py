"""Where a unit's name starts (E162): a floor's 楼 after its number belongs to the number, not
to the ward after it (12楼|某病区), and a therapy unit named for the functions it treats keeps
them (言语吞咽治疗室: jieba reads 言语 as a name and 吞咽 as a verb). People are invented."""

from __future__ import annotations

from yuanzhi.extract.lexicon_loader import default_lexicon
from yuanzhi.extract.orgs import org_before
from yuanzhi.extract.segment import default_tokenizer, tokens


def before(sentence: str, cue: str) -> str | None:
    found = org_before(sentence, sentence.index(cue), tokens(default_tokenizer(), sentence), default_lexicon(), None)
    return None if found is None else found.name


def test_a_floor_number_is_no_part_of_the_ward() -> None:
    assert before("火情初起；12楼神经外科病区护士长甘一禾组织疏散。", "护士长") == "神经外科病区"
    assert before("火情初起；3层呼吸内科病区护士长甘一禾组织疏散。", "护士长") == "呼吸内科病区"


def test_a_therapy_unit_keeps_the_functions_it_is_named_for() -> None:
    assert before("康复治疗部主任甘一禾；言语吞咽治疗室组长、主管治疗师蒲小溪。", "组长") == "言语吞咽治疗室"
