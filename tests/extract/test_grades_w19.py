"""Whole grades and ranks of systems a hospital's news names, wave 19, all names invented:
diplomatic ranks, the public-health doctors' and skilled workers' grades, medical physicists,
finance staff, a company's heads of a field, and the assistant of an institute's or bureau's head."""

from __future__ import annotations

from .conftest import pairs_of


def test_a_charge_d_affaires_and_a_counsellor_are_posts():
    found = pairs_of("中国驻某国大使馆临时代办芮思航、参赞韦立诚出席。")
    assert ("芮思航", "临时代办") in found and ("韦立诚", "参赞") in found


def test_grades_are_kept_whole():
    assert ("郜小禾", "主管医师") in pairs_of("所长助理、主管医师郜小禾带领学员练习。")
    assert ("郜小禾", "所长助理") in pairs_of("所长助理、主管医师郜小禾带领学员练习。")
    assert ("邬铁成", "高级技师") in pairs_of("炼钢厂高级技师邬铁成今年五十岁。")
    assert ("柏思齐", "物理师") in pairs_of("放疗科物理师柏思齐介绍了计划。")


def test_finance_staff_and_a_field_head_of_a_company():
    assert ("艾晓棠", "会计") in pairs_of("财务科会计艾晓棠考核结束后说。")
    assert ("岑立方", "培训总监") in pairs_of("外科事业部培训总监岑立方任副主任。")
    assert ("蒯建明", "局长助理") in pairs_of("市卫生健康局局长助理蒯建明出席。")
