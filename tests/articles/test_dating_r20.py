"""Round 20's dating principles, on invented texts: a meeting of a series whose host and month
a reader knows (an APEC leaders' meeting by its ordinal); a rough
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
