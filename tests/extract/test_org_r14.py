"""Organizations of posts after rounds 11-13, as general rules of Chinese news (invented names):
a unit written after a reference to its body (该社, 我局, 本校, 该所) is that body's unit; a short
form is cut only where a word ends (市社会|保险 is no short form of 人力资源和社会保障局); a city's own
body (市…中心) is no unit of the body named before it."""

from __future__ import annotations

import pytest

from yuanzhi.extract.facts import issue_to_facts

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
    found = posts(
        "3月2日，蓼州市人力资源和社会保障局（以下简称“市人社局”）副局长甘望舒，工伤保险科科长乙明轩，"
        "市社会保险事业管理中心主任贝思远出席。"
    )
    assert ("贝思远", "主任", "市社会保险事业管理中心") in found
