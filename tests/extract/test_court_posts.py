"""A court's standing posts and seats (HELDOUT18 conv. 3 and 4, GOLD_SPEC §4.8, §4.9): a seat on its
judicial committee (审判委员会委员) is the court's, not its division's, even when written after the
division's post; a 人民陪审员, 法官助理 or 书记员 with no body of their own written is the court's
the sentence or article named, never the hospital's. Invented names."""

from __future__ import annotations

from yuanzhi.extract.facts import issue_to_facts

from .conftest import one_article


def posts(*paragraphs: str) -> set[tuple[str, str, str | None]]:
    facts = issue_to_facts(one_article(*paragraphs))
    return {(p.name, pos.title, pos.org) for p in facts.people for pos in p.positions}


def test_a_judicial_committee_seat_is_the_courts_not_the_divisions():
    found = posts(
        "9月8日，檀川市第二人民医院与檀川市中级人民法院签订合作协议。"
        "檀川市中级人民法院刑事审判第二庭庭长、审判委员会委员裘望舒出席签约仪式。",
    )
    assert ("裘望舒", "审判委员会委员", "檀川市中级人民法院") in found
    assert ("裘望舒", "庭长", "檀川市中级人民法院刑事审判第二庭") in found


def test_a_juror_and_a_judges_assistant_are_the_courts():
    found = posts(
        "10月9日，檀川市檀东区人民法院在檀川市第二人民医院开庭审理一起医疗纠纷案。"
        "人民陪审员骆晴川参加合议庭，法官助理沐秋白参与庭审。",
    )
    assert ("骆晴川", "人民陪审员", "檀川市檀东区人民法院") in found
    assert ("沐秋白", "法官助理", "檀川市檀东区人民法院") in found
