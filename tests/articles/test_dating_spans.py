"""A span from a printed start to now said to be over or under a count of years bounds the issue's
month on one side (span_bounds.py), and a term whose start is printed after its count still runs
(bounded_months.py); two such weak bounds that meet date the issue by its printed months. Invented
texts."""

from __future__ import annotations

import pytest

from yuanzhi.articles.bounded_months import bounded_month_cues
from yuanzhi.articles.dating import weigh
from yuanzhi.articles.span_bounds import load_span_words, span_bound_cues
from yuanzhi.errors import LexiconError

OVER = "5月9日，枫岭医院卒中中心开展义诊。卒中中心成立于2031年秋，至今已超过五年，累计救治患者三千余例。"
UNDER = "5月15日，医院移动护理系统升级。该系统2033年初上线，至今不足四年，已覆盖全部病区。"


def _span(cues: list) -> tuple[int, int]:
    (cue,) = cues
    first = min(cue.years)
    last = max(cue.years)
    return (first * 12 + min(cue.years[first] or range(1, 13)), last * 12 + max(cue.years[last] or range(1, 13)))


def test_a_span_over_a_count_bounds_from_the_starts_earliest_month() -> None:
    first, _ = _span(span_bound_cues([OVER]))
    assert divmod(first, 12) == (2036, 9)  # autumn 2031 begins in September: five years later at the earliest


def test_a_span_under_a_count_bounds_before_the_starts_latest_month() -> None:
    _, last = _span(span_bound_cues([UNDER]))
    assert divmod(last, 12) == (2037, 2)  # early 2033 ends in March: four years later is March 2037, not reached


def test_a_start_printed_by_its_month_and_a_full_count() -> None:
    first, _ = _span(span_bound_cues(["重症医学科2030年3月建科，至今已满九年，床位增至24张。"]))
    assert divmod(first, 12) == (2039, 3)


def test_no_bound_without_a_span_to_now_and_from_the_nearest_year() -> None:
    assert span_bound_cues(["该院2031年建成，2033年扩建后床位超过五百张。"]) == []
    first, _ = _span(span_bound_cues(["胸痛中心成立于2031年，2034年通过认证，至今已超过五年。"]))
    assert divmod(first, 12) == (2039, 1)  # counted from the nearest year before the count
    assert span_bound_cues(["医院始建于1950年，至今已超过七十年。"]) == []  # a round figure


def test_two_bounds_that_meet_date_the_issue_by_its_printed_month() -> None:
    under = UNDER.replace("不足四年", "不足五年")  # before March 2038: with from September 2036, May 2037 only
    found = weigh([OVER, under])
    assert found.date == "2037-05" and found.confidence is not None and found.confidence > 0.5
    alone = weigh([OVER])
    assert alone.date != "2037-05" or (alone.confidence or 0) <= 0.5  # one bound alone is not sure


def test_a_terms_start_printed_after_its_count() -> None:
    text = "10月16日，专家组到医院检查。该项目为三年期项目，2033年1月启动，目前仍在执行期内。"
    (cue,) = bounded_month_cues([text])
    assert min(cue.years) == 2033 and max(cue.years) == 2035  # February 2033 to December 2035
    assert bounded_month_cues(["该项目为三年期项目，2033年1月启动，去年已结题。"]) == []


def test_a_bad_season_names_the_file(tmp_path) -> None:
    (tmp_path / "span_bounds.tsv").write_text("now\t至今\nover\t超过\nunder\t不足\nseason\t秋=9-15\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="span_bounds.tsv"):
        load_span_words(tmp_path)
