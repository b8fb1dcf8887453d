"""Calendar reasoning added after round 5 of the dating fixtures (articles.dating,
articles.calendar_cues, articles.date_cues): a weekday after a comma inside a date's
brackets, an eve (前夕) that is no deadline, weekdays that repeat every few years (the
nearest year wins), a year reported plainly as a floor, 一个甲子 since a founding, congress
sessions counted from their term, a plan phase said of next year, a yearly day's theme and
an issue's number with an earlier numbered issue and the paper's rhythm.

Texts are invented (the 青川县第二人民医院 and its people do not exist); the years differ
from those of the held-out fixtures on purpose."""

from __future__ import annotations

from pathlib import Path

import pytest

from yuanzhi.articles import dating
from yuanzhi.articles.calendar_cues import calendar_cues, load_calendar
from yuanzhi.articles.date_cues import date_cues, issue_number_cues, load_rhythms
from yuanzhi.errors import LexiconError


def _years(text: str) -> dict[int, str]:
    return {cue.year: cue.kind for cue in calendar_cues(text)}


def test_a_weekday_after_a_comma_in_the_brackets_picks_the_year() -> None:
    text = [
        "冬至（12月22日，星期五）当天，青川县第二人民医院志愿者为住院患者送去饺子。",
        "12月20日（星期三），医院召开年终考核部署会，对照2022年度考核中发现的问题逐项整改。",
    ]
    assert [c.weekday for c in date_cues(text[0])] == [4]
    found = dating.weigh(text)
    # 22 December is a Friday in 2023 and again in 2028: the year next to the one named wins,
    # over the year-end review of 2022 that a December issue would otherwise be dated by
    assert found.date == "2023-12"
    assert found.confidence is not None and found.confidence > 0.5


def test_the_eve_of_a_dated_day_is_news_not_a_deadline() -> None:
    text = ["清明节（4月5日，星期六）前夕，医院党委组织党员祭扫烈士陵园。", "2024年，医院门诊量突破百万人次。"]
    assert [(c.month, c.day) for c in date_cues(text[0])] == [(4, 5)]
    assert date_cues("请于4月5日前报送材料") == []  # a deadline stays a plan
    assert dating.weigh(text).date == "2025-04"


def test_a_year_opening_a_report_is_no_later_than_the_issue() -> None:
    text = [
        "2029年，产科分娩量达到五千余例。医院自2019年起每年清明组织祭扫活动。",
        "4月4日（星期四），医院党委组织党员祭扫烈士陵园。",
    ]
    assert dating.weigh(text).date == "2030-04"  # 4 April is a Thursday in 2024 too, before 2029's figures


def test_a_jiazi_since_the_founding_year() -> None:
    text = [
        "羊年春意正浓，青川县第二人民医院迎来建院一个甲子。",
        "1967年，医院在城东建起两排平房。2017年建院50周年以来，医院新增床位一千张。",
        "4月17日（星期六），医院举行建院纪念座谈会。",
    ]
    assert _years("医院始建于1967年，今年迎来建院一个甲子")[2027] == "current"
    found = dating.weigh(text)
    assert found.date == "2027-04"  # 1967 + 60, a goat year (羊年 read beside it, not beside 2017)
    assert any("甲子" in quote for quote in found.evidence)


def test_congress_sessions_are_counted_from_their_term() -> None:
    assert _years("第十五届全国人民代表大会第三次会议开幕") == {2030: "current"}  # the 15th opens in 2028
    assert _years("全国政协十五届一次会议") == {2028: "current"}
    assert _years("十四届全国人大二次会议") == {2024: "current"}
    assert _years("第十五届全国人民代表大会第九次会议") == {}  # a term has five sessions


def test_a_plan_phase_said_of_next_year() -> None:
    assert _years("明年是“十六五”开局之年") == {2030: "current"}
    assert _years("今年是“十六五”开局之年") == {2031: "current"}
    assert _years("去年是“十五五”收官之年") == {2031: "current"}


def test_a_yearly_days_theme_names_its_year() -> None:
    assert _years("今年世界卫生日的主题是“我们的地球，我们的健康”。") == {2022: "about"}
    assert _years("我们的地球，我们的健康") == {}  # the theme without its day is a slogan


def test_an_issue_number_counts_on_from_an_earlier_numbered_issue() -> None:
    texts = [
        "本报每月出版一期。翻开本报2027年3月出版的总第150期，头版还是新病房楼奠基的消息。",
        "11月8日，医院召开安全生产工作会议。",
    ]
    found = dating.weigh(texts, furniture=["青川县第二人民医院报", "总第170期"])
    assert found.date == "2028-11"  # twenty monthly issues after March 2027
    assert found.confidence is not None and found.confidence > 0.5
    half = issue_number_cues("本报为半月刊。2027年3月的总第150期……\n总第160期")
    assert [(c.year, c.month) for c in half] == [(2027, 8)]
    assert issue_number_cues("2027年3月的总第150期……总第160期") == []  # no rhythm: nothing to count by


def test_bad_rhythm_and_term_lines_name_their_file_and_line(tmp_path: Path) -> None:
    (tmp_path / "issue_rhythms.tsv").write_text("# c\nmonthly\t月刊\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=r"issue_rhythms.tsv:2"):
        load_rhythms(tmp_path)
    good = {
        "anniversaries.tsv": "theme\t2022\t世界卫生日\t我们的地球，我们的健康\n",
        "five_year_plans.tsv": "plan\t2026\t2030\t十五五\n",
        "lunar_festivals.tsv": "columns\t春节\n2026\t02-17\n",
        "cohorts.tsv": "3\t住培\n",
        "sessions.tsv": "term\t6\t1983\t5\t13\t全国人大\n",
    }
    for name, text in good.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    with pytest.raises(LexiconError, match=r"sessions.tsv:1"):
        load_calendar(tmp_path)
