"""Event types as GOLD_SPEC §13 reads them (wave 6, E28): the article's news, the first type
that fits (signing > appointment > award > … > meeting > other), one occurrence one event.
Texts are invented (the 澜汀 hospitals, societies and people do not exist)."""

from __future__ import annotations

from pathlib import Path

import pytest

from yuanzhi.errors import LexiconError
from yuanzhi.extract.dates import find_dates
from yuanzhi.extract.events import EventHit, event_in
from yuanzhi.extract.facts import issue_to_facts
from yuanzhi.extract.lexicon_loader import Lexicon
from yuanzhi.extract.occasion_news import (
    FIRST_THAT_FITS,
    first_that_fits,
    founding_type,
    load_news_words,
    names_session,
)
from yuanzhi.extract.plain import text_to_issue


def _event(sentence: str, lexicon: Lexicon, issue: str = "2025-03") -> EventHit | None:
    return event_in(sentence, find_dates(sentence, issue), lexicon)


def _events(text: str, issue: str = "2025-03") -> set[tuple[str | None, str]]:
    facts = issue_to_facts(text_to_issue(text, source="news.txt", date=issue))
    return {(e.date, e.type) for e in facts.events}


def test_the_order_is_the_contracts_first_that_fits() -> None:
    assert FIRST_THAT_FITS[0] == "signing" and FIRST_THAT_FITS[-2:] == ("meeting", "other")
    assert first_that_fits({"meeting", "appointment"}) == "appointment"
    assert first_that_fits(["award", "signing", "meeting"]) == "signing"


def test_a_meeting_that_announces_posts_is_one_appointment() -> None:
    text = (
        "医院召开干部大会\n\n"
        "3月6日，澜汀市第三人民医院召开全院干部大会。\n"
        "会上，市卫生健康委员会副主任程乐之宣读了任职通知：聘任邵文远为澜汀市第三人民医院副院长。\n"
    )
    assert _events(text) == {("2025-03-06", "appointment")}


def test_a_new_society_committee_elected_at_its_meeting_is_an_appointment() -> None:
    text = (
        "学会换届\n\n"
        "3月15日，澜汀省医学会疼痛学分会第四届委员会换届会议在澜汀市召开。\n"
        "会议选举澜汀市第三人民医院疼痛科主任闵若山为主任委员。\n"
    )
    assert _events(text) == {("2025-03-15", "appointment")}


def test_posts_read_at_a_regular_session_leave_it_a_meeting() -> None:
    text = (
        "集团理事会\n\n"
        "3月20日，澜汀医疗集团第二届理事会第四次会议在澜汀市第三人民医院召开。\n"
        "会议审议了年度工作报告，并宣读了人事决定：聘任窦雪松为澜汀市第三人民医院东院区执行院长。\n"
    )
    assert _events(text) == {("2025-03-20", "meeting")}


def test_a_new_terms_first_session_elects(lexicon: Lexicon) -> None:
    assert not names_session("3月20日，澜汀医疗集团第二届理事会第一次会议召开")
    assert names_session("3月20日，澜汀医疗集团第二届理事会第四次会议召开")
    assert names_session("3月20日，澜汀市2025年卫生健康工作会议召开")


@pytest.mark.parametrize(("sentence", "kind"), [
    ("3月9日，澜汀市眼科专科联盟（以下简称“眼科联盟”）成立大会在澜汀市第三人民医院召开。", "signing"),
    ("3月9日，澜汀市护理质量控制中心成立大会在澜汀市第三人民医院召开。", "signing"),
    ("3月9日，澜汀市医师协会康复医师分会成立大会暨第一届委员会第一次会议召开。", "appointment"),
])
def test_a_founding_is_typed_by_the_body_founded(sentence: str, kind: str, lexicon: Lexicon) -> None:
    assert founding_type(sentence) == kind
    hit = _event(sentence, lexicon)
    assert hit is not None and hit.type == kind


def test_a_founding_with_its_signing_is_one_signing() -> None:
    text = (
        "联盟成立\n\n"
        "3月9日，澜汀市眼科专科联盟成立大会在澜汀市第三人民医院召开。\n"
        "大会选举澜汀市第三人民医院院长俞明远为联盟理事长。\n"
        "随后，澜汀市第三人民医院与6家成员单位签订了联盟合作协议。\n"
    )
    assert _events(text) == {("2025-03-09", "signing")}


def test_a_commendation_meeting_is_one_award(lexicon: Lexicon) -> None:
    hit = _event("3月8日，澜汀市第三人民医院召开庆祝“三八”国际妇女节暨“巾帼标兵”表彰大会。", lexicon)
    assert hit is not None and hit.type == "award" and hit.also == ()
    assert _events("表彰先进\n\n3月8日，澜汀市第三人民医院召开2024年度优秀员工表彰大会。\n") == {("2025-03-08", "award")}


def test_a_bad_news_words_line_names_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "event_news.tsv"
    path.write_text("# comment\nsigned\t联盟\nfounded 中心\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=r"event_news\.tsv:3"):
        load_news_words(path)


@pytest.mark.parametrize("sentence", [
    "3月2日上午，澜汀市第三人民医院举行第八批援藏医疗队出征仪式。",
    "3月2日，澜汀市第三人民医院召开援疆干部人才欢送会。",
    "3月2日，澜汀市第三人民医院为完成援藏任务的两名医生举行欢迎仪式。",
    "3月2日下午，澜汀市第三人民医院举行2025届住院医师规范化培训学员结业典礼。",
    "3月2日，澜汀医科大学2025届毕业典礼在体育馆举行。",
    "3月2日，澜汀市第三人民医院东院区专家门诊正式开诊。",
])
def test_send_offs_welcomes_graduations_and_openings_are_other(sentence: str, lexicon: Lexicon) -> None:
    hit = _event(sentence, lexicon)
    assert hit is not None and hit.type == "other"


def test_a_retirement_ceremony_reading_the_removals_is_their_appointment() -> None:
    text = (
        "荣退仪式\n\n"
        "3月28日下午，澜汀市第三人民医院举行退休职工荣退仪式。\n"
        "仪式上宣读了市卫生健康委员会决定：因年龄原因，邵文远不再担任澜汀市第三人民医院副院长职务。\n"
    )
    assert _events(text) == {("2025-03-28", "appointment")}


def test_a_team_leader_named_at_a_send_off_leaves_it_other() -> None:
    text = (
        "医疗队出征\n\n"
        "3月2日上午，澜汀市第三人民医院举行第八批援藏医疗队出征仪式。\n"
        "仪式上，副院长程乐之宣读了医院党委决定：任命消化内科副主任闵若山为援藏医疗队领队。\n"
    )
    assert _events(text) == {("2025-03-02", "other")}


@pytest.mark.parametrize(("sentence", "kind"), [
    ("3月12日下午，澜汀市第三人民医院在住院部开展消防应急疏散演练。", "training"),
    ("3月12日，澜汀市突发公共卫生事件应急处置联合演练在城北新区举行。", "training"),
    ("3月12日，澜汀市第三人民医院院长带队，对门诊楼和后勤区域开展节前安全检查。", "visit"),
    ("3月12日，澜汀市第三人民医院护理部主任带领各科护士长开展护理质量交叉检查。", "visit"),
    ("3月12日上午，澜汀市第三人民医院党委书记带队开展第一季度行政查房。", "visit"),
    ("3月12日，澜汀大学医学院两名教授一行来到澜汀市第三人民医院交流指导。", "visit"),
    ("3月12日，澜汀医院心内科主任应邀来到澜汀市第三人民医院，为全院医务人员作学术讲座。", "training"),
])
def test_drills_inspections_and_visits(sentence: str, kind: str, lexicon: Lexicon) -> None:
    hit = _event(sentence, lexicon)
    assert hit is not None and hit.type == kind


def test_a_notice_of_posts_is_an_appointment_on_its_signature_day() -> None:
    text = (
        "关于邵文远等同志职务任免的通知\n\n"
        "院属各科室：\n\n"
        "经院党委2025年3月10日会议研究决定：聘任邵文远为澜汀市第三人民医院心内科主任。\n\n"
        "特此通知。\n\n"
        "澜汀市第三人民医院\n\n"
        "2025年3月12日\n"
    )
    assert {("2025-03-10", "appointment"), ("2025-03-12", "appointment")} <= _events(text)


def test_a_dated_line_closing_other_news_is_no_notice() -> None:
    text = "澜汀市第三人民医院开展义诊\n\n3月8日，澜汀市第三人民医院在城北社区开展义诊。\n\n2025年3月12日\n"
    assert ("2025-03-12", "appointment") not in _events(text)


def test_a_meeting_named_for_posts_is_an_appointment_when_the_decision_is_dated_apart() -> None:
    text = (
        "中层干部任免\n\n"
        "3月26日下午，澜汀市第三人民医院召开中层干部任免宣布会。\n"
        "会议宣读了院党委3月23日的决定。\n"
    )
    assert ("2025-03-26", "appointment") in _events(text)
    assert ("2025-03-26", "meeting") not in _events(text)


def test_a_pledge_signed_by_staff_is_no_signing(lexicon: Lexicon) -> None:
    hit = _event("3月26日，澜汀市第三人民医院召开2025年度目标管理责任书签订大会。", lexicon)
    assert hit is not None and hit.type == "meeting"
    assert _event("3月26日，18名新任职干部签订了《廉洁从业承诺书》。", lexicon) is None
    hit = _event("3月26日，澜汀市第三人民医院与澜北县人民医院签订了对口帮扶协议。", lexicon)
    assert hit is not None and hit.type == "signing"


def test_a_review_passed_is_an_award_a_review_undergone_a_meeting(lexicon: Lexicon) -> None:
    hit = _event("2025年2月，澜汀县中医院顺利通过三级中医医院评审。", lexicon)
    assert hit is not None and hit.type == "award"
    hit = _event("2025年2月20日，澜汀市第三人民医院呼吸科接受省级规范化诊疗中心建设线上评审。", lexicon)
    assert hit is not None and hit.type == "meeting"
