"""An issue's date weighed from the whole issue (articles.dating, articles.date_cues).

Texts are invented (the 青川县第二人民医院 and its people do not exist)."""

from __future__ import annotations

from pathlib import Path

import pytest

from yuanzhi.articles import dating
from yuanzhi.articles.date_cues import date_cues, load_cues, year_cues
from yuanzhi.errors import LexiconError

SPRING = [
    "2031年的春天已经来临。3月9日，青川县第二人民医院召开三届二次职工代表大会，"
    "回顾总结2030年工作，安排部署2031年各项重点工作。",
    "2030年，医院门诊量达到八十万人次，住院手术量同比增长一成。",
    "医院始建于1951年，2026年获评三级乙等医院。",
]


def test_spring_and_plans_date_the_issue_of_that_year() -> None:
    found = dating.weigh(SPRING)
    assert found.date == "2031-03"
    assert found.confidence is not None and found.confidence >= 0.9
    assert any("2031" in quote for quote in found.evidence)
    assert any("3月9日" in quote for quote in found.evidence)


def test_a_review_of_last_year_points_one_year_later() -> None:
    text = ["3月9日，医院召开干部大会，回顾总结2030年工作。", "2030年，医院完成手术一万台。会上表彰了2030年度先进个人。"]
    assert dating.weigh(text).date == "2031-03"


def test_years_in_passing_do_not_date_the_issue() -> None:
    text = ["医院建院于1958年，2019年获评全国文明单位。", "5月12日，医院举行护士节表彰大会，2033年护士节主题活动同时启动。"]
    assert dating.weigh(text).date == "2033-05"
    kinds = {cue.year: cue.kind for cue in year_cues("".join(text))}
    assert kinds[1958] == "past" and kinds[2019] == "past"


def test_a_year_an_honour_was_won_is_history_even_before_an_event_word() -> None:
    # 获批…培训基地: the year is history (past), not the year of a 培训 (current)
    kinds = {c.year: c.kind for c in year_cues("医院于2016年获批国家住院医师规范化培训基地，2031年护理技能培训启动。")}
    assert kinds == {2016: "past", 2031: "current"}


def test_targets_and_ranges_say_nothing() -> None:
    cues = year_cues("力争到2035年建成区域医疗中心，落实《行动计划（2030-2032年）》，2031年工作要点印发。")
    kinds = {cue.year: cue.kind for cue in cues}
    assert kinds[2035] == "future" and kinds[2032] == "future" and kinds[2031] == "current"


def test_the_month_is_the_month_of_the_latest_news() -> None:
    text = ["2032年4月8日至4月22日，护理部举办技能竞赛。", "5月11日，医院召开表彰会。5月29日，开展义诊。"]
    assert dating.weigh(text).date == "2032-05"


def test_planned_dates_are_not_news() -> None:
    text = ["2032年5月11日，医院召开表彰会。", "第二届论坛将于7月20日举办，新规自8月1日起施行。"]
    assert dating.weigh(text).date == "2032-05"
    assert [c.month for c in date_cues(text[1])] == []


def test_december_news_in_a_january_issue_belongs_to_the_year_before() -> None:
    text = ["2030年12月28日，医院召开年终总结会。", "1月5日，医院举行新春团拜会。1月9日，专家义诊。"]
    assert dating.weigh(text).date == "2031-01"


def test_a_file_name_is_a_hint_the_text_can_overrule() -> None:
    quiet = ["5月11日，医院举行表彰大会。"]
    hinted = dating.weigh(quiet, "2031-05")
    assert (hinted.date, hinted.source) == ("2031-05", "filename")
    overruled = dating.date_issue(None, "院报2030-03.txt", [], SPRING)
    assert (overruled.date, overruled.source) == ("2031-03", "inferred")
    assert overruled.warning and "2030-03" in overruled.warning


def test_masthead_wins_over_file_name_and_text() -> None:
    found = dating.date_issue(None, "院报2030-03.txt", ["青川二院报", "2031年3月15日 星期六 第3期"], SPRING)
    assert (found.date, found.source) == ("2031-03-15", "masthead")
    assert found.confidence == dating.MASTHEAD_WEEKDAY_CONFIDENCE  # 15 March 2031 is a Saturday
    chinese = dating.date_issue(None, "x.txt", ["二〇三一年三月十五日 星期五"], [])
    assert (chinese.date, chinese.source) == ("2031-03-15", "masthead")
    assert chinese.confidence == dating.MASTHEAD_CONFIDENCE  # the weekday disagrees


def test_given_date_is_certain() -> None:
    found = dating.date_issue("2031-6", "x.txt", [], SPRING)
    assert (found.date, found.source, found.confidence) == ("2031-06", "given", 1.0)


def test_nothing_to_go_on() -> None:
    assert dating.weigh(["医院开展志愿服务活动。"]).date is None
    assert dating.date_issue(None, "x.txt", [], ["医院开展志愿服务活动。"]).date is None


def test_a_bare_month_and_year_is_less_sure_than_a_dated_issue() -> None:
    thin = dating.weigh(["2031年，医院开展志愿服务。3月9日，召开大会。"])
    assert thin.date == "2031-03"
    assert thin.confidence is not None and thin.confidence < dating.weigh(SPRING).confidence  # type: ignore[operator]


def test_a_bad_cue_line_names_its_file_and_line(tmp_path: Path) -> None:
    (tmp_path / "festival_months.tsv").write_text("5\t护士节\n", encoding="utf-8")
    (tmp_path / "date_cues.tsv").write_text("# comment\ncurrent\t2\t{Y}工作要点\nsoon\t1\t{Y}\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=r"date_cues.tsv:3"):
        load_cues(tmp_path)
    (tmp_path / "date_cues.tsv").write_text("current\t2\t工作要点\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=r"date_cues.tsv:1: .*\{Y\}"):
        load_cues(tmp_path)
    (tmp_path / "date_cues.tsv").write_text("current\t2\t{Y}工作要点\n", encoding="utf-8")
    (tmp_path / "festival_months.tsv").write_text("13\t护士节\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=r"festival_months.tsv:1"):
        load_cues(tmp_path)


def test_a_hash_in_the_file_name_is_no_date() -> None:
    assert dating.from_filename("000_9a20231b1ffe0c.txt") is None
    assert dating.from_filename("青川院报20310315.txt") == "2031-03-15"
    assert dating.from_filename("qcyb2031-3.txt") == "2031-03"


def test_dotted_dates_count_as_printed_dates() -> None:
    found = dating.weigh(["2031.3.9，医院召开职工代表大会。", "2031-02-20，医院开展义诊。"])
    assert found.date == "2031-03"


def test_a_year_end_review_is_of_the_year_that_is_ending() -> None:
    text = [
        "12月28日，医院召开2032年度工作总结大会，院长回顾总结了2032年工作。",
        "12月15日，医院开展冬季送温暖活动。",
        "辞旧迎新，即将到来的2033年，我们将继续砥砺前行。",
    ]
    found = dating.weigh(text)
    assert found.date == "2032-12"
    early = dating.weigh(["1月12日，医院召开职工大会，回顾总结2032年工作，部署新一年工作。"])
    assert early.date == "2033-01"


def test_a_signature_date_lower_down_is_no_masthead() -> None:
    from yuanzhi.pipeline import parse_text

    text = "\n".join(
        [
            "青川医院报",
            "关于表彰二〇三〇年度先进集体的决定",
            "各科室：二〇三〇年，全院各科室坚守岗位、担当作为，",
            "涌现出一批先进集体。经院长办公会研究，决定对心内",
            "科等十个科室予以表彰。希望受表彰的集体珍惜荣誉，",
            "再接再厉，为医院高质量发展作出新的更大贡献。",
            "青川市人民医院",
            "二〇三一年一月二十日",
            "新春慰问送温暖",
            "2月3日，院领导走访慰问离退休老同志，送上新春祝福。",
            "（工会 柯 岚）",
        ]
    )
    issue = parse_text(text, "issue.txt")
    assert (issue.date, issue.date_source) == ("2031-02", "inferred")
