"""Organisations of enterprises, their units and autonomous places (helper E76, round 19's classes):
an enterprise group's own hospital, a group printed in full then by a short form, units of a company —
general rules of Chinese news (invented names; GOLD_SPEC §4.3, §4.7, §4.8, §4.11)."""

from __future__ import annotations

from yuanzhi.extract.facts import issue_to_facts
from yuanzhi.extract.registered_groups import canonical, registered_groups

from .conftest import one_article


def facts_of(*paragraphs: str):  # type: ignore[no-untyped-def]
    return issue_to_facts(one_article(*paragraphs))


def posts(*paragraphs: str) -> set[tuple[str, str, str | None]]:
    facts = facts_of(*paragraphs)
    return {(p.name, pos.title, pos.org) for p in facts.people for pos in p.positions}


def test_a_groups_general_hospital_is_the_articles_own_hospital():
    found = posts(
        "1月9日，栎川煤业集团总医院第二届职工代表大会在院报告厅召开。",
        "医院党委书记、院长房振东，党委副书记、纪委书记、工会主席郜立群，总会计师麦一鸣出席会议。",
    )
    assert ("房振东", "党委书记", "栎川煤业集团总医院") in found
    assert ("郜立群", "纪委书记", "栎川煤业集团总医院") in found
    assert ("麦一鸣", "总会计师", "栎川煤业集团总医院") in found


def test_a_group_printed_in_full_then_as_jituan_gongsi_is_the_registered_name():
    found = posts(
        "3月2日，栎川煤业集团总医院召开干部大会。栎川煤业集团有限责任公司（以下简称“集团公司”）"
        "人力资源部副部长蒯文涛宣读了任职决定。集团公司副总经理詹立行出席会议并讲话。",
        "会上，集团公司安全环保部部长茹海峰通报了情况。",
    )
    assert ("蒯文涛", "副部长", "栎川煤业集团有限责任公司人力资源部") in found
    assert ("詹立行", "副总经理", "栎川煤业集团有限责任公司") in found
    assert ("茹海峰", "部长", "栎川煤业集团有限责任公司安全环保部") in found


def test_a_groups_hospital_has_the_groups_registered_name_as_parent():
    facts = facts_of(
        "5月8日，栎川钢铁集团有限公司副总经理詹立行到栎川钢铁集团总医院看望伤员。",
        "栎川钢铁集团总医院院长房振东介绍了救治情况。",
    )
    parents = {o.name: o.parent for o in facts.organizations}
    assert parents.get("栎川钢铁集团总医院") == "栎川钢铁集团有限公司"


def test_a_prefectures_commission_printed_in_full_then_with_its_level_word():
    found = posts(
        "6月3日，乌兰铁列克蒙古自治州卫生健康委员会党组书记、主任韩立军出席启动仪式。",
        "州卫生健康委员会副主任白秀兰主持仪式。",
    )
    assert ("韩立军", "主任", "乌兰铁列克蒙古自治州卫生健康委员会") in found
    assert ("白秀兰", "副主任", "乌兰铁列克蒙古自治州卫生健康委员会") in found


def test_an_autonomous_prefecture_whose_name_opens_with_a_verb_character_is_read_whole():
    found = posts(
        "去年11月，托克尔柯尔克孜自治州妇幼保健院开设了待产之家。",
        "3月5日，托克尔柯尔克孜自治州卫生健康委员会副主任马志远到院调研。",
    )
    assert ("马志远", "副主任", "托克尔柯尔克孜自治州卫生健康委员会") in found


def test_a_township_printed_after_its_autonomous_county_keeps_its_first_character():
    found = posts(
        "10月21日，复核组到卫生院复核。",
        "塔本锡伯自治县莫勒格乡党委副书记、乡长鄂文华到会介绍情况。",
    )
    assert ("鄂文华", "乡长", "塔本锡伯自治县莫勒格乡") in found


def test_a_railway_group_written_without_its_national_opening_is_the_registered_group():
    found = posts(
        "2月2日，中国铁路柘岭局集团有限公司与柘岭市第一医院共建的健康驿站揭牌。",
        "柘岭局集团副总经理詹立行、柘岭局集团客运部主任茹海峰出席揭牌仪式。",
    )
    assert ("茹海峰", "主任", "中国铁路柘岭局集团有限公司客运部") in found


def test_a_groups_declared_short_name_and_its_hospitals_printed_with_it():
    facts = facts_of(
        "10月15日，栎川森林工业集团有限公司（以下简称“栎川森工集团”）与柘江医院签署托管协议。"
        "根据协议，栎川森工集团岩岭林业局医院将由柘江医院全面托管。",
        "栎川森工集团副总经理詹立行介绍了投入计划。",
    )
    found = {(p.name, pos.title, pos.org) for p in facts.people for pos in p.positions}
    assert ("詹立行", "副总经理", "栎川森林工业集团有限公司") in found
    parents = {o.name: o.parent for o in facts.organizations}
    assert parents.get("栎川森工集团岩岭林业局医院") == "栎川森林工业集团有限公司"


def test_a_unit_of_a_groups_hospital_is_no_unit_of_the_group(lexicon):  # type: ignore[no-untyped-def]
    groups = registered_groups(["甘棠栎川糖业集团有限公司"])
    assert canonical("栎川糖业集团人力资源部", groups, lexicon) == "甘棠栎川糖业集团有限公司人力资源部"
    assert canonical("栎川糖业集团职工医院急诊科", groups, lexicon) == "栎川糖业集团职工医院急诊科"


def test_a_declared_groups_jituan_gongsi_is_the_group_not_a_unit_of_it(lexicon):  # type: ignore[no-untyped-def]
    groups = registered_groups(["棣川石化集团有限责任公司"])
    declared = {"棣川石化集团": "棣川石化集团有限责任公司"}
    assert canonical("棣川石化集团公司", groups, lexicon, declared) == "棣川石化集团有限责任公司"
    assert canonical("棣川石化集团公司人力资源部", groups, lexicon, declared) == "棣川石化集团有限责任公司人力资源部"
    assert canonical("棣川石化集团人力资源部", groups, lexicon, declared) == "棣川石化集团有限责任公司人力资源部"
