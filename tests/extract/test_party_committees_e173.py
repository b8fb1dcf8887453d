"""A democratic party's committee of a place as a body of record (wave 35, E173; invented names):
``民盟某市委会``, ``农工党某市委``, ``九三学社某市委会`` and ``民盟省委会`` hold their posts (主委, 副主委,
秘书长), and a unit printed right after the committee (``…市委会医药卫生支社``) is named with it in
full (GOLD_SPEC §4.8, §4.7)."""

from __future__ import annotations

from yuanzhi.extract.facts import issue_to_facts
from yuanzhi.extract.party_committees import party_committees

from .conftest import one_article


def posts(*paragraphs: str) -> set[tuple[str, str, str | None]]:
    facts = issue_to_facts(one_article(*paragraphs))
    return {(p.name, pos.title, pos.org) for p in facts.people for pos in p.positions}


def test_a_party_committee_holds_its_chairs_post():
    found = posts(
        "5月6日，桐岭市人民医院举行义诊活动。"
        "民盟桐岭市委会主委甄立远、桐岭市人民医院院长管一鸣出席活动。"
    )
    assert ("甄立远", "主委", "民盟桐岭市委会") in found


def test_committees_of_several_parties_printed_with_委_alone():
    found = posts(
        "5月6日，桐岭市政协委员到桐岭市人民医院视察。"
        "农工党桐岭市委副主委冉一舟、致公党桐岭市委秘书长郁清和参加视察。"
    )
    assert ("冉一舟", "副主委", "农工党桐岭市委") in found
    assert ("郁清和", "秘书长", "致公党桐岭市委") in found


def test_a_unit_printed_after_the_committee_is_named_with_it():
    names = [m.name for m in party_committees("九三学社桐岭市委会医药卫生支社、民盟省委会组织部负责同志出席。")]
    assert "九三学社桐岭市委会医药卫生支社" in names
    assert "民盟省委会组织部" in names


def test_a_title_after_the_committee_is_no_unit_and_委员_no_committee():
    names = [m.name for m in party_committees("民盟桐岭市委会副主委甄立远、农工党党员参加市委员会议。")]
    assert names == ["民盟桐岭市委会"]
