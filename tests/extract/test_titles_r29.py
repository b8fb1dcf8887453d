"""Titles of round 29 (E152): a grade written after the ethnic medicine it is held in, job words
of staff, and a paper's intern in a lead byline. Names and places are invented."""

from __future__ import annotations

from yuanzhi.extract.facts import issue_to_facts
from yuanzhi.pipeline import parse_text

from .conftest import posts_in, posts_with_orgs_in


def test_a_grade_written_after_the_ethnic_medicine_is_kept_whole() -> None:
    found = posts_in("座谈会上，栖霞县民族医院副院长、傣医主任医师范青禾介绍了诊疗经验。副院长、彝医副主任医师庹春雨发言。")
    assert {("范青禾", "副院长"), ("范青禾", "傣医主任医师"), ("庹春雨", "彝医副主任医师")} <= found
    assert ("范青禾", "主任医师") not in found and ("庹春雨", "副主任医师") not in found


def test_job_words_of_staff_are_read_whole() -> None:
    found = posts_in("炮制室里，老药工姜雨亭正在切片。年度考核优秀：营养厨师芦小满。消防救援大队政治教导员苏明河带队参加。")
    assert {("姜雨亭", "药工"), ("芦小满", "营养厨师"), ("苏明河", "政治教导员")} <= found
    assert ("芦小满", "厨师") not in found and ("苏明河", "教导员") not in found


def test_an_insurers_chief_health_officer_is_a_post() -> None:
    found = posts_in("签约仪式上，某某人寿副总裁兼首席健康官苏明河致辞。")
    assert ("苏明河", "首席健康官") in found


def test_an_intern_in_a_lead_byline_opens_a_credit_of_their_own() -> None:
    text = "青峪基金会捐赠善款\n救助先心病患儿\n本报讯（记者 姜雨亭 实习生 芦小满）3 \n月 2 日，青峪基金会救助项目捐赠仪式在栖霞县妇幼保健院举行。\n"
    facts = issue_to_facts(parse_text(text, source="t.txt", date="2026-03"))
    found = {(p.name, pos.title) for p in facts.people for pos in p.positions}
    assert ("姜雨亭", "记者") in found
    assert ("芦小满", "记者") not in found and ("实习生", "记者") not in found


def test_rows_headed_by_a_post_give_each_name_the_post_of_the_unit_written_with_it() -> None:
    found = posts_with_orgs_in(
        "经院党委会研究，拟聘任以下同志：心内科主任：范青禾（心内科副主任、副主任医师）；"
        "儿科副主任：庹春雨、芦小满；超声科副主任：苏明河。"
    )
    assert {("范青禾", "主任", "心内科"), ("庹春雨", "副主任", "儿科"), ("芦小满", "副主任", "儿科"),
            ("苏明河", "副主任", "超声科")} <= found


def test_a_committees_member_row_lists_names_with_their_posts_between_commas() -> None:
    found = posts_in("委员会由9名委员组成。委员：药剂科主任范青禾，护理部主任庹春雨，社区代表、退休工人芦小满。")
    assert {("范青禾", "委员"), ("庹春雨", "委员"), ("范青禾", "主任"), ("庹春雨", "主任")} <= found
    assert ("芦小满", "委员") not in found  # a piece that is no name with posts gives nothing
