"""Round 19's dating principles, on invented texts: a catalogue's edition in force names the
year it is in force (the drug list of an edition year from the next January); a running total
of a fixed instalment from a printed month counts the months to this one; a countdown to a
printed month in rough years, and an event held a few times a year counted roughly since a
printed start, each leave two years or more, and meet in one."""

from __future__ import annotations

from yuanzhi.articles.dating import weigh


def test_a_drug_list_edition_in_force_is_of_the_year_after_its_edition() -> None:
    found = weigh([
        "本报讯  自本月1日起，2021年版国家医保药品目录正式执行。1月4日，苇泊县中心医院药剂科完成"
        "新增药品的信息对接。与2020年版目录相比，新版目录新增74种药品。1月12日，医院召开药事会。"
    ])
    assert found.date == "2022-01"
    assert found.confidence is not None and found.confidence > 0.5


def test_an_edition_named_without_being_in_force_says_only_its_year() -> None:
    from yuanzhi.articles.edition_years import edition_year_cues

    assert edition_year_cues("与2020年版国家医保药品目录相比，新增74种药品。") == []
    assert edition_year_cues("2021年版国家医保药品目录将于明年1月1日起正式执行。") == []
    assert [c.year for c in edition_year_cues("苇泊县中心医院全面执行2021年版国家医保药品目录。")] == [2022]


def test_a_pharmacopoeia_edition_is_in_force_in_its_own_year() -> None:
    from yuanzhi.articles.edition_years import edition_year_cues

    assert [c.year for c in edition_year_cues("《中国药典》2020年版正式实施后，药剂科组织学习。")] == [2020]


def test_a_running_total_of_monthly_instalments_counts_the_months_from_its_start() -> None:
    found = weigh([
        "本报讯  本月8日，护士长老宓把300元转入县红十字会账户，她的捐款总额刚好达到了11700元。"
        "2018年3月，老宓在社区义诊时结识了一位独居老人。从那个月起，她每月拿出300元资助老人，从未间断。"
        "2019年，老宓被评为县“最美护士”。",
        "5月12日，医院举行护士节表彰会。",
    ])
    assert found.date == "2021-05"  # 11700 / 300 = 39 payments: March 2018 and 38 months on
    assert found.confidence is not None and found.confidence > 0.5


def test_a_total_more_than_a_count_of_instalments_says_nothing_exact() -> None:
    from yuanzhi.articles.running_totals import running_total_cues

    text = "2018年3月起，她每月拿出300元资助老人，至今捐款总额已超过11700元。"
    assert running_total_cues([text]) == []
    text = "2018年3月起，她每月拿出300元资助老人，至今捐款总额已达11700元。"
    assert [(c.year, c.month) for c in running_total_cues([text])] == [(2021, 5)]


def test_a_countdown_to_a_printed_month_in_rough_years_depends_on_the_issue_s_month() -> None:
    from yuanzhi.articles.countdowns import countdown_cues

    [cue] = countdown_cues("蒲河县中心医院新院区的验收时间定于2030年6月。“距离验收还有两三年时间。”院长说。")
    assert cue.years == {2026: frozenset(range(7, 13)), 2027: None, 2028: frozenset(range(1, 7))}


def test_an_event_held_twice_a_year_counted_roughly_since_a_printed_holiday() -> None:
    from yuanzhi.articles.countdowns import held_count_cues

    [cue] = held_count_cues([
        "每年寒假和暑假，蒲河县中心医院都组织医学生返乡义诊。这项活动从2016年暑假开始，每个假期一次，至今已经开展了十多次。"
    ])
    assert cue.years == {2021: frozenset(range(7, 13)), 2022: None, 2023: None, 2024: None, 2025: None}


def test_a_countdown_and_a_rough_count_of_holidays_meet_in_one_year() -> None:
    found = weigh([
        "本报讯  9月8日，蒲河县中心医院召开学科建设推进会，两个学科的验收时间定于2030年6月。"
        "“距离验收还有两三年时间。”分管副院长说。",
        "每年寒假和暑假，医院都组织医学生返乡义诊。这项活动从2022年暑假开始，每个假期一次，"
        "至今已经开展了十多次。9月15日，医院开展消防演练。",
    ])
    assert found.date == "2027-09"
    assert found.confidence is not None and found.confidence > 0.5


def test_two_weak_cues_agree_only_in_the_months_both_allow_a_year() -> None:
    from yuanzhi.articles.weak_years import AGREED_WEIGHT, WEAK_WEIGHT, WeakCue, weak_votes

    early = WeakCue("还有两三年", {2025: frozenset(range(1, 7))})
    any_month = WeakCue("十多次", {2025: None})
    votes = {(q, w, ms) for y, w, q, ms in weak_votes([early, any_month])}
    assert ("十多次", AGREED_WEIGHT, frozenset(range(1, 7))) in votes
    assert ("十多次", WEAK_WEIGHT, frozenset(range(7, 13))) in votes


def test_a_countdown_to_a_printed_month_is_not_also_counted_by_years() -> None:
    from yuanzhi.articles.relative_years import relative_year_cues

    assert relative_year_cues("新院区定于2030年6月投用，距今还有两年多。") == []
    assert [c.year for c in relative_year_cues("新院区将于2030年投用，距今还有两年多。")] == [2027, 2028]
