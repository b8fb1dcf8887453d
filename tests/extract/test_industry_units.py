"""Bodies of industry named by their ending (lexicon/industry_units.txt): a railway bureau's
sections and a works' plants — general conventions of Chinese news (invented names; GOLD_SPEC §4.8)."""

from __future__ import annotations

from yuanzhi.extract.facts import issue_to_facts

from .conftest import one_article


def posts(*paragraphs: str) -> set[tuple[str, str, str | None]]:
    facts = issue_to_facts(one_article(*paragraphs))
    return {(p.name, pos.title, pos.org) for p in facts.people for pos in p.positions}


def test_a_railway_section_is_a_body_of_its_own():
    found = posts(
        "4月9日，岚渡铁路医院巡诊队来到沿线小站。",
        "溪北车务段党委书记龚远舟、溪北工务段段长柏临川全程陪同。",
    )
    assert ("龚远舟", "党委书记", "溪北车务段") in found
    assert ("柏临川", "段长", "溪北工务段") in found


def test_a_headline_gluing_a_hospital_and_a_depot_names_two_bodies():
    found = posts(
        "岚渡铁路医院机务段健康小屋启用",
        "3月2日，岚渡铁路医院与岚渡机务段共建的健康小屋启用。岚渡机务段段长龚远舟、党委书记柏临川出席。",
        "岚渡机务段安全科科长蔺秋实介绍了乘务员的排班。",
    )
    assert ("龚远舟", "段长", "岚渡机务段") in found
    assert ("蔺秋实", "科长", "岚渡机务段安全科") in found


def test_a_plant_printed_with_its_company_then_bare_before_its_head():
    found = posts(
        "5月3日凌晨，栎川钢铁集团有限公司炼钢厂发生一起烫伤事故，伤员被送到栎川钢铁集团总医院。",
        "5月4日，集团公司副总经理詹立行，炼钢厂厂长房振东到医院看望伤员。",
    )
    assert ("房振东", "厂长", "栎川钢铁集团有限公司炼钢厂") in found
