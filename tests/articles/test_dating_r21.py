"""Round 21's dating principles, on invented texts: an agreement of N years signed at a printed
month that the next sentence says expires now dates the issue N years on; a pregnancy's weeks
printed at two dates, one with its year, give the other its year; a deadline still ahead, a start
behind that goes on now and a service term still running each bound the issue's month on one side,
and two such bounds meet in one month; a countdown in days counts only to a date in the issue's
future."""

from __future__ import annotations

from yuanzhi.articles.bounded_months import background_months, bounded_month_cues
from yuanzhi.articles.countdowns import day_countdown_cues, gestation_pair_cues
from yuanzhi.articles.dating import weigh


def test_an_agreement_of_years_expiring_next_month_dates_the_issue_its_term_on() -> None:
    found = weigh([
        "本报讯  4月8日，我院与苇塘镇卫生院召开帮扶总结会。2031年5月，两院签订为期两年的"
        "合作协议，由我院派出专家常驻。协议将于下月底期满。4月20日，评估组入驻。",
        "本报讯  4月15日，医院举行消防演练。1998年建成的门诊楼参加了测试。",
    ])
    assert found.date == "2033-04"  # signed May 2031 for two years: expiring end of May 2033
    assert found.confidence is not None and found.confidence > 0.5


def test_an_agreement_signed_with_no_word_of_its_end_dates_nothing() -> None:
    from yuanzhi.articles.term_spans import term_span_cues

    assert term_span_cues(["2031年5月，两院签订为期两年的合作协议。协议约定双方定期会商。"]) == []


def test_two_weeks_of_one_pregnancy_give_the_yearless_date_its_year() -> None:
    text = (
        "3月2日上午，35岁的芮女士顺利分娩，分娩时孕37周+2天。"
        "2031年8月10日，芮女士在我院建档时孕8周。"
    )
    [cue] = gestation_pair_cues(text)
    assert (cue.year, cue.month, cue.day) == (2032, 3, 2)  # 29 weeks 2 days (205 days) after 2031-08-10
    found = weigh(["本报讯  " + text + "3月6日，母婴出院。", "本报讯  3月9日，医院召开安全生产会。"])
    assert found.date == "2032-03"
    assert found.confidence is not None and found.confidence > 0.5


def test_two_weeks_that_do_not_fit_the_dates_give_no_year() -> None:
    assert gestation_pair_cues("3月2日，芮女士分娩，孕38周。2031年8月10日，芮女士建档时孕30周。") == []


def test_a_deadline_ahead_and_a_hiring_behind_meet_in_one_month() -> None:
    found = weigh([
        "本报讯  5月12日，医院召开信息化推进会。各科室须于2034年2月底前全部完成系统切换。",
        "本报讯  5月18日，新职工小蔺第一次独立值夜班。这批新职工于2032年7月入职，本月起陆续开始独立值班。",
        "本报讯  5月25日，工会组织职工健步走。",
    ])
    assert found.date == "2033-05"  # May before February 2034, after July 2032: only 2033's
    assert found.confidence is not None and found.confidence > 0.5


def test_a_start_behind_and_a_term_still_running_meet_in_one_month() -> None:
    found = weigh([
        "本报讯  8月3日，最后一批科室搬入新院区。新院区于2032年9月启用，目前已承担六成门诊量。",
        "本报讯  2031年3月，郦博士来到我院，签订了三年服务期协议。眼下仍在服务期内的他已开展4项新技术。",
        "本报讯  8月15日，护理部开展技能展示。",
    ])
    assert found.date == "2033-08"  # August after September 2032, before March 2034
    assert found.confidence is not None and found.confidence > 0.5
    assert (2032, 9) in background_months(["新院区于2032年9月启用，目前已承担六成门诊量。"])


def test_a_start_still_to_come_bounds_nothing() -> None:
    assert bounded_month_cues(["新院区计划于2032年9月启用，目前已完成主体施工。"]) == []


def test_a_countdown_of_days_counts_only_to_a_date_in_the_future() -> None:
    assert day_countdown_cues("2031年5月6日，新院区开工。距离新院区启用还有100天。") == []
    [cue] = day_countdown_cues("新院区于2031年5月6日开工，计划于2033年1月1日启用。距离启用还有100天。")
    assert (cue.year, cue.month, cue.day) == (2032, 9, 23)
