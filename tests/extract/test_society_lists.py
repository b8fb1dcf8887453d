"""A society's branch or its committee the story is about stays the body of posts printed without
one when a sentence names the society it belongs to; a society post printed without a body in a
list of guests takes the body the list printed with the post before it (GOLD_SPEC §9, §4.1).
Invented names."""

from __future__ import annotations

from yuanzhi.extract.facts import issue_to_facts

from .conftest import one_article


def posts(*paragraphs: str) -> set[tuple[str, str, str | None]]:
    facts = issue_to_facts(one_article(*paragraphs))
    return {(p.name, pos.title, pos.org) for p in facts.people for pos in p.positions}


_FOUNDING = (
    "5月9日，岷阆省医学会眼科学分会第一届青年委员会成立大会在柘江市召开。"
    "岷阆省医学会副会长储望川，眼科学分会主任委员、岷阆省眼科医院院长申屠青岚，候任主任委员、"
    "柘江市第一人民医院眼科主任宓知远出席会议。"
    "会议经民主推选，产生了青年委员会。岷阆省眼科医院眼底病科副主任医师濮砚秋当选主任委员；"
    "柘江市第一人民医院眼科主治医师甄浅溪任秘书。"
)


def test_the_committee_founded_stays_the_body_after_its_society_is_named():
    found = posts(_FOUNDING)
    committee = "岷阆省医学会眼科学分会青年委员会"
    assert ("濮砚秋", "主任委员", committee) in found
    assert ("甄浅溪", "秘书", committee) in found
    assert ("储望川", "副会长", "岷阆省医学会") in found


def test_a_post_continuing_a_list_takes_the_body_printed_before_it():
    found = posts(_FOUNDING)
    assert ("申屠青岚", "主任委员", "岷阆省医学会眼科学分会") in found
    assert ("宓知远", "候任主任委员", "岷阆省医学会眼科学分会") in found
