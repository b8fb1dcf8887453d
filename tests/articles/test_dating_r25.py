"""Round 25's dating principles, on invented texts: a term of years and a half is one of months
(为期一年半: 18) and a rough count of years and more (历时一年多) leaves the months a year and one to
eleven months on; a corrected age (矫正月龄) counts from the due date, not from birth; a deadline of a
part of a month (12月中旬前完成) is a plan, not news; a year after a change to a thing (2031年扩建后) is
history, and a count since nearly ten years (近十年来) passes over it to the year the thing began."""

from __future__ import annotations

from yuanzhi.articles.date_cues import date_cues, year_cues
from yuanzhi.articles.dating import weigh
from yuanzhi.articles.month_counts import count_start_months, month_count_cues, rough_count_cues
from yuanzhi.articles.relative_years import relative_year_cues


def _sure(found_confidence: float | None) -> bool:
    return found_confidence is not None and found_confidence > 0.5


def test_a_term_of_a_year_and_a_half_ending_now_is_eighteen_months() -> None:
    text = (
        "本报讯  2031年9月12日，我院骨科主治医师柯望川告别家人，奔赴雁回县人民医院，开始了为期一年半的"
        "帮扶工作。本月下旬，帮扶期满，他和同批队员踏上归程。"
    )
    [cue] = month_count_cues([text])
    assert (cue.year, cue.month) == (2033, 3)
    assert count_start_months([text]) == {(2031, 9)}
    found = weigh([text, "本报讯  本月，医院工会走访慰问困难职工。始建于1962年的老院区即将改造。"])
    assert found.date == "2033-03" and _sure(found.confidence)


def test_a_rough_count_of_a_year_and_more_leaves_the_months_after_a_whole_year() -> None:
    text = (
        "本报讯  5月20日，医院静脉用药调配中心正式投入使用。这个项目于2031年11月立项，"
        "历时一年多的改造施工，终于建成。"
    )
    [cue] = rough_count_cues([text])
    assert cue.years == {2032: frozenset({12}), 2033: frozenset(range(1, 11))}
    assert month_count_cues([text]) == []
    found = weigh([text, "本报讯  5月12日，护理部举办护士节表彰会。"])
    assert found.date == "2033-05" and _sure(found.confidence)


def test_a_corrected_age_counts_from_the_due_date_not_from_birth() -> None:
    text = (
        "本报讯  本月9日，随访门诊迎来一位小客人——2031年10月2日出生、胎龄28周的早产儿小禾。"
        "如今，已满七个月的小禾体重长到了6公斤，矫正月龄刚满4个月。"
    )
    [cue] = month_count_cues([text])
    assert (cue.year, cue.month) == (2032, 5)
    found = weigh([text, "本报讯  本月，医院开展护士节系列活动。"])
    assert found.date == "2032-05" and _sure(found.confidence)


def test_a_deadline_of_a_part_of_a_month_is_a_plan_not_news() -> None:
    assert date_cues("会议要求，各科室12月中旬前完成搬迁演练。") == []
    assert date_cues("各病区须在3月下旬之前完成自查。") == []
    [cue] = date_cues("10月中旬，医院完成搬迁演练。")
    assert cue.month == 10


def test_a_year_after_a_change_is_history_and_a_count_nearly_ten_years_passes_over_it() -> None:
    text = "透析中心成立于2031年，2036年扩建后拥有透析机40台。近十年来，中心累计完成透析20余万例次。"
    kinds = {c.year: c.kind for c in year_cues(text)}
    assert kinds[2036] == "past"
    votes = {c.year: c.weight for c in relative_year_cues(text)}
    assert votes == {2040: 1.0, 2039: 0.5}
    found = weigh([text, "本报讯  2月29日，医院举办罕见病日义诊。"])
    assert found.date == "2040-02" and _sure(found.confidence)


def test_nearly_a_round_figure_counts_nothing() -> None:
    assert relative_year_cues("医院成立于2001年。近三十年来，医院不断发展。") == []
