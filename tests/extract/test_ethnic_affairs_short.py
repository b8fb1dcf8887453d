"""A 民族宗教事务委员会 is written 市民宗委 once the article named it (as 市卫健委): the short form
is that commission in full (GOLD_SPEC §4.3), not another commission of the sentence. Invented names."""

from __future__ import annotations

from yuanzhi.extract.facts import issue_to_facts

from .conftest import one_article


def posts(*paragraphs: str) -> set[tuple[str, str, str | None]]:
    facts = issue_to_facts(one_article(*paragraphs))
    return {(p.name, pos.title, pos.org) for p in facts.people for pos in p.positions}


def test_min_zong_wei_is_the_ethnic_affairs_commission():
    found = posts(
        "4月3日，由柘岭市民族宗教事务委员会、柘岭市卫生健康委员会主办的义诊活动在柘岭市人民医院举行。"
        "市民宗委党组书记、主任蓝望山，市卫生健康委员会副主任韦若溪出席活动。",
    )
    assert ("蓝望山", "主任", "柘岭市民族宗教事务委员会") in found
    assert ("蓝望山", "党组书记", "柘岭市民族宗教事务委员会") in found
