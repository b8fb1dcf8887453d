"""Round 16's dating principles, on invented texts: a review read as the year's own end
cannot make a year sure; sport editions named by their host; the first national parks;
two weak cues (a sports edition by its month, the residents' insurance premium) combine
only where they agree."""

from __future__ import annotations

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
