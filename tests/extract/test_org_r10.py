"""Organizations of posts, round 10's classes as general rules of Chinese news (invented names):
a project party's role word (施工单位, 监理单位) and a person's time in a post (时任) are no part
of the body's name; a district's or city's party committee posts (区委书记, 市委常委) take the
place, never the hospital."""

from __future__ import annotations

from yuanzhi.extract.facts import issue_to_facts

from .conftest import one_article


def posts(*paragraphs: str, title: str | None = None) -> set[tuple[str, str, str | None]]:
    facts = issue_to_facts(one_article(*paragraphs, title=title))
    return {(p.name, pos.title, pos.org) for p in facts.people for pos in p.positions}


def test_a_project_role_word_is_no_part_of_the_body_name():
    found = posts(
        "3月12日，蓼州市中医医院新门诊楼项目召开推进会。",
        "施工单位蓼州市建工集团有限公司项目经理甘望舒汇报了工程进度，"
        "设计单位菁南建筑设计研究院总建筑师贝思远介绍了设计方案。",
    )
    assert ("甘望舒", "项目经理", "蓼州市建工集团有限公司") in found
    assert ("贝思远", "总建筑师", "菁南建筑设计研究院") in found


def test_shi_ren_glued_to_a_body_is_no_part_of_its_name():
    found = posts(
        "1998年，时任菁湾镇卫生院院长甘望舒带队到村里义诊。",
    )
    assert ("甘望舒", "院长", "菁湾镇卫生院") in found


def test_district_committee_posts_take_the_district():
    found = posts(
        "8月19日，菁陂区委书记甘望舒、区委副书记贝思远到蓼州市第三人民医院看望慰问医务人员。",
        "区委常委鲁一鸣一同慰问。",
    )
    assert ("甘望舒", "区委书记", "菁陂区") in found
    assert ("贝思远", "区委副书记", "菁陂区") in found
    assert ("鲁一鸣", "区委常委", "菁陂区") in found


def test_city_committee_member_takes_the_city():
    found = posts(
        "5月6日，蓼州市委常委甘望舒到蓼州市第三人民医院调研。",
    )
    assert ("甘望舒", "市委常委", "蓼州市") in found


def test_a_company_board_takes_the_company_printed_in_full():
    found = posts(
        "6月3日，菁南康宁医疗集团股份有限公司第二届董事会第一次会议在蓼州召开。",
        "会议选举甘望舒为董事长，贝思远为副董事长；聘任鲁一鸣为公司总裁。"
        "同日召开的监事会会议选举祁慕白为监事会主席。",
    )
    company = "菁南康宁医疗集团股份有限公司"
    assert ("甘望舒", "董事长", company) in found
    assert ("贝思远", "副董事长", company) in found
    assert ("鲁一鸣", "总裁", company) in found
    assert ("祁慕白", "监事会主席", company) in found


def test_the_copula_before_a_bare_company_is_no_part_of_a_name(lexicon):
    from yuanzhi.extract.org_roles import after_role

    sentence = "聘任申海华为公司副总裁"
    assert after_role(sentence, 2, 8, lexicon) == 6  # 申海|华为公司: jieba's word, not a company


def test_a_short_form_before_a_unit_takes_all_of_the_full_names_characters():
    found = posts(
        "4月2日，蓼州市广播电视台与蓼州市第三人民医院签署合作协议。",
        "市广播电视台新闻部主任甘望舒介绍了合作内容。",
    )
    assert ("甘望舒", "主任", "蓼州市广播电视台新闻部") in found


def test_a_unit_right_after_a_declared_short_name_is_the_bodys():
    found = posts(
        "6月9日，菁南省卫生健康委员会（以下简称“省卫健委”）医政医管处处长甘望舒一行来到蓼州市第三人民医院调研。",
    )
    assert ("甘望舒", "处长", "菁南省卫生健康委员会医政医管处") in found


def test_a_committee_department_after_a_seat_on_the_committee_keeps_the_place():
    found = posts(
        "8月19日，菁陂区委书记甘望舒到蓼州市第三人民医院慰问。区委常委、宣传部部长贝思远，副区长鲁一鸣参加慰问。",
    )
    assert ("贝思远", "区委常委", "菁陂区") in found
    assert ("贝思远", "部长", "菁陂区委宣传部") in found


def test_a_hospital_propaganda_department_stays_the_hospitals():
    found = posts("蓼州市第三人民医院党委委员、宣传部部长贝思远主持会议。")
    assert ("贝思远", "部长", "宣传部") in found


def test_a_society_branch_written_alone_is_the_societys():
    found = posts(
        "9月15日，菁南省护理学会伤口护理专科培训基地授牌仪式举行。省护理学会秘书长甘望舒，"
        "伤口造口失禁专业委员会主任委员、蓼州市第三人民医院护理部副主任贝思远出席。",
    )
    assert ("贝思远", "主任委员", "菁南省护理学会伤口造口失禁专业委员会") in found


def test_a_bare_branch_word_is_the_branch_printed_in_full():
    found = posts(
        "5月15日，医院承办菁南省中医药学会推拿专业委员会学术年会。"
        "医院推拿科主任、专业委员会主任委员贝思远出席开幕式。",
    )
    assert ("贝思远", "主任委员", "菁南省中医药学会推拿专业委员会") in found


def test_a_party_group_seat_carries_its_body_along_the_chain():
    found = posts(
        "2月10日，全市卫生健康工作会议召开。菁陂市卫生健康委员会党组书记、主任甘望舒作工作报告，"
        "党组成员、副主任贝思远主持会议。",
    )
    assert ("贝思远", "党组成员", "菁陂市卫生健康委员会") in found
    assert ("贝思远", "副主任", "菁陂市卫生健康委员会") in found


def test_a_campus_is_of_the_hospital_whose_leaders_are_named():
    found = posts(
        "5月20日，蓼州市第三人民医院新院区建设项目推进会在项目现场召开。医院党委书记甘望舒、院长贝思远出席会议。",
        "甘望舒强调，新院区是全市重点民生工程，新院区建成后将布局三大中心。",
        title="新院区建设项目推进会召开",
    )
    assert ("甘望舒", "党委书记", "蓼州市第三人民医院") in found
    assert ("贝思远", "院长", "蓼州市第三人民医院") in found


def test_offices_of_the_commission_itself_are_the_commissions():
    found = posts(
        "2月10日，菁陂市卫生健康委员会召开年度工作会议。",
        "会上，委机关医政医管科科长甘望舒、基层卫生健康科科长贝思远分别作了解读。",
    )
    assert ("甘望舒", "科长", "菁陂市卫生健康委员会医政医管科") in found
    assert ("贝思远", "科长", "菁陂市卫生健康委员会基层卫生健康科") in found


def test_a_ward_post_after_the_wards_head_in_the_sentence_is_the_wards():
    found = posts(
        "3月5日，院领导带队行政查房。查房组首先来到蓼州市第三人民医院消化内科。",
        "该科主任、主任医师甘望舒汇报了床位使用情况，护士长贝思远介绍了护理人力配置。",
        "医学装备部部长鲁一鸣表示，将尽快组织论证。",
    )
    assert ("贝思远", "护士长", "消化内科") in found


def test_a_hospital_post_after_a_department_head_stays_the_hospitals():
    found = posts("蓼州市第三人民医院消化内科主任甘望舒汇报工作，副院长贝思远作总结。")
    assert ("贝思远", "副院长", "蓼州市第三人民医院") in found


def test_a_centre_written_by_its_ending_alone_is_the_centre_named_before():
    found = posts(
        "3月28日，蓼州市第三人民医院日间诊疗中心正式启用。",
        "经院长办公会研究决定，由甘望舒兼任中心主任，贝思远兼任中心护士长。",
        "医学装备部部长鲁一鸣表示，将保障设备供应。",
    )
    assert ("甘望舒", "主任", "日间诊疗中心") in found


def test_a_civil_service_rank_after_an_offices_post_is_the_bodys():
    found = posts(
        "甘望舒，男，1975年3月生，研究生学历，中共党员。现任菁陂市卫生健康委员会医政医管科科长、二级调研员，拟任菁陂市卫生健康委员会副主任。",
    )
    assert ("甘望舒", "科长", "菁陂市卫生健康委员会医政医管科") in found
    assert ("甘望舒", "二级调研员", "菁陂市卫生健康委员会") in found


def test_a_nurse_listed_after_a_departments_doctor_is_the_departments():
    found = posts(
        "比赛进行中，一名选手突发心脏骤停。蓼州市第一人民医院急诊科主治医师甘望舒、护士贝思远在1分钟内赶到，立即实施心肺复苏。",
    )
    assert ("贝思远", "护士", "急诊科") in found
