"""Round 21's classes of titles: posts of a place's trade unions (总工会, a sector's 产业工会) read
after the union, never as an organ of the hospital (invented names, places and bodies)."""

from __future__ import annotations

from .conftest import posts_with_orgs_in


def test_a_places_federation_of_trade_unions_holds_its_chairs_post() -> None:
    found = posts_with_orgs_in("芦溪市委常委、芦溪市总工会主席蒯立川出席表彰大会并讲话。")
    assert ("蒯立川", "主席", "芦溪市总工会") in found
    assert any(t == "市委常委" for _n, t, _o in found)
    assert not any(t == "总工会主席" for _n, t, _o in found)


def test_a_sector_union_of_a_place_is_a_body_not_the_hospitals_union() -> None:
    found = posts_with_orgs_in("芦溪市人民医院举行职工运动会。市医疗卫生工会主席姜雨亭出席。")
    assert ("姜雨亭", "主席", "市医疗卫生工会") in found
    assert not any(t == "工会主席" for _n, t, _o in found)


def test_the_hospitals_own_union_keeps_its_organ_in_the_title() -> None:
    found = posts_with_orgs_in("芦溪市人民医院工会副主席庹春雨主持会议。")
    assert ("庹春雨", "工会副主席", "芦溪市人民医院") in found


def test_a_national_qualification_grade_is_kept_whole() -> None:
    found = posts_with_orgs_in("芦溪市精神卫生中心心理咨询科主治医师、国家二级心理咨询师蒯立川为学生授课。")
    assert any(t == "国家二级心理咨询师" for n, t, _o in found if n == "蒯立川")
    assert not any(t == "二级心理咨询师" for _n, t, _o in found)


def test_a_democratic_party_membership_in_a_chain_is_no_post_and_no_break() -> None:
    found = posts_with_orgs_in("座谈会上，市政协委员、民盟盟员、芦溪县中医院针灸科主任姜雨亭先后发言。")
    assert any(t == "市政协委员" for n, t, _o in found if n == "姜雨亭")
    assert any(t == "主任" for n, t, _o in found if n == "姜雨亭")
    assert not any(t.endswith("盟员") for _n, t, _o in found)


def test_a_programmes_cohort_keeps_the_chain_and_its_teacher_is_a_post() -> None:
    found = posts_with_orgs_in(
        "我院原中医科主任、主任中医师、省名中医、芦溪省首批老中医药专家学术经验继承工作指导老师蒯立川同志，因病医治无效逝世。"
    )
    titles = {t for n, t, _o in found if n == "蒯立川"}
    assert {"主任中医师", "省名中医", "老中医药专家学术经验继承工作指导老师"} <= titles
    assert "指导老师" not in titles


def test_posts_held_beside_a_career_are_held() -> None:
    found = posts_with_orgs_in(
        "蒯立川同志1935年出生，历任中医科医师、主治医师、中医科副主任、主任，曾兼任芦溪市中医药学会副会长、名誉会长，1995年退休。"
    )
    assert ("蒯立川", "副会长", "芦溪市中医药学会") in found
    assert ("蒯立川", "名誉会长", "芦溪市中医药学会") in found


def test_a_professions_group_head_is_kept_whole() -> None:
    found = posts_with_orgs_in("芦溪康复医院神经康复科主任姜雨亭和治疗师组长蒯立川一起为患者制订方案。")
    assert any(t == "治疗师组长" for n, t, _o in found if n == "蒯立川")
    assert not any(t in ("治疗师", "组长") for n, t, _o in found if n == "蒯立川")

