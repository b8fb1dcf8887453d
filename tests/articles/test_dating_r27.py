"""Round 27's dating principles, on invented texts: a span from a reviewed year to now (2031年度至今)
is history, not a meeting of that year; a document number's year (〔2031〕7号) is history, and the act
its sentence dates by a year word (去年5月新聘任) names that year; a term of whole years (试用期一年)
or of months begun by a journey (去年9月初赴…进修，为期十个月) ending 本月 is the issue's own month; an
ordinal year of service (2021年入职…工作的第八个年头) counts the first year as the first; a stay of N
days from a printed date (住院整整八十天后出院) is a printed date; a work's term of months still running
(合同工期三十个月…符合合同工期) and last year's figure compared with a printed year meet."""

from __future__ import annotations

from yuanzhi.articles.bounded_months import bounded_month_cues
from yuanzhi.articles.date_cues import year_cues
from yuanzhi.articles.dating import weigh
from yuanzhi.articles.day_counts import day_count_cues, day_start_months
from yuanzhi.articles.document_years import document_year_cues
from yuanzhi.articles.life_years import life_year_cues
from yuanzhi.articles.month_counts import month_count_cues


def _sure(confidence: float | None) -> bool:
    return confidence is not None and confidence > 0.5


def test_a_span_from_a_reviewed_year_to_now_is_history() -> None:
    cues = year_cues("医院召开2031年度至今医保基金自查推进会。要求对照2031年度以来的收费明细逐项自查。")
    assert {(c.year, c.kind) for c in cues} == {(2031, "past")}


def test_a_document_numbers_year_names_the_year_word_of_the_act_it_orders() -> None:
    text = "根据医院《关于聘任某某等同志职务的通知》（枫院党发〔2031〕7号），去年5月新聘任的八名干部试用期一年，本月期满。"
    cues = document_year_cues(text)
    assert {(c.year, c.kind) for c in cues} == {(2031, "past"), (2032, "current")}
    assert [(c.year, c.kind) for c in document_year_cues("按照枫卫发〔2031〕7号文件要求开展自查。")] == [(2031, "past")]


def test_a_probation_of_a_year_ending_this_month_is_the_issues_month() -> None:
    text = "根据医院《关于聘任某某等同志职务的通知》（枫院党发〔2031〕7号），去年5月新聘任的八名干部试用期一年，本月期满。"
    cues = month_count_cues([text])
    assert [(c.month, c.rel, c.exact) for c in cues] == [(5, 0, True)]
    found = weigh([text, "本报讯  医院召开2030年度至今医保基金自查整改推进会。"])
    assert found.date == "2032-05" and _sure(found.confidence)


def test_a_course_begun_by_a_journey_ends_this_month() -> None:
    text = "护师某某去年9月初赴省城一家医院进修重症护理，为期十个月。本月初，她按期结业返回医院。某某2021年入职，今年是她在重症监护室工作的第八个年头。"
    assert [(c.month, c.rel, c.exact) for c in month_count_cues([text])] == [(7, 0, True)]
    assert [(c.year, c.kind) for c in life_year_cues(text)] == [(2028, "current")]
    found = weigh([text])
    assert found.date == "2028-07" and _sure(found.confidence)


def test_years_of_service_without_an_ordinal_stay_about() -> None:
    assert [(c.year, c.kind) for c in life_year_cues("某某1994年参加工作，从医30年。")] == [(2024, "about")]


def test_a_stay_of_days_from_a_printed_date_is_a_printed_date() -> None:
    text = "2031年11月20日，孕二十六周的产妇在我院早产一名男婴。日前，在住院整整八十天后，男婴顺利出院。"
    assert [(c.year, c.month, c.day) for c in day_count_cues([text])] == [(2032, 2, 8)]
    assert day_start_months([text]) == {(2031, 11)}
    assert day_count_cues(["2031年11月20日，产妇入院。医生说预计住院三十天后可以出院。"]) == []
    found = weigh([text, "本报讯  医院开展健康咨询活动。"])
    assert found.date == "2032-02" and _sure(found.confidence)


def test_a_works_term_of_months_still_running_meets_last_years_growth() -> None:
    building = "新门诊楼于2031年3月开工，合同工期三十个月。目前正在进行内部装修，工程进度符合合同工期。"
    growth = "去年全年出院人数首次突破五万人次，较2031年增长百分之九。"
    cues = bounded_month_cues([building])
    assert [sorted(c.years) for c in cues] == [[2031, 2032, 2033]]
    found = weigh([growth, building, "本报讯  5月12日，护理部举办技能竞赛。"])
    assert found.date == "2033-05" and _sure(found.confidence)


def test_a_graduating_class_now_former_is_the_year_before() -> None:
    cues = bounded_month_cues(["按照招聘公告，2030届毕业生已按往届生对待。"])
    assert [sorted(c.years) for c in cues] == [[2031]]
