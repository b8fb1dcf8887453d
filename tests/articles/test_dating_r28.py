"""Round 28's dating principles, on invented texts: a lease of whole years counted 自…起 from the 1st of a
month ends on the last day of the month before the count's month (自2031年4月1日起，租期三年 → March
2034), and one said to end on a day of 本月 (将于本月31日到期) ends in the issue's own month though that
day is still ahead; a day counted by its ordinal (2月3日启动…本月13日迎来第100天) counts the start as
the first day, a start printed without its year being this year's; a last month printed with the months
left to it (有效期至2033年2月，距失效尚有8个月) counts back to the issue's month (2032-06), its year a range
end still ahead, no vote for the issue's year."""

from __future__ import annotations

from yuanzhi.articles.date_cues import year_cues
from yuanzhi.articles.dating import weigh
from yuanzhi.articles.day_counts import day_count_cues
from yuanzhi.articles.month_counts import month_count_cues

LEASE = "枫岭医院与某物业公司签订的食堂租赁合同，自2031年4月1日起，租期三年，将于本月31日到期。到期后不再续租。"


def test_a_lease_from_the_first_ends_the_month_before_the_counts_month() -> None:
    cues = month_count_cues([LEASE])
    assert [(c.year, c.month, c.exact) for c in cues] == [(2034, 3, True)]
    found = weigh([LEASE, "本报讯  枫岭医院召开2033年度先进表彰会。"])
    assert found.date == "2034-03"


def test_a_lease_begun_mid_month_ends_in_the_counts_month() -> None:
    text = LEASE.replace("4月1日", "4月16日").replace("本月31日", "本月15日")
    assert [(c.year, c.month) for c in month_count_cues([text])] == [(2034, 4)]


def test_a_term_ending_later_this_year_counts_nothing() -> None:
    text = LEASE.replace("将于本月31日到期。到期后不再续租", "预计明年到期")
    assert month_count_cues([text]) == []


def test_an_ordinal_day_counts_its_start_as_the_first() -> None:
    text = "2月3日启动的“百日提升”行动，本月13日迎来第100天。行动期间平均住院日缩短了0.6天。"
    assert [(c.year, c.month, c.day) for c in day_count_cues([text])] == [(None, 5, 13)]
    printed = "2031年2月3日启动的“百日提升”行动，本月13日迎来第100天。"
    assert [(c.year, c.month, c.day) for c in day_count_cues([printed])] == [(2031, 5, 13)]
    assert day_count_cues(["2月3日启动的行动，将迎来第100天。"]) == []


def test_months_left_to_a_printed_last_month_count_back() -> None:
    text = "本月，枫岭卫生院到货一批流感疫苗。该批疫苗有效期至2033年2月，距失效尚有8个月，请按时接种。"
    cues = month_count_cues([text])
    assert [(c.year, c.month, c.exact) for c in cues] == [(2032, 6, True)]
    assert weigh([text, "枫岭卫生院举办义诊，按0、9月程序接种。"]).date == "2032-06"


def test_a_shelf_lifes_last_year_is_a_range_end_not_the_issues_year() -> None:
    assert [(c.year, c.kind) for c in year_cues("该批疫苗有效期至2033年2月，请按时接种。")] == [(2033, "future")]
