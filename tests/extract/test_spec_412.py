"""GOLD_SPEC §4.12, the cases the rounds left open (invented names): kinds of public and social
bodies, a 医共体's lead hospital and members, roles of one proceeding, and 医生 with a name."""

from __future__ import annotations

import pytest

from yuanzhi.extract.facts import issue_to_facts

from .conftest import one_article, posts_in


def kinds(*paragraphs: str) -> dict[str, tuple[str, str | None]]:
    facts = issue_to_facts(one_article(*paragraphs))
    return {o.name: (o.kind, o.parent) for o in facts.organizations}


def posts(*paragraphs: str) -> set[tuple[str, str, str | None]]:
    facts = issue_to_facts(one_article(*paragraphs))
    return {(p.name, pos.title, pos.org) for p in facts.people for pos in p.positions}


@pytest.mark.parametrize(
    ("body", "kind", "post"),
    [
        ("菁陂市疾病预防控制中心", "other", "主任"),  # a public institution, not an organ of the state
        ("蓼川市澄湾区疾控中心", "other", "主任"),
        ("菁陂市仁和慈善基金会", "other", "理事长"),  # holds a fund, has no members
        ("蓼川市中医药研究会", "association", "会长"),  # a membership society
        ("菁陂市温岭商会", "association", "会长"),
        ("蓼川仲裁委员会", "other", "主任"),  # settles disputes: no society
        ("菁陂市医疗纠纷人民调解委员会", "other", "主任"),
        ("蓼川澄禾医疗投资集团有限公司", "company", "董事长"),
        ("菁陂市澄湾商会", "association", "会长"),  # a registered company, whatever its trade
        ("菁陂县医疗健康总院", "hospital", "院长"),  # a 医共体 run as one hospital
    ],
)
def test_kinds_of_public_and_social_bodies(body, kind, post):
    found = kinds(f"6月3日，{body}与蓼州市第一人民医院签订合作协议，{body}{post}甘望舒出席。")
    assert found.get(body, (None, None))[0] == kind, found


def test_a_judge_presiding_over_one_case_holds_no_post_as_presiding_judge():
    found = posts_in("该案审判长、澄湾区人民法院副院长甘望舒在庭后接受采访时表示，医疗秩序不容破坏。")
    assert ("甘望舒", "副院长") in found
    assert ("甘望舒", "审判长") not in found


def test_a_courts_standing_posts_stay_pairs():
    found = posts_in("澄湾区人民法院人民陪审员贝思远、书记员甘望舒参加了巡回审判。")
    assert {("贝思远", "人民陪审员"), ("甘望舒", "书记员")} <= found


def test_a_specialist_in_a_delegation_members_chain_is_kept_whole():
    found = posts(
        "7月2日，香港菁陂医学会代表团一行到蓼州市第一人民医院交流。",
        "成员包括协会副会长、骨科专科医生甘望舒，秘书长贝思远等。",
    )
    assert any(title == "专科医生" for name, title, _org in found if name == "甘望舒")
    assert not any(title == "医生" for name, title, _org in found if name == "甘望舒")


def test_a_general_practitioner_is_kept_whole():
    found = posts_in("菁陂县城关镇卫生院全科医生甘望舒说，巡讲内容很实用。")
    assert ("甘望舒", "全科医生") in found
    assert ("甘望舒", "医生") not in found


def test_the_cppcc_printed_in_full_is_one_body_not_a_chamber_of_commerce():
    found = kinds("6月3日，中国人民政治协商会议菁陂县委员会副主席甘望舒带队到菁陂县人民医院视察。")
    assert found.get("中国人民政治协商会议菁陂县委员会") == ("government", None), found


def test_a_doctor_of_one_run_or_one_shift_holds_no_post_as_doctor():
    found = posts_in("接到呼救后，随车医生、急诊医学科主治医师甘望舒和护士贝思远7分钟到达现场。")
    assert ("甘望舒", "主治医师") in found and ("甘望舒", "医生") not in found
    found = posts_in("交班会上，夜班二线医生、急诊医学科副主任医师龙承泽介绍了当晚的情况。")
    assert ("龙承泽", "副主任医师") in found and ("龙承泽", "医生") not in found
