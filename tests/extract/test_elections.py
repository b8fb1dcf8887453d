"""Society elections: every person of a list before 当选, posts joined by 兼, the branch as the body."""

from __future__ import annotations

from yuanzhi.extract.facts import issue_to_facts

from .conftest import one_article, people_of


def election(*paragraphs: str):  # type: ignore[no-untyped-def]
    return issue_to_facts(one_article(*paragraphs, date="2025-05"))


def test_everyone_listed_before_dangxuan_is_elected():
    facts = election(
        "5月17日，江北省医学会消化病学分会第八届委员会换届选举会议召开。",
        "江北医科大学第二附属医院消化内科主任柏一舒、临陵市中医医院脾胃病科主任雷一东、"
        "东岚市中心医院消化内科主任汤一梅当选副主任委员。",
    )
    assert {(a.person, a.title, a.org) for a in facts.appointments} == {
        (n, "副主任委员", "江北省医学会消化病学分会") for n in ("柏一舒", "雷一东", "汤一梅")}


def test_posts_joined_by_jian_after_dangxuan():
    facts = election("5月17日，江北省医学会消化病学分会换届。我院消化内科副主任鲍一杰当选常务委员兼秘书长。")
    assert {(a.person, a.title) for a in facts.appointments} == {("鲍一杰", "常务委员"), ("鲍一杰", "秘书长")}


def test_the_parent_society_named_later_does_not_displace_its_branch():
    facts = election(
        "5月17日，江北省医学会消化病学分会第八届委员会换届选举会议召开。江北省医学会副会长邱一平出席会议。",
        "经过投票，黄一鹰当选第八届委员会主任委员。",
    )
    posts = {(p.name, q.title): q.org for p in facts.people for q in p.positions}
    assert posts[("邱一平", "副会长")] == "江北省医学会"
    assert posts[("黄一鹰", "主任委员")] == "江北省医学会消化病学分会"


def test_a_unit_and_its_title_are_two_words_even_where_jieba_has_one():
    found = {(m.name, m.title): m.org.name if m.org else None
             for m in people_of("江北医科大学第一附属医院消化内科主任孔令武所作的工作报告。")}
    assert found == {("孔令武", "主任"): "江北医科大学第一附属医院消化内科"}


def test_another_hospitals_unit_in_a_list_keeps_its_own_hospital():
    found = {(m.name, m.title): m.org.name if m.org else None for m in people_of(
        "江北医科大学第二附属医院消化内科主任柏一舒、临陵市中医医院脾胃病科主任雷一东出席。")}
    assert found[("雷一东", "主任")] == "临陵市中医医院脾胃病科"
    same = {(m.name, m.title): m.org.name if m.org else None for m in people_of(
        "江州医院心内科主任医师韩一平、内分泌科主任医师陆一梅出席。")}
    assert same[("陆一梅", "主任医师")] == "江州医院内分泌科"  # a bare unit after another hospital's is that hospital's
