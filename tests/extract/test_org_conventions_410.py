"""GOLD_SPEC §4.10 (invented names): a body written with only its level word in one person's
chain takes the place the chain prints; a town, township, street or community printed once with
its county or district is that body with its chain wherever the article names it again alone;
the kinds of villages, communities and village clinics in ``organizations``."""

from __future__ import annotations

import pytest

from yuanzhi.extract.facts import issue_to_facts
from yuanzhi.extract.lexicon_loader import default_lexicon
from yuanzhi.extract.org_conventions import place_chain_before

from .conftest import one_article


def posts(*paragraphs: str, title: str | None = None) -> set[tuple[str, str, str | None]]:
    facts = issue_to_facts(one_article(*paragraphs, title=title))
    return {(p.name, pos.title, pos.org) for p in facts.people for pos in p.positions}


def test_an_office_written_with_its_level_word_takes_the_place_of_its_chain():
    found = posts("5月6日，蓼州市第三人民医院与蓼州市颐康养老院签约。蓼州市民政局副局长、市老龄办主任贝思远出席。")
    assert ("贝思远", "主任", "蓼州市老龄办") in found
    assert ("贝思远", "副局长", "蓼州市民政局") in found


def test_a_level_word_body_outside_the_chain_stays_as_printed():
    found = posts("5月6日，蓼州市民政局副局长甘望舒，市老龄办主任贝思远出席。")
    assert ("贝思远", "主任", "市老龄办") in found


def test_a_town_printed_once_with_its_county_after_a_verb_takes_it():
    found = posts(
        "7月20日，蓼州市第三人民医院专家团队走进栖霞县苇塘镇开展义诊。栖霞县副县长贝思远出席。",
        "苇塘镇党委书记甘望舒到现场看望专家。",
    )
    assert ("甘望舒", "党委书记", "栖霞县苇塘镇") in found


def test_a_town_never_printed_with_its_county_stays_alone():
    found = posts("7月20日，蓼州市第三人民医院专家团队在苇塘镇开展义诊。苇塘镇党委书记甘望舒到现场看望专家。")
    assert ("甘望舒", "党委书记", "苇塘镇") in found


def test_a_street_office_named_alone_takes_the_chain_the_street_is_printed_with():
    found = posts(
        "4月22日，蓼州市第三人民医院党委与蓼州市栖霞区青枫街道党工委签订共建协议。",
        "青枫街道党工委副书记、青枫街道办事处主任贝思远出席。",
    )
    assert ("贝思远", "主任", "蓼州市栖霞区青枫街道办事处") in found


@pytest.mark.parametrize(
    ("text", "place", "chain"),
    [
        ("走进栖霞县苇塘镇开展义诊。栖霞县副县长出席", "苇塘镇", "栖霞县苇塘镇"),
        ("来到蓼州市栖霞区青枫街道", "青枫街道", "蓼州市栖霞区青枫街道"),
        ("，苇塘镇青枫村", "苇塘镇", "苇塘镇"),
        ("在门诊大厅", "门诊大厅", ""),
    ],
)
def test_one_reader_of_a_place_chain(text: str, place: str, chain: str):
    at = text.index(place) + len(place)
    assert place_chain_before(text, at, default_lexicon()) == chain


@pytest.mark.parametrize(
    ("name", "kind"),
    [("青枫村", "other"), ("向荣社区", "other"), ("向荣社区居民委员会", "other"), ("青枫村村民委员会", "other"),
     ("青枫村卫生室", "hospital"), ("向荣社区卫生服务站", "hospital"), ("苇塘镇卫生院", "hospital")],
)
def test_villages_and_communities_are_other_and_their_clinics_hospitals(name: str, kind: str):
    assert default_lexicon().org_kind(name) == kind


def test_a_campus_of_the_own_hospital_is_named_alone_like_a_department():
    found = posts(
        "3月2日，蓼州市第三人民医院东院区正式开诊。蓼州市第三人民医院东院区执行院长贝思远、东院区护理部主任甘望舒介绍了开诊准备。",
        title="东院区开诊",
    )
    assert ("贝思远", "执行院长", "东院区") in found


def test_a_campus_of_another_hospital_keeps_its_hospital():
    found = posts("3月2日，蓼州市第三人民医院专家赴栖霞县人民医院。栖霞县人民医院南湖院区执行院长贝思远陪同。")
    assert ("贝思远", "执行院长", "栖霞县人民医院南湖院区") in found


def test_a_campus_in_a_hospital_groups_news_keeps_its_hospital():
    found = posts(
        "3月28日，蓼州医疗集团第一届理事会第二次会议在蓼州市第三人民医院召开。",
        "会议聘任贝思远为蓼州市第三人民医院东门院区执行院长。",
        title="蓼州医疗集团召开理事会",
    )
    assert ("贝思远", "执行院长", "蓼州市第三人民医院东门院区") in found


@pytest.mark.parametrize(
    ("printed", "unit"),
    [("医院图书馆馆长", "图书馆"), ("医院急诊医学中心主任", "急诊医学中心"), ("医院感染管理科科长", "医院感染管理科")],
)
def test_the_word_hospital_before_an_own_unit_is_dropped_unless_the_name_begins_with_it(printed: str, unit: str):
    found = posts(f"4月23日，蓼州市第三人民医院举办读书月活动。{printed}贝思远介绍了活动安排。")
    title = printed[len(unit) + (0 if unit.startswith("医院") else 2) :]
    assert ("贝思远", title, unit) in found
