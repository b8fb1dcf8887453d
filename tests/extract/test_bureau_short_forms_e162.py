"""A bureau's short form ends with its 局 (E162): ``市医疗保障事务中心`` after 某市医疗保障局 is a centre
of its own, not the bureau's unit 事务中心 (``市医疗保障|事务中心``); ``市医保局稽核科`` is the bureau's unit.
Places, bodies and people are invented."""

from __future__ import annotations

from yuanzhi.extract.facts import issue_to_facts

from .conftest import one_article


def posts(*paragraphs: str) -> set[tuple[str, str, str | None]]:
    facts = issue_to_facts(one_article(*paragraphs))
    return {(p.name, pos.title, pos.org) for p in facts.people for pos in p.positions}


def test_a_centre_named_like_a_bureau_is_no_unit_of_it() -> None:
    found = posts(
        "澜屿市医疗保障局组织专项检查组，对全市定点医院开展检查。",
        "检查组由局基金监管科科长甘一禾任组长，市医疗保障事务中心副主任蒲小溪任副组长。",
    )
    assert ("蒲小溪", "副主任", "澜屿市医疗保障局事务中心") not in found
    assert any(name == "蒲小溪" and title == "副主任" for name, title, _org in found)
