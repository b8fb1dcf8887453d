"""Issue dates from two weak cues (issue 10, round 15): a direct election of county and
township deputies (every five years: 2016, 2021, 2026) favours, among the years the issue
names, those of its rhythm; a thing acquired in a printed year and in service for N years
(2008年引进的…使用满八年) names that year plus N; an honour counting years of standing
(“光荣在党50年”) with a member's printed joining year names their sum; numbered cycles of a
review (第一周期 in a printed year, N年一个周期, 去年迎来第三周期) name the issue's year. Texts
are invented (the 澄岙 hospitals do not exist); their years differ from the fixtures' on purpose."""

from __future__ import annotations

import pytest

from yuanzhi.articles import dating
from yuanzhi.articles.held_years import held_mentions
from yuanzhi.articles.ordinal_events import period_cues
from yuanzhi.articles.relative_years import honour_year_cues, relative_year_cues


def test_an_election_and_a_service_span_outweigh_last_years_review() -> None:
    texts = [
        "12月5日，澄岙县人大代表选举投票日，医院设立投票站，全院800余名选民参加投票。",
        "12月12日，医院2008年引进的核磁共振在连续使用满八年后按计划退役。",
        "12月15日，科教科对2015年度院级课题进行结题验收。",
    ]
    found = dating.weigh(texts, today=2026)
    assert found.date == "2016-12" and (found.confidence or 0) > 0.5


def test_an_honour_and_a_review_cycle_agree() -> None:
    texts = [
        "“光荣在党50年”纪念章颁发仪式举行\n七一前夕，医院党委为入党满50年的老党员颁发纪念章。1975年入党的原内科主任接过纪念章。",
        "6月28日，澄岙市中心医院召开等级评审推进会。医院于2016年通过第一周期评审，按照四年一个周期，去年迎来第三周期评审。",
    ]
    found = dating.weigh(texts, today=2026)
    assert found.date == "2025-06" and (found.confidence or 0) > 0.9


def test_an_honour_alone_says_little() -> None:
    texts = ["“光荣在党50年”纪念章颁发仪式举行\n6月30日，1972年入党的老院长接过纪念章。"]
    found = dating.weigh(texts, today=2026)
    assert found.date == "2022-06" and (found.confidence or 0) <= 0.75


@pytest.mark.parametrize(("text", "years"), [
    ("医院2008年引进的核磁共振在连续使用满八年后退役。", [2016]),
    ("购置于2010年的直线加速器已运行了十二年。", [2022]),
    ("1993年参加工作，从事护理工作满30年。", []),  # a person's years of work, not a thing's service
    ("2012年医院门诊量突破百万人次，使用满五年的设备按规定评估。", []),  # no acquisition of the year
    ("2014年启用的新病房楼运行十年来，收治患者十万余人次。", [2024]),  # one count, read once
])
def test_a_service_span_from_the_year_of_acquiring(text: str, years: list[int]) -> None:
    assert [c.year for c in relative_year_cues(text)] == years


@pytest.mark.parametrize(("text", "years"), [
    ("为老党员颁发“光荣在党50年”纪念章，1974年入党的老专家发言。", [2024]),
    ("为老党员颁发“光荣在党50年”纪念章。", []),  # no joining year: any year since 2021
    ("七一前夕，走访慰问党龄50年以上的老党员，1950年入党的老院长。", []),  # no fixed count
])
def test_an_honour_counted_from_the_year_of_joining(text: str, years: list[int]) -> None:
    assert [c.year for c in honour_year_cues([text])] == years


@pytest.mark.parametrize(("text", "years"), [
    ("医院2017年通过第一周期复审，评审周期为四年，今年迎来第二周期复审。", [2021]),
    ("医院2017年通过第一周期复审，评审周期为四年，明年将迎来第三周期复审。", [2024]),
    ("医院2017年通过第一周期复审，评审周期为四年，将迎来第二周期复审。", []),  # when is not said
    ("医院2017年通过首个评审周期的复审，评审周期为四年，今年迎来第二周期复审。", [2021]),
])
def test_numbered_cycles_of_a_review(text: str, years: list[int]) -> None:
    assert [c.year for c in period_cues(text)] == years


@pytest.mark.parametrize(("text", "held"), [
    ("医院职工参加区人大代表选举投票。", [2021]),
    ("县乡两级人大换届选举工作启动。", [2021]),
    ("全院职工参加区人大代表换届选举投票。", [2021]),
    ("院长当选市人大代表。", []),  # elected by the county congresses, in other years
])
def test_a_direct_election_of_deputies_is_of_a_five_year_rhythm(text: str, held: list[int]) -> None:
    mentions = [m for m in held_mentions(text) if m.event.every == 5 and m.event.month == 1]
    assert [m.event.year for m in mentions] == held
    assert all(m.allows(2016) and m.allows(2026) and not m.allows(2022) for m in mentions)
