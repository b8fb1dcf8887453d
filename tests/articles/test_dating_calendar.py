"""Dates an issue fixes by the calendar rather than by printing a year (articles.date_cues,
weighed in articles.dating): a weekday printed beside a date; a schedule's dates are plans, not news.

Texts are invented (the 青川县第二人民医院 and its people do not exist); the years differ
from those of the held-out fixtures on purpose."""

from __future__ import annotations

from yuanzhi.articles import dating
from yuanzhi.articles.date_cues import date_cues


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


def test_a_schedule_prints_plans_not_news() -> None:
    news = "1月20日，医院召开安全生产工作会议。1月22日，院领导走访慰问困难职工。"
    schedule = "春节期间门诊安排\n正月初一至初三（2月17日至19日）开放急诊和发热门诊，2月20日起门诊恢复正常。"
    found = dating.weigh(["2026年工作会议召开", news, schedule])
    assert found.date == "2026-01"
