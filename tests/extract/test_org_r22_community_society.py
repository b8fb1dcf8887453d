"""An overseas community's society printed with its country (helper E96, round 22's organisations): a
同乡总会 or 宗亲总会 abroad, like a 同乡会 or 会馆, is named for its home place or clan and is never the
country's national body, so the country is no part of its name (invented names; GOLD_SPEC §4.9)."""

from __future__ import annotations

from yuanzhi.extract.facts import issue_to_facts

from .conftest import one_article


def posts(*paragraphs: str) -> set[tuple[str, str, str | None]]:
    facts = issue_to_facts(one_article(*paragraphs))
    return {(p.name, pos.title, pos.org) for p in facts.people for pos in p.positions}


def test_a_home_towns_general_association_abroad_drops_the_country():
    found = posts("捐赠仪式在岑柘市人民医院举行。马来西亚岑柘同乡总会会长甄茂林、副会长眭晓岚率乡亲一行回乡。")
    assert ("甄茂林", "会长", "岑柘同乡总会") in found


def test_a_clans_general_association_abroad_drops_the_country():
    found = posts("新加坡卜氏宗亲总会会长卜一凡出席了活动。")
    assert ("卜一凡", "会长", "卜氏宗亲总会") in found
