"""A society written by its ending alone at a clause's start (学会副会长某某) names the society the
article printed, also when it printed only a branch of it in full (某学会某专业委员会): the
society, not the branch (GOLD_SPEC §9). Invented names."""

from __future__ import annotations

from yuanzhi.extract.facts import issue_to_facts

from .conftest import one_article


def posts(*paragraphs: str) -> set[tuple[str, str, str | None]]:
    facts = issue_to_facts(one_article(*paragraphs))
    return {(p.name, pos.title, pos.org) for p in facts.people for pos in p.positions}


def test_a_bare_society_is_the_society_of_the_branch_printed():
    found = posts(
        "10月8日，楚澜省护理学会伤口造口专业委员会换届大会在柘江市召开。学会副会长兼秘书长申屠青岚出席会议并致辞。",
    )
    assert ("申屠青岚", "副会长", "楚澜省护理学会") in found
    assert ("申屠青岚", "秘书长", "楚澜省护理学会") in found
