"""Round 16's dating principles, on invented texts: a review read as the year's own end
cannot make a year sure; sport editions named by their host; the first national parks;
two weak cues (a sports edition by its month, the residents' insurance premium) combine
only where they agree."""

from __future__ import annotations

import pytest

from yuanzhi.articles.dating import weigh


def test_a_year_end_review_alone_is_not_sure() -> None:
    found = weigh(["翠屏医院开展2019年度优秀护理单元评选。11月6日，评审组到各病区检查。"])
    assert found.date == "2019-11"
    assert found.confidence is not None and found.confidence <= 0.6


def test_a_review_with_a_printed_date_of_its_year_stays_sure() -> None:
    found = weigh(["2019年11月6日，翠屏医院启动2019年度优秀护理单元评选。"])
    assert found.date == "2019-11"
    assert found.confidence is not None and found.confidence > 0.6


def test_the_world_cup_named_by_its_host_in_one_sentence() -> None:
    found = weigh(["本月下旬，世界杯足球赛在卡塔尔开幕，急诊科提醒球迷少熬夜。11月8日，医院开展义诊。"])
    assert found.date == "2022-11"


def test_the_first_national_parks() -> None:
    found = weigh(["本月中旬，我国正式设立第一批国家公园。医院团委组织植树活动。10月3日，医院开展义诊。"])
    assert found.date == "2021-10"


def test_two_weak_cues_agree_on_a_year() -> None:
    found = weigh([
        "上旬刚刚落幕的夏季奥运会精彩纷呈，康复科组织患者观看回放。",
        "今年居民医保个人缴费标准在上年基础上提高30元，达到380元。8月5日，医院开展宣传。",
    ])
    assert found.date is None  # 380 元 is 2023's, a year of no summer Olympics: no agreement
    found = weigh([
        "本月中旬开赛的世界杯足球赛牵动球迷。",
        "今年居民医保个人缴费标准比去年提高40元。6月10日，医院开展宣传。",
    ])
    assert found.date == "2018-06"
    assert found.confidence is not None and 0.5 < found.confidence < 0.9  # 2014, 2021, 2026 stay possible


def test_one_weak_cue_alone_dates_nothing() -> None:
    assert weigh(["今年居民医保个人缴费标准提高30元。医院开展宣传。"]).date is None
    assert weigh(["本月闭幕的夏季奥运会上，中国队取得佳绩。"]).date is None


def test_a_sports_edition_votes_only_in_its_months() -> None:
    def text(month: int) -> str:
        return f"本月世界杯足球赛开幕，球迷熬夜看球。医院在2016年和2022年两次更新急救设备。{month}月9日，医院开展义诊。"

    november, june = weigh([text(11)]), weigh([text(6)])
    assert november.date == "2022-11" and any("世界杯" in e for e in november.evidence)
    assert june.date == "2022-06" and not any("世界杯" in e for e in june.evidence)  # 2022's was no June cup


def test_other_events_and_plans_are_no_edition() -> None:
    from yuanzhi.articles.weak_years import weak_year_cues

    (winter,) = weak_year_cues("本月冬季奥运会开幕。女足世界杯开赛。世界杯预选赛开战。残疾人奥林匹克运动会闭幕。")
    assert set(winter.years) == {2014, 2018, 2022, 2026}
    assert not weak_year_cues("2008年北京奥运会开幕时，他曾担任志愿者。奥运会即将开幕。")
    assert not weak_year_cues("居民医保个人缴费标准拟提高30元。")


def test_a_rise_with_its_new_amount_names_that_year() -> None:
    from yuanzhi.articles.weak_years import weak_year_cues

    (cue,) = weak_year_cues("城乡居民医保个人缴费标准提高30元，达到350元。")
    assert set(cue.years) == {2022}
    (cue,) = weak_year_cues("城乡居民医保个人缴费标准提高30元。")
    assert set(cue.years) == {2019, 2020, 2022, 2023}  # the table's first year has no rise


def test_a_bad_table_line_names_file_and_line(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import pytest

    from yuanzhi.articles.weak_years import load_editions, load_premiums
    from yuanzhi.errors import LexiconError

    (tmp_path / "sport_editions.tsv").write_text("# note\n世界杯\t2018\t7\t6\t世界杯\n", encoding="utf-8")
    (tmp_path / "insurance_premiums.tsv").write_text("2018\t二百二\tnote\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=r"sport_editions\.tsv.*2"):
        load_editions(tmp_path)
    with pytest.raises(LexiconError, match=r"insurance_premiums\.tsv.*1"):
        load_premiums(tmp_path)


def test_a_vote_for_another_year_keeps_the_confidence_under_one() -> None:
    texts = ["医院表彰2017年度先进科室。", "2017年度优秀护士名单公布。", "2017年度科研奖励兑现。6月9日，医院开展义诊。"]
    alone = weigh(texts)
    assert alone.date == "2018-06" and alone.confidence == 1.0
    # a rise of 30 元 fits 2019 among the years named: a (weak) disagreement
    found = weigh([*texts, "今年居民医保个人缴费标准提高30元。"])
    assert found.date == "2018-06"
    assert found.confidence is not None and found.confidence <= 0.95


def test_a_sport_edition_row_without_names_is_a_lexicon_error_not_a_pattern_matching_everything(tmp_path):
    from yuanzhi.articles.weak_years import load_editions
    from yuanzhi.errors import LexiconError

    (tmp_path / "sport_editions.tsv").write_text("世界杯\t2022\t11\t12\t|\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="sport_editions.tsv"):
        load_editions(tmp_path)
