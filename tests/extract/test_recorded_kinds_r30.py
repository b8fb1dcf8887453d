"""Kinds of bodies as `organizations` records them (recorded_kinds.tsv; invented names): people's
organisations the rounds write `other`, organs of a place's congress and committee, academies and
institutes, alliances of hospitals, military bodies and a bureau's local station."""

from __future__ import annotations

import pytest

from yuanzhi.extract.facts import issue_to_facts

from .conftest import one_article


def kinds(*paragraphs: str) -> dict[str, tuple[str, str | None]]:
    facts = issue_to_facts(one_article(*paragraphs))
    return {o.name: (o.kind, o.parent) for o in facts.organizations}


@pytest.mark.parametrize(
    ("body", "kind", "post"),
    [
        ("菁陂市总工会", "other", "副主席"),  # a people's organisation (§4.8), no membership society
        ("菁陂市妇女联合会", "other", "主席"),
        ("菁陂市红十字会", "other", "常务副会长"),  # the other people's organisations (§4.12, 2026-12-08)
        ("蓼川市科学技术协会", "other", "副主席"),
        ("菁陂市归国华侨联合会", "other", "主席"),
        ("蓼川县工商业联合会", "other", "副主席"),
        ("菁陂市残疾人联合会", "other", "理事长"),
        ("蓼川市人民代表大会常务委员会", "government", "副主任"),  # organs of the state
        ("菁陂市民族宗教事务委员会", "government", "主任"),
        ("蓼川省中医药科学院", "other", "院长"),  # an academy: no university
        ("菁陂市建筑设计研究院", "other", "院长"),
        ("蓼川市档案馆", "other", "馆长"),  # a public institution
        ("菁陂市儿童医院儿科专科联盟", "other", "秘书长"),  # a compact of hospitals
        ("蓼川军分区", "other", "司令员"),  # a military body (§4.11)
    ],
)
def test_bodies_are_recorded_by_what_they_are(body, kind, post):
    found = kinds(f"6月3日，{body}{post}甘望舒一行到蓼州市第一人民医院调研。")
    assert found.get(body, (None, None))[0] == kind, found


def test_a_learned_alliance_stays_a_society():
    found = kinds("6月3日，菁陂湾区重症医学联盟秘书长甘望舒一行到蓼州市第一人民医院调研。")
    assert found.get("菁陂湾区重症医学联盟", (None, None))[0] == "association", found


@pytest.mark.parametrize(
    ("body", "kind", "post"),
    [
        ("共青团菁陂市委员会", "other", "书记"),  # the youth league, a people's organisation
        ("民盟蓼川市委员会", "other", "主委"),  # a democratic party
        ("中国农工民主党菁陂市委员会", "other", "主委"),
        ("武警蓼川总队", "other", "政委"),  # a military body (§4.11)
        ("菁陂省退役军人事务厅", "government", "副厅长"),
    ],
)
def test_bodies_recorded_by_how_their_names_begin(body, kind, post):
    found = kinds(f"6月3日，{body}{post}甘望舒一行到蓼州市第一人民医院调研。")
    assert found.get(body, (None, None))[0] == kind, found


def test_a_hospital_of_a_military_corps_stays_a_hospital():
    found = kinds("6月3日，武警蓼川总队医院院长甘望舒一行到蓼州市第一人民医院调研。")
    assert found.get("武警蓼川总队医院", (None, None))[0] == "hospital", found


def test_a_stations_unit_is_recorded_under_the_station():
    found = kinds("6月3日，菁陂市广播电视台新闻中心副主任甘望舒一行到蓼州市第一人民医院采访。")
    assert found.get("菁陂市广播电视台", (None, None)) == ("other", None), found
    assert found.get("菁陂市广播电视台新闻中心", (None, None))[1] == "菁陂市广播电视台", found
