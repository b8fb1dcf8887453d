"""Outside bodies as others' news prints them (helper E48): a college and its parts, a street's
party posts, units of an institute or a company printed alone, an armed-police corps' department
(invented names; GOLD_SPEC §4.1, §4.2, §4.4, §4.10)."""

from __future__ import annotations

from yuanzhi.extract.facts import issue_to_facts

from .conftest import one_article


def posts(*paragraphs: str, title: str | None = None) -> set[tuple[str, str, str | None]]:
    facts = issue_to_facts(one_article(*paragraphs, title=title))
    return {(p.name, pos.title, pos.org) for p in facts.people for pos in p.positions}


def bodies(*paragraphs: str) -> dict[str, tuple[str, str | None]]:
    facts = issue_to_facts(one_article(*paragraphs))
    return {o.name: (o.kind, o.parent) for o in facts.organizations}


def test_a_college_and_its_school_take_the_school_not_the_college_printed_before():
    text = ("10月9日，岚汀医学高等专科学校药学院实习基地授牌仪式在学校礼堂举行。"
            "学校党委书记荀望舒，党委副书记、校长晁一帆，副校长闵若溪，教务处处长戚南枝出席。")
    found = posts(text)
    assert ("荀望舒", "党委书记", "岚汀医学高等专科学校") in found
    assert ("晁一帆", "校长", "岚汀医学高等专科学校") in found
    assert ("闵若溪", "副校长", "岚汀医学高等专科学校") in found
    assert ("戚南枝", "处长", "岚汀医学高等专科学校教务处") in found
    assert bodies(text)["岚汀医学高等专科学校药学院"] == ("university", "岚汀医学高等专科学校")


def test_a_street_party_post_takes_the_street_printed_with_its_district():
    found = posts(
        "6月3日，芩湾区榴溪街道办事处与芩湾区中医医院共建的健康小屋揭牌。"
        "榴溪街道党工委书记瞿南星，街道党工委副书记、办事处主任滕子墨出席。"
    )
    assert ("瞿南星", "党工委书记", "芩湾区榴溪街道") in found
    assert ("滕子墨", "党工委副书记", "芩湾区榴溪街道") in found


def test_a_section_printed_alone_after_a_list_of_an_institute_continues_that_institute():
    found = posts(
        "8月6日，苕阳区卫生监督所（以下简称“区卫监所”）举办依法执业培训会。"
        "会上，区卫监所所长蔺北辰解读了管理办法；医疗卫生监督科科长费云岫讲解了典型案例；"
        "副所长兼综合监督科科长暴青禾介绍了分级监管。"
    )
    assert ("费云岫", "科长", "苕阳区卫生监督所医疗卫生监督科") in found
    assert ("暴青禾", "科长", "苕阳区卫生监督所综合监督科") in found


def test_a_company_unit_printed_alone_heads_a_corporate_post_of_the_company():
    found = posts(
        "9月2日，榆岭制药股份有限公司（以下简称“榆岭制药”）举办开放日活动，邀请医院药学专家参观生产基地。",
        "专家们参观了包装车间。生产部经理荆远山介绍了智能化改造。",
        "质量保证部经理、执业药师阙晓岚介绍了质量问题专线。",
    )
    assert ("荆远山", "经理", "榆岭制药股份有限公司生产部") in found
    assert ("阙晓岚", "经理", "榆岭制药股份有限公司质量保证部") in found
    assert ("阙晓岚", "执业药师", "榆岭制药股份有限公司质量保证部") in found


def test_an_armed_police_department_after_a_commission_is_the_corps_own():
    text = ("12月3日，武警滢州总队医院开展卫勤应急演练。"
            "滢州市卫生健康委员会副主任苗启航，武警滢州总队后勤部副部长仇定远到场观摩。")
    found = posts(text)
    assert ("仇定远", "副部长", "武警滢州总队后勤部") in found
    assert ("苗启航", "副主任", "滢州市卫生健康委员会") in found
    assert bodies(text)["武警滢州总队后勤部"][1] == "武警滢州总队"


def test_a_district_party_organ_and_bureau_printed_with_their_level_word_are_bodies():
    found = posts(
        "5月6日，苇塘区新建社区卫生服务中心通过验收。"
        "苇塘区委政法委副书记甄怀远，区发展和改革局副局长柏如川参加验收。"
    )
    assert ("甄怀远", "副书记", "苇塘区委政法委") in found
    assert ("柏如川", "副局长", "区发展和改革局") in found


def test_a_street_office_printed_alone_is_the_office_of_the_street_the_article_named():
    found = posts(
        "4月8日上午，“健康邻里节”在苘阳市东岭区杏林街道柳岸社区举行。"
        "街道党工委副书记、办事处主任蒲晓舟，街道办事处副主任郜一帆参加活动。"
    )
    assert ("蒲晓舟", "主任", "苘阳市东岭区杏林街道办事处") in found
    assert ("郜一帆", "副主任", "苘阳市东岭区杏林街道办事处") in found


def test_a_title_word_inside_a_corps_hospital_name_is_no_title():
    found = posts(
        "11月2日，武警澄州总队医院开展应急演练。武警澄州总队医院院长晏书成、政治委员鄢北辰担任演练总指挥。",
        "武警澄州总队医院急诊科主任、副主任医师訾东篱带领医护人员处置伤员。",
    )
    assert ("鄢北辰", "政治委员", "武警澄州总队医院") in found
    assert ("晏书成", "院长", "武警澄州总队医院") in found
    assert not any(title == "队医" for _n, title, _o in found)


def test_a_post_right_after_the_clause_that_opens_at_a_hospital_is_that_hospitals():
    found = posts(
        "11月5日，评估组来到澧川市妇幼保健院，该院保健科科长钮子期介绍了情况。"
        "在澧川市第二人民医院，副院长蔺秋池陪同评估组查看了产科。"
    )
    assert ("蔺秋池", "副院长", "澧川市第二人民医院") in found
