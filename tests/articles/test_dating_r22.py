"""Round 22's dating principles, on invented texts: a term of N months begun at a printed month
that the article says ends now, and a present age in months beside a printed birth month, date the
issue that many months on; a year someone recalls (回想2031年…) is history; a start printed as a
short clause (从2031年查出…开始…坚持了七八年) and a rough age (如今一两岁) are weak cues that meet; a
National Games named by its hosts is dated news."""

from __future__ import annotations

from yuanzhi.articles.date_cues import year_cues
from yuanzhi.articles.dated_news import dated_news_cues
from yuanzhi.articles.dating import weigh
from yuanzhi.articles.life_years import life_year_cues
from yuanzhi.articles.month_counts import count_start_months, month_count_cues
from yuanzhi.articles.relative_years import relative_year_cues


def test_a_construction_term_of_months_ending_now_dates_the_issue_that_many_months_on() -> None:
    text = "本报讯  3月6日，住院楼通过竣工验收。该项目2031年5月开工，合同工期22个月，如期完工。"
    [cue] = month_count_cues([text])
    assert (cue.year, cue.month) == (2033, 3)
    assert count_start_months([text]) == {(2031, 5)}
    found = weigh([text, "本报讯  3月12日，医院组织义务植树。"])
    assert found.date == "2033-03"
    assert found.confidence is not None and found.confidence > 0.5


def test_a_term_of_months_still_ahead_counts_nothing() -> None:
    assert month_count_cues(["2031年5月开工，合同工期22个月，预计明年竣工。"]) == []
    assert month_count_cues(["2031年5月开工，合同工期22个月。"]) == []


def test_an_age_in_months_beside_a_birth_month_dates_the_issue() -> None:
    text = (
        "本报讯  8月20日，随访门诊迎来小蕖。2031年2月，胎龄28周的小蕖在我院出生，住院60天。"
        "如今18个月大的她已能独立行走。"
    )
    [cue] = month_count_cues([text])
    assert (cue.year, cue.month) == (2032, 8)
    found = weigh([text, "本报讯  8月下旬，医院开展消防检查。"])
    assert found.date == "2032-08"
    assert found.confidence is not None and found.confidence > 0.5


def test_a_year_recalled_is_history() -> None:
    [cue] = year_cues("回想2031年第一次去苇塘义诊时的情景，他很感慨。")
    assert cue.kind == "past"


def test_an_agreement_expiring_with_a_recalled_year_dates_the_issue_its_term_on() -> None:
    found = weigh([
        "本报讯  2031年6月，我院与苇塘镇卫生院签订为期五年的托管协议。本月，协议如期期满。"
        "6月10日，评估组开展总结评估。回想2029年第一次去苇塘义诊时的情景，老院长很感慨。",
        "本报讯  6月下旬，护理部举办技能比武。",
    ])
    assert found.date == "2036-06"
    assert found.confidence is not None and found.confidence > 0.5


def test_a_custom_kept_since_a_short_clause_and_a_rough_age_meet() -> None:
    kept = relative_year_cues("从2031年确诊慢性肾病开始透析，他已经坚持了七八年。")
    assert sorted(c.year for c in kept) == [2038, 2039]
    age = life_year_cues("他的孙女2037年出生，如今一两岁，已经会走路了。")
    assert sorted(c.year for c in age) == [2038, 2039]
    found = weigh([
        "本报讯  11月9日，老蔺又来透析。从2031年确诊慢性肾病开始透析，他已经坚持了七八年。"
        "他的孙女2036年出生，如今两三岁，已经会喊爷爷了。",
        "本报讯  11月中旬，针灸科开展冬病冬治预约。",
    ])
    assert found.date == "2038-11"  # 2038 or 2039, and 2038 or 2039: 2038 (the earlier of equals)
    assert found.date is not None


def test_the_national_games_named_by_their_hosts_is_dated_news() -> None:
    years, _ = dated_news_cues("粤港澳三地首次联合举办的全国运动会刚刚落下帷幕。")
    assert [c.year for c in years] == [2025]
