"""Expert profiles: posts after the name, and the 现任/兼任 lists that follow."""

from __future__ import annotations

from yuanzhi.extract.facts import issue_to_facts

from .conftest import one_article, people_of


def positions(*paragraphs: str) -> set[tuple[str, str, str | None]]:
    facts = issue_to_facts(one_article(*paragraphs, date="2024-06"))
    return {(p.name, q.title, q.org) for p in facts.people for q in p.positions}


def test_a_profile_part_that_is_wholly_posts():
    found = {(m.name, m.title, m.org.name if m.org else None) for m in people_of(
        "方一华，医学博士，鹭江大学附属澄湖医院骨科主任兼脊柱外科主任。", home="鹭江大学附属澄湖医院")}
    assert found == {("方一华", "主任", "骨科"), ("方一华", "主任", "脊柱外科")}
    found = {(m.name, m.title) for m in people_of("段一远，医学博士，骨科副主任、关节外科主任。")}
    assert found == {("段一远", "副主任"), ("段一远", "主任")}


def test_the_next_sentence_lists_the_subjects_current_posts():
    found = positions(
        "段一远，医学博士，骨科副主任、关节外科主任。",
        "现任中华医学会骨科学分会关节外科学组青年委员、闽东省中西医结合学会骨伤科专业委员会常务委员。"
        "擅长髋膝关节置换。",
    )
    assert ("段一远", "青年委员", "中华医学会骨科学分会关节外科学组") in found
    assert ("段一远", "常务委员", "闽东省中西医结合学会骨伤科专业委员会") in found


def test_a_named_holder_with_a_journal_post():
    found = {(m.name, m.title, m.org.name if m.org else None) for m in people_of(
        "谢一清现兼任中华医学会心血管病学分会心力衰竭学组委员、澄阳市医学会心血管病学专业委员会主任委员，"
        "担任《中国实用心血管病杂志》编委。")}
    assert found == {
        ("谢一清", "委员", "中华医学会心血管病学分会心力衰竭学组"),
        ("谢一清", "主任委员", "澄阳市医学会心血管病学专业委员会"),
        ("谢一清", "编委", None),
    }


def test_a_sentence_that_is_no_list_of_posts_gives_none():
    assert people_of("她现任科室骨干，擅长微创手术。") == []


def test_a_minority_name_of_known_parts_opens_a_profile():
    found = positions(
        "学校党委提名索南卓玛为附属康复医院院长人选。",
        "索南卓玛，女，藏族，1978年3月生，主任医师、教授，此前任附属康复医院副院长。",
    )
    assert ("索南卓玛", "主任医师", None) in found
    assert ("索南卓玛", "教授", None) in found


def test_a_profile_after_the_reports_source():
    found = positions(
        "学校党委提名宓远舟为附属第一医院院长人选。",
        "据介绍，宓远舟，1972年生，医学博士，主任医师、教授、博士研究生导师。",
    )
    assert {("宓远舟", "主任医师", None), ("宓远舟", "教授", None), ("宓远舟", "博士研究生导师", None)} <= found


def test_where_the_person_studied_and_a_renamed_former_unit():
    found = positions(
        "提起烧伤科主任、主任医师宓川北，不少老病号都认识他。",
        "宓川北今年五十二岁，毕业于原澄方军医学校临床医学专业，曾任原澄疆军区总医院烧伤科副主任、海澄基地医院外科主任。",
    )
    assert ("宓川北", "主任", "海澄基地医院外科") in found
    assert ("宓川北", "副主任") in {(name, title) for name, title, _org in found}
