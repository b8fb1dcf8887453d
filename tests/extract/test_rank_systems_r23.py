"""Whole rank systems and staff posts printed with a name (round 23, E104): fire and rescue ranks
(一级指挥长) and police ranks (三级高级警长) are the brigade's or the station's, never of the 处 before
them; 民警, 警长, 区级名中医, 导医, 校医 are posts; 和 joining two kinds of staff is no surname.
Invented names and places."""

from __future__ import annotations

from yuanzhi.extract.facts import issue_to_facts

from .conftest import one_article


def posts(*paragraphs: str) -> set[tuple[str, str, str | None]]:
    facts = issue_to_facts(one_article(*paragraphs))
    return {(p.name, pos.title, pos.org) for p in facts.people for pos in p.positions}


def test_a_fire_rank_after_an_office_post_is_the_brigades():
    found = posts(
        "3月2日，柘州市消防救援支队到柘州市中心医院开展消防检查。",
        "支队防火监督处处长、一级指挥长樊星河参加检查。",
    )
    assert ("樊星河", "一级指挥长", "柘州市消防救援支队") in found
    assert ("樊星河", "处长", "柘州市消防救援支队防火监督处") in found


def test_police_grades_and_posts_are_pairs():
    found = {(n, t) for n, t, _ in posts(
        "4月5日，柘州市公安局柘南分局在柘州市中心医院设立警务室。",
        "青石派出所所长、三级高级警长伍晓川介绍，派出所已选派社区民警郝远山担任驻院警务室警长。",
    )}
    assert {("伍晓川", "三级高级警长"), ("伍晓川", "所长"), ("郝远山", "民警"), ("郝远山", "警长")} <= found


def test_a_districts_honoured_doctor_is_a_title():
    found = {(n, t) for n, t, _ in posts(
        "柘州市中医院院长樊思远接受采访。",
        "区级名中医、针灸推拿科主任郝成章的工作室今年要再收四名徒弟。",
    )}
    assert ("郝成章", "区级名中医") in found


def test_a_guide_nurse_and_a_school_doctor_are_posts():
    found = {(n, t) for n, t, _ in posts(
        "柘州市中心医院召开年度表彰大会。",
        "获得“服务之星”称号的门诊导医伍小满，一年来接待问询12万余人次。",
        "来自柘南区石门中学的校医樊晓晴说，培训很有用。",
    )}
    assert {("伍小满", "导医"), ("樊晓晴", "校医")} <= found


def test_and_between_two_kinds_of_staff_is_no_name():
    found = {n for n, _, _ in posts(
        "柘州市公安局柘南分局在柘州市中心医院设立警务室。",
        "派出所民警和辅警每天驻守，全区中小学校医和保健教师共140余人参加培训。",
    )}
    assert not {"和辅警", "和保健"} & found
