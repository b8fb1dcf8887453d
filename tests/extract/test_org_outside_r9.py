"""Organizations of posts outside the hospital, round 9's classes as general rules of Chinese
news (invented names): a head title whose kind of body is fixed (校长, 省长, 县委常委, 第一书记,
所长, 审判长) takes the body of that kind the sentence or the article names, never the hospital."""

from __future__ import annotations

from yuanzhi.extract.facts import issue_to_facts
from yuanzhi.extract.fixed_bodies import body_in, fixed_bodies

from .conftest import one_article


def posts(*paragraphs: str, title: str | None = None) -> set[tuple[str, str, str | None]]:
    facts = issue_to_facts(one_article(*paragraphs, title=title))
    return {(p.name, pos.title, pos.org) for p in facts.people for pos in p.positions}


def test_the_place_or_body_printed_in_a_name(lexicon):
    kinds = fixed_bodies(lexicon.directory)
    assert body_in("菁南省卫生健康委员会", kinds["省长"]) == "菁南省"
    assert body_in("蓼州市菁陂县人民医院", kinds["县长"]) == "菁陂县"
    assert body_in("蓼州市中医医院驻菁湾村工作队", kinds["第一书记"]) == "菁湾村"
    assert body_in("菁南医科大学附属第一医院", kinds["校长"]) == "菁南医科大学"
    assert body_in("菁南医科大学公共卫生学院", kinds["校长"]) == "菁南医科大学"
    assert body_in("蓼州市人民医院东院区", kinds["县长"]) is None
    assert body_in("蓼州市人民医院", kinds["校长"]) is None


def test_a_school_head_takes_the_university_the_article_is_about():
    found = posts(
        "6月20日上午，菁南医科大学2025届毕业典礼在体育馆举行。校长甘望舒、副校长贝思远出席。",
        "菁南医科大学附属第一医院院长鲁一鸣为毕业生拨穗。",
        title="菁南医科大学举行毕业典礼",
    )
    assert ("甘望舒", "校长", "菁南医科大学") in found
    assert ("贝思远", "副校长", "菁南医科大学") in found


def test_a_governor_takes_the_province_a_body_of_the_article_is_named_for():
    found = posts(
        "11月6日，省长甘望舒主持召开省政府常务会议，研究公立医院改革。",
        "会议听取了菁南省卫生健康委员会关于全省公立医院发展情况的汇报。会议决定，由副省长贝思远牵头推进。",
    )
    assert ("甘望舒", "省长", "菁南省") in found
    assert ("贝思远", "副省长", "菁南省") in found


def test_a_county_committee_member_takes_the_county_named_before():
    found = posts(
        "12月3日，菁陂县委书记甘望舒到蓼塘乡卫生院调研。县委常委贝思远陪同调研。",
    )
    assert ("贝思远", "县委常委", "菁陂县") in found


def test_a_village_first_secretary_takes_the_village_the_article_names():
    found = posts(
        "去年十一月，蓼州市中医医院选派三名干部组成驻村工作队进驻蓼田镇菁湾村。",
        "医院团委书记甘望舒任驻村第一书记。",
    )
    assert ("甘望舒", "第一书记", "蓼田镇菁湾村") in found  # the village with its town (GOLD_SPEC §4.9)


def test_a_town_head_written_with_its_county_keeps_it():
    found = posts("5月8日，菁溪县蓼塘镇党委书记甘望舒、镇长贝思远陪同调研。")
    assert ("贝思远", "镇长", "菁溪县蓼塘镇") in found


def test_a_courts_deputy_head_is_the_courts_not_the_hospitals():
    found = posts(
        "10月17日，蓼州市菁北区人民法院公开审理一起在蓼州市第二人民医院发生的伤医案。",
        "该案审判长、菁北区人民法院副院长甘望舒在庭后接受采访。医院副院长贝思远介绍了安保措施。",
    )
    assert ("甘望舒", "副院长", "蓼州市菁北区人民法院") in found
    assert ("贝思远", "副院长", "蓼州市第二人民医院") in found


def test_a_police_station_under_a_branch_keeps_the_whole_printed_chain():
    found = posts(
        "5月8日，蓼州市公安局开发分局杏林路派出所所长甘望舒带领民警赶到蓼州市第二人民医院急诊科。",
    )
    assert ("甘望舒", "所长", "蓼州市公安局开发分局杏林路派出所") in found


def test_a_unit_under_the_hospitals_short_name_is_the_hospitals_unit():
    found = posts(
        "5月3日深夜，一名醉酒男子在蓼州市中心医院急诊科推搡值班护士。医院保卫处处长甘望舒第一时间报警。",
        "派出所已在中心医院设立警务室。医院副院长贝思远介绍了安保措施。",
    )
    assert ("甘望舒", "处长", "保卫处") in found or ("甘望舒", "处长", "蓼州市中心医院保卫处") in found


def test_a_role_word_before_a_company_is_no_part_of_its_name():
    found = posts(
        "12月1日，蓼州市人民医院互联网医院上线。院长甘望舒，以及承建方菁禾信息技术有限公司副总经理贝思远出席仪式。",
        "6月2日，捐赠方蓼禾实业集团有限公司董事长鲁一鸣出席捐赠仪式。",
    )
    assert ("贝思远", "副总经理", "菁禾信息技术有限公司") in found
    assert ("鲁一鸣", "董事长", "蓼禾实业集团有限公司") in found


def test_a_branch_company_and_its_declared_short_name_are_one_company():
    found = posts(
        "11月25日，蓼州市中心医院与浔安人寿保险股份有限公司蓼州分公司（以下简称“浔安人寿蓼州分公司”）签署直赔合作协议。",
        "医院院长鲁一鸣，浔安人寿蓼州分公司总经理甘望舒、副总经理贝思远出席签约仪式。",
    )
    assert ("甘望舒", "总经理", "浔安人寿保险股份有限公司蓼州分公司") in found
    assert ("贝思远", "副总经理", "浔安人寿保险股份有限公司蓼州分公司") in found


def test_a_group_written_by_its_trade_name_is_the_company_printed_in_full():
    found = posts(
        "10月24日，蓼南菁禾实业集团有限公司向蓼州市儿童医院捐赠三百万元。菁禾集团董事长甘望舒出席捐赠仪式。",
    )
    assert ("甘望舒", "董事长", "蓼南菁禾实业集团有限公司") in found


def test_the_trade_name_rule_keeps_to_names_of_the_company(lexicon):
    from yuanzhi.extract.org_short_names import is_short_form

    assert is_short_form("菁禾集团", "蓼南菁禾实业集团有限公司", lexicon)
    assert not is_short_form("实业集团", "蓼南菁禾实业集团有限公司", lexicon)
    assert not is_short_form("菁禾医院", "蓼南菁禾实业集团有限公司", lexicon)


def test_a_postgraduate_education_office_of_another_hospital_is_kept_whole():
    found = posts(
        "11月8日，蓼州市第一人民医院举行住院医师教学查房比赛，我院住培办主任鲁一鸣主持。",
        "决赛评委分别是蓼南医科大学附属医院毕业后医学教育处处长甘望舒、蓼州市中心医院住培基地主任贝思远。",
    )
    assert ("甘望舒", "处长", "蓼南医科大学附属医院毕业后医学教育处") in found


def test_a_place_heads_post_written_with_its_government_is_the_place():
    found = posts(
        "10月18日，蓼州市人民医院建院七十周年纪念大会举行。蓼州市人民政府副市长甘望舒出席。",
        "3月2日，菁湾市菁南区人民政府区长鲁一鸣、副区长贝思远出席奠基仪式。",
    )
    assert ("甘望舒", "副市长", "蓼州市") in found
    assert ("鲁一鸣", "区长", "菁湾市菁南区") in found
    assert ("贝思远", "副区长", "菁湾市菁南区") in found


def test_a_brigade_head_is_the_brigades():
    found = posts(
        "6月5日，蓼州市传染病医院举行联合演练。蓼州市公安局治安管理支队支队长甘望舒指挥民警设置警戒线。",
    )
    assert ("甘望舒", "支队长", "蓼州市公安局治安管理支队") in found


def test_a_verb_jieba_glues_to_a_level_word_is_no_part_of_the_name():
    found = posts(
        "6月3日，蓼州市卫生健康委员会督导组到蓼州市第二人民医院督导。督导组成员有市卫健委医政科科长甘望舒。",
    )
    assert ("甘望舒", "科长", "蓼州市卫生健康委员会医政科") in found


def test_a_college_written_without_its_university_is_the_college_printed_in_full():
    found = posts(
        "9月2日，蓼南医科大学第三临床医学院开学典礼在蓼南医科大学附属第三医院举行。",
        "附属第三医院副院长、第三临床医学院副院长甘望舒介绍了教学安排。",
    )
    assert ("甘望舒", "副院长", "蓼南医科大学第三临床医学院") in found


def test_a_fire_brigades_inspection_office_is_kept_whole():
    found = posts(
        "6月12日，蓼州市人民医院举行消防演练。演练结束后，蓼州市消防救援支队防火监督科科长甘望舒进行点评。",
    )
    assert ("甘望舒", "科长", "蓼州市消防救援支队防火监督科") in found
