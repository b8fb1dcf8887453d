"""Rounds 30 and 31's dating principles, on invented texts: a warranty of whole years from the month a
machine went into use ends now (2031年5月装机启用…保修三年…本月31日届满 → 2034-05); a course of treatment from
a diagnosis (2031年3月10日确诊…疗程为十八个月…全部疗程结束 → 2032-09); a count printed before its beginning
(术后满20个月…。他是2031年4月…接受…手术的 → 2032-12: the story told back in the next sentence); a
pregnancy's last period is week 0 (末次月经为2031年2月3日，分娩时孕39周 → 2031-11-03), and weeks in an
undated sentence run on from a dated count; Games that close in the next month are news of the closing; a
plan named again with a year word (明年是行动方案的收官之年) is in the year before its last; a rotation begun
今年2月 counts its batches in the issue's year, one said 本月 of the issue's month; an ordinal whole year after a
start (今年是投用后的第三个完整年度) counts from the calendar year after the start's month."""

from __future__ import annotations

from yuanzhi.articles.countdowns import gestation_pair_cues
from yuanzhi.articles.dated_news import dated_news_cues
from yuanzhi.articles.day_counts import day_start_months
from yuanzhi.articles.life_years import life_year_cues
from yuanzhi.articles.month_counts import month_count_cues
from yuanzhi.articles.plan_spans import plan_span_cues
from yuanzhi.articles.series_numbers import series_number_cues


def _months(texts: list[str]) -> list[tuple[int | None, int]]:
    return [(c.year, c.month) for c in month_count_cues(texts)]


def test_a_warranty_of_whole_years_ends_in_the_issues_month() -> None:
    text = "枫岭医院的直线加速器于2031年5月装机启用，合同约定原厂整机保修三年，保修期将于本月31日届满。"
    assert _months([text]) == [(2034, 5)]


def test_a_course_of_treatment_counts_from_the_diagnosis() -> None:
    text = "本月9日，患者老柯服下最后一剂药。他于2031年3月10日确诊并开始接受治疗，疗程为十八个月，至此全部疗程结束。"
    assert _months([text]) == [(2032, 9)]


def test_a_count_may_be_told_before_its_beginning_in_the_next_sentence() -> None:
    text = "本月上旬，术后满20个月的受者老岑回院复查，各项指标正常。老岑是2031年4月在枫岭医院接受肾移植手术的。"
    assert _months([text]) == [(2032, 12)]
    course = "本月中旬，患者小禾完成了全部18个月疗程，正式停药。她2031年6月中旬确诊后开始规范服药。"
    assert _months([course]) == [(2032, 12)]


def test_the_last_period_is_week_zero_and_later_weeks_run_on() -> None:
    lmp = "本月3日，孕妇小溪顺利分娩。小溪末次月经为2031年2月3日，分娩时孕39周，属于足月分娩。"
    assert [(c.year, c.month, c.day) for c in gestation_pair_cues(lmp)] == [(2031, 11, 3)]
    assert (2031, 2) in day_start_months([lmp])
    later = "本月5日，孕妇小溪入院。她于2031年1月6日在枫岭医院建档，当时孕8周。入院时她已孕28周，情况平稳。"
    assert [(c.year, c.month, c.day) for c in gestation_pair_cues(later)] == [(2031, 5, 26)]


def test_games_said_closed_are_news_of_the_closing_month() -> None:
    _, months = dated_news_cues("刚刚闭幕的第二十届亚运会上，枫岭医院的治疗师随队服务。")
    assert [(c.year, c.month) for c in months] == [(2026, 10)]
    _, opened = dated_news_cues("第二十届亚运会上，枫岭医院的治疗师随队服务。")
    assert [(c.year, c.month) for c in opened] == [(2026, 9)]


def test_a_plan_named_again_with_a_year_word_is_in_the_year_it_names() -> None:
    text = "12月9日，枫岭医院召开《药事提升三年行动方案（2031—2033年）》推进会。主任说，明年是行动方案的收官之年，各科要逐项对照。"
    assert [c.year for c in plan_span_cues([text])] == [2032]
    assert plan_span_cues(["12月9日，枫岭医院召开三年行动方案（2031—2033年）推进会。明年各科要逐项对照。"]) == []


def test_a_rotation_begun_this_year_counts_batches_in_the_issues_year() -> None:
    text = "本月6日，枫岭医院第三批下沉专家进驻乡镇分院。按照方案，专家每三个月轮换一批，今年2月第一批进驻。"
    assert [(c.year, c.rel, c.month, c.exact) for c in series_number_cues([text])] == [(None, 0, 8, True)]


def test_an_ordinal_whole_year_after_a_start_counts_from_the_next_calendar_year() -> None:
    text = "枫岭医院新院区于2031年11月投入使用，今年是投用后的第三个完整年度。"
    assert [c.year for c in life_year_cues(text)] == [2034]
    assert [c.year for c in life_year_cues("新院区于2031年1月投入使用，今年是投用后的第三个完整年度。")] == [2033]
