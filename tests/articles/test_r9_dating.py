"""Issue dates from knowledge a reader brings to a new kind of cue (issue 10, round 9):
counted games, fairs and assemblies (lexicon/periodic_events.tsv, with rows for broken
rhythms and twice-yearly fairs), a title renewed every few years since a printed year and a
campaign counted by its years (articles.ordinal_events, lexicon/cycles.tsv), a yearly day's
theme (anniversaries.tsv), a year compared with (较2023年同期) and the confidence of an issue
whose year rests on one inferred cue. Texts are invented (the 汐岭 hospitals do not exist);
their years differ from the round-9 fixtures' on purpose."""

from __future__ import annotations

from pathlib import Path

import pytest

from yuanzhi.articles import dating
from yuanzhi.articles.calendar_cues import calendar_cues
from yuanzhi.articles.life_years import life_year_cues, load_life_words
from yuanzhi.articles.named_day_cues import load_named_days, periodic_cues
from yuanzhi.articles.ordinal_events import (
    campaign_cues,
    cycle_cues,
    load_cycle_words,
    ordinal_event_cues,
)
from yuanzhi.errors import LexiconError


@pytest.mark.parametrize(("text", "year"), [
    ("汐岭市中心医院派出医疗队保障第十四届全运会。", 2021),
    ("我院医生入选第十三届全国运动会医疗保障团队。", 2017),
    ("十四运会开幕在即，急诊科组建保障梯队。", 2021),
    ("第19届亚运会在杭州开幕，我院两名护士参与志愿服务。", 2023),
    ("第十八届亚运会医疗保障工作圆满完成。", 2018),
    ("第32届夏季奥运会期间，运动医学科开展科普。", 2021),
    ("第33届奥运会男子跳水比赛中，我院校友夺冠。", 2024),
    ("第三十届奥林匹克运动会开幕。", 2012),
    ("第二十五届冬奥会开幕，医院组织收看。", 2026),
    ("第136届广交会上，医院采购团队洽谈医疗设备。", 2024),
    ("第137届中国进出口商品交易会开幕。", 2025),
    ("第七十七届世界卫生大会在日内瓦召开。", 2024),
    ("我院护理部主任获第50届南丁格尔奖。", 2025),
    ("第六届进口博览会开幕，医院组团参观。", 2023),
])
def test_counted_games_fairs_and_assemblies_date_the_issue(text: str, year: int) -> None:
    assert [(c.year, c.kind) for c in periodic_cues(text)] == [(year, "current")]


def test_a_games_number_outside_its_rows_is_not_read() -> None:
    assert periodic_cues("第二届全运会的老照片") == []  # before the regular rhythm (1993 on)
    assert periodic_cues("第十九届冬残奥会") == []  # no row for the winter Paralympics


def test_a_title_renewed_every_few_years_since_a_printed_year() -> None:
    text = "汐岭县于2011年首次获得“省级文明县城”称号，此后每四年接受一次复评，今年迎来第三次复评。"
    assert [c.year for c in cycle_cues(text)] == [2023]
    # the k-th of an event first held that year is k - 1 cycles on
    held = "医院护理技能大赛自2016年起每两年举办一届，今年是第五届。"
    assert [c.year for c in cycle_cues(held)] == [2024]
    assert cycle_cues("医院每两年举办一届护理技能大赛，今年是第五届。") == []  # no first year printed


def test_a_campaign_counted_by_its_years_from_its_printed_launch() -> None:
    text = "今年是医院“质量攻坚年”活动的第三年。医院于2021年5月启动“质量攻坚年”活动，成效明显。"
    assert [c.year for c in campaign_cues(text)] == [2023]
    unquoted = "今年是作风建设年活动的第二年。2022年，医院开展作风建设年活动。"
    assert [c.year for c in campaign_cues(unquoted)] == [2023]
    assert campaign_cues("今年是医院“质量攻坚年”活动的第三年。") == []  # no launch printed


def test_a_campaigns_year_dates_an_issue_with_a_single_inferred_cue() -> None:
    text = [
        "今年是医院“患者满意年”活动的第二年。4月8日，医院召开推进会。",
        "医院于2021年4月启动“患者满意年”活动，门诊流程不断优化。",
    ]
    found = dating.weigh(text)
    assert found.date == "2022-04"
    assert found.confidence is not None and 0.5 < found.confidence <= dating.SINGLE_CUE_CONFIDENCE


def test_a_renewal_dates_an_issue() -> None:
    text = ["我市于2010年首次获得“国家卫生城市”称号，此后每三年接受一次复审，今年迎来第四次复审。",
            "6月12日，复审组来院检查。"]
    assert dating.weigh(text).date == "2022-06"


def test_world_aids_days_theme_names_its_year() -> None:
    text = ["12月1日是世界艾滋病日，今年我国的宣传活动主题是“共抗艾滋 共享健康”。", "当天，医院开展义诊。"]
    assert dating.weigh(text).date == "2022-12"


def test_a_year_compared_with_is_before_the_issues() -> None:
    # 12月3日 was a Tuesday in 2019 and 2024: the year compared with (2023) rules out 2019
    text = ["12月3日（星期二），医院召开质量分析会，对照2023年同期数据进行分析。",
            "感染科自2018年起开设咨询门诊。"]
    found = dating.weigh(text)
    assert found.date == "2024-12"


def test_a_printed_year_keeps_its_confidence() -> None:
    text = ["安排部署2023年重点工作。", "第十四届全运会期间，医院派出医疗队。", "3月9日，医院召开职代会。"]
    found = dating.weigh(text)
    assert found.date == "2023-03"
    assert found.confidence is not None and found.confidence > dating.SINGLE_CUE_CONFIDENCE


@pytest.mark.parametrize(("periodic", "where"), [
    ("7\t1993\t0\t第{N}届全运会\n", "periodic_events.tsv:1"),
    ("7\t1993\t4\t第{N}届全运会\t5\n", "periodic_events.tsv:1"),  # the last below the first
    ("# c\n1\t1957\t1/0\t第{N}届广交会\n", "periodic_events.tsv:2"),
])
def test_a_bad_periodic_line_names_its_file_and_line(tmp_path: Path, periodic: str, where: str) -> None:
    (tmp_path / "periodic_events.tsv").write_text(periodic, encoding="utf-8")
    (tmp_path / "named_days.tsv").write_text("05-12\t护士节\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=where):
        load_named_days(tmp_path)


def test_a_bad_cycles_line_names_its_file_and_line(tmp_path: Path) -> None:
    (tmp_path / "cycles.tsv").write_text("renewal\t复审\nrenew\t复查\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="cycles.tsv:2"):
        load_cycle_words(tmp_path)
    (tmp_path / "cycles.tsv").write_text("renewal\t复审\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="no words for start"):
        load_cycle_words(tmp_path)


@pytest.mark.parametrize(("text", "year"), [
    ("自2017年起，汐岭县人民医院每年开展送医下乡活动，今年已是第七个年头。", 2023),
    ("2019年起，医院连续第五年获评市级平安医院。", 2023),
    ("2018年，医院与汐岭县中医院建立对口帮扶关系。今年是对口帮扶的第六年。", 2023),
    ("医院护理技能大赛自2015年起每年举办一届，今年是第八届。", 2022),
])
def test_a_year_counted_from_a_printed_start(text: str, year: int) -> None:
    assert [c.year for c in ordinal_event_cues(text)] == [year]


def test_a_count_without_a_start_or_this_year_says_nothing() -> None:
    assert ordinal_event_cues("医院连续第五年获评市级平安医院。") == []
    assert ordinal_event_cues("2019年，医院获评市级平安医院。") == []
    # a named plan's year is counted from the plan, not from the start printed before it
    for plan in ("“十四五”", "十四五"):
        text = f"医院于2020年开始建设新院区。今年是{plan}规划的第五年。"
        assert [c.year for c in ordinal_event_cues(text)] == [2025]


@pytest.mark.parametrize(("text", "year"), [
    ("10月29日是第十八个世界卒中日，神经内科开展义诊。", 2023),
    ("9月20日是第35个全国爱牙日，口腔科走进社区。", 2023),
    ("医院深入开展党纪学习教育，召开专题读书班。", 2024),
    ("医院召开党史学习教育动员大会。", 2021),
])
def test_counted_days_and_study_campaigns(text: str, year: int) -> None:
    assert year in {c.year for c in calendar_cues(text) if c.kind == "current"}


def test_games_named_by_their_host_city() -> None:
    found = dating.weigh(["巴黎奥运会期间，汐岭市中心医院运动医学科开展科普。", "8月2日，科普活动举行。"])
    assert found.date == "2024-08"


def test_a_zodiac_year_alone_is_the_latest_up_to_today_with_little_confidence() -> None:
    text = ["兔年新春，汐岭县人民医院举行团拜会。", "1月18日，团拜会举行。"]
    later, earlier = dating.weigh(text, today=2026), dating.weigh(text, today=2020)
    assert (later.date, earlier.date) == ("2023-01", "2011-01")
    assert later.confidence is not None and later.confidence <= dating.UNANCHORED_CONFIDENCE


def test_a_plans_nth_year() -> None:
    assert [c.year for c in ordinal_event_cues("今年是“十四五”规划的第四年，医院加快推进重点专科建设。")] == [2024]
    assert [c.year for c in ordinal_event_cues("2023年是十四五时期的第三年。")] == [2023]
    assert ordinal_event_cues("今年是“十四五”规划的第九年") == []  # past the plan's end


@pytest.mark.parametrize(("text", "year", "kind"), [
    ("汐岭县人民医院于2022年5月启动“温馨病房”创建活动。一年来，病区环境明显改善。", 2023, "about"),
    ("2018年，医院成立卒中中心。五年来，中心救治患者2000余例。", 2023, "about"),
    ("2022年9月1日，东城急救分站正式投入运行。今年9月1日，分站迎来运行一周年。", 2023, "current"),
])
def test_time_elapsed_since_a_printed_launch(text: str, year: int, kind: str) -> None:
    assert [(c.year, c.kind) for c in ordinal_event_cues(text)] == [(year, kind)]


@pytest.mark.parametrize("text", [
    "2018年，医院成立卒中中心。近五年来，中心救治患者2000余例。",  # the last five years, not since
    "医院成立卒中中心。五年来，中心救治患者2000余例。",  # no year printed
    "2018年医院获评三甲。多年来，医院坚持公益。",
])
def test_loose_spans_of_years_say_nothing(text: str) -> None:
    assert ordinal_event_cues(text) == []


@pytest.mark.parametrize(("text", "year"), [
    ("喜迎国庆70周年，汐岭县人民医院举办职工歌咏比赛。", 2019),
    ("庆祝新中国70华诞，医院开展系列活动。", 2019),
    ("纪念抗美援朝战争胜利70周年，医院举行座谈会。", 2023),
    ("纪念世界反法西斯战争胜利75周年。", 2020),
])
def test_national_anniversaries_in_their_other_names(text: str, year: int) -> None:
    assert calendar_cues(text)[0].year == year


@pytest.mark.parametrize(("text", "year"), [
    ("汐岭县人民医院心内科主任柯某某，1976年出生，今年48岁。", 2024),
    ("今年52岁的护士长左某某1971年出生于汐岭县。", 2023),
    ("她1993年参加工作，从事护理工作三十年。", 2023),
])
def test_a_persons_age_or_years_of_service_beside_the_year_they_began(text: str, year: int) -> None:
    assert [(c.year, c.kind) for c in life_year_cues(text)] == [(year, "about")]


def test_loose_ages_and_spans_say_nothing() -> None:
    assert life_year_cues("1958年出生的他，已经退休多年。") == []
    assert life_year_cues("1993年参加工作，工作3年后调入医院。") == []  # a span in the past
    assert life_year_cues("他今年48岁，从医二十年。") == []  # no year printed


def test_a_bad_life_years_line_names_its_file_and_line(tmp_path: Path) -> None:
    (tmp_path / "life_years.tsv").write_text("birth\t出生\nbirthday\t生日\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="life_years.tsv:2"):
        load_life_words(tmp_path)


def test_an_event_someone_once_took_part_in_is_history() -> None:
    news = ["汐岭县人民医院派出护士参加巴黎奥运会医疗保障工作。", "8月2日，护士出发。"]
    past = ["护士长甘某某曾参加巴黎奥运会医疗保障工作。", "4月9日，团队获表彰。"]
    assert dating.weigh(news).date == "2024-08"
    assert dating.weigh(past).date is None  # her past says only that the issue is not older
