"""Units of other bodies carry the body they belong to (GOLD_SPEC §4.2, §4.8, §4.10): a court's
division named alone, 学校 before a university's office, a body printed with its own place after a
university's chain, a bureau's section written after its one-character 局, a unit whose name opens
with a field word (invented names)."""

from __future__ import annotations

from yuanzhi.extract.facts import issue_to_facts

from .conftest import one_article


def posts(*paragraphs: str, title: str | None = None) -> set[tuple[str, str, str | None]]:
    facts = issue_to_facts(one_article(*paragraphs, title=title))
    return {(p.name, pos.title, pos.org) for p in facts.people for pos in p.positions}


def test_a_court_division_named_alone_is_the_courts():
    found = posts(
        "6月3日，青溪市中心医院党委书记甘望舒会见了青溪市柳岸区人民法院一行。",
        "青溪市柳岸区人民法院当天在医院开庭审理一起医疗纠纷案件。",
        "本案由民事审判第一庭副庭长穆清源担任审判长。",
    )
    assert ("穆清源", "副庭长", "青溪市柳岸区人民法院民事审判第一庭") in found


def test_school_before_a_unit_is_the_university_not_its_faculty():
    found = posts(
        "岚州医科大学与蓼原省人民医院签订合作协议。",
        "岚州医科大学基础医学院院长甘望舒介绍了课程安排。学校研究生院培养办主任贝思远介绍了培养方案。",
    )
    assert ("贝思远", "主任", "岚州医科大学研究生院培养办") in found


def test_a_body_printed_with_its_place_is_no_unit_of_the_university_before():
    found = posts(
        "岚州医科大学党委常委、副校长甘望舒，蓼原省医学科学研究院党委书记、副院长贝思远代表双方签约。",
    )
    assert ("贝思远", "副院长", "蓼原省医学科学研究院") in found


def test_a_bureaus_section_after_its_one_character_is_the_bureaus():
    found = posts(
        "菁川市人力资源和社会保障局副局长甘望舒出席开班仪式。局就业创业科科长贝思远介绍了就业政策。",
    )
    assert ("贝思远", "科长", "菁川市人力资源和社会保障局就业创业科") in found


def test_a_unit_opening_with_a_field_word_is_not_cut():
    found = posts(
        "蓼原航空股份有限公司副总裁甘望舒，运行控制中心总经理贝思远出席签约仪式。",
    )
    assert ("贝思远", "总经理", "蓼原航空股份有限公司运行控制中心") in found


def test_a_bureaus_section_after_its_heads_chain_is_printed_once_with_the_bureau():
    found = posts(
        "菁川市司法局副局长甘望舒，局人民参与和促进法治科科长贝思远出席揭牌仪式。",
    )
    assert ("贝思远", "科长", "菁川市司法局人民参与和促进法治科") in found


def test_a_unit_written_again_by_its_tail_is_the_unit_named_in_full():
    found = posts(
        "5月6日，蓼原县人民医院与鹤川煤矿共建的尘肺病康复站正式启用。",
        "康复站站长贝思远介绍，康复站实行一人一档管理。",
    )
    assert ("贝思远", "站长", "尘肺病康复站") in found


def test_a_rank_before_a_units_name_is_no_part_of_it():
    found = posts(
        "蓼原县人民医院近日通过国家高级卒中中心认证。",
        "卒中中心主任贝思远表示，将继续缩短救治时间。",
    )
    assert ("贝思远", "主任", "卒中中心") in found


def test_a_numbered_unit_keeps_the_specialty_word_before_it():
    found = posts(
        "蓼原县人民医院新住院楼启用。普外一科主任甘望舒、神内二科主任贝思远带领团队完成了搬迁。",
    )
    assert ("甘望舒", "主任", "普外一科") in found
    assert ("贝思远", "主任", "神内二科") in found


def test_a_unit_printed_with_its_companys_short_name_takes_the_company_once():
    found = posts(
        "10月20日，蓼原航空有限公司在公司总部举行表彰会。",
        "表彰会上，蓼原航空客舱服务部总经理贝思远说，机组将继续加强急救培训。",
    )
    assert ("贝思远", "总经理", "蓼原航空有限公司客舱服务部") in found


def test_a_unit_after_a_bracketed_second_name_is_that_hospitals():
    found = posts(
        "岚州医科大学新增研究生导师岗前培训班开班。附属第二医院（蓼原市第三人民医院）麻醉科主任贝思远参加了开班仪式。",
    )
    assert ("贝思远", "主任", "蓼原市第三人民医院麻醉科") in found


def test_a_school_named_for_two_fields_keeps_both():
    found = posts(
        "伦理委员会换届，外院委员包括蓼原学院人文与法学学院副教授贝思远。",
    )
    assert ("贝思远", "副教授", "蓼原学院人文与法学学院") in found


def test_a_study_group_named_alone_is_the_branchs_named_before():
    found = posts(
        "蓼原省医学会老年医学分会近日发布专家共识。",
        "共识由分会主任委员、蓼原省人民医院副院长甘望舒牵头，认知障碍学组组长贝思远（蓼原省人民医院老年医学科主任）执笔。",
    )
    assert ("贝思远", "组长", "蓼原省医学会老年医学分会认知障碍学组") in found


def test_a_level_body_is_no_unit_of_an_organ_it_shares_words_with():
    found = posts(
        "菁川市退役军人事务局副局长甘望舒出席开班仪式。",
        "原市退役军人服务中心主任贝思远于5月调任菁川市退役军人事务局优抚科科长。",
    )
    assert ("贝思远", "主任", "市退役军人服务中心") in found


def test_a_unit_after_a_declared_short_name_is_that_bodys():
    found = posts(
        "7月9日，蓼原县人民政府与江州医学高等专科学校（以下简称“江州医专”）签订定向培养协议。",
        "县卫生健康局局长甘望舒主持仪式，江州医专招生就业处处长贝思远介绍了培养计划。",
    )
    assert ("贝思远", "处长", "江州医学高等专科学校招生就业处") in found
