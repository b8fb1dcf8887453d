"""An overseas community's society printed with its country (helper E96, round 22's organisations; E160
for the decision at the end of GOLD_SPEC): a 同乡会, 同乡总会, 宗亲总会, 公会 or 会馆 abroad is registered
under a name that carries its country, so the country stays when the article prints the society with it
every time; one the article also prints without the country (a headline, a later mention) is named as
printed alone (§4.9). Invented names."""

from __future__ import annotations

from yuanzhi.extract.facts import issue_to_facts

from .conftest import one_article


def posts(*paragraphs: str) -> set[tuple[str, str, str | None]]:
    facts = issue_to_facts(one_article(*paragraphs))
    return {(p.name, pos.title, pos.org) for p in facts.people for pos in p.positions}


def test_a_home_towns_general_association_always_printed_with_its_country_keeps_it():
    found = posts("捐赠仪式在岑柘市人民医院举行。马来西亚岑柘同乡总会会长甄茂林、副会长眭晓岚率乡亲一行回乡。")
    assert ("甄茂林", "会长", "马来西亚岑柘同乡总会") in found


def test_a_clans_general_association_always_printed_with_its_country_keeps_it():
    found = posts("新加坡卜氏宗亲总会会长卜一凡出席了活动。")
    assert ("卜一凡", "会长", "新加坡卜氏宗亲总会") in found


def test_a_society_also_printed_without_its_country_is_named_alone():
    found = posts(
        "菲律宾岑柘同乡会向岑柘市人民医院捐赠救护车。",
        "岑柘同乡会会长甄茂林表示，乡亲们一直牵挂家乡。",
    )
    assert ("甄茂林", "会长", "岑柘同乡会") in found
