"""Issue dates from weak cues combined (issue 10, wave 8): a year an issue plans for (将于2030年)
is no history, a year printed as the last occurrence (上一次是在2016年) only says the issue is
later, a year's rewards handed out (对2021年度…进行奖励) review that year; years counted from a
printed year (2016年…，五年多来; 2030年迎来…，距今还有三年多). Texts are invented (the 澄岙
hospitals do not exist); their years differ from the fixtures' on purpose."""

from __future__ import annotations

import pytest

from yuanzhi.articles import dating
from yuanzhi.articles.date_cues import year_cues


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
