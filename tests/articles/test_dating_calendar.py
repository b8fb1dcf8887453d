"""Years an issue fixes by the calendar rather than by printing them (articles.calendar_cues,
weighed in articles.dating): counted events, weekdays beside dates, sexagenary and zodiac
years and the Spring Festival's month, five-year plans, classes by their intake year, the
hospital's own anniversary, party and congress sessions, schedules.

Texts are invented (the 青川县第二人民医院 and its people do not exist); the years differ
from those of the held-out fixtures on purpose."""

from __future__ import annotations

from pathlib import Path

import pytest

from yuanzhi.articles import dating
from yuanzhi.articles.calendar_cues import calendar_cues, load_calendar
from yuanzhi.articles.cue_text import cn_number
from yuanzhi.articles.date_cues import date_cues
from yuanzhi.errors import LexiconError


def _years(text: str) -> dict[int, str]:
    return {cue.year: cue.kind for cue in calendar_cues(text)}


def test_a_counted_recurring_event_dates_the_issue() -> None:
    found = dating.weigh(["8月18日下午，青川县第二人民医院召开庆祝第九个“中国\n医师节”暨表彰大会。"])
    assert found.date == "2026-08"  # the first 中国医师节 was in 2018
    assert any("第九个中国医师节" in quote for quote in found.evidence)
    assert _years("热烈庆祝中国共产党成立一百零五周年") == {2026: "current"}
    assert _years("6月6日是第31个“全国爱眼日”") == {2026: "current"}
    assert _years("第九届学术年会") == {}  # a conference's edition is no counted event
    assert (cn_number("一百一十五"), cn_number("七十"), cn_number("十"), cn_number("两")) == (115, 70, 10, 2)


def test_a_counted_day_in_an_issue_months_before_it_is_last_years() -> None:
    # the 9th 中国医师节 was in August 2026: a January issue that names it is looking back
    review = ["1月15日，医院召开年度工作会议，回顾一年来的工作：成功举办庆祝第九个中国医师节系列活动。"]
    assert dating.weigh(review).date == "2027-01"
    ahead = ["7月28日，医院部署庆祝第九个中国医师节系列活动。"]  # a month before: announcing it
    assert dating.weigh(ahead).date == "2026-07"


def test_an_anniversary_of_the_republic_needs_no_printed_year() -> None:
    text = ["青川二院举行升旗仪式庆祝新中国成立七十七周年", "9月30日上午，全院职工齐唱国歌。10月8日，医院召开节后工作会。"]
    assert dating.weigh(text).date == "2026-10"


def test_a_weekday_beside_a_date_picks_the_year() -> None:
    text = ["5月12日（星期二）上午，医院召开护士节表彰大会。", "医院2021年获评三级甲等医院。"]
    found = dating.weigh(text)
    assert found.date == "2026-05"  # after 2021, 12 May is a Tuesday only in 2026
    assert any("星期二" in quote for quote in found.evidence)
    assert [c.weekday for c in date_cues("9月7日周一至11日，9月8日")] == [0, None]


def test_a_weekday_that_disagrees_weighs_against_a_year() -> None:
    # a year printed in passing leans to itself; 5 March is a Friday in 2027, not in 2026
    text = ["2026年，医院门诊量突破百万人次。", "3月5日（星期五），青年志愿者走进社区。"]
    assert dating.weigh(text).date == "2027-03"
    assert dating.weigh([text[0], "3月5日（星期四），青年志愿者走进社区。"]).date == "2026-03"


def test_a_sexagenary_year_and_its_spring_festival_month() -> None:
    assert _years("戊申猴年春节将至") == {2028: "lunar"}
    found = dating.weigh(["戊申猴年春节前夕，院领导走访慰问离退休老同志。"])
    assert found.date == "2028-01"  # the Spring Festival of 2028 is on 26 January
    assert dating.weigh(["丁未羊年春节前夕，院领导走访慰问离退休老同志。"]).date == "2027-02"
    assert _years("甲丑年") == {}  # no such year: a yang stem never pairs with a yin branch


def test_a_zodiac_year_alone_takes_the_cycle_nearest_the_years_printed() -> None:
    text = ["2030年，医院门诊量突破百万人次。", "猪年新春将至，1月20日，院领导走访慰问困难职工。"]
    assert dating.weigh(text).date == "2031-01"  # the pig year nearest 2030 is 2031
    assert _years("猪年新春") == {}  # no year printed: twelve-year cycle, nothing to choose by
    assert calendar_cues("猴年马月", anchor=2030) == []


def test_the_hospitals_own_anniversary_counts_from_its_founding_year() -> None:
    text = ["医院始建于1961年。", "10月18日，医院召开建院六十五周年座谈会。"]
    assert dating.weigh(text).date == "2026-10"
    assert _years("一九六一年建院。院庆六十五周年") == {2026: "current"}
    assert _years("建院六十五周年") == {}  # founding year not printed


def test_an_earlier_anniversary_with_its_year_fixes_the_founding_year() -> None:
    # 2008年建院50周年 is history: founded 1958, so the 65th falls in 2023 (not 2008 + 65)
    text = ["6月18日，医院举行建院65周年纪念活动。", "2008年建院50周年时，医院新建了门诊楼。"]
    assert dating.weigh(text).date == "2023-06"
    assert _years("在2008年建院五十周年之际") == {}  # history alone names no issue year


def test_a_party_or_congress_session_is_studied_that_year_or_later() -> None:
    found = dating.weigh(["11月5日，医院党委理论学习中心组专题学习党的二十届四中全会精神。"])
    assert found.date == "2025-11"
    assert _years("学习贯彻“十四届全国人大三次会议”精神") == {2025: "current"}


def test_a_lunar_year_named_in_december_is_the_coming_one() -> None:
    # 丁未羊年 begins in February 2027: named in a December issue, it is the year ahead
    december = ["12月18日，医院召开年终总结大会。", "辞旧迎新，喜迎丁未羊年，医院举办迎新春书画展。"]
    assert dating.weigh(december).date == "2026-12"
    january = ["1月18日，医院召开职工代表大会。", "喜迎丁未羊年，医院举办迎新春书画展。"]
    assert dating.weigh(january).date == "2027-01"
    # a lunar year ending is the year under review: 丙午马年 (2026) ends in February 2027
    ending = ["12月28日，医院召开年终总结大会。", "丙午马年即将过去，全院职工共迎新春。"]
    assert dating.weigh(ending).date == "2026-12"
    assert dating.weigh(["1月28日，告别丙午马年，医院举办新春联欢会。"]).date == "2027-01"


def test_a_festival_glossed_with_its_date_names_the_year() -> None:
    assert {c.year for c in calendar_cues("除夕（2月16日）急诊正常开放", anchor=2019)} == {2026}
    assert {c.year for c in calendar_cues("除夕（2月16日）急诊正常开放", anchor=2044)} == {2045}  # 19 years on
    assert {c.year for c in calendar_cues("元宵节（2月9日）", anchor=2030)} == {2028}
    assert {c.year for c in calendar_cues("除夕（2月16日）", floor=2030)} == {2045}  # the first after
    assert calendar_cues("除夕（2月16日）") == []  # 2026 or 2045: nothing to choose by
    assert dating.weigh(["医院2019年获评三级甲等医院。", "除夕（2月16日）晚，院领导看望值班医务人员。"]).date == "2026-02"


def test_the_autumn_festivals_by_their_dates_and_months() -> None:
    text = ["医院2019年获评三级甲等医院。", "10月18日重阳节当天，医院志愿者走进敬老院。"]
    assert dating.weigh(text).date == "2026-10"  # 重阳 fell on 18 October in 2026
    assert {c.year for c in calendar_cues("9月25日是中秋节", anchor=2030)} == {2026}
    assert calendar_cues("1月20日春节前夕，10月18日重阳节期间", anchor=2030) == []  # days around, not of
    # no dates printed: 中秋 of 2025 fell on 6 October, not in September as most years
    assert dating.weigh(["2025年中秋佳节来临之际，院领导慰问一线职工。"]).date == "2025-10"


def test_a_five_year_plan_dates_its_first_and_last_years() -> None:
    opening = ["今年是“十五五”规划开局之年。3月12日，医院召开职工代表大会。"]
    assert dating.weigh(opening).date == "2026-03"
    assert _years("“十六五”收官之年") == {2035: "current"}
    assert _years("全院上下积极谋划“十六五”发展") == {2030: "about"}  # a vote, no floor
    assert _years("“十五五”以来，医院新增床位") == {2026: "past"}
    closed = dating.weigh(["1月15日，医院召开年度工作会议，“十五五”圆满收官，“十六五”开局良好。"])
    assert closed.date == "2031-01"


def test_a_class_named_by_its_intake_year_finishes_later() -> None:
    text = ["7月2日，医院举行2023级住院医师规范化培训学员结业典礼，经过三年培训，38名学员全部结业。"]
    assert dating.weigh(text).date == "2026-07"
    assert _years("2023级住培学员结业") == {2023: "past", 2026: "current"}  # the programme's usual length
    assert _years("2026级新生入学教育") == {2026: "past"}  # a class beginning: no more than a floor
    assert _years("2023级护理专业学生毕业") == {2023: "past", 2024: "past"}  # finishing: a later year


def test_honours_of_a_school_year_come_after_it() -> None:
    text = ["9月10日，医院召开教学工作会议，表彰2025—2026学年优秀带教老师30名。", "医院2019年获评三级甲等医院。"]
    assert dating.weigh(text).date == "2026-09"
    assert _years("2025—2026学年第一学期开学") == {}  # a term beginning: no honours, no vote


def test_a_schedule_prints_plans_not_news() -> None:
    news = "1月20日，医院召开安全生产工作会议。1月22日，院领导走访慰问困难职工。"
    schedule = "春节期间门诊安排\n正月初一至初三（2月17日至19日）开放急诊和发热门诊，2月20日起门诊恢复正常。"
    found = dating.weigh(["2026年工作会议召开", news, schedule])
    assert found.date == "2026-01"


def test_a_bad_calendar_line_names_its_file_and_line(tmp_path: Path) -> None:
    good = {
        "anniversaries.tsv": "ordinal\t2017\t8\t中国医师节\n",
        "five_year_plans.tsv": "plan\t2026\t2030\t十五五\nphase\tlast\t收官之年\n",
        "lunar_festivals.tsv": "columns\t春节\t中秋\nday\t春节\t0\t春节\n2026\t02-17\t09-25\n",
        "cohorts.tsv": "3\t住培\n",
        "sessions.tsv": "2029\t二十一届三中全会\n",
    }
    for name, text in good.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    assert load_calendar(tmp_path).lunar["中秋"][2026].month == 9
    bad = {
        "anniversaries.tsv": "# c\nordinal\t2017\t13\t中国医师节\n",
        "five_year_plans.tsv": "plan\t2030\t2026\t十五五\n",
        "lunar_festivals.tsv": "columns\t春节\t中秋\nday\t春节\t0\t春节\n2026\t02-30\t09-25\n",
        "cohorts.tsv": "three\t住培\n",
        "sessions.tsv": "二十一届三中全会\n",
    }
    for name, text in bad.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
        line = {"anniversaries.tsv": 2, "lunar_festivals.tsv": 3}.get(name, 1)
        with pytest.raises(LexiconError, match=rf"{name}:{line}"):
            load_calendar(tmp_path)
        (tmp_path / name).write_text(good[name], encoding="utf-8")


def test_the_un_diabetes_day_is_counted_from_its_first_observance() -> None:
    # the United Nations first observed it on 14 November 2007
    assert dating.weigh(["11月14日是第十八个联合国糖尿病日，内分泌科开展义诊。"]).date == "2024-11"
