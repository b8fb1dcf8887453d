"""Round 18's dating principles, on invented texts: a plan of N years printed with its span (or
numbered after one that is) is in the year its progress names, and a target year is never the
issue's; rough counts (七八年来, 服役十一二年) are either year, and two from different printed
years agree; a birthday this month beside the birth year is exact; a term of years that expires
now; a remembered year is history."""

from __future__ import annotations

from yuanzhi.articles.date_cues import year_cues
from yuanzhi.articles.dating import weigh
from yuanzhi.articles.plan_spans import plan_span_cues


def test_a_numbered_plan_follows_the_printed_one_and_its_year_is_the_one_its_progress_names() -> None:
    found = weigh([
        "4月10日，柘溪岭市中心医院召开推进会。医院第一个五年发展规划（2011—2015年）已经完成，"
        "第二个五年发展规划实施已进入第三年。4月3日，医院新门诊楼启用。"
    ])
    assert found.date == "2018-04"
    assert found.confidence is not None and found.confidence > 0.5


def test_a_plan_printed_with_its_span_in_its_second_year() -> None:
    cues = plan_span_cues(["柘溪岭市中心医院三年行动计划（2021—2023年）实施进入第二年，各项指标进展顺利。"])
    assert [c.year for c in cues] == [2022]


def test_a_plan_ending_next_year() -> None:
    cues = plan_span_cues(["会议要求，确保柘溪岭市中心医院2017—2019年三年行动计划明年如期收官。"])
    assert [c.year for c in cues] == [2018]


def test_a_plan_without_its_years_says_nothing() -> None:
    assert plan_span_cues(["医院三年行动计划实施进入第二年，明年如期收官。"]) == []


def test_a_target_year_is_never_the_issue_s_year() -> None:
    assert [c.kind for c in year_cues("会议要求对照2035年远景目标查找差距。")] == ["future"]
    found = weigh(["7月8日，柘溪岭市中心医院召开会议，要求对照2035年远景目标查找差距。2018年新院区启用。"])
    assert found.date is None or not found.date.startswith("2035")
