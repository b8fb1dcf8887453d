"""Organizations of posts after rounds 11-13, as general rules of Chinese news (invented names):
a unit written after a reference to its body (该社, 我局, 本校, 该所) is that body's unit; a short
form is cut only where a word ends (市社会|保险 is no short form of 人力资源和社会保障局); a city's own
body (市…中心) is no unit of the body named before it."""

from __future__ import annotations

import pytest

from yuanzhi.extract.facts import issue_to_facts
from yuanzhi.extract.lexicon_loader import default_lexicon
from yuanzhi.extract.org_edges import name_start
from yuanzhi.extract.orgs import OrgMention
from yuanzhi.extract.short_forms import named_before

from .conftest import one_article


def posts(*paragraphs: str, title: str | None = None) -> set[tuple[str, str, str | None]]:
    facts = issue_to_facts(one_article(*paragraphs, title=title))
    return {(p.name, pos.title, pos.org) for p in facts.people for pos in p.positions}


@pytest.mark.parametrize(
    ("body", "title_before", "reference", "unit", "title"),
    [
        ("蓼州日报社", "副总编辑", "该社", "新闻采访部", "主任"),
        ("蓼州市统计局", "副局长", "该局", "办公室", "主任"),
        ("蓼州市第二中学", "副校长", "该校", "教务处", "主任"),
    ],
)
def test_a_unit_after_this_and_a_kind_word_is_that_bodys(
    body: str, title_before: str, reference: str, unit: str, title: str
):
    found = posts(f"3月2日，{body}{title_before}甘望舒、{reference}{unit}{title}贝思远到蓼州市第三人民医院座谈。")
    assert ("贝思远", title, body + unit) in found


def test_a_unit_of_our_bureau_is_the_bureau_the_article_names_first():
    found = posts(
        "（蓼州市统计局）3月2日，我局召开新闻发布会。",
        "市统计局副局长甘望舒出席。发布会由我局办公室主任贝思远主持。",
    )
    assert ("贝思远", "主任", "蓼州市统计局办公室") in found


def test_a_units_own_word_is_no_reference():
    found = posts("3月2日，蓼州医学院本科教学部主任贝思远介绍了情况。")
    assert not any(org and org.endswith("本科教学部") and org != "蓼州医学院本科教学部" for _n, _t, org in found)


def test_a_citys_own_centre_is_no_short_form_cut_inside_a_word():
    lexicon = default_lexicon()
    bureau = OrgMention(0, 13, "蓼州市人力资源和社会保障局", "蓼州市人力资源和社会保障局", "government")
    centre = OrgMention(20, 31, "市社会保险事业管理中心", "市社会保险事业管理中心", "department")
    found = named_before(centre, [bureau], lexicon, None, {"市人社局": bureau.name})
    assert found is not None and not found.name.startswith(bureau.name)  # not 某局|险事业管理中心
    unit = OrgMention(20, 27, "市人社局人才科", "市人社局人才科", "department")
    found = named_before(unit, [bureau], lexicon, None, {"市人社局": bureau.name})
    assert found is not None and found.name == bureau.name + "人才科"


def test_a_societys_party_group_and_its_department_in_a_list_take_the_society_in_full():
    found = posts(
        "3月2日，蓼州市科学技术协会（以下简称“市科协”）在蓼州市第三人民医院举行授牌仪式。",
        "市科协党组书记、常务副主席甘望舒，党组成员、副主席贝思远，学会部部长柏明轩出席。",
    )
    assert ("贝思远", "党组成员", "蓼州市科学技术协会") in found
    assert ("柏明轩", "部长", "蓼州市科学技术协会学会部") in found


def test_a_school_hospital_after_a_colleges_post_is_the_colleges():
    found = posts("3月2日，蓼州理工学院学生处处长甘望舒、校医院院长贝思远参与组织。")
    assert ("贝思远", "院长", "蓼州理工学院校医院") in found


def test_a_short_form_with_a_unit_takes_the_organ_printed_by_its_level():
    found = posts(
        "（蓼州市统计局）3月2日，由市统计局（以下简称“市统计局”）、市卫生健康委员会联合主办的培训班在蓼州市第三人民医院举行。",
        "市统计局副局长甘望舒，市卫健委人事科科长贝思远出席。",
    )
    assert ("贝思远", "科长", "市卫生健康委员会人事科") in found
    assert ("甘望舒", "副局长", "蓼州市统计局") in found


def test_a_verb_governing_a_body_at_a_clauses_start_is_no_part_of_its_name():
    found = posts("3月2日上午，甘望舒带领监督员，会同槐岭派出所副所长贝思远进入现场检查。")
    assert ("贝思远", "副所长", "槐岭派出所") in found


@pytest.mark.parametrize("text", ["联合国儿童基金会", "蓼州市第三人民医院组织人事部"])
def test_a_governing_verb_inside_a_name_stays(text: str):
    lexicon = default_lexicon()
    sentence = f"，{text}"
    assert name_start(sentence, 1, len(sentence), lexicon) == 1


@pytest.mark.parametrize(
    ("full", "ending", "title"),
    [
        ("蓼州市市场监督管理局槐岭分局", "分局", "副局长"),
        ("蓼州市抗癌协会肿瘤康复俱乐部", "俱乐部", "会长"),
        ("槐岭乡高山茶叶专业合作社", "合作社", "理事长"),
    ],
)
def test_a_body_written_by_its_ending_at_a_clauses_start_is_the_one_named_before(full: str, ending: str, title: str):
    found = posts(f"3月2日，{full}与蓼州市第三人民医院签订协议。", f"{ending}{title}贝思远介绍了情况。")
    assert ("贝思远", title, full) in found


def test_a_unit_after_the_body_written_by_its_ending_is_that_bodys():
    found = posts(
        "3月2日，蓼州市市场监督管理局槐岭分局开展专项检查。",
        "分局副局长甘望舒，药品医疗器械科科长贝思远参加检查。",
    )
    assert ("贝思远", "科长", "蓼州市市场监督管理局槐岭分局药品医疗器械科") in found


def test_a_bureaus_detachment_after_this_bureau_is_the_bureaus():
    found = posts("3月2日，蓼州市生态环境局副局长甘望舒、该局综合行政执法支队副支队长贝思远到蓼州市第三人民医院检查。")
    assert ("贝思远", "副支队长", "蓼州市生态环境局综合行政执法支队") in found


def test_a_trade_unions_department_in_a_list_is_the_unions():
    found = posts("3月2日，蓼州市总工会党组书记、常务副主席甘望舒，劳动保护部部长贝思远到蓼州市第三人民医院慰问。")
    assert ("贝思远", "部长", "蓼州市总工会劳动保护部") in found


def test_a_hospital_jieba_glues_to_its_heads_title_is_still_named():
    found = posts(
        "3月2日，新书首发式举行。该书主编、璩岭市第一人民医院院长甘望舒出席。",
        "璩岭市一院副院长贝思远介绍了编写经过。",
    )
    assert ("贝思远", "副院长", "璩岭市第一人民医院") in found


def test_a_committees_term_after_a_name_glued_to_wei_starts_the_committee():
    found = posts("3月2日，经院长办公会研究，聘任副院长柏思宁为第五届医学伦理委员会主任委员。")
    assert ("柏思宁", "主任委员", "医学伦理委员会") in found


def test_a_township_hospital_written_by_its_ending_is_the_one_named_before():
    found = posts(
        "3月2日，蓼州市第三人民医院托管槐岭镇卫生院签约仪式举行。",
        "卫生院院长贝思远表示，将全力配合。",
    )
    assert ("贝思远", "院长", "槐岭镇卫生院") in found


def test_a_homeroom_teacher_is_the_schools():
    found = posts(
        "3月2日，蓼州市精神卫生中心专家走进槐岭县第一中学开展心理健康讲座。",
        "高二（3）班班主任贝思远说，讲座很实用。",
    )
    assert ("贝思远", "班主任", "槐岭县第一中学") in found


def test_our_centres_head_is_the_centre_the_article_names_first():
    found = posts(
        "（蓼州市疾病预防控制中心）3月2日，全市狂犬病暴露处置培训班在蓼州市第三人民医院开班。",
        "蓼州市卫生健康委员会疾病预防控制科副科长甘望舒，我中心党委副书记、主任贝思远出席。",
    )
    assert ("贝思远", "主任", "蓼州市疾病预防控制中心") in found
    assert ("贝思远", "党委副书记", "蓼州市疾病预防控制中心") in found
