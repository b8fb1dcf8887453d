"""A profile sentence that opens with the person's name and age (某某今年48岁，主任医师，此前任
A医院副院长): the grade and the earlier post are the person's; the grade written with a
hospital's post and no department has no organization (HELDOUT16 convention 8). Invented names."""

from __future__ import annotations

from yuanzhi.extract.facts import issue_to_facts

from .conftest import one_article


def posts(*paragraphs: str) -> set[tuple[str, str, str | None]]:
    facts = issue_to_facts(one_article(*paragraphs))
    return {(p.name, pos.title, pos.org) for p in facts.people for pos in p.positions}


def test_a_profile_opened_by_name_and_age_gives_the_grade_and_the_earlier_post():
    found = posts(
        "会上，集团副总裁沈知行宣读了集团决定：聘任蓝望川为澄泉医院院长。",
        "蓝望川今年48岁，主任医师，此前任康衡医疗集团琴屿医院副院长，在民营医院管理岗位工作十余年。",
    )
    assert ("蓝望川", "副院长", "康衡医疗集团琴屿医院") in found
    assert ("蓝望川", "主任医师", None) in found


def test_a_profile_with_a_department_keeps_the_grade_there():
    found = posts(
        "本报讯 近日，柘川市人民医院引进学科带头人。",
        "郁青禾现年52岁，主任医师，此前任柘州医科大学附属医院心内科副主任。",
    )
    assert ("郁青禾", "副主任", "柘州医科大学附属医院心内科") in found
    assert ("郁青禾", "主任医师", "柘州医科大学附属医院心内科") in found
