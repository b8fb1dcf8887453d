"""Round 10 shapes of names and titles (invented names and places)."""

from __future__ import annotations

from tests.extract.conftest import pairs_of, posts_in, posts_with_orgs_in


def test_posts_of_a_procuratorate_and_its_party_group() -> None:
    posts = posts_with_orgs_in("芦溪县人民检察院党组书记、检察长蒯立川，党组成员、副检察长姜雨亭出席签约仪式。")
    assert posts >= {
        ("蒯立川", "党组书记", "芦溪县人民检察院"), ("蒯立川", "检察长", "芦溪县人民检察院"),
        ("姜雨亭", "党组成员", "芦溪县人民检察院"), ("姜雨亭", "副检察长", "芦溪县人民检察院"),
    }


def test_posts_of_a_broadcaster_and_a_film_crew() -> None:
    posts = posts_in(
        "县广播电视台党委书记、台长蒯立川，副台长姜雨亭出席仪式。",
        "纪录片总导演、县广播电视台新闻部主任范一鸣介绍了拍摄计划。制片人庹春雨说，片子不做摆拍。",
    )
    assert posts >= {("蒯立川", "台长"), ("姜雨亭", "副台长"), ("范一鸣", "总导演"), ("庹春雨", "制片人")}


def test_a_board_secretary_a_supervising_engineer_and_a_referee() -> None:
    assert ("姜雨亭", "董事会秘书") in posts_in("会议聘任姜雨亭为公司财务总监兼董事会秘书。")
    assert pairs_of("监理单位总监理工程师蒯立川汇报了工程进度。") == {("蒯立川", "总监理工程师")}
    assert pairs_of("运动会总裁判长蒯立川宣布比赛结果。") == {("蒯立川", "总裁判长")}


def test_supervisors_studio_leads_and_village_doctors() -> None:
    assert pairs_of("合作导师蒯立川、姜雨亭为博士后颁发证书。") == {("蒯立川", "合作导师"), ("姜雨亭", "合作导师")}
    assert ("蒯立川", "领衔人") in pairs_of("工作室领衔人、县医院骨科主任蒯立川介绍了成果。")
    assert pairs_of("乡村医生蒯立川披上白大褂出诊。") == {("蒯立川", "乡村医生")}
    assert pairs_of("代表建议完善乡村医生养老保障政策。") == set()


def test_a_notice_before_appointment_lists_current_and_proposed_posts() -> None:
    """GOLD_SPEC §11 (2026-12-07): a 任前公示's 拟任 reads as 提名…人选, a pair (before: none)."""
    posts = posts_with_orgs_in(
        "经市委研究，拟对下列同志职务进行调整。现将有关情况公示如下：",
        "蒯立川，男，汉族，1975年4月生，研究生学历，医学博士，主任医师，中共党员。现任芦溪市人民医院党委委员、副院长，拟任芦溪市中医院党委书记。",
        "姜雨亭，女，汉族，1982年5月生，大学学历，管理学硕士，中共党员。现任芦溪市卫生健康委员会医政科科长，拟任芦溪市卫生健康委员会副主任。",
        "范一鸣，男，1979年2月生，副主任医师。现任芦溪市妇幼保健院副院长（主持工作），拟任芦溪市妇幼保健院院长。",
    )
    pairs = {(n, t) for n, t, _o in posts}
    assert pairs == {
        ("蒯立川", "主任医师"), ("蒯立川", "党委委员"), ("蒯立川", "副院长"), ("姜雨亭", "科长"),
        ("范一鸣", "副主任医师"), ("范一鸣", "副院长"),
        ("蒯立川", "党委书记"), ("姜雨亭", "副主任"), ("范一鸣", "院长"),
    }
    assert ("蒯立川", "党委书记", "芦溪市中医院") in posts
    assert ("蒯立川", "副院长", "芦溪市人民医院") in posts
    assert ("范一鸣", "副院长", "芦溪市妇幼保健院") in posts


def test_a_birth_month_is_no_event_date() -> None:
    from yuanzhi.extract.dates import find_dates

    assert find_dates("姜雨亭，女，1976年11月生，现任科长。", "2026-07") == []
    assert find_dates("范一鸣，男，1980年9月出生。", "2026-07") == []
    assert [d.value for d in find_dates("5月3日生产车间开工。", "2026-07")] == ["2026-05-03"]


def _appointments(*paragraphs: str) -> set[tuple[str, str, str | None, str]]:
    from tests.extract.conftest import one_article
    from yuanzhi.extract.facts import issue_to_facts

    facts = issue_to_facts(one_article(*paragraphs))
    return {(a.person, a.title, a.org, a.action) for a in facts.appointments}


def test_secondments_listed_with_grades_each_in_order() -> None:
    text = "会议宣读了名单：急诊科主治医师蒯立川和影像科主治医师姜雨亭分别挂职门诊部副主任、信息中心副主任。"
    assert {("蒯立川", "副主任", "门诊部"), ("姜雨亭", "副主任", "信息中心")} <= posts_with_orgs_in(text)
    assert {(n, t) for n, t, _o, _a in _appointments(text)} == {("蒯立川", "副主任"), ("姜雨亭", "副主任")}


def test_a_planned_secondment_is_no_appointment() -> None:
    text = "根据协议，县医院将选派骨干医师常驻镇卫生院，并派出心内科副主任蒯立川挂职镇卫生院业务副院长。"
    assert ("蒯立川", "业务副院长") in posts_in(text)
    assert _appointments(text) == set()


def test_a_decision_naming_the_holder_after_you() -> None:
    text = "经3月24日院长办公会研究决定，由蒯立川兼任中心主任，麻醉科副主任姜雨亭任执行主任。"
    assert ("蒯立川", "主任") in {(n, t) for n, t, _o, _a in _appointments(text)}
    assert ("蒯立川", "主任") in posts_in(text)


def test_the_body_written_with_the_first_unit_holds_the_others() -> None:
    posts = posts_with_orgs_in(
        "芦溪市一院普外科副主任医师蒯立川、心内科副主任医师姜雨亭分别担任县医院普外科、心内科主任。"
    )
    assert {("蒯立川", "主任", "县医院普外科"), ("姜雨亭", "主任", "县医院心内科")} <= posts


def test_an_adverb_and_a_function_word_after_an_occupation_are_no_name() -> None:
    assert pairs_of("全科医生护士都把时间就是生命刻在心里。") == set()
    assert pairs_of("护士长尚文静都在病房。") == {("尚文静", "护士长")}


def test_posts_in_brackets_after_a_name() -> None:
    posts = posts_with_orgs_in("当天，双方签订了协议，蒯立川（芦溪医科大学附属医院副院长）与姜雨亭分别代表双方签约。")
    assert ("蒯立川", "副院长", "芦溪医科大学附属医院") in posts
    assert posts_in("患者小宇（化名）今年5岁。护士姜雨亭（65岁）说，要多喝水。") <= {("姜雨亭", "护士")}


def test_the_body_holding_a_role_is_no_person() -> None:
    assert posts_in("根据有关通知，芦溪市人民医院为市院感质控中心主任单位。") == set()
    assert posts_in("芦溪市人民医院当选为副会长单位，单立新当选副会长。") == {("单立新", "副会长")}


def test_a_chain_goes_on_through_a_unit_named_by_its_head() -> None:
    posts = posts_with_orgs_in("产科护士长、巾帼文明岗岗长蒯春雨表示，要把牌子当成新的起点。")
    assert {("蒯春雨", "护士长", "产科"), ("蒯春雨", "岗长", "产科")} <= posts
    assert ("姜雨亭", "主任", "急诊科") in posts_with_orgs_in("急诊科主任、青年文明号号长姜雨亭介绍，科室很年轻。")


def test_a_counted_group_given_letters_then_named_among_them() -> None:
    text = "院长蒯立川为首批8名客座教授颁发了聘书，其中包括心血管内科主任姜雨亭、普外科主任范一鸣。"
    assert {("姜雨亭", "客座教授"), ("范一鸣", "客座教授"), ("姜雨亭", "主任")} <= posts_in(text)
    assert posts_in("院长蒯立川为首批8名客座教授颁发了聘书。随后，心血管内科主任姜雨亭发言。") == {
        ("蒯立川", "院长"), ("姜雨亭", "主任"),
    }


def test_elected_to_a_numbered_board_of_a_company() -> None:
    text = "会议选举蒯立川为芦溪医疗集团股份有限公司第三届董事会董事长，姜雨亭为副董事长。"
    assert {(n, t) for n, t, _o, _a in _appointments(text)} == {("蒯立川", "董事长"), ("姜雨亭", "副董事长")}
    assert ("蒯立川", "董事长", "芦溪医疗集团股份有限公司") in posts_with_orgs_in(text)


def test_a_former_post_in_the_clause_after_a_described_name() -> None:
    assert ("蒯立川", "副主任") in posts_in("骨科专家蒯立川，曾任芦溪市人民医院脊柱外科副主任，今年受聘来院工作。")
    assert posts_in("大家都说，曾任过的岗位都很重要。") == set()
