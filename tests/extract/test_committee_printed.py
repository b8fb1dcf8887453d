"""A department of a place's party committee written bare after a seat on that committee
(县委常委、组织部部长) takes the place only when the article prints the committee with it
(GOLD_SPEC §4.3, §10: a short form expands only to the same body printed in full, never to a
place printed with another body). Invented names."""

from __future__ import annotations

from yuanzhi.extract.facts import issue_to_facts

from .conftest import one_article


def posts(*paragraphs: str) -> set[tuple[str, str, str | None]]:
    facts = issue_to_facts(one_article(*paragraphs))
    return {(p.name, pos.title, pos.org) for p in facts.people for pos in p.positions}


def test_a_committee_department_whose_committee_is_never_printed_keeps_its_level_word():
    found = posts(
        "3月6日，柘湾县妇女联合会召开执行委员会议。",
        "县委常委、组织部部长蔺秋实出席会议并讲话。",
    )
    assert ("蔺秋实", "部长", "县委组织部") in found


def test_a_committee_department_whose_committee_is_printed_takes_the_place():
    found = posts(
        "3月6日，柘湾县委书记龚远舟到县人民医院调研。",
        "县委常委、组织部部长蔺秋实陪同调研。",
    )
    assert ("蔺秋实", "部长", "柘湾县委组织部") in found
