"""Shapes of Chinese hospital news found by the round-5 held-out batches (heldout19/20, helper E8),
each rule on fresh invented sentences (names, places and hospitals differ from the batches)."""

from __future__ import annotations

from yuanzhi.extract.facts import issue_to_facts

from .conftest import one_article, posts_in, posts_with_orgs_in

_posts = posts_in


_orgs = posts_with_orgs_in


def _appointed(*paragraphs: str) -> set[tuple[str, str]]:
    facts = issue_to_facts(one_article(*paragraphs))
    return {(a.person, a.title) for a in facts.appointments}


def test_profile_after_a_titled_name_gives_every_grade():
    found = _posts("学科带头人严振华，医学博士、主任医师、二级教授、博士研究生导师，从医三十余年。")
    assert found == {("严振华", "学科带头人"), ("严振华", "主任医师"), ("严振华", "二级教授"), ("严振华", "博士研究生导师")}
    found = _posts("科主任桂志远，博士、主任医师、教授，主攻关节置换。副主任淳于建国，主任医师，擅长脊柱手术。")
    assert found == {("桂志远", "主任"), ("桂志远", "主任医师"), ("桂志远", "教授"),
                     ("淳于建国", "副主任"), ("淳于建国", "主任医师")}
    assert _posts("护士长房晓蓉，主任护师，带领护理人员开展快速康复护理。") == {("房晓蓉", "护士长"), ("房晓蓉", "主任护师")}


def test_titles_joined_by_commas_stay_apart():
    assert _posts("会上，院长简明远，副院长车红、卜强分别讲话。") == {
        ("简明远", "院长"), ("车红", "副院长"), ("卜强", "副院长"),
    }


def test_posts_of_a_drill_are_titles_but_no_appointments():
    text = "副院长韩立军任演练总指挥，保卫科科长宁志远、总务科科长车晓明任副总指挥。"
    assert _posts(text) >= {("韩立军", "总指挥"), ("宁志远", "副总指挥"), ("车晓明", "副总指挥")}
    assert _appointed(text) == set()
    assert ("芦卫国", "指导员") in _posts("消防救援站站长邰振川到场，指导员芦卫国指挥队员架设水枪。")


def test_honoured_team_heads_and_project_posts():
    assert ("苗心悦", "号长") in _posts("急诊科护士长苗心悦（号长）介绍了创建经验。")
    assert _posts("施工方项目经理尹浩天、设计院总建筑师孔令华介绍了方案。") == {
        ("尹浩天", "项目经理"), ("孔令华", "总建筑师"),
    }


def test_three_character_names_not_cut_before_their_last_character():
    assert _posts("溪源社区党委书记向东明介绍了居民的健康需求。") == {("向东明", "党委书记")}
    assert _posts("工会主席祁静和通报了全年职工帮扶情况。") == {("祁静和", "工会主席")}
    assert _posts("副院长江强和柏梅介绍了情况。") == {("江强", "副院长"), ("柏梅", "副院长")}


def test_staff_of_the_department_an_article_is_about_take_that_department():
    head = "槐川市人民医院骨科：守护“运动之本”"
    body = "槐川市人民医院骨科创建于1978年，是省级临床重点专科。"
    found = _orgs(head, body, "科主任桂志远，主任医师、教授，主攻关节置换。护士长房晓蓉，主任护师，带领护理团队。")
    assert {("桂志远", "主任", "骨科"), ("桂志远", "主任医师", "骨科"), ("房晓蓉", "护士长", "骨科"),
            ("房晓蓉", "主任护师", "骨科")} <= found
    assert ("桂志远", "教授", "骨科") not in found  # a teaching rank is no department's
    # a story that opens with the department but whose headline is about something else
    other = _orgs("护理技能竞赛落幕", body, "眼科、骨科派员参赛。护士长房晓蓉，主任护师，带领护理团队。")
    assert ("房晓蓉", "护士长", "骨科") not in other


def test_the_ji_of_a_subtitle_is_no_part_of_a_hospital_name():
    found = _orgs("——记樟川市中医医院外科第一党支部", "院党委副书记、纪委书记蔺红霞参加活动。")
    assert {("蔺红霞", "党委副书记", "樟川市中医医院"), ("蔺红霞", "纪委书记", "樟川市中医医院")} <= found


def test_team_heads_of_a_department_kept_whole_and_listed_after_fenbiewei():
    assert _orgs("心内科副主任医师、医疗组长蓝天介绍了病情。") == {
        ("蓝天", "副主任医师", "心内科"), ("蓝天", "医疗组长", "心内科"),
    }
    head, body = "槐川市人民医院骨科：守护“运动之本”", "槐川市人民医院骨科创建于1978年，是省级临床重点专科。"
    found = _orgs(head, body, "科室设三个医疗组，医疗组长分别为桂志远、淳于建国和房晓蓉。")
    assert {("桂志远", "医疗组长", "骨科"), ("淳于建国", "医疗组长", "骨科"), ("房晓蓉", "医疗组长", "骨科")} <= found
    assert _posts("两位主任分别为桂志远和房晓蓉。") == set()  # a short head (主任) names no list's role


def _partnerships(*paragraphs: str) -> set[tuple[tuple[str, ...], str]]:
    facts = issue_to_facts(one_article(*paragraphs))
    return {(tuple(sorted(p.parties)), p.kind) for p in facts.partnerships}


def test_an_alliance_signed_with_each_member_is_one_alliance_of_all():
    found = _partnerships(
        "槐江市儿童医院儿科专科联盟成立。",
        "仪式上，甄明远分别与槐东县第二人民医院、槐西县妇幼保健院、槐南县中医医院签订联盟协议。",
    )
    assert found == {(tuple(sorted(("槐江市儿童医院", "槐东县第二人民医院", "槐西县妇幼保健院", "槐南县中医医院"))), "alliance")}
    # help given to each is one partnership per pair, as before
    assert len(_partnerships("槐江市儿童医院分别与槐东县第二人民医院、槐西县妇幼保健院签订帮扶协议。")) == 2


def test_posts_between_commas_after_a_name_alone_after_a_colon_or_cue():
    found = _orgs("本期邀请到两位主讲人：章星远，霁岭大学副校长、医学部主任，长期从事临床研究。")
    assert found == {("章星远", "副校长", "霁岭大学"), ("章星远", "主任", "霁岭大学医学部")}
    assert _posts("患者家属，霁岭大学教授，表示感谢。") == set()


def test_rare_surnames_and_a_team_that_is_no_unit():
    assert _orgs("产房岗长、护士长闾晓岚带领的团队全部由女职工组成。") == {
        ("闾晓岚", "岗长", "产房"), ("闾晓岚", "护士长", "产房"),
    }  # 团队全部 (全部 ends in 部) names no department; 产房 is the unit both posts take (whole_units.txt, §4.2)
    assert ("公良敏", "副院长") in _posts("副院长公良敏当选候任主任委员。")
