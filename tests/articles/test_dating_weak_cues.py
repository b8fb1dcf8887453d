"""Issue dates from weak cues combined (issue 10, wave 8): a year an issue plans for (将于2030年)
is no history, a year printed as the last occurrence (上一次是在2016年) only says the issue is
later, a year's rewards handed out (对2021年度…进行奖励) review that year; years counted from a
printed year (2016年…，五年多来; 2030年迎来…，距今还有三年多). Texts are invented (the 澄岙
hospitals do not exist); their years differ from the fixtures' on purpose."""

from __future__ import annotations

from pathlib import Path

import pytest

from yuanzhi.articles import dating
from yuanzhi.articles.date_cues import year_cues
from yuanzhi.errors import LexiconError


@pytest.mark.parametrize(("text", "kind"), [
    ("澄岙县人民医院将于2030年迎来建院80周年。", "future"),
    ("医院拟于2031年建成新院区。", "future"),
    ("此类流感每隔几年流行一次，上一次是在2016年。", "past"),
    ("上次大规模流行出现在2015年冬季。", "past"),
    ("9月20日，医院召开2020年度科研奖励兑现会。", "previous"),
    ("医院对2021年度获得省自然科学基金资助的9个项目进行奖励。", "previous"),
])
def test_what_a_printed_year_means(text: str, kind: str) -> None:
    assert [c.kind for c in year_cues(text)] == [kind]


def test_a_planned_year_and_a_reward_of_last_year_date_the_issue() -> None:
    texts = [
        "10月11日，澄岙县人民医院召开学科建设推进会。\n",
        "10月18日，院志编写组召开会议。医院将于2030年迎来建院80周年。",
        "10月24日，医院对2021年度获得省自然科学基金资助的9个项目进行奖励。",
    ]
    found = dating.weigh(texts, today=2026)
    assert found.date == "2022-10" and (found.confidence or 0) > 0.5


def test_the_last_occurrence_is_no_vote_for_its_year() -> None:
    texts = [
        "入冬以来，流感进入高发期。此类流感每隔几年流行一次，上一次是在2016年。",
        "12月3日，医院为老主任举行荣退仪式。这位1959年出生的专家年届花甲，从医37年。",
        "12月9日，医护人员走进社区开展义诊。",
    ]
    found = dating.weigh(texts, today=2026)
    assert found.date == "2019-12" and (found.confidence or 0) > 0.5


@pytest.mark.parametrize(("text", "votes"), [
    ("2016年医院获批省级胸痛中心，五年多来，救治急性心梗患者上千例。", [(2021, 1.0), (2022, 0.5)]),
    ("2017年医院与澄岙大学签订合作协议。三年来，双方共建学科5个。", [(2020, 1.0)]),
    ("医院将于2030年迎来建院80周年，距今还有三年多时间。", [(2026, 1.0), (2027, 0.5)]),
    ("距2028年省级评审还有两年。", [(2026, 1.0)]),
    ("1998年门诊楼建成，距今已有25年。", [(2023, 1.0)]),
    ("1958年建院，六十多年来医院几经变迁。", []),
])
def test_years_counted_from_a_printed_year(text: str, votes: list[tuple[int, float]]) -> None:
    from yuanzhi.articles.relative_years import relative_year_cues

    assert [(c.year, c.weight) for c in relative_year_cues(text)] == votes


def test_counted_years_agree_on_the_issue_year() -> None:
    texts = [
        "10月9日，医院召开胸痛中心建设推进会。2016年医院获批省级胸痛中心，五年多来，救治能力明显提升。",
        "10月20日，院史编写组召开会议。医院将于2024年迎来建院70周年，距今还有两年多时间。",
    ]
    found = dating.weigh(texts, today=2026)
    assert found.date == "2021-10" and (found.confidence or 0) > 0.5


def test_a_bad_relative_years_line_names_file_and_line(tmp_path: Path) -> None:
    from yuanzhi.articles.relative_years import load_relative_words

    (tmp_path / "relative_years.tsv").write_text("since\t来\nremaining\t还有\nlater\t距今\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=r"relative_years\.tsv.*3"):
        load_relative_words(tmp_path)  # type: ignore[arg-type]


def test_an_event_of_a_fixed_rhythm_picks_among_the_years_named() -> None:
    # 2020年…四年多来: 2024, or 2025 half as likely; the academicians' election is held in
    # odd years, its results known in November: 2025 (two weak cues, a weak date)
    texts = [
        "澄岙医科大学教授当选中国科学院院士，医院召开座谈会表示祝贺。",
        "11月20日，医院召开卒中中心建设推进会。2020年医院获批省级卒中中心，四年多来，救治能力明显提升。",
    ]
    assert dating.weigh(texts[1:], today=2026).date == "2024-11"
    found = dating.weigh(texts, today=2026)
    assert found.date == "2025-11" and any("院士" in quote for quote in found.evidence)


def test_a_rhythm_alone_names_no_year() -> None:
    assert dating.weigh(["两年一度的两院院士增选结果日前揭晓。"], today=2026).date is None


def test_a_bad_held_years_line_names_file_and_line(tmp_path: Path) -> None:
    from yuanzhi.articles.held_years import load_held_events

    (tmp_path / "held_years.tsv").write_text("2021\t2\t11\t院士增选\n2021\t2\t13\t某某评选\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=r"held_years\.tsv.*2"):
        load_held_events(tmp_path)  # type: ignore[arg-type]


@pytest.mark.parametrize(("text", "year", "month"), [
    ("消息传来，太极拳申遗成功，医院康复科开展太极拳公益课。", 2020, 12),
    ("二十四节气列入人类非物质文化遗产代表作名录，中医科举办节气养生讲座。", 2016, 11),
    ("1月15日下午，我市可见日环食，眼科提醒市民科学观测。", 2010, 1),
    ("全面两孩政策实施后，产科迎来首个二孩宝宝。", 2015, 11),
    ("今年起，职工个人所得税专项附加扣除信息采集工作由财务处统一办理。", 2018, 11),
    ("随着高速公路省界收费站取消，院前急救转运时间缩短。", 2020, 1),
    ("新修订的全国年节及纪念日放假办法施行，医院调整门诊排班。", 2024, 11),
    ("全国公立医院全面取消药品加成，医院同步调整医疗服务价格。", 2017, 9),
    ("随着冠脉支架集采落地，心内科患者的费用大幅下降。", 2021, 1),
    ("京张高铁开通当天，医院派出医护人员参与乘车保障。", 2019, 12),
    ("7月28日凌晨的月全食过后，眼科接诊一名熬夜观测的中学生。", 2018, 7),
    ("世卫组织宣布新冠肺炎疫情构成全球大流行，发热门诊加强预检分诊。", 2020, 3),
])
def test_dated_news_a_reader_knows(text: str, year: int, month: int) -> None:
    from yuanzhi.articles.dated_news import dated_news_cues

    years, months = dated_news_cues(text)
    assert [(c.year, c.kind) for c in years] == [(year, "current")]
    assert [(c.year, c.month) for c in months] == [(year, month)]


def test_a_last_year_far_from_the_news_is_another_clauses() -> None:
    from yuanzhi.articles.dated_news import dated_news_cues

    text = "春节申遗成功，中医科举办年俗展，展出药膳、香囊、屠苏酒方等实物，另有去年馆藏的古籍。"
    assert [(c.year, c.kind) for c in dated_news_cues(text)[0]] == [(2024, "current")]
    assert [c.year for c in dated_news_cues("春节申遗成功已是去年的事。")[0] if c.kind == "current"] == [2025]


def test_a_first_third_child_baby_and_the_election_of_academicians() -> None:
    texts = [
        "两年一度的两院院士增选结果日前揭晓，澄岙医科大学教授当选中国工程院院士。",
        "三孩政策实施后，产科日前迎来首个三孩宝宝。11月8日凌晨，一名男婴顺利出生。",
    ]
    found = dating.weigh(texts, today=2026)
    assert found.date == "2021-11" and (found.confidence or 0) > 0.5


@pytest.mark.parametrize(("text", "anchor", "floor", "today", "years"), [
    ("11月22日（农历十月廿二），医院举行重阳敬老义诊。", None, None, None, [2024]),  # one year of 1990-2050
    ("农历正月初八（2月5日），医院召开新春动员会。", 2020, None, None, [2025]),  # 2006 or 2025: nearest
    ("农历正月初八（2月5日），医院召开新春动员会。", None, 2000, None, [2006]),
    ("农历正月初八，即2月5日，医院召开新春动员会。", None, None, 2026, [2025]),
    ("农历正月初八（2月5日），医院召开新春动员会。", None, None, None, []),  # two years: none
    ("7月6日即农历腊月三十。", None, None, None, []),  # no year's 腊月三十 falls in July
    ("2月6日即农历腊月三十。", None, None, None, [2008]),
])
def test_a_date_printed_with_its_lunar_date(text: str, anchor: int | None, floor: int | None, today: int | None, years: list[int]) -> None:
    from yuanzhi.articles.lunar_dates import lunar_date_cues

    assert [c.year for c in lunar_date_cues(text, anchor, floor, today)] == years


def test_a_lunar_date_dates_an_issue_that_prints_no_year() -> None:
    texts = ["11月22日（农历十月廿二），澄岙县中医院在门诊大厅举行义诊。", "11月25日，医院召开安全生产会议。"]
    found = dating.weigh(texts, today=2026)
    assert found.date == "2024-11"


def test_a_bad_lunar_months_line_names_file_and_line(tmp_path: Path) -> None:
    from yuanzhi.articles.lunar_dates import load_lunar_months

    (tmp_path / "lunar_months.tsv").write_text("2024\t02-10\t03-10\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=r"lunar_months\.tsv.*1"):
        load_lunar_months(tmp_path)  # type: ignore[arg-type]


def test_the_29th_of_february_is_a_leap_years() -> None:
    texts = [
        "3月1日，医院召开胸痛中心建设推进会。2019年医院获批省级胸痛中心，四年多来，救治能力明显提升。",
        "2月29日，医院举办国际罕见病日义诊。",
    ]
    assert dating.weigh([texts[0]], today=2026).date == "2023-03"
    assert dating.weigh(texts, today=2026).date == "2024-03"


@pytest.mark.parametrize(("year", "first", "length"), [
    (2014, "2014-07-18", 30), (2021, "2021-07-11", 40), (2024, "2024-07-15", 40), (2025, "2025-07-20", 30),
])
def test_the_dog_days_as_almanacs_print_them(year: int, first: str, length: int) -> None:
    from yuanzhi.articles.dog_days import dog_days

    start, days = dog_days()[year]
    assert (start.isoformat(), days) == (first, length)


def test_the_dog_days_date_a_summer_issue() -> None:
    # 7月18日入伏 with 30 days: 2014 or 2033; no year printed: the latest up to today
    texts = [
        "今年7月18日入伏，三伏共30天。澄岙县中医院针灸科即日起开展三伏贴敷治疗。",
        "7月20日，医院召开安全生产会议。",
    ]
    assert dating.weigh(["澄岙县中医院针灸科即日起开展三伏贴敷治疗。", texts[1]], today=2026).date is None
    assert dating.weigh(texts, today=2026).date == "2014-07"
    # beside a printed year (2013年度 reviewed in 2014), the two agree
    alone = dating.weigh(["7月10日，医院通报2013年度医保结算情况。"], today=2026)
    both = dating.weigh([*texts, "7月10日，医院通报2013年度医保结算情况。"], today=2026)
    assert both.date == "2014-07" and (both.confidence or 0) > (alone.confidence or 0)


@pytest.mark.parametrize(("text", "years"), [
    ("今年春节是1月29日，医院提前部署节日值班。", [2025]),
    ("春节为2月10日，门诊初八恢复正常。", [2024]),
    ("春节（1月28日至2月4日）放假8天。", []),  # a holiday's range is no gloss of its first day
])
def test_a_festival_said_to_be_on_a_date(text: str, years: list[int]) -> None:
    from yuanzhi.articles.calendar_cues import default_calendar, gloss_cues

    assert [c.year for c in gloss_cues(text, default_calendar(), 2023)] == years


@pytest.mark.parametrize(("text", "year"), [
    ("在汶川特大地震15周年之际，澄岙县人民医院举行应急救援演练。", 2023),
    ("医院举办庆祝中国援外医疗队派遣60周年座谈会。", 2023),
    ("爱国卫生运动70周年，医院开展环境卫生整治。", 2022),
    ("唐山大地震40周年，急诊科老主任回忆当年的救援。", 2016),
])
def test_anniversaries_of_events_a_hospital_commemorates(text: str, year: int) -> None:
    from yuanzhi.articles.calendar_cues import calendar_cues

    assert [(c.year, c.kind) for c in calendar_cues(text)] == [(year, "current")]


@pytest.mark.parametrize(("name", "year", "day"), [
    ("立春", 2024, "2024-02-04"), ("立春", 2025, "2025-02-03"), ("清明", 2023, "2023-04-05"),
    ("夏至", 2003, "2003-06-22"), ("冬至", 2021, "2021-12-21"), ("冬至", 2023, "2023-12-22"),
    ("小寒", 2019, "2019-01-05"), ("雨水", 2026, "2026-02-18"), ("秋分", 2024, "2024-09-22"),
])
def test_solar_terms_as_almanacs_print_them(name: str, year: int, day: str) -> None:
    from yuanzhi.articles.solar_terms import term_day

    assert term_day(name, year).isoformat() == day


def test_a_solar_term_with_its_date_picks_among_the_years_named() -> None:
    # 2022年…，一年多来: 2023, or 2024 half as likely; 冬至 fell on 21 December in 2024, not 2023
    texts = [
        "12月20日，医院召开卒中中心建设推进会。2022年医院获批省级卒中中心，一年多来，救治能力明显提升。",
        "12月21日冬至，澄岙县中医院食堂为值班职工送上饺子。",
    ]
    assert dating.weigh(texts[:1], today=2026).date == "2023-12"
    found = dating.weigh(texts, today=2026)
    assert found.date == "2024-12" and any("冬至" in quote for quote in found.evidence)


@pytest.mark.parametrize(("text", "years"), [
    ("会议审议了2024年度财务决算和2025年度财务预算报告。院长肯定了医院一年来取得的成绩。", []),
    ("普查标准时点为2023年12月31日，医院上一次参加的是2018年开展的第四次经济普查，六年来床位增加一倍。", [2024]),
])
def test_a_count_is_from_the_nearest_year_and_never_from_a_years_review(text: str, years: list[int]) -> None:
    from yuanzhi.articles.relative_years import relative_year_cues

    assert [c.year for c in relative_year_cues(text)] == years
