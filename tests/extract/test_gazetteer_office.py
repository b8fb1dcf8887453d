"""A place's gazetteer office (地方志编纂委员会办公室, invented names): its name runs through 编纂, a verb to
jieba, and the short form the article defines resolves to it with its units."""

from __future__ import annotations

from yuanzhi.extract.facts import issue_to_facts

from .conftest import one_article


def posts(*paragraphs: str) -> set[tuple[str, str, str | None]]:
    facts = issue_to_facts(one_article(*paragraphs))
    return {(p.name, pos.title, pos.org) for p in facts.people for pos in p.positions}


def test_a_gazetteer_office_is_named_through_its_verb():
    found = posts(
        "9月16日，启动会在苇塘市卫生健康委员会召开。苇塘市地方志编纂委员会办公室（以下简称“市地方志办”）"
        "党组书记、主任滕望岑出席会议。市地方志办年鉴编辑科科长季晚舟参加。"
    )
    assert ("滕望岑", "主任", "苇塘市地方志编纂委员会办公室") in found
    assert ("季晚舟", "科长", "苇塘市地方志编纂委员会办公室年鉴编辑科") in found
