"""Bodies cut, doubled or printed short (E168): a declared short name takes all of its characters
before a unit (市精卫中心|医务科, not 市精卫|中心医务科), a place jieba cut after its first character
is whole where the article prints it whole at another body's head (咬|岩县…), and a unit read under
its body in full (GOLD_SPEC §4.3, §4.7) stays so beside a headline's short name with the place.
Places, bodies and people are invented."""

from __future__ import annotations

from yuanzhi.extract.facts import issue_to_facts

from .conftest import one_article


def posts(*paragraphs: str, title: str | None = None) -> set[tuple[str, str, str | None]]:
    facts = issue_to_facts(one_article(*paragraphs, title=title))
    return {(p.name, pos.title, pos.org) for p in facts.people for pos in p.positions}


def test_a_declared_short_name_is_not_doubled_before_a_unit() -> None:
    found = posts(
        "10月9日，由蔺溪市精神卫生中心（以下简称“市精卫中心”）主办的学术年会举行。",
        "论坛由市精卫中心医务科科长甘一禾主持，市精卫中心儿少心理科主任蒲小溪作报告。",
    )
    orgs = {org for _n, _t, org in found if org}
    assert not any("中心中心" in org for org in orgs), orgs
    assert ("甘一禾", "科长", "蔺溪市精神卫生中心医务科") in found or ("甘一禾", "科长", "医务科") in found


def test_a_place_cut_after_its_first_character_is_whole() -> None:
    found = posts(
        "本报讯 3月9日下午，咬岩县人民医院（以下简称“县医院”）召开院长办公会。",
        "3月6日，县医院与咬岩县中医医院（以下简称“县中医院”）共建的消化内镜中心挂牌。"
        "会议确认，县中医院脾胃病科主任甘一禾任中心副主任。",
        title="咬岩县人民医院召开",
    )
    assert ("甘一禾", "主任", "咬岩县中医医院脾胃病科") in found, found


def test_a_unit_under_a_declared_name_keeps_the_body_in_full() -> None:
    found = posts(
        "9月2日，蔺浦市医疗保障局（以下简称“市医保局”）召开新闻发布会。",
        "市医保局基金监管科科长甘一禾回答了记者提问。",
        title="蔺浦市医保局召开新闻发布会",
    )
    assert ("甘一禾", "科长", "蔺浦市医疗保障局基金监管科") in found, found
