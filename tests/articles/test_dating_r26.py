"""Round 26's dating principles, on invented texts: a key's day printed as the issue's month word
(本月3日…月全食) names the event when one event of the table has that day, and the writer's 本月 then
names the issue's month exactly, outweighing a month a plan starts from (1月起…将); a year a goal is
set for (为2035年建成…打下基础) is a target, no floor; a span of years after 这 (这两三年里) runs to now
as 两三年来 does; a numbered series at a rhythm since a printed month (每月一讲…2031年4月开讲…第30讲)
is in the month its ordinal reaches."""

from __future__ import annotations

from yuanzhi.articles.date_cues import year_cues
from yuanzhi.articles.dated_news import dated_news_cues
from yuanzhi.articles.dating import weigh
from yuanzhi.articles.relative_years import relative_year_cues
from yuanzhi.articles.series_numbers import series_number_cues


def _sure(found_confidence: float | None) -> bool:
    return found_confidence is not None and found_confidence > 0.5


def test_the_issues_month_word_with_an_events_day_names_the_event() -> None:
    text = "本报讯  据天文台预报，本月3日晚将发生月全食，眼科医生提醒市民观赏时注意保暖。"
    years, months = dated_news_cues(text)
    assert [(c.year, c.month) for c in years] == [(2026, 3)]
    assert [(c.year, c.month, c.exact) for c in months] == [(2026, 3, True)]
    found = weigh([text, "本报讯  3月10日，医院召开质量分析会。", "本报讯  3月12日，护理部开展检查。"])
    assert found.date == "2026-03" and _sure(found.confidence)


def test_a_day_several_events_of_the_table_share_names_none() -> None:
    assert dated_news_cues("本报讯  本月8日凌晨将发生月全食，请市民注意保暖。") == ([], [])


def test_the_writers_month_word_outweighs_a_month_a_plan_starts_from() -> None:
    text = "本报讯  本月30日，京张高铁正式开通。1月起，合作医院专家来院坐诊将由每月两次增加到每周一次。"
    found = weigh([text, "本报讯  12月5日，医院召开动员会。", "本报讯  12月12日，儿科病房投入使用。"])
    assert found.date == "2019-12" and _sure(found.confidence)


def test_a_year_a_goal_is_set_for_is_a_target_not_a_floor() -> None:
    [cue] = year_cues("新大楼启用后，医院总床位将突破2000张，为2035年建成区域医学中心打下基础。")
    assert cue.kind == "future" and cue.weight == 0


def test_a_span_after_zhe_runs_to_now() -> None:
    text = "儿科医生柯望川2029年从边疆支援归来。这两三年里，他始终和受援医院保持联系。"
    assert sorted(c.year for c in relative_year_cues(text)) == [2031, 2032]
    assert relative_year_cues("儿科医生柯望川2029年到边疆支援。三年里，他带出了一支队伍。") == []


def test_a_numbered_series_at_a_rhythm_is_in_the_month_its_ordinal_reaches() -> None:
    text = (
        "本报讯  9月16日晚，我院“每月一讲”健康课堂迎来第30讲。“每月一讲”于2031年4月开讲，每月一期，"
        "从未间断。下一讲将于下月中旬举行。"
    )
    [cue] = series_number_cues([text])
    assert (cue.year, cue.month) == (2033, 9)
    found = weigh([text, "本报讯  9月8日，急诊科完成流程改造。"])
    assert found.date == "2033-09" and _sure(found.confidence)


def test_an_ordinal_still_ahead_or_of_another_unit_counts_nothing() -> None:
    ahead = "本报讯  “每月一讲”于2031年4月开讲，每月一期。下月将迎来第30讲。"
    assert series_number_cues([ahead]) == []
    other = "本报讯  “每月一讲”于2031年4月开讲，每月一期。本月第30次手术顺利完成。"
    assert series_number_cues([other]) == []
