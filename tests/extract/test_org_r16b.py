"""Lists, brackets and bodies named by their level word or their shape (helper E47), as general
rules of Chinese hospital and government news (invented names; GOLD_SPEC §4.4, §4.7, §10, §13)."""

from __future__ import annotations

from yuanzhi.extract.facts import issue_to_facts

from .conftest import one_article


def posts(*paragraphs: str, title: str | None = None) -> set[tuple[str, str, str | None]]:
    facts = issue_to_facts(one_article(*paragraphs, title=title))
    return {(p.name, pos.title, pos.org) for p in facts.people for pos in p.positions}


def test_a_town_post_after_its_bare_level_word_takes_the_town_the_article_named():
    found = posts("9月10日，芦湾市第二医院托管岑溪镇卫生院签约仪式在岑溪镇举行。仪式由镇党委副书记蔺若川主持，镇长汤一舟致辞。")
    assert ("蔺若川", "党委副书记", "岑溪镇") in found
    assert ("汤一舟", "镇长", "岑溪镇") in found


def test_a_county_area_is_no_county():
    found = posts(
        "3月5日，省调研组来枫屿县调研紧密型县域医共体建设。县委常委、副县长欧若水陪同调研。",
        "调研组先后来到枫屿县人民医院和枫屿县卫生健康局。",
    )
    assert ("欧若水", "县委常委", "枫屿县") in found
    assert ("欧若水", "副县长", "枫屿县") in found


def test_a_second_name_in_brackets_is_the_body_before_it():
    found = posts(
        "5月12日，榆港市市场监督管理局（榆港市药品监督管理局）组织开展专项检查。"
        "市局党组成员、副局长敖一远任检查组组长。"
    )
    assert ("敖一远", "副局长", "榆港市市场监督管理局") in found
    assert ("敖一远", "党组成员", "榆港市市场监督管理局") in found


def test_bodies_listed_before_a_post_pair_in_order_with_the_names_after_respectively():
    found = posts(
        "4月22日，芦溪卫生职业学院实习基地授牌仪式举行。芦溪市人民医院、芦溪市中医医院院长分别为费一鸣、司徒若兰，"
        "两院科教科科长分别为葛小峰、吕一舟，也参加了仪式。"
    )
    assert ("费一鸣", "院长", "芦溪市人民医院") in found
    assert ("司徒若兰", "院长", "芦溪市中医医院") in found
    assert ("葛小峰", "科长", "芦溪市人民医院科教科") in found
    assert ("吕一舟", "科长", "芦溪市中医医院科教科") in found


def test_an_office_named_by_its_function_is_no_unit_of_the_bureau_before_it():
    found = posts("5月3日，槿川市民政局副局长、市老龄办主任蓝若溪，市民政局养老服务科科长钟一帆出席。")
    assert ("蓝若溪", "副局长", "槿川市民政局") in found
    assert ("蓝若溪", "主任", "槿川市老龄办") in found


def test_units_listed_before_a_post_taken_up_by_names_respectively():
    found = posts(
        "6月1日，槿川市第一人民医院召开中层干部大会。心内科、呼吸内科主任分别由钟一帆、蓝若溪担任，护理部主任由贺明远担任。"
    )
    assert ("钟一帆", "主任", "心内科") in found
    assert ("蓝若溪", "主任", "呼吸内科") in found
    assert ("贺明远", "主任", "护理部") in found


def test_a_school_named_by_common_words_is_a_body():
    found = posts("9月3日，衡港理工学院新生结核病筛查启动。在江岸中学，副校长童一舟和校医提前把学生编好了顺序。")
    assert ("童一舟", "副校长", "江岸中学") in found


def test_a_class_of_schools_is_no_body():
    from yuanzhi.extract.school_names import proper_school

    assert proper_school("实验小学")
    assert not proper_school("重点中学")
    assert not proper_school("该中学")
    assert not proper_school("各小学")
