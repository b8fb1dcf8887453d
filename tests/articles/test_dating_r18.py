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


def test_a_rough_count_since_a_printed_year_is_either_year() -> None:
    from yuanzhi.articles.ordinal_events import ordinal_event_cues
    from yuanzhi.articles.relative_years import relative_year_cues

    text = "康复科2012年挂牌成立，挂牌七八年来，床位从10张增加到40张。"
    assert sorted(c.year for c in relative_year_cues(text)) == [2019, 2020]
    assert [c.year for c in ordinal_event_cues(text)] == []  # not 八年来 alone


def test_a_service_span_printed_before_the_year_of_purchase() -> None:
    from yuanzhi.articles.relative_years import relative_year_cues

    text = "2月8日，服役八九年的老B超机停用，新购置的设备同日启用。这台B超机是2010年购置的。"
    assert sorted(c.year for c in relative_year_cues(text)) == [2018, 2019]


def test_a_custom_kept_since_a_printed_start() -> None:
    from yuanzhi.articles.relative_years import relative_year_cues

    text = "从2012年冬天起，医院志愿者每天为候诊老人送姜茶，已经坚持了七八年。"
    assert sorted(c.year for c in relative_year_cues(text)) == [2019, 2020]


def test_years_of_work_after_graduating_and_coming() -> None:
    from yuanzhi.articles.life_years import life_year_cues

    text = "内科医生2013年硕士毕业后来到医院，工作五六年了。"
    assert sorted(c.year for c in life_year_cues(text)) == [2018, 2019]


def test_two_rough_spans_from_different_years_meet_on_one_year() -> None:
    found = weigh([
        "6月3日，柘溪岭医院康复科举办座谈会。康复科2012年挂牌成立，挂牌七八年来，床位从10张增加到40张。",
        "6月9日，青年医生分享会举行。内科医生2013年硕士毕业后来到医院，工作五六年了。2015年她参加过援外医疗。",
    ])
    assert found.date == "2019-06"
    assert found.confidence is not None and found.confidence > 0.5


def test_a_january_issue_of_two_rough_spans() -> None:
    found = weigh([
        "1月8日，柘溪岭医院服役八九年的老B超机停用，新购置的设备同日启用。这台B超机是2010年购置的。",
        "1月12日，爱心姜茶摊开摊。从2012年冬天起，医院志愿者每天为候诊老人送姜茶，已经坚持了七八年。",
    ])
    assert found.date == "2019-01"
    assert found.confidence is not None and found.confidence > 0.5


def test_a_birthday_this_month_beside_the_birth_year_is_exact() -> None:
    found = weigh([
        "老院长郝松年1938年5月出生，本月迎来85周岁生日。5月12日，院领导登门祝寿。",
        "5月6日，柘溪岭医院新病房楼封顶。该楼2021年底开工，建成后新增床位200张。",
    ])
    assert found.date == "2023-05"
    assert found.confidence is not None and found.confidence > 0.5


def test_a_term_of_years_that_expires_now() -> None:
    found = weigh([
        "4月9日，柘溪岭医院骨科医生苗青结束挂职回到医院。2020年4月，他赴结对县医院挂职，本月两年期满返回。"
        "最难忘的是2018年他第一次去结对县义诊时遇见的老人。4月16日，科室为他举行欢迎会。"
    ])
    assert found.date == "2022-04"
    assert found.confidence is not None and found.confidence > 0.5


def test_a_remembered_year_is_history() -> None:
    assert [c.kind for c in year_cues("最难忘的是2018年他第一次去结对县义诊时遇见的老人。")] == ["past"]


def test_a_birthday_celebrated_in_another_sentence_than_the_birth_year_is_exact_too() -> None:
    from yuanzhi.articles.age_words import article_age_cues

    cues = article_age_cues(["9月8日，退休护士长姜念慈迎来了她的九十岁生日。姜念慈1932年9月出生，1952年参加工作。"])
    assert [(c.year, c.weight) for c in cues] == [(2022, 2.0)]
