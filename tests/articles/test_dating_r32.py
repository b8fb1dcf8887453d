"""Rounds 32–33's dating principles, on invented texts: a course abroad of N months begun with the journey
(2031年4月赴…进修，进修期15个月。本月初…学成回国) ends now, N months on; a leave of N days after a printed
date (2031年11月3日生下儿子…休完158天产假后…回到岗位) is a stay of days to now; a year's tax settlement
(2031年度个人所得税综合所得汇算) is a year under review, settled in the next; a moment of a year recalled
(回顾了2027年…时的情景) is memory, no year under review; a month after a bracketed year (前年（2030年）4月奠基)
is that year's month, history."""

from __future__ import annotations

from yuanzhi.articles.date_cues import date_cues, year_cues
from yuanzhi.articles.dating import weigh
from yuanzhi.articles.day_counts import day_count_cues
from yuanzhi.articles.month_counts import count_start_months, month_count_cues


def test_a_course_abroad_ends_now_when_its_fellow_returns() -> None:
    text = "医师柏清远2031年4月赴新西兰一家医院进修，进修期15个月。本月初，他如期学成回国，恢复专家门诊。"
    assert [(c.year, c.month) for c in month_count_cues([text])] == [(2032, 7)]


def test_a_leave_of_days_after_a_birth_runs_to_now() -> None:
    text = "护士苗小溪2031年11月3日生下儿子，按照规定休完158天产假后，于本月12日回到了工作岗位。"
    assert [(c.year, c.month, c.day) for c in day_count_cues([text])] == [(2032, 4, 9)]  # 2032 is a leap year


def test_a_years_tax_settlement_is_reviewed_in_the_next_year() -> None:
    text = "财务科提醒：2031年度个人所得税综合所得汇算将于本月30日截止。截至6月15日，仍有职工未办理。"
    [cue] = [c for c in year_cues(text) if c.year == 2031]
    assert cue.kind == "previous"
    assert (weigh([text]).date or "")[:7] == "2032-06"


def test_a_moment_of_a_year_recalled_is_memory_not_a_year_under_review() -> None:
    text = "座谈会上，放射科主任回顾了2027年医院引进第一台磁共振时的情景。"
    [cue] = [c for c in year_cues(text) if c.year == 2027]
    assert cue.kind == "past"
    [review] = [c for c in year_cues("院长回顾了2027年全院工作。") if c.year == 2027]
    assert review.kind == "previous"


def test_a_month_after_a_bracketed_year_is_that_years() -> None:
    text = "前年（2030年）4月奠基的新病房楼，于3月18日投入使用。"
    assert [(c.year, c.month) for c in date_cues(text) if c.month == 4] == [(2030, 4)]


def test_a_later_dose_given_this_month_counts_on_its_schedule_from_the_first() -> None:
    text = (
        "2031年10月，枫岭镇中学的初二女生接种了第一剂疫苗，今年12月接种了第二剂。按照“0、2、6个月”的免疫程序，"
        "本月起她们将接种第三剂。"
    )
    assert [(c.year, c.month, c.exact) for c in month_count_cues([text])] == [(2032, 4, True)]
    assert (2031, 10) in count_start_months([text])
    assert month_count_cues([text.replace("本月起", "下半年")]) == []
