"""Rounds 11-12 classes of titles, names and appointments (invented names, places and bodies)."""

from __future__ import annotations

from yuanzhi.extract.facts import issue_to_facts

from .conftest import one_article, pairs_of, posts_in


def appointed(*paragraphs: str) -> set[tuple[str, str, str]]:
    facts = issue_to_facts(one_article(*paragraphs, date="2026-05"))
    return {(a.person, a.title, a.action) for a in facts.appointments}


def test_every_compound_surname_of_the_hundred_family_list_takes_its_name() -> None:
    assert ("东门立川", "总经理") in pairs_of("芦溪航空有限公司总经理东门立川出席签约仪式。")
    assert ("南门雨亭", "董事长") in pairs_of("芦溪物流有限公司董事长南门雨亭致辞。")
    assert ("归海一鸣", "科长") in pairs_of("医务科科长归海一鸣介绍了流程。")


def test_a_township_party_post_is_read_without_the_township_level_when_the_place_came_before() -> None:
    assert pairs_of("乡党委书记蒯立川、乡长姜雨亭陪同调研。") >= {("蒯立川", "党委书记"), ("姜雨亭", "乡长")}
    assert ("范一鸣", "党工委副书记") in pairs_of("街道党工委副书记、办事处主任范一鸣，街道办事处副主任庹春雨参加活动。")


def test_posts_of_a_customs_house_a_prison_and_an_international_body() -> None:
    assert pairs_of("芦溪海关党委委员、副关长蒯立川出席签约仪式。") >= {("蒯立川", "党委委员"), ("蒯立川", "副关长")}
    assert pairs_of("芦溪监狱监狱长姜雨亭、副监狱长范一鸣出席启用仪式。") >= {("姜雨亭", "监狱长"), ("范一鸣", "副监狱长")}
    assert ("庹春雨", "项目官员") in pairs_of("国际儿童基金会驻华办事处卫生处项目官员庹春雨，省卫健委处长姜雨亭出席。")


def test_team_doctors_subject_teachers_veterinary_grades_and_advisers() -> None:
    assert ("姜雨亭", "心理教师") in pairs_of("学校心理中心主任、心理教师姜雨亭表示欢迎。")
    assert ("范一鸣", "高级兽医师") in pairs_of("县动物疫控中心副主任、高级兽医师范一鸣讲解了消毒规范。")
    assert ("蒯立川", "医学顾问") in posts_in("俱乐部医学顾问、肿瘤科主任蒯立川作了讲座。")


def test_an_acting_head_of_an_institute_keeps_the_qualifier() -> None:
    assert pairs_of("市疾控中心免疫规划所代理所长蒯立川出席。") == {("蒯立川", "代理所长")}
