"""Round 24's dating principles, on invented texts: an age reached in a month the issue names from a
printed birth month (1971年5月出生，本月年满六十周岁) is a printed date; a countdown board's days or a
countdown of whole months to a printed date put "now" that far before it; a count of months from a
month printed as 去年 gives the month with the year left to the rest; a child's birth year with a school
stage begun 今年 and a working life of a rough count of years meet; last year's figure compared with a
printed year and a work to begin next year finished by a printed year bound the year from both sides;
dated news counted by the issue's month word (上月30日…) is the month after the event."""

from __future__ import annotations

from yuanzhi.articles.age_words import reached_age_cues, school_entry_cues
from yuanzhi.articles.bounded_months import bounded_month_cues
from yuanzhi.articles.countdowns import day_countdown_cues
from yuanzhi.articles.dated_news import dated_news_cues
from yuanzhi.articles.dating import weigh
from yuanzhi.articles.month_counts import month_count_cues
from yuanzhi.articles.term_spans import term_span_cues


def test_an_age_reached_this_month_from_a_birth_month_is_the_issue_month() -> None:
    [cue] = reached_age_cues("苇川医院检验科主任技师柯明远1971年5月出生，本月年满六十周岁，按规定卸任。")
    assert (cue.year, cue.month, cue.exact) == (2031, 5, True)
    [cue] = reached_age_cues("柯明远1971年5月出生，下个月就年满60周岁。")
    assert (cue.year, cue.month) == (2031, 4)
    assert reached_age_cues("柯明远1971年5月出生，从医三十年。") == []
    found = weigh(["本报讯  柯明远1971年5月出生，本月年满六十周岁，卸任科主任。住院楼于2029年8月动工，目前进展顺利。"])
    assert found.date == "2031-05"
    assert found.confidence is not None and found.confidence > 0.5


def test_a_countdown_board_and_whole_months_count_back_from_a_printed_date() -> None:
    text = "苇川医院新院区定于2033年1月1日正式启用。本月1日，倒计时牌翻到了“214天”，距启用还有整整七个月。"
    assert sorted((c.year, c.month) for c in day_countdown_cues(text)) == [(2032, 6), (2032, 6)]
    assert day_countdown_cues("苇川医院新院区定于2033年1月1日正式启用，还有不少工作要做。") == []


def test_a_year_and_a_half_is_no_whole_year_term() -> None:
    text = "队员柯明远完成为期一年半的援外任务回到医院。他于2030年12月出发，圆满完成任务。"
    assert term_span_cues([text]) == []


def test_a_count_of_months_from_last_years_month_gives_the_month() -> None:
    [cue] = month_count_cues(["项目运行满八个月去年10月启动的苇川义诊项目，至本月已运行满八个月，服务群众三千人。"])
    assert (cue.month, cue.year, cue.rel) == (6, None, 0)
    [cue] = month_count_cues(["今年2月启动的苇川义诊项目，至本月已运行满三个月。"])
    assert (cue.month, cue.year, cue.rel) == (5, None, 0)
    [cue] = month_count_cues(["去年10月启动的苇川义诊项目，至本月已运行满十五个月。"])
    assert (cue.month, cue.year, cue.rel) == (1, None, 1)


def test_a_school_stage_begun_this_year_and_a_working_life_meet() -> None:
    assert sorted(c.year for c in school_entry_cues("柯明远2025年出生的女儿，今年秋天就要上小学了。")) == [2031, 2032]
    found = weigh([
        "本报讯  苇川医院护师柯明远2005年参加工作，一干就是二十七八个年头。他2025年出生的女儿，今年秋天就要上小学了。",
        "本报讯  本月下旬，医院召开第二季度医疗质量分析会。去年10月启动的义诊项目，至本月已运行满八个月。",
    ])
    assert found.date == "2032-06"


def test_last_years_comparison_and_a_work_begun_next_year_bound_the_year() -> None:
    compared = bounded_month_cues(["去年全院门诊量达50万人次，较2030年增长9%。"])
    assert min(compared[0].years) == 2032
    planned = bounded_month_cues(["苇川医院传染病楼规划在2033年底前建成，目前正在设计，计划明年开工建设。"])
    assert max(planned[0].years) == 2032
    found = weigh([
        "本报讯  本月20日，医院召开年度工作会议。去年全院门诊量达50万人次，较2030年增长9%。",
        "本报讯  传染病楼规划在2033年底前建成，目前正在设计，计划明年开工建设。",
        "本报讯  元旦假期三天，急诊科接诊患者600人次。",
    ])
    assert found.date == "2032-01"


def test_dated_news_counted_by_the_issue_month_word_is_the_month_after() -> None:
    years, months = dated_news_cues("上月25日，北京大兴国际机场正式通航，苇川医院航空医疗救援多了一条航线。")
    assert [(c.year, c.month) for c in years] == [(2019, 10)]
    assert [(m.year, m.month, m.exact) for m in months] == [(2019, 10, True)]
    years, _ = dated_news_cues("本月25日，北京大兴国际机场正式通航。")
    assert [(c.year, c.month) for c in years] == [(2019, 9)]
    years, _ = dated_news_cues("北京大兴国际机场正式通航，苇川医院航空医疗救援多了一条航线。")
    assert [(c.year, c.month) for c in years] == [(2019, 9)]
