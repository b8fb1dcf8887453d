"""Helper D's blind fixtures for issue dates and article boundaries (tests/fixtures/
issues_dating, tests/fixtures/boundaries; gold in tests/gold, written before yuanzhi ran
on them). First contact and tuned figures: bench/results/facts_first_contact.md and
``python -m bench.dating_bench``. Since tuning they are regression tests."""

from __future__ import annotations

import json

import pytest

from tests.conftest import GOLD, REPO
from yuanzhi.pipeline import parse_file

DATING = json.loads((GOLD / "issues_dating.json").read_text(encoding="utf-8"))
# dating issues not yet fitted (first contacts in bench/results/facts_first_contact.md); rounds
# 4-7 were fitted (E9, E13), rounds 8-9 (aids_day_theme_monday, service_year_second,
# d9_national_games, d9_sanitary_city_review) by E22
UNFITTED_DATING: frozenset[str] = frozenset({
    # empty: round 10's d10_four_years_centenary, round 11's d11_mycoplasma_sixty and round 13's
    # four (first contact at 4b83bb7) fitted by E39 (date_cues.tsv, relative_years.tsv,
    # held_years.tsv, dated_news.tsv); a new round's misses go here until fitted
    # round 14 (first contact at 75796c0: two issues of two weak cues each, left undated)
    # fitted by E42 (cohort_stages.tsv, trend_years.tsv, held_years.tsv)
    # round 15 (first contact at 6264ccb: two issues of two weak cues) fitted by E51
    # (held_years.tsv, relative_years.tsv, cycles.tsv)
    # round 16 (first contact at 626d541): four issues; the world cup and the national parks
    # fitted by E55 (dated_news.tsv; a year-end review alone no longer sure); the two issues of
    # two weak cues by E55 too (sport_editions.tsv, insurance_premiums.tsv: weak_years.py)
    # round 17 (first contact at 5245c93): four wrong (a term span, a centenarian birthday, a chain of
    # relative years, a lunar eclipse), two right below confidence 0.5 (two weak cues each);
    # E62 fitted the chain of relative years (year_words.tsv: 前年（2021年）), the centenarian
    # (age_words.article_age_cues: a birthday and a birth year in one article), the aid team
    # (term_spans.tsv: a term ending now, begun in a printed year) and the two of two weak spans
    # (life_years.py: rough counts 十五六年 and 四年多; year_votes.agreed_votes: two weak spans meet);
    # the eclipse by dated_news.tsv (total lunar eclipses checked and extended with ephem; 去年9月)
    # round 18 (first contact at d6423d2): three wrong (two weak spans read 2018-10, a January issue of two
    # weak span items undated, the second year of a three-year plan read 2030-06), two right below 0.5;
    # E66 fitted the plan (plan_spans.py: a numbered plan after a printed one, in the year its progress
    # names; date_cues.tsv: 2030年远景目标 a target) and the two of two weak spans (relative_years.py:
    # rough counts 七八年来, a service span before its year of purchase, a custom kept 从…起…坚持了N年;
    # life_years.py: 毕业后来到; year_votes.counted_from: a year a span counts from is history); the
    # matron's birthday (age_words.py: 本月迎来85周岁生日 beside the birth year is exact); the
    # secondment (term_spans.tsv: 三年期满; date_cues.tsv: 最难忘的是2019年… is history)
    # round 19 (first contact at de102c7): three wrong (a drug catalogue's new edition read a year early,
    # a running total of monthly pledges read 2021-09, a countdown with twice-yearly events undated);
    # E78 fitted the catalogue (editions.tsv: an edition in force names the year it is in force) and
    # the pledges (running_totals.py: a running total of a fixed instalment since a printed month) and
    # the countdown with twice-yearly events (countdowns.py: a countdown to a printed month and a rough
    # count of events held at a rhythm, month by month; weak_years.weak_votes: agreement in a month)
    # round 20 (first contact at 521332e): four wrong (APEC in Shenzhen read 2019-11, a due date counted back
    # by weeks read 2027-03, a rotation's fourth station read 2025-09, a 100-day countdown undated), two right
    # below confidence 0.5 (two weak cues each); E83 fitted APEC (dated_news.tsv: the leaders' meetings by
    # ordinal) and the two of two weak cues (relative_years.py: 这七八年来, 投入使用已有两三年;
    # year_votes.agreed_votes: one person's mentions name only the years all allow), the due date and the
    # countdown (countdowns.day_countdown_cues: days or weeks to a printed date) and the rotation
    # (running_totals.rotation_cues: a station of fixed length begun this month)
    # round 21 (first contact at 283d9c7): three wrong (a trusteeship's term expiring read 2023-12, two
    # issues of two weak cues read 2025-04 and 2027-01), one right at confidence 0.5 (not sure); E93 fitted
    # the trusteeship (term_spans.tsv: an agreement signed for N years, expiring in the next sentence; its
    # start is background, not news), the pregnancy (countdowns.gestation_pair_cues: weeks at two dates,
    # one with its year) and the two of two weak cues (bounded_months.py: a deadline ahead 须于…底前, a start
    # behind going on now 于…入职…本月起, a service term still running 仍在服务期内; date_cues.tsv: 须于… 前 a
    # deadline, not history)
    # round 22 (first contact at b89cde2): five wrong or undated (a premature baby's corrected age, a six-year
    # trusteeship expiring, a 20-month construction term, two weak cues, the National Games undated);
    # E100 fitted the baby and the construction term (month_counts.py: a present age in months or a term of
    # months ending now, counted from a printed month), the trusteeship (date_cues.tsv: 回想 a year recalled
    # is history, not the year of the news), the two weak cues (relative_years.py: a start printed as a short
    # clause 从…查出…开始; life_years.py: a rough age 如今一两岁) and the Games (dated_news.tsv: the
    # National Games by their hosts)
    # round 23 (first contact at cce3424): three wrong (two weak cues read 2024-07, the Asian Games in
    # Aichi-Nagoya read 2024-09, a ward open twenty months read 2025-12 at 0.49); E105 fitted the Games
    # (dated_news.tsv: the Asian Games by edition and host) and the ward (month_counts.py: a span of
    # months run to now, 开设已满20个月, counted from a printed month) and the two weak cues (term_spans.py:
    # a project cycle of a range of years at its close, 研究周期均为两到三年…进入结题阶段; relative_years.py:
    # a count short of its figure, 至今已快三十年; the two weak spans meet)
    # round 24 (first contact at d002076): five wrong (a retirement at sixty read 2024-08, a countdown to a new
    # campus read 2025-05, two issues of two weak cues read 2026-10 and 2024-01, the 深中通道 opening read a
    # month early); E119 fitted the retirement (age_words.reached_age_cues: 1966年3月出生，本月年满六十周岁 is a
    # printed date), the campus (countdowns.day_countdown_cues: a countdown board's days 倒计时牌翻到了“214天”
    # and whole months 还有整整七个月 to a printed date; term_spans: 一年半 is no whole-year term), the school
    # and service (age_words.school_entry_cues, school_entry.tsv: a child born 2019 starting school 今年;
    # month_counts.py: 去年10月启动…已运行满八个月, the month with the year left to the rest), the growth and
    # plan (bounded_months.py: 去年…较2024年增长 bounds from below, 明年开工…2027年底前建成 from above;
    # date_cues.tsv: 较2024年增长 is history) and the link (dated_news.py: 上月30日 beside the event's day
    # puts the issue in the month after it)
    # round 25 (first contact at 4e97bdc): five wrong (an aid term of eighteen months read 2024-08, a premature
    # baby's six months read 2026-02, a 50-day countdown a month late, a build time counted from a project's
    # approval a year early, a leap day beside nearly ten years read 2020-02); E125 fitted the aid term
    # (month_counts.py: 为期一年半 is a term of 18 months; a posting begins with 奔赴), the baby (month_counts.tsv
    # corrected: 矫正月龄刚满3个月 counts from the due date, the age is 已满六个月), the countdown (date_cues:
    # 12月中旬前完成 a deadline, not news), the build time (month_counts.rough_count_cues: 2023年12月…立项，
    # 历时一年多…终于 leaves 2025-01 to 2025-11) and the leap day (date_cues.tsv: 2020年扩建后 is history;
    # relative_years.py: 近十年来 a count short of ten, passing over a year of change to the year begun)
    # round 26 (first contact at 43ca973): three wrong (the total lunar eclipse of September 2025 read
    # 2020-09, a new tower's completion undated, a monthly lecture's thirtieth read 2024-09), two right below
    # confidence 0.5 (a bridge's opening, two weak cues); E134 fitted the eclipse and the bridge
    # (dated_news.py: a key's day printed as 本月7日 names the one event of that day, and 本月 counted from
    # the event is an exact month of weight 2), the tower (date_cues.tsv: 为2028年建成…打下基础 a target,
    # no floor; the term of months then counts), the lecture (series_numbers.py: 2024年4月开讲…每月一期…
    # 第30讲) and the two weak cues (relative_years.tsv: 这两三年里 runs to now as 两三年来)
    # round 27 (first contact at 55de144): four wrong (a nine-month refresher course and years of service read
    # 2027-11, a document number's year and a one-year probation read 2023-07, a 100-day stay counted from a
    # printed date read 2025-12, two weak cues of new outpatients and a new building read 2024-10) and one wrong
    # below confidence 0.5 (graduates and an aid term read 2021-07); E138 fitted the probation (date_cues.tsv:
    # 2023年度至今/以来 is history, not that year's meeting; document_years.py: 〔2025〕19号 is history and
    # the act its sentence dates 去年7月 names 2025; month_counts: 试用期一年…本月期满, whole years of a
    # term, 本月 before the ending an exact month), the course (month_counts.tsv: 去年11月初赴…进修，为期九
    # 个月…本月初…按期结业; life_years.py: 工作的第十个年头 counts the first year as the first), the stay
    # (day_counts.py: 2025年12月28日…住院整整一百天后 → 2026-04-07, the start background) and the two of two
    # weak cues (bounded_months.py: 合同工期三十个月 begun 2024年9月 still running…符合合同工期; a five-year
    # 对口帮扶协议 still running 协议期内的; 2025届毕业生已按往届生对待 → 2026, 2025 history)
    # round 28 (first contact at 9a928cf): five wrong (a parking lease's expiry read a month late at 0.95, a
    # vaccine batch's expiry countdown read 2027-06, two spans of a heart centre read 2021-05, two spans of an ICU
    # project read 2024-01, a hundred-day campaign read 2027-01 at 0.95); E144 fitted the lease (month_counts:
    # 自2020年7月1日起，租期五年 begins a count, a term from the 1st ends the month before the count's month,
    # 将于本月30日到期 ends in the issue's month though ahead) and the campaign (day_counts: 1月12日启动…本月21日
    # 迎来第100天, the start the first day, a yearless start this year's) and the vaccine batch (month_counts:
    # 有效期至2027年1月，距失效尚有10个月 counts back to 2026-03, the last month background); the two of two
    # spans, fitted by the lead after (span_bounds.py: 2019年秋…至今已超过六年 from the earliest month of the
    # start, 2021年初…至今不足六年 before the latest; bounded_months.py: 三年期项目，2024年1月启动…仍在执行期内,
    # the start printed after the term), both right at 0.51 (two weak cues, as round 23's)
    # round 29 (first contact at 7f81436): five wrong (an 18-month booster read 2024-06 at 0.5, a yearly aid
    # rotation's thirteenth batch undated, a yearly free clinic with a year skipped read 2025-10, promotion
    # eligibility and a CT warranty read 2020-04, yearly pay-grade steps and a two-year purchase agreement
    # undated); the 15th National Games right at 0.85; E154 fitted the booster (month_counts: 本月刚满18月龄, an
    # age printed 月龄 without 个), the aid rotation (series_numbers: 2013年8月选派第一批…每批援藏一年、接力轮换 a
    # rotation in relay of the term's months, the first batch the start; 第十三批出征…第十二批归来: the newer), the
    # clinic (ordinal_events: 始于2015年，每年10月进行…只有一年…停办…第十一次 → 2026, a skipped year a year on; its
    # 10月29日是重阳节 holds in 2025 only, a conflict reported in the log: outweighed, 0.74) and the pay steps with
    # the purchase agreement (bounded_months: 协议期为两年，自2025年1月起…仍在协议期内, the count after its term;
    # step_bounds.py: 每年1月晋升一级，如今已超过20级 from 2026-01); the CT warranty and promotion right (保修期五年…
    # 仍在保修期内 to 2025-03; step_bounds: 满五年方可…2019年12月…今年已具备 from 2024-12) but at 0.42 (the
    # warranty leaves five years: two weak cues)
    "d29_ct_warranty_promotion.txt",
    # rounds 30 and 31 (first contact at 29ff2b3, the session's end measurement): round 30 five wrong (a
    # warranty's expiry read 2023-10, a TB course's completion read 2025-02 at 0.5, a four-way hosting rotation
    # read 2023-05, a three-year plan's final year read 2023-12, pregnancy weeks of twins read 2025-12), the 15th
    # National Games right; round 31 all six wrong (a transplant's follow-up month, gestation weeks to a term
    # birth, a TB treatment course, a quarterly committee's first year, rotation batches with a campus's year, the
    # Asian Games a month early); E161 fitted the warranty and the two TB courses and the transplant (month_counts:
    # 2023年10月装机启用…保修三年…本月31日届满; 2024年8月20日确诊…疗程为十八个月…全部疗程结束; 完成了全部18个月疗程
    # and 术后满20个月 with the beginning printed in the next sentence, the story told back), the two pregnancies
    # (countdowns.gestation_pair_cues: 末次月经为… is week 0; 孕32周 in an undated sentence the weeks on from
    # 2025年12月24日…孕7周; the dates counted from background: day_counts.day_start_months) and the Asian Games
    # (dated_news.tsv: 闭幕 names the closing day of Games that run into the next month), the plan (plan_spans: the
    # plan named again 明年是行动方案的收官之年 → the year before its last) and the rotation batches (series_numbers:
    # 今年1月第一批…每三个月轮换一批…第四批 in the issue's year, 本月 in its sentence exact; life_years: 2024年12月底投入
    # 使用，今年是投用后的第二个完整年度 → 2026); the hosting rotation and the quarterly committee not yet
    "d30_rotation_host_nursing_contest.txt", "d31_quarterly_committee_first_year.txt",
    # rounds 32 and 33 (first contact at 8e67d6e after wave 33): round 32 three wrong (a fellowship's return read
    # a year early, a clinic vehicle's odometer with a grant's payments undated, a dialysis count with a child's
    # school grade read 2020-10) and a maternity leave's return right at 0.5; round 33 all six wrong (闰六月's dog
    # days, the income-tax settlement window, bracketed relative years, an old CT with schoolchildren, a research
    # term with a sleep clinic's second year, an HPV third dose); E172 fitted the fellowship (month_counts.tsv:
    # 进修期18个月…本月初…学成回国 ends the term now), the maternity leave (day_counts.tsv: 2025年12月20日生下女儿…休完158天产假后 a stay of days to now), the tax window
    # (date_cues.tsv: 2025年度…汇算 a year under review, settled the next year) and 闰六月 (date_cues.tsv: 回顾了2017年…
    # 时的情景 a moment recalled, not a year under review; the lunar date then holds); the bracketed years' month
    # right (date_cues.py: 前年（2025年）5月 is May of 2025, history) but at 0.49 (March ties May: nothing rules out May);
    # the HPV dose (dose_schedules.py: 2025年11月…第一剂…“0、2、6个月”…本月起…第三剂 → 2026-05, exact)
    "d32_mobile_clinic_odometer_grant.txt", "d32_dialysis_count_daughter_grade.txt",
    "d33_bracketed_relative_years_new_outpatient.txt", "d33_old_ct_and_schoolchildren_two_weak.txt",
    "d33_research_term_and_sleep_clinic_year_two_weak.txt",
    # rounds 34–36 (first contact at 7a3a969 after wave 34, the session's end measurement): round 34 one right (twins'
    # gestation weeks), a vaccine's third dose, a wheat harvest with a first grader and an award, a quarter's last
    # month with a ward opened 去年, the fourth plenum and a maternity leave wrong or year-only; round 35 two right
    # (the National Games, the plenum) and one right at 0.43 (a pastoral tour), a CT's design life, a tea garden's
    # picking, a village clinic's streak wrong; round 36 one right (the childcare subsidy), an IVF transfer's weeks,
    # a TB course, 古稀/花甲 ages, a PCI count with 不惑, next year's budget wrong
    "d34_vaccine_third_dose_needlestick.txt", "d34_wheat_harvest_first_grade_award.txt",
    "d34_third_quarter_unaccompanied_ward.txt", "d34_fourth_plenum_study.txt", "d34_maternity_leave_return.txt",
    "d35_ct_service_life_replacement.txt", "d35_tea_garden_second_picking_season.txt",
    "d35_village_clinic_streak_and_post00_nurse.txt", "d35_pastoral_tour_elder_and_gap.txt",
    "d36_ivf_new_site_first_baby.txt", "d36_mdr_tb_short_course_completed.txt",
    "d36_veteran_president_and_acupuncture_chief.txt", "d36_two_thousandth_pci_and_young_vice_president.txt",
    "d36_next_year_budget_and_deadline.txt",
})
BOUNDARIES = json.loads((GOLD / "boundaries.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", [
    pytest.param(n, marks=pytest.mark.xfail(reason="held-out, not fitted", strict=True))
    if n in UNFITTED_DATING else n for n in sorted(DATING)
])
def test_issue_date_right_to_the_month(name: str) -> None:
    issue = parse_file(REPO / "tests" / "fixtures" / "issues_dating" / name)
    assert (issue.date or "")[:7] == DATING[name][:7], issue.date_evidence
    assert issue.date_confidence is not None and issue.date_confidence > 0.5


@pytest.mark.parametrize("name", sorted(BOUNDARIES))
def test_articles_cut_where_a_reader_cuts_them(name: str) -> None:
    issue = parse_file(REPO / "tests" / "fixtures" / "boundaries" / name)
    got = [("".join((a.title or "").split()), "".join(a.paragraphs)) for a in issue.articles]
    want = BOUNDARIES[name]["articles"]
    assert len(got) == len(want), [t for t, _ in got]
    for (title, body), gold in zip(got, want, strict=True):
        assert title == "".join(gold["title"].split())
        assert body.startswith(gold["body_start"]) and body.endswith(gold["body_end"])
