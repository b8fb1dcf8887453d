"""Round 20's dating principles, on invented texts: a meeting of a series whose host and month
a reader knows (an APEC leaders' meeting by its ordinal); a countdown of N days, or a pregnancy
of N weeks, to a printed date puts "now" that many days before it; a rotation of fixed length
from a printed month, in its Nth station this month, counts the months to this one; a rough
span of years since a printed year (这七八年来, 投入使用已有两三年) beside an age with its birth
year leaves two years each, which meet in one."""

from __future__ import annotations

from yuanzhi.articles.dating import weigh


def test_an_apec_leaders_meeting_named_by_its_ordinal_dates_the_issue() -> None:
    found = weigh([
        "本报讯  本月，亚太经合组织第九次领导人非正式会议举行，苕岭市中心医院派出12名医护人员参加医疗保障。"
        "10月25日，保障队圆满完成任务。",
    ])
    assert found.date == "2001-10"
    assert found.confidence is not None and found.confidence > 0.5


def test_a_countdown_of_days_to_a_printed_date_is_dated_that_many_days_before() -> None:
    found = weigh([
        "本报讯  10月3日，蒿泽县人民医院在新大楼前举行“启用倒计时90天”动员会。新大楼于2029年开工，"
        "计划于2033年1月1日正式启用。10月9日，医院组织搬迁演练。",
    ])
    assert found.date == "2032-10"  # 2033-01-01 less 90 days: 2032-10-03
    assert found.confidence is not None and found.confidence > 0.5


def test_a_pregnancy_in_weeks_to_a_printed_due_date_is_dated_the_weeks_left_before_it() -> None:
    found = weigh([
        "本报讯  36岁的邬女士目前孕30周，预产期为2031年2月10日。她的大儿子2024年出生。"
        "12月5日，邬女士在产科门诊复诊，血压控制平稳。12月8日，孕妇学校开课。",
    ])
    assert found.date == "2030-12"  # 2031-02-10 less ten weeks: 2030-12-02
    assert found.confidence is not None and found.confidence > 0.5


def test_the_weeks_of_a_pregnancy_alone_leave_a_week_of_days() -> None:
    from yuanzhi.articles.countdowns import day_countdown_cues

    [cue] = day_countdown_cues("邬女士目前孕30周，预产期为2031年2月10日。")
    assert (cue.year, cue.month) == (2030, 12)
    assert day_countdown_cues("预产期为2031年2月10日，她将在孕38周时入院待产。") == []


def test_a_rotation_of_fixed_length_in_its_nth_station_this_month_counts_the_months() -> None:
    found = weigh([
        "本报讯  我院2029年3月入培的住院医师，按照培训计划每4个月轮转一个科室。本月起，他们进入第三站——儿科轮转。"
        "2021年，我院获批住培基地。本月中旬，科教部组织教学查房。",
    ])
    assert found.date == "2029-11"  # March 2029 and two rotations of four months
    assert found.confidence is not None and found.confidence > 0.5


def test_a_rotation_not_said_to_begin_this_month_counts_nothing() -> None:
    from yuanzhi.articles.running_totals import rotation_cues

    assert rotation_cues(["2029年3月入培的住院医师每4个月轮转一个科室，第三站是儿科。"]) == []
    [cue] = rotation_cues(["2029年3月入培的住院医师每4个月轮转一个科室。本月起，他们进入第三站。"])
    assert (cue.year, cue.month) == (2029, 11)


def test_an_age_with_its_birth_year_and_a_rough_span_of_service_meet_in_one_year() -> None:
    found = weigh([
        "本报讯  1950年出生的闵阿公今年76岁，因疝气入院。6月9日，外科团队借助手术机器人为他实施了手术。"
        "这台2023年引进的手术机器人，投入使用已有两三年，累计完成手术500余台。6月15日，医院召开质控会。",
    ])
    assert found.date == "2026-06"
    assert found.confidence is not None and found.confidence > 0.5


def test_these_seven_or_eight_years_since_a_printed_year_and_an_age_meet_in_one_year() -> None:
    found = weigh([
        "本报讯  2012年，外科主任随医疗队出国援外，2014年援外归来后回到县医院。这七八年来，他带领科室开展新技术20多项。"
        "3月9日，他带队下乡带教。",
        "手术室护士长1966年出生，今年55岁，1988年参加工作。3月16日，她为新护士上课。",
    ])
    assert found.date == "2021-03"
    assert found.confidence is not None and found.confidence > 0.5
