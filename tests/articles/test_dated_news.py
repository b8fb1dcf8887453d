"""One-off dated news (dated_news.tsv) and age words (ages.tsv) date an issue (E31).
Invented hospitals and people; the events are public dated news."""

from __future__ import annotations

from pathlib import Path

import pytest

from yuanzhi.articles.age_words import age_word_cues, load_age_words
from yuanzhi.articles.date_cues import date_cues
from yuanzhi.articles.dated_news import dated_news_cues, default_news, load_events, load_news
from yuanzhi.articles.dating import weigh
from yuanzhi.errors import LexiconError


def test_the_table_is_broad_and_every_row_parses() -> None:
    events = default_news().events
    assert len(events) >= 150
    assert {e.kind for e in events} == {"news", "law"}
    assert min(e.year for e in events) <= 2013 and max(e.year for e in events) >= 2025


def test_a_quake_in_december_dates_a_december_issue_not_the_next_spring() -> None:
    text = (
        "驰援灾区\n12月19日凌晨，甘肃积石山县地震发生后，杏岚县医院医疗队连夜出发。\n"
        "12月26日，医院开展冬季安全生产大检查。"
    )
    assert weigh([text]).date == "2023-12"


def test_a_lunar_sample_return_dates_the_issue_within_the_months_after() -> None:
    text = "近日，嫦娥六号返回器携带月背样品安全着陆。医院青年医师座谈。6月28日，医院开展消防演练。"
    found = weigh([text])
    assert found.date == "2024-06"
    assert any("嫦娥六号" in e for e in found.evidence)


def test_the_later_of_two_events_in_one_sentence_is_the_news() -> None:
    years, _ = dated_news_cues("5月28日，继首飞之后，国产大型客机C919执行首次商业载客飞行。")
    assert {(c.year, c.month) for c in years if c.kind == "current"} == {(2023, 5)}


def test_the_more_specific_row_wins_launch_or_return() -> None:
    launch, _ = dated_news_cues("嫦娥五号发射成功，全院职工收看直播。")
    back, _ = dated_news_cues("嫦娥五号返回器携带月球样品着陆。")
    assert [(c.year, c.month) for c in launch] == [(2020, 11)]
    assert [(c.year, c.month) for c in back] == [(2020, 12)]


def test_history_and_since_give_no_vote() -> None:
    history, months = dated_news_cues("他曾参加杭州亚运会医疗保障工作。")
    assert [c.kind for c in history] == ["past"] and not months
    since, _ = dated_news_cues("杭州亚运会以来，医院承接多项赛事保障。")
    assert [c.kind for c in since] == ["past"]


def test_last_year_and_one_year_on_count_from_the_event() -> None:
    last, months = dated_news_cues("DRG/DIP支付方式改革三年行动计划已于去年年底如期收官。")
    assert (2025, "current") in {(c.year, c.kind) for c in last} and not months
    on, months = dated_news_cues("全国医药领域腐败问题集中整治开展一年来，医院排查风险点五十个。")
    assert [(c.year, c.month) for c in on] == [(2024, 7)] and [(m.year, m.month) for m in months] == [(2024, 7)]


def test_a_law_is_announced_before_it_takes_effect() -> None:
    years, months = dated_news_cues("《医师法》将于3月1日起施行，医务科组织全员学习。")
    assert [(m.year, m.month) for m in months] == [(2022, 1)]


def test_an_age_word_bounds_the_year_and_a_second_weak_cue_picks_within() -> None:
    cues = age_word_cues("退休老主任柯砚秋1936年出生，年近九旬，仍坚持义诊。")
    assert sorted(c.year for c in cues) == [2024, 2025]
    assert sorted(c.year for c in age_word_cues("生于1950年的邵老年逾古稀")) == [2021, 2022, 2023, 2024, 2025]
    text = "老院长1935年出生，年近九旬。7月16日，医院召开推进会。全国医药领域腐败问题集中整治开展一年来，医院修订制度二十项。"
    assert weigh([text]).date == "2024-07"


def test_spaced_digits_of_a_justified_column_read_together() -> None:
    cues = date_cues("1 2 月 1 8 日，医院开展演练。")
    assert [(c.month, c.day) for c in cues] == [(12, 18)]


def test_bad_lexicon_lines_name_the_file_and_line(tmp_path: Path) -> None:
    (tmp_path / "dated_news.tsv").write_text("2024-13\tnews\t某事\tnote\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=r"dated_news.tsv.*1"):
        load_events(tmp_path)
    (tmp_path / "dated_news.tsv").write_text("2024-06\tnews\t某事\tnote\n", encoding="utf-8")
    (tmp_path / "news_words.tsv").write_text("recent\t近日\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="news_words.tsv"):
        load_news(tmp_path)
    (tmp_path / "ages.tsv").write_text("年近九旬\t89\t88\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=r"ages.tsv.*1"):
        load_age_words(tmp_path)


def test_an_age_called_by_name_or_number_beside_a_birth_year() -> None:
    assert sorted(c.year for c in age_word_cues("1926年出生的百岁老人鲁澄溪")) == [2025, 2026]
    assert [c.year for c in age_word_cues("89岁高龄的老主任（1936年出生）仍坚持义诊")] == [2025]
    assert not age_word_cues("1936年出生，18岁参军。")  # an age then, not now


def test_years_ago_is_history() -> None:
    years, months = dated_news_cues("十年前的九寨沟地震中，医院派出医疗队。")
    assert [c.kind for c in years] == ["past"] and not months


def test_a_year_known_only_from_dated_news_is_not_certain() -> None:
    only = weigh(["近日，嫦娥六号返回器携带月背样品安全着陆。6月28日，医院开展消防演练。"])
    printed = weigh(["近日，嫦娥六号返回器携带月背样品安全着陆。6月28日，医院召开2024年上半年工作总结会。"])
    assert only.date == printed.date == "2024-06"
    assert only.confidence is not None and printed.confidence is not None
    assert 0.5 < only.confidence <= 0.85 < printed.confidence
