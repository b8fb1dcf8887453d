"""Rows of a visiting experts' schedule (round 28, E142): each row opens with its date
(``3月8日（周三）：``) and then a unit printed alone; the rows continue the list the first row
opened at another hospital, so every row's unit is that hospital's (GOLD_SPEC §4.1, §4.2). Own
news keeps its own units bare. Invented names."""

from __future__ import annotations

from yuanzhi.extract.outside_units import opens_row

from .conftest import posts_with_orgs_in

_PARTNER = "云岫医科大学附属眼科医院"


def test_schedule_rows_continue_the_hospital_of_the_first_row():
    found = posts_with_orgs_in(
        "岭川市眼科医院讯 根据我院与云岫医科大学附属眼科医院签订的协议，专家来院坐诊。现将安排公布如下：",
        "3月4日（周六）：云岫医科大学附属眼科医院白内障科主任、主任医师柏青松，擅长复杂白内障；"
        "3月8日（周三）：眼底病科副主任、副主任医师檀青禾，擅长黄斑病变；"
        "3月11日、18日（周六）：青光眼科主任医师桑远舟，擅长青光眼手术。",
        "预约请关注“岭川市眼科医院”公众号，岭川市眼科医院门诊部负责安排。",
    )
    assert ("檀青禾", "副主任", _PARTNER + "眼底病科") in found
    assert ("檀青禾", "副主任医师", _PARTNER + "眼底病科") in found
    assert ("桑远舟", "主任医师", _PARTNER + "青光眼科") in found


def test_own_rows_stay_bare():
    found = posts_with_orgs_in(
        "岭川市眼科医院专家门诊安排如下：",
        "3月4日（周六）：我院白内障科主任柏青松；3月8日（周三）：眼底病科副主任檀青禾；3月11日（周六）：青光眼科主任桑远舟。",
    )
    assert ("檀青禾", "副主任", "眼底病科") in found
    assert ("桑远舟", "主任", "青光眼科") in found


def test_a_row_lead_is_a_date_and_time_only():
    assert opens_row("")
    assert opens_row("7月18日、25日（周六）：")
    assert not opens_row("会上，")
    assert not opens_row("某医院：")
