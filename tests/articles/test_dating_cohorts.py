"""Generational cohorts at a life stage (cohort_years.py), national honours conferred at round
anniversaries (held_years.tsv) and dated trends (trend_years.py): weak cues that name a year
only together. Invented hospitals, people and wording."""

from __future__ import annotations

from pathlib import Path

import pytest

from yuanzhi.articles import dating
from yuanzhi.articles.cohort_years import cohort_year_cues, load_stages
from yuanzhi.articles.trend_years import load_trends, trend_votes
from yuanzhi.errors import LexiconError


def _votes(*texts: str) -> dict[int, float]:
    return {c.year: c.weight for c in cohort_year_cues(list(texts))}


@pytest.mark.parametrize(("text", "votes"), [
    # all entrants of the cohort: the first year no one older enters (born 2005, at 19), and
    # the years after while no one younger does (born 2009, at 17), these half as likely
    ("学院新生报到，今年入学的护理专业学生清一色是“05后”。", {2024: 1.0, 2025: 0.5, 2026: 0.5}),
    # the first of the cohort at the stage: a five-year bachelor born 2000 at 23
    ("今年规培学员里首次出现了“00后”。", {2023: 1.0, 2024: 0.5}),
    ("新入职护士中迎来首批“零五后”。", {2026: 1.0, 2027: 0.5}),
    # the youngest of the stage is of the cohort: it has reached the stage, the next not yet
    ("今年新入职员工中年龄最小的是“05后”。", {y: 0.5 for y in range(2026, 2031)}),
    ("今年招收的硕士研究生中首次出现“00后”。", {2022: 1.0, 2023: 0.5}),
    # a plain mention: each year a member can be at the stage, weakly
    ("这批“05后”新生朝气蓬勃。", {y: 0.5 for y in range(2022, 2029)}),
    # too wide to bound anything: a decade's cohort at a stage of many ages
    ("“90后”住院医师占了一半。", {}),
    # no stage in the sentence, or no cohort word (拨打120后)
    ("“00后”成为消费主力。", {}),
    ("家属拨打120后，新入职的护士赶到现场。", {}),
])
def test_a_cohort_at_a_stage_bounds_the_year(text: str, votes: dict[int, float]) -> None:
    assert _votes(text) == votes


def test_a_stage_in_the_sentence_before_is_meant() -> None:
    assert _votes("8月1日，46名新住院医师报到。其中开始出现“00后”。") == {2023: 1.0, 2024: 0.5}
    assert _votes("46名新住院医师报到。\n暑期景区首次出现“00后”导游。") == {}  # another paragraph


def test_the_narrowest_stage_of_a_sentence_is_meant() -> None:
    # 入职 (21-30) and 住院医师 (23-30) in one sentence: the residents
    assert _votes("新住院医师入职，首次迎来“00后”。") == {2023: 1.0, 2024: 0.5}


def test_a_cohort_and_a_ceremony_held_at_round_anniversaries_date_an_issue() -> None:
    texts = [
        "护理部迎新\n9月12日，学院新入学护理学生到院参观。今年入学的学生全部是“00后”。",
        "国家勋章和国家荣誉称号颁授仪式在京举行。9月29日，全院职工收看直播。",
    ]
    # 00后 entrants are all of the cohort 2019-2026; the ceremonies were in 2019 and 2024
    found = dating.weigh(texts, today=2026)
    assert found.date == "2019-09"
    assert any("颁授仪式" in e for e in found.evidence)


def test_a_cohort_alone_names_its_likeliest_year_with_little_confidence() -> None:
    found = dating.weigh(["8月3日，医院新入职的住院医师中首次出现了“00后”。"], today=2026)
    assert found.date == "2023-08"
    assert found.confidence is not None and found.confidence < 0.75


def test_a_dated_trend_picks_within_a_cohorts_range() -> None:
    residents = "8月3日，医院新入职的住院医师中首次出现了“00后”。"
    assert dating.weigh([residents], today=2026).date == "2023-08"
    found = dating.weigh([residents, "7月20日，“City不City”的外国游客来院体验中医推拿。"], today=2026)
    assert found.date == "2024-08"


def test_a_trend_alone_names_no_year() -> None:
    assert dating.weigh(["暑期“特种兵式旅游”走红，急诊科提醒量力而行。"], today=2026).date is None
    assert trend_votes("暑期“特种兵式旅游”走红")[:2] == [(2023, 1.0, "特种兵式旅游走红"), (2024, 0.5, "特种兵式旅游走红")]


def test_bad_cohort_and_trend_lines_name_file_and_line(tmp_path: Path) -> None:
    (tmp_path / "cohort_stages.tsv").write_text("17\t19\t新生\n30\t20\t老生\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=r"cohort_stages\.tsv.*2"):
        load_stages(tmp_path)  # type: ignore[arg-type]
    (tmp_path / "cohort_stages.tsv").write_text("17\t19\t新生\n21\t30\t入职|新生\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=r"cohort_stages\.tsv.*2.*earlier line"):
        load_stages(tmp_path)  # type: ignore[arg-type]
    (tmp_path / "trend_years.tsv").write_text("2023\t某某热\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=r"trend_years\.tsv.*1"):
        load_trends(tmp_path)  # type: ignore[arg-type]


@pytest.mark.parametrize(("cohort", "parade", "year"), [
    ("护理学院今年入学的新生全部是“05后”", "九三阅兵", 2025),  # all entrants 05后: 2024-2026
    ("今年新入职员工中年龄最小的是“95后”", "国庆阅兵", 2019),  # the youngest 95后: 2016-2020
])
def test_a_parade_at_round_anniversaries_picks_within_a_cohorts_range(cohort: str, parade: str, year: int) -> None:
    texts = [f"9月3日，{cohort}。", f"医院组织职工集中收看{parade}直播。10月9日，工会组织观影。"]
    assert dating.weigh(texts, today=2026).date == f"{year}-10"
