"""Numbered units of a production-and-construction corps (兵团) as bodies: a regiment
(一八五团), a company (五连) and a division (第九师) written with a numeral stem before
团/连/师 hold posts (GOLD_SPEC §4.10; HELDOUT16 convention 4). Words that end in those
characters without a numeral stem (合唱团, 代表团, 教师, 一连几天) are no bodies. Invented names."""

from __future__ import annotations

from yuanzhi.extract.facts import issue_to_facts
from yuanzhi.extract.numbered_units import numbered_unit

from .conftest import one_article


def posts(*paragraphs: str) -> set[tuple[str, str, str | None]]:
    facts = issue_to_facts(one_article(*paragraphs))
    return {(p.name, pos.title, pos.org) for p in facts.people for pos in p.positions}


def test_a_regiment_and_its_hospital_are_two_bodies():
    found = posts(
        "6月2日，第九师柘河医院（以下简称“柘河医院”）为驻连医生举行出征仪式。",
        "第九师卫生健康委员会主任谷雪松，一八五团副政委鲁望北，柘河医院院长杭远志出席仪式。",
        "一八五团医院院长廖青山介绍，团医院将安排专人对接。",
    )
    assert ("鲁望北", "副政委", "一八五团") in found
    assert ("廖青山", "院长", "一八五团医院") in found


def test_a_company_printed_alone_holds_its_heads_posts():
    found = posts(
        "6月2日，第九师柘河医院为驻连医生举行出征仪式。",
        "五连党支部书记、连长霍长风说，连队职工看病以前要跑二十公里。",
    )
    assert ("霍长风", "连长", "五连") in found
    assert ("霍长风", "党支部书记", "五连") in found


def test_only_a_numeral_stem_makes_a_numbered_unit():
    assert numbered_unit("一八五团") == "government"
    assert numbered_unit("第九师") == "government"
    assert numbered_unit("五连") == "other"
    for word in ("合唱团", "代表团", "教师", "律师", "共青团", "集团", "连队", "医疗队", "一团"):
        assert numbered_unit(word) is None
