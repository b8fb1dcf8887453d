"""Round 23's dating principles, on invented texts: an Asian Games named by its host or its edition
is dated news; a span of N months said to have run to now (开设已满N个月) from a printed month of
beginning dates the issue that many months on, its start background; a count short of its figure
(至今已快三十年) and a project cycle of a range of years at its close (研究周期均为两到三年…进入结题阶段)
are weak spans that meet."""

from __future__ import annotations

from yuanzhi.articles.dated_news import dated_news_cues
from yuanzhi.articles.dating import weigh
from yuanzhi.articles.month_counts import count_start_months, month_count_cues
from yuanzhi.articles.relative_years import relative_year_cues
from yuanzhi.articles.term_spans import term_span_cues, term_start_months


def test_an_asian_games_named_by_its_host_is_dated_news() -> None:
    years, months = dated_news_cues("本月下旬，苇川医院运动医学科医师随队前往名古屋，为参加亚运会的运动员提供医疗保障。")
    assert [(c.year, c.month) for c in years] == [(2026, 9)]
    assert [(m.year, m.month) for m in months] == [(2026, 9)]


def test_an_asian_games_named_by_its_edition_is_dated_news() -> None:
    years, _ = dated_news_cues("苇川医院护士长曾参与第19届亚运会医疗保障。")
    assert [(c.year, c.kind) for c in years] == [(2023, "past")]
    years, _ = dated_news_cues("第十七届亚运会期间，医疗队驻守场馆。")
    assert [c.year for c in years] == [2014]


def test_a_span_of_months_run_to_now_dates_the_issue_that_many_months_on() -> None:
    text = (
        "本报讯  苇川医院于2031年3月在心内科开设“日间病房”。截至上月底，“日间病房”开设已满18个月，"
        "累计服务患者2100人次。"
    )
    [cue] = month_count_cues([text])
    assert (cue.year, cue.month) == (2032, 9)
    assert count_start_months([text]) == {(2031, 3)}
    found = weigh([text, "本报讯  9月8日，医院召开安全生产会。"])
    assert found.date == "2032-09"
    assert found.confidence is not None and found.confidence > 0.5


def test_a_span_of_months_still_ahead_counts_nothing() -> None:
    assert month_count_cues(["苇川医院于2031年3月开设日间病房，下月将满18个月。"]) == []


def test_a_count_short_of_its_figure_names_the_year_before_it() -> None:
    cues = relative_year_cues("苇川医院第一台彩超购于2001年，至今已快三十年。")
    assert sorted((c.year, c.weight) for c in cues) == [(2029, 0.5), (2030, 1.0)]


def test_a_project_cycle_of_a_range_of_years_at_its_close_names_each_year() -> None:
    text = "2031年9月立项的两项课题，研究周期均为两到三年，其中一项已进入结题阶段。"
    assert sorted(c.year for c in term_span_cues([text])) == [2033, 2034]
    assert term_start_months([text]) == {(2031, 9)}
    assert term_span_cues(["2031年9月立项的两项课题，研究周期均为两到三年。"]) == []


def test_a_project_cycle_and_a_count_short_of_its_figure_meet() -> None:
    found = weigh([
        "本报讯  9月12日，科教科召开推进会。2031年9月立项的两项课题，研究周期均为两到三年，"
        "其中一项已进入结题阶段，将于本月底提交结题报告。",
        "本报讯  本月初，一台老彩超退役。苇川医院第一台彩超购于2004年，至今已快三十年。",
        "本报讯  9月5日，医院开展消防演练。",
    ])
    assert found.date == "2033-09"
    assert found.confidence is not None and found.confidence > 0.5
