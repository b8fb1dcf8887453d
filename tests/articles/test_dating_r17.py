"""Round 17's dating principles, on invented texts: a relative year word with the year it
names in brackets (前年（2019年）); ages and birthdays beside a birth year; spans of a term
begun in a printed year and ending now; a year printed as past or present is a floor, and a
birth year is no candidate for the issue's."""

from __future__ import annotations

from yuanzhi.articles.dating import weigh


def test_a_relative_year_word_with_its_year_in_brackets() -> None:
    found = weigh(["5月8日，专家组到翠屏医院复核卒中中心。该中心前年（2019年）通过省级认证，去年救治患者300例。"])
    assert found.date == "2021-05"
    assert found.confidence is not None and found.confidence > 0.5
    found = weigh(["3月2日，翠屏医院召开职代会。去年（2016年），医院门诊量增长一成。"])
    assert found.date == "2017-03"
    assert found.confidence is not None and found.confidence > 0.5


def test_the_bracketed_year_after_its_word_only() -> None:
    # a year in brackets after another word says nothing of the year beyond itself
    found = weigh(["5月8日，翠屏医院召开会议。医院始建于前清（1901年）。2020年新院区启用。"])
    assert found.date != "1903-05"
