"""Issue dates from anniversaries counted from the right base (articles.calendar_cues with
lexicon/anniversaries.tsv; articles.named_day_cues with periodic_events.tsv and
named_days.tsv), and what the evidence says when two cues disagree (articles.dating).

An N周年 of an event outside the hospital (澳门回归, 建团) counts from that event's year, an
N周年 of the paper (创刊) from the founding the issue states; events held every few years
(人口普查, 党的N大) and days named with a weekday but no date (护士节（星期日）, 重阳节（星期三）)
fix the year too. Texts are invented (the 岚泽县 hospitals do not exist); the years differ
from those of the held-out fixtures on purpose."""

from __future__ import annotations

from pathlib import Path

import pytest

from yuanzhi.articles import dating
from yuanzhi.articles.calendar_cues import calendar_cues
from yuanzhi.articles.named_day_cues import (
    load_named_days,
    lunar_weekday_cues,
    named_day_cues,
    periodic_cues,
)
from yuanzhi.errors import LexiconError


def _years(text: str) -> dict[int, str]:
    return {cue.year: cue.kind for cue in calendar_cues(text)}


@pytest.mark.parametrize(("text", "year"), [
    ("在澳门回归祖国20周年之际，岚泽县人民医院专家赴澳交流。", 2019),
    ("纪念中国共产主义青年团成立100周年，医院团委召开座谈会。", 2022),
    ("在建团98周年的日子里，青年医师开展义诊。", 2020),
    ("纪念南丁格尔诞辰200周年，护理部举行授帽仪式。", 2020),
    ("在香港回归25周年之际，医院举行升旗仪式。", 2022),
])
def test_an_anniversary_outside_the_hospital_counts_from_its_event(text: str, year: int) -> None:
    assert _years(text).get(year) == "current"


def test_an_anniversary_said_in_years_is_a_vote_without_a_floor() -> None:
    assert _years("改革开放四十年来，岚泽县医疗卫生事业发生巨变。") == {2018: "about"}


def test_the_papers_anniversary_counts_from_its_stated_founding() -> None:
    text = "本报于2001 年 6 月创刊，今天迎来创刊20周年。"
    assert _years(text).get(2021) == "current"


def test_a_national_anniversary_is_not_read_as_the_hospitals_own() -> None:
    # a founding stated nearby (该队成立于2016年) must not turn 建团N周年 into 2016 + N
    text = "纪念建团99周年，医院青年突击队成立于2016年，已服务群众万余人次。"
    years = _years(text)
    assert years.get(2021) == "current" and 2115 not in years


def test_an_anniversary_issue_is_dated_by_its_event_and_weekday() -> None:
    text = [
        "在澳门回归祖国25周年之际，岚泽县中医院专家团队赴澳门开展交流。",
        "12月18日（星期三），团队参加了交流座谈会。",
    ]
    found = dating.weigh(text)
    assert found.date == "2024-12"
    assert found.confidence is not None and found.confidence > 0.5
    assert "澳门回归祖国25周年" in found.evidence


def test_disagreeing_cues_name_the_one_outweighed_and_lower_the_confidence() -> None:
    agree = [
        "在澳门回归祖国25周年之际，岚泽县中医院专家团队赴澳门开展交流。",
        "12月18日（星期三），团队参加了交流座谈会。",
    ]
    disagree = [*agree, "医院建院70周年，本院始建于1953年。"]  # 1953 + 70 = 2023: disagrees
    calm, torn = dating.weigh(agree), dating.weigh(disagree)
    assert torn.date == "2024-12"
    assert any(e.startswith("outweighed:") and "2023" in e for e in torn.evidence)
    assert not any(e.startswith("outweighed:") for e in calm.evidence)
    assert torn.confidence is not None and calm.confidence is not None
    assert torn.confidence < calm.confidence


@pytest.mark.parametrize(("text", "year", "kind"), [
    ("医院职工积极参与第七次全国人口普查入户登记。", 2020, "current"),
    ("配合做好第五次全国经济普查清查工作。", 2023, "current"),
    ("认真学习党的二十大精神。", 2022, "current"),
    ("党的十八大以来，医院党建工作不断加强。", 2012, "past"),
    ("中国共产党第十九次全国代表大会胜利召开。", 2017, "current"),
])
def test_events_held_every_few_years_date_the_issue(text: str, year: int, kind: str) -> None:
    assert [(c.year, c.kind) for c in periodic_cues(text)] == [(year, kind)]


def test_a_census_dates_an_issue_without_printed_years() -> None:
    text = ["医院组织职工参加第七次全国人口普查登记工作。", "11月3日，医院召开专题部署会。"]
    assert dating.weigh(text).date == "2020-11"


def test_a_day_named_with_a_weekday_is_a_dated_weekday() -> None:
    cues = named_day_cues("今年护士节（星期日），护理部举行表彰会。高考首日恰逢周六，医院派出医疗保障组。")
    assert {(c.month, c.day, c.weekday) for c in cues} == {(5, 12, 6), (6, 7, 5)}
    assert named_day_cues("护士节（5月12日，星期日）") == []  # the printed date speaks for itself


def test_a_named_days_weekday_picks_the_year_near_the_ones_named() -> None:
    text = [
        "2019年，医院护理团队获评省级优秀团队。",
        "今年医师节（星期三），岚泽县人民医院举行庆祝大会，表彰优秀医师。",
    ]
    # 19 August is a Wednesday in 2020 (and 2026): the year after the one named wins
    assert dating.weigh(text).date == "2020-08"


def test_a_lunar_festival_with_its_weekday_picks_the_year() -> None:
    # 重阳 fell on a Wednesday in 2018 (10-17) and on a Monday in 2019 (10-07)
    assert [c.year for c in lunar_weekday_cues("重阳节当天（星期三），志愿者走访老人。", 2019)] == [2018]
    assert [c.year for c in lunar_weekday_cues("重阳节（星期一），医院举行敬老活动。", 2019)] == [2019]
    assert lunar_weekday_cues("重阳节（星期一）", None) == []


def _write(tmp_path: Path, periodic: str, days: str) -> Path:
    (tmp_path / "periodic_events.tsv").write_text(periodic, encoding="utf-8")
    (tmp_path / "named_days.tsv").write_text(days, encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize(("periodic", "days", "where"), [
    ("4\t1990\t10\t第N次全国人口普查\n", "05-12\t护士节\n", "periodic_events.tsv:1"),
    ("# comment\n4\t1990\tten\t第{N}次全国人口普查\n", "05-12\t护士节\n", "periodic_events.tsv:2"),
    ("4\t1990\t10\t第{N}次全国人口普查\n", "5月12日\t护士节\n", "named_days.tsv:1"),
    ("4\t1990\t10\t第{N}次全国人口普查\n", "13-01\t护士节\n", "named_days.tsv:1"),
])
def test_a_bad_line_names_its_file_and_line(tmp_path: Path, periodic: str, days: str, where: str) -> None:
    with pytest.raises(LexiconError, match=where):
        load_named_days(_write(tmp_path, periodic, days))


def test_a_festival_glossed_with_its_date_and_weekday_needs_no_other_year() -> None:
    # 重阳 fell on 14 October in 2002 (a Monday), 2021 and 2040 (other weekdays)
    found = dating.weigh(["10月14日（星期一）是重阳节，岚泽县中医院志愿者走访敬老院。"])
    assert found.date == "2002-10"


def test_a_lunar_festivals_weekday_after_a_year_named_as_history() -> None:
    text = ["重阳节（星期一），医院志愿者走访敬老院。", "2017年以来，医院累计开展敬老义诊百余场。"]
    # 重阳 fell on a Monday in 2019 (10-07): the first such year not before 2017
    assert dating.weigh(text).date == "2019-10"


def test_a_year_called_the_plans_opening_year_is_the_issues_own() -> None:
    # not the review shape 2020年是…的一年: 是…开局之年 says what this year is
    found = dating.weigh(["2031年是“十六五”开局之年，岚泽县人民医院召开职代会。", "1月9日，会议召开。"])
    assert found.date == "2031-01"
    assert not any(e.startswith("outweighed:") for e in found.evidence)


def test_a_weekday_with_no_year_named_takes_the_latest_year_up_to_today_with_little_confidence() -> None:
    text = ["高考首日（星期六），岚泽县人民医院派出医疗保障组进驻考点。"]
    # 7 June was a Saturday in 2014 and 2025: read in 2026, the issue is of 2025; read in 2020, of 2014
    later, earlier = dating.weigh(text, today=2026), dating.weigh(text, today=2020)
    assert (later.date, earlier.date) == ("2025-06", "2014-06")
    assert later.confidence is not None and later.confidence <= 0.5
    assert dating.weigh(["医院开展志愿服务活动。"], today=2026).date is None


def test_an_anniversary_printed_with_its_own_year_is_history() -> None:
    text = ["纪念澳门回归祖国25周年，医院举行升旗仪式。12月20日（星期五），仪式举行。",
            "2019年澳门回归20周年时，医院曾派专家赴澳交流。"]
    assert _years(text[1]) == {2019: "past"}
    found = dating.weigh(text)
    assert found.date == "2024-12" and not any(e.startswith("outweighed:") for e in found.evidence)


def test_a_festival_on_the_day_glossed_with_its_date() -> None:
    # 重阳 fell on 23 October in 2023 (a Monday)
    assert dating.weigh(["重阳节当天（10月23日，星期一），岚泽县中医院志愿者走访敬老院。"]).date == "2023-10"


def test_a_lunar_festivals_weekday_with_no_year_named_takes_the_latest_up_to_today() -> None:
    text = ["重阳节（星期三），岚泽县中医院志愿者走访敬老院。"]
    # 重阳 fell on a Wednesday in 2018 (10-17) and 2025 (10-29)
    later, earlier = dating.weigh(text, today=2026), dating.weigh(text, today=2020)
    assert (later.date, earlier.date) == ("2025-10", "2018-10")
    assert later.confidence is not None and later.confidence <= 0.5
