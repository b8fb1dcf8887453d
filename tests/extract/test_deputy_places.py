"""A level congress post (市人大代表, 县政协委员) is of its level's place even where the chain
prints another body of that place after it (GOLD_SPEC §4.4; invented names)."""

from __future__ import annotations

from yuanzhi.extract.facts import issue_to_facts

from .conftest import one_article


def _orgs(*paragraphs: str) -> set[tuple[str, str, str | None]]:
    facts = issue_to_facts(one_article(*paragraphs))
    return {(p.name, pos.title, pos.org) for p in facts.people for pos in p.positions}


def test_a_deputy_in_a_chain_with_the_citys_congress_is_the_citys():
    found = _orgs("5月20日，市人大代表、澜岭市人大常委会副主任耿秋梅一行来到澜岭市中心医院调研。")
    assert ("耿秋梅", "市人大代表", "澜岭市") in found
    assert ("耿秋梅", "副主任", "澜岭市人大常委会") in found


def test_a_deputy_of_an_autonomous_county_takes_its_long_name():
    found = _orgs(
        "柏溪朝鲜族自治县人民医院退休职工座谈会召开。",
        "县政协委员金永哲作了发言。",
    )
    assert ("金永哲", "县政协委员", "柏溪朝鲜族自治县") in found
