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
