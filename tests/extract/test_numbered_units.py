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


def test_a_companys_numbered_plant_printed_alone_holds_its_heads_posts():
    found = posts(
        "8月12日，柘原油田总医院组织巡回医疗队，深入采油三厂、采油六厂的井场为员工开展义诊。",
        "采油三厂党委书记、副厂长司马良陪同巡诊。采油六厂副厂长翁北辰说，希望医院常来。",
        "第二采油厂厂长冀远航，炼化二分厂副厂长乔一帆参加。",
    )
    assert ("司马良", "党委书记", "采油三厂") in found
    assert ("司马良", "副厂长", "采油三厂") in found
    assert ("翁北辰", "副厂长", "采油六厂") in found
    assert ("冀远航", "厂长", "第二采油厂") in found
    assert ("乔一帆", "副厂长", "炼化二分厂") in found


def test_a_plant_needs_its_number():
    assert numbered_unit("采油三厂") == "company"
    assert numbered_unit("第二采油厂") == "company"
    for word in ("全厂", "工厂", "出厂", "本厂"):
        assert numbered_unit(word) is None


def test_a_numbered_plant_is_a_unit_of_the_company_named_before():
    facts = issue_to_facts(one_article(
        "8月12日，柘原油田总医院组织巡回医疗队深入井场义诊。",
        "中国石化柘原油田分公司（以下简称“油田公司”）工会主席贺南星，采油三厂副厂长司马良陪同巡诊。",
    ))
    kinds = {o.name: (o.kind, o.parent) for o in facts.organizations}
    assert kinds["采油三厂"] == ("company", "中国石化柘原油田分公司")
