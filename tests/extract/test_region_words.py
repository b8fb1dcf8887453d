"""HELDOUT23 convention 4 (invented names): a province printed as a region before a city, county or
banner whose body follows is no part of that body's name; a municipality is (its districts are its
own), a body of the province itself keeps it, and a place printed alone keeps it."""

from __future__ import annotations

import pytest

from yuanzhi.extract.facts import issue_to_facts
from yuanzhi.extract.lexicon_loader import default_lexicon
from yuanzhi.extract.region_words import without_region

from .conftest import one_article


def posts(*paragraphs: str, title: str | None = None) -> set[tuple[str, str, str | None]]:
    facts = issue_to_facts(one_article(*paragraphs, title=title))
    return {(p.name, pos.title, pos.org) for p in facts.people for pos in p.positions}


@pytest.mark.parametrize(
    ("printed", "body"),
    [
        ("澄岫省蓼沣市消防救援支队", "蓼沣市消防救援支队"),
        ("澄岫省苇塘县人民医院", "苇塘县人民医院"),
        ("内蒙古乌苏图市体育局", "乌苏图市体育局"),
        ("内蒙古自治区乌苏图市体育局", "乌苏图市体育局"),
        ("澄岫省人民医院", "澄岫省人民医院"),
        ("澄岫省医学会", "澄岫省医学会"),
        ("澄岫省蓼沣市", "澄岫省蓼沣市"),
        ("重庆市苇塘区教育委员会", "重庆市苇塘区教育委员会"),
    ],
)
def test_a_province_before_a_city_is_no_part_of_its_body(printed: str, body: str):
    assert without_region(printed, default_lexicon()) == body


def test_a_city_body_printed_after_its_province_is_named_from_the_city():
    found = posts("3月5日，澄岫省蓼沣市消防救援支队支队长滕望岑带队来到蓼沣市中心医院检查消防安全。")
    assert ("滕望岑", "支队长", "蓼沣市消防救援支队") in found


def test_a_body_of_a_municipality_keeps_it():
    found = posts("3月5日，天津市苇塘区卫生健康委员会主任滕望岑带队来到苇塘区人民医院检查工作。")
    assert ("滕望岑", "主任", "天津市苇塘区卫生健康委员会") in found
