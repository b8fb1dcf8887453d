"""Rows of a results list headed by a grade (E174): ``主任中医师：某科主任甲，某病科乙；`` — each
person holds the grade at the department printed before the name (GOLD_SPEC §5, §10)."""

from __future__ import annotations

from yuanzhi.extract.facts import issue_to_facts

from .conftest import one_article


def _positions(*paragraphs: str) -> set[tuple[str, str, str | None]]:
    facts = issue_to_facts(one_article(*paragraphs, date="2025-05"))
    return {(p.name, pos.title, pos.org) for p in facts.people for pos in p.positions}


def test_a_grade_heading_a_row_takes_each_items_department():
    found = _positions(
        "本报讯 近日，省卫生健康委公布了高级职称评审结果，江北市中医院12人通过评审。现将名单刊登如下：",
        "主任中医师：推拿科主任柏一舒，肝病科副主任雷一东，康复中心汤一梅；"
        "副主任护师：护理部副主任、推拿科护士长欧一帆；副主任技师：检验科主管技师樊一书、放射科鲍一杰；"
        "高级会计师：财务科副科长庞一航。",
    )
    assert {
        ("柏一舒", "主任中医师", "推拿科"), ("雷一东", "主任中医师", "肝病科"), ("汤一梅", "主任中医师", "康复中心"),
        ("欧一帆", "副主任护师", "护理部"), ("樊一书", "副主任技师", "检验科"), ("鲍一杰", "副主任技师", "放射科"),
        ("庞一航", "高级会计师", "财务科"),
    } <= found


def test_a_post_heading_a_row_takes_no_items_department():
    found = _positions(
        "本报讯 江北市护理学会静脉治疗专委会成立。名单如下：",
        "委员：推拿科主任柏一舒，肝病科副主任雷一东。",
    )
    assert ("柏一舒", "委员", "推拿科") not in found
