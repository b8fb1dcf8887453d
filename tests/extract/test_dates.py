from __future__ import annotations

from yuanzhi.extract.dates import date_key, find_dates, infer_year


def values(sentence: str, issue_date: str | None = "2024-06", year: int | None = None) -> list[str]:
    return [d.value for d in find_dates(sentence, issue_date, year)]


def test_month_day_takes_the_issue_year():
    assert values("5月11日，医院举行表彰大会。") == ["2024-05-11"]


def test_ranges_in_one_month_and_across_months():
    assert values("护理部于4月8日至4月22日举办竞赛") == ["2024-04-08/2024-04-22"]
    assert values("4月27日至5月1日，医疗队走进高原") == ["2024-04-27/2024-05-01"]
    assert values("3月5日至9日举办培训班") == ["2024-03-05/2024-03-09"]


def test_full_dates_in_digits_and_chinese_numerals():
    assert values("2024年2月20日，科室接受评审") == ["2024-02-20"]
    assert values("二〇二四年五月十一日上午") == ["2024-05-11"]
    assert values("二〇二三年十二月三十一日") == ["2023-12-31"]


def test_december_event_in_a_january_issue_is_last_year():
    assert values("12月28日，医院召开年终总结大会", "2025-01") == ["2024-12-28"]
    assert infer_year(12, "2025-01") == 2024
    assert infer_year(1, "2024-12") == 2024


def test_approximate_dates_are_the_issue_date():
    found = find_dates("近日，心胸外科成功实施手术", "2024-06")
    assert [(d.value, d.approximate) for d in found] == [("2024-06", True)]
    assert find_dates("近日，心胸外科成功实施手术", None) == []


def test_dot_date_only_without_another_date():
    assert values("在5·12国际护士节来临之际") == ["2024-05-12"]
    assert values("5月11日，医院举行5·12国际护士节表彰大会") == ["2024-05-11"]


def test_years_ago_and_year_month():
    assert values("3年前的5月14日，产妇入院") == ["2021-05-14"]
    assert values("2024年2月，医院通过评审") == ["2024-02"]


def test_no_year_anywhere_gives_fallback_or_nothing():
    assert values("5月11日举行", None) == []
    assert values("5月11日举行", None, 2023) == ["2023-05-11"]


def test_invalid_dates_are_dropped():
    assert values("13月40日") == []
    assert values("体温38.5度，血压5.12") == []


def test_date_key():
    assert date_key("2024-04-08/2024-04-22") == "2024-04-08"
    assert date_key(None) == ""
