"""Round 29's dating principles, on invented texts: an age printed 月龄 without 个 (本月刚满15月龄) counts
from the birth month; a rotation in relay (2031年3月派出第一批…每批驻守一年、接力轮换) is a series whose
rhythm is the term each batch serves, the newer of two ordinals in a row the one of this month; a yearly
event skipped a year (始于2020年，每年5月举办…其间有一年因故停办，今年已是第八次) comes a year later; a term's
count printed after it (质保期三年…目前仍在质保期内) bounds the month from above; years to qualify said
reached now (满四年方可…2030年6月…今年已具备资格) and yearly steps past a grade (每年3月晋升一级，如今已超过
15级) bound it from below."""

from __future__ import annotations

from yuanzhi.articles.bounded_months import bounded_month_cues
from yuanzhi.articles.dating import weigh
from yuanzhi.articles.month_counts import month_count_cues
from yuanzhi.articles.ordinal_events import cycle_cues
from yuanzhi.articles.series_numbers import series_number_cues
from yuanzhi.articles.step_bounds import step_bound_cues


def test_an_age_printed_in_month_of_age_counts_from_the_birth_month() -> None:
    text = "2031年9月在枫岭医院出生的小禾，如今本月刚满15月龄，回院接种麻腮风疫苗第2剂。"
    assert [(c.year, c.month) for c in month_count_cues([text])] == [(2032, 12)]
    assert month_count_cues(["今年3月大会召开，如今本月刚满15月。"]) == []


RELAY = (
    "8月3日，枫岭医院第九批援疆医疗队出发。自2031年3月派出第一批援疆医疗队以来，医院每批驻守一年、接力轮换，"
    "从未间断。同日，第八批队员平安返回。"
)


def test_a_rotation_in_relay_counts_its_term_and_the_newer_batch() -> None:
    [cue] = series_number_cues([RELAY])
    assert (cue.year, cue.month) == (2039, 3)
    gap = RELAY.replace("第八批", "第六批")  # two ordinals not in a row: no count
    assert series_number_cues([gap]) == []


def test_a_yearly_event_skipped_a_year_comes_a_year_later() -> None:
    text = "这项义诊始于2020年，每年5月举办，其间有一年因故停办，今年已是第八次。"
    assert [c.year for c in cycle_cues(text)] == [2028]
    assert [c.year for c in cycle_cues(text.replace("其间有一年因故停办，", ""))] == [2027]


def test_a_terms_count_after_it_bounds_the_month_from_above() -> None:
    text = "医院2030年5月购置的磁共振，质保期三年，目前仍在质保期内。本月完成保养。"
    [cue] = bounded_month_cues([text])
    assert max(cue.years) == 2033 and cue.years[2033] == frozenset({1, 2, 3, 4})


def test_years_to_qualify_and_yearly_steps_bound_the_month_from_below() -> None:
    rule = "按照规定，主治医师聘任满四年方可申报副主任医师。枫岭医院外科医生甲某2030年6月聘任现职，今年已具备申报资格。"
    [qualify] = step_bound_cues([rule])
    assert min(qualify.years) == 2034 and qualify.years[2034] == frozenset(range(6, 13))
    steps = "药剂师乙某2028年5月入职，当年薪级定为8级，此后每年3月晋升一级，如今已超过15级。"
    [scale] = step_bound_cues([steps])
    assert min(scale.years) == 2036 and scale.years[2036] == frozenset(range(3, 13))  # 8 steps: 2029-03 … 2036-03


def test_two_bounds_that_meet_date_the_issue() -> None:
    text = (
        "按照规定，主治医师聘任满四年方可申报副主任医师。外科医生甲某2030年6月聘任现职，今年已具备申报资格。"
        "医院2030年8月购置的磁共振，质保期四年，目前仍在质保期内。6月2日，放射科完成保养。"
    )
    assert weigh([text]).date[:7] == "2034-06"  # from 2034-06 and to 2034-07
