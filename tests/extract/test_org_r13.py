"""Organizations of posts, round 13's classes as general rules of Chinese news (invented names):
a unit named for its field of work (one field, or two joined by 与/和) runs back over its field
words to the body written before it; a conjunction between a body's people or a body and a
unit, or a verb governing the unit, stays a boundary."""

from __future__ import annotations

import pytest

from yuanzhi.extract.facts import issue_to_facts

from .conftest import one_article


def posts(*paragraphs: str, title: str | None = None) -> set[tuple[str, str, str | None]]:
    facts = issue_to_facts(one_article(*paragraphs, title=title))
    return {(p.name, pos.title, pos.org) for p in facts.people for pos in p.positions}


@pytest.mark.parametrize(
    ("body", "unit", "title"),
    [
        ("蓼州市菁陂区教育局", "体育卫生与艺术教育科", "科长"),
        ("蓼州市总工会", "劳动和经济工作部", "部长"),
        ("蓼州市生态环境局", "固体废物与化学品科", "科长"),
        ("蓼州市司法局", "人民参与和促进法治科", "科长"),
        ("蓼州市档案馆", "征集编研科", "科长"),
        ("蓼州市图书馆", "阅读推广部", "主任"),
        ("蓼州市疾病预防控制中心", "免疫规划所", "所长"),
    ],
)
def test_a_unit_named_for_its_field_keeps_its_whole_name(body: str, unit: str, title: str):
    found = posts(f"3月2日，{body}{unit}{title}甘望舒到蓼州市第三人民医院座谈。")
    assert ("甘望舒", title, body + unit) in found


def test_a_body_and_a_unit_joined_by_a_conjunction_stay_apart():
    found = posts("3月2日，蓼州市第三人民医院党委与医务科科长贝思远一同检查。")
    assert ("贝思远", "科长", "医务科") in found
    found = posts("3月2日，蓼州市卫生健康委员会副主任甘望舒与医务科科长贝思远一同检查。")
    assert not any(org and "与" in org for _n, _t, org in found)


@pytest.mark.parametrize(
    ("body", "title"),
    [("中共蓼州市委老干部局", "局长"), ("中共蓼州市委组织部", "副部长")],
)
def test_a_party_committees_own_body_keeps_zhonggong(body: str, title: str):
    found = posts(f"3月2日，{body}{title}甘望舒到蓼州市第三人民医院座谈。")
    assert ("甘望舒", title, body) in found


def test_two_joined_fields_start_a_unit_printed_alone_in_a_list():
    found = posts("3月2日，蓼州市总工会副主席甘望舒、劳动和经济工作部部长贝思远到蓼州市第三人民医院座谈。")
    assert ("贝思远", "部长", "蓼州市总工会劳动和经济工作部") in found


def test_a_pronoun_glued_to_a_place_is_no_part_of_the_body():
    found = posts("3月2日，菁陂县卫生健康局组织专家对菁湾乡卫生院进行验收，其菁湾乡卫生院院长贝思远汇报了工作。")
    assert ("贝思远", "院长", "菁湾乡卫生院") in found


def test_gai_zhongxin_before_a_unit_is_the_centre_named_before():
    found = posts(
        "3月2日，菁陂区疾病预防控制中心联合蓼州市第三人民医院开展结核病筛查。",
        "该中心结核病防治所所长甘望舒带领疾控人员负责登记。",
    )
    assert ("甘望舒", "所长", "菁陂区疾病预防控制中心结核病防治所") in found
