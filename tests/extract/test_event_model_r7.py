"""Events after round 7 (E17; wave 6 E28: a commendation meeting is one award, GOLD_SPEC §13); what a
meeting relays (传达…精神) is not held there; 随后/会后 open a part of the day just dated;
a duration (一月余) is no month. Texts are invented (the 沣岭 hospitals and their people do
not exist)."""

from __future__ import annotations

from yuanzhi.extract.dates import find_dates
from yuanzhi.extract.events import EventHit, event_in
from yuanzhi.extract.facts import issue_to_facts
from yuanzhi.extract.lexicon_loader import Lexicon
from yuanzhi.extract.plain import text_to_issue


def _event(sentence: str, lexicon: Lexicon, issue: str = "2024-09") -> EventHit | None:
    return event_in(sentence, find_dates(sentence, issue), lexicon)


def _events(text: str, issue: str = "2024-09") -> set[tuple[str | None, str]]:
    facts = issue_to_facts(text_to_issue(text, source="news.txt", date=issue))
    return {(e.date, e.type) for e in facts.events}


def test_a_commendation_meeting_is_one_award(lexicon: Lexicon) -> None:  # GOLD_SPEC §13 (was meeting and award)
    hit = _event("9月10日，沣岭市第二人民医院召开2024年度先进科室和优秀员工表彰大会。", lexicon)
    assert hit is not None and (hit.type, hit.also) == ("award", ())
    hit = _event("9月10日，沣岭市召开庆祝第七个中国医师节暨“最美医生”表彰会。", lexicon)
    assert hit is not None and (hit.type, hit.also) == ("award", ())


def test_a_work_meeting_with_a_commendation_part_stays_one_event(lexicon: Lexicon) -> None:
    hit = _event("9月28日，沣岭市第二人民医院召开年度工作总结暨表彰大会。", lexicon)
    assert hit is not None and hit.also == ()
    hit = _event("9月28日，沣岭市第二人民医院举行表彰大会，对10名优秀护士进行表彰。", lexicon)
    assert hit is not None and hit.also == ()


def test_what_a_meeting_relays_is_not_held_there(lexicon: Lexicon) -> None:
    hit = _event("9月2日，沣岭市第二人民医院召开党委会传达全市表彰大会精神。", lexicon)
    assert hit is not None and hit.type == "meeting" and hit.also == ()


def test_a_commendation_meeting_gives_one_award_in_the_facts() -> None:  # GOLD_SPEC §13: one occurrence, one event
    text = "表彰先进\n\n9月10日，沣岭市第二人民医院召开2024年度先进科室表彰大会。\n"
    assert _events(text) == {("2024-09-10", "award")}


def test_then_and_after_the_meeting_take_the_day_just_dated() -> None:
    text = (
        "联盟成立\n\n9月16日，沣岭市第二人民医院牵头的沣岭眼科专科联盟成立大会召开。\n"
        "随后，沣岭市第二人民医院与8家成员单位签订了合作协议。\n"
        "会后，专家团队为基层医生开展了学术讲座。\n"
    )
    assert {("2024-09-16", "signing"), ("2024-09-16", "training")} <= _events(text)


def test_a_duration_in_months_is_no_month() -> None:
    assert find_dates("患者因“胸闷一月余”入院。", "2024-09") == []
    assert find_dates("他咳嗽三月有余，一直未就医。", "2024-09") == []
    assert [d.value for d in find_dates("一月份，医院完成改造。", "2024-09")] == ["2024-01"]


def test_an_alliance_founded_at_its_meeting_is_a_signing(lexicon: Lexicon) -> None:  # GOLD_SPEC §13 (was meeting)
    hit = _event("9月16日，沣岭市眼科专科联盟（以下简称“眼科联盟”）成立大会在沣岭市第二人民医院召开。", lexicon)
    assert hit is not None and hit.type == "signing"
    hit = _event("9月16日，联盟专家团队为基层医生开展了学术讲座。", lexicon)
    assert hit is not None and hit.type == "training"


def test_deputies_inspecting_the_county_is_a_visit(lexicon: Lexicon) -> None:
    hit = _event("9月12日，沣岭市人大常委会副主任带领部分市人大代表，视察全市基层医疗卫生工作。", lexicon)
    assert hit is not None and hit.type == "visit"


def test_an_activity_centre_is_a_place_not_an_activity(lexicon: Lexicon) -> None:
    assert _event("9月21日上午，在沣岭街道社区活动中心，副主任医师的一番话让居民听得很认真。", lexicon) is None


def test_an_agreement_signed_in_the_report_is_of_the_day_just_dated() -> None:
    text = (
        "托管交接\n\n9月3日，沣岭市第二人民医院托管沣北县人民医院交接仪式在沣北县举行。\n"
        "院长甲某某与县卫生健康局局长乙某某签订了托管协议书。\n"
        "自2021年双方签订了对口帮扶协议以来，两院往来密切。\n"
    )
    assert ("2024-09-03", "signing") in _events(text)
    assert not any(date and date.startswith("2021") for date, _kind in _events(text))


def test_touring_an_operating_room_is_no_operation(lexicon: Lexicon) -> None:
    assert _event("9月14日下午，专家一行查看了心脏外科病房和杂交手术室，并参加了一例病例讨论。", lexicon) is None
    hit = _event("9月15日上午，专家在手术室为一名患者成功实施了二尖瓣修复手术。", lexicon)
    assert hit is not None and hit.type == "surgery"


def test_a_day_named_in_the_headline_is_no_date_of_the_report() -> None:
    text = (
        "我院举行“5·12”国际护士节庆祝大会\n\n"
        "5月11日下午，沣岭市第二人民医院“5·12”国际护士节庆祝大会在学术报告厅举行。\n"
    )
    assert _events(text, "2024-05") == {("2024-05-11", "meeting")}


def test_a_meeting_that_announces_posts_is_a_meeting(lexicon: Lexicon) -> None:
    hit = _event("9月26日下午，沣岭市第二人民医院召开中层干部任免宣布会。", lexicon)
    assert hit is not None and hit.type == "meeting"


def test_a_story_told_in_passing_dates_no_same_day_after_it() -> None:
    text = (
        "急救分站一周年\n\n7月1日，沣岭市第二人民医院急救分站迎来运行一周年。\n"
        "2023年12月的一个深夜，调度员接到报警：一位老人在家中突发心脏骤停。\n"
        "当天，急救分站还举办了急救技能开放日，向周边居民传授心肺复苏。\n"
    )
    events = _events(text, "2024-07")
    assert ("2024-07-01", "outreach") in events
    assert not any(date and date.endswith("-12") for date, _kind in events)


def test_a_dated_decision_before_the_list_of_posts_is_an_appointment(lexicon: Lexicon) -> None:
    hit = _event("经二〇二四年九月十日院党委会研究决定：", lexicon)
    assert hit is not None and (hit.date, hit.type) == ("2024-09-10", "appointment")


def test_experts_coming_to_exchange_and_guide_over_two_days_is_one_visit_range(lexicon: Lexicon) -> None:  # §13: visit (was other)
    hit = _event("9月14日至15日，沣岭医科大学教授甲某某一行来到沣岭市第二人民医院交流指导。", lexicon)
    assert hit is not None and (hit.date, hit.type) == ("2024-09-14/2024-09-15", "visit")


def test_a_free_clinic_after_the_ceremony_is_an_outreach_of_that_day() -> None:
    text = (
        "分中心揭牌\n\n9月22日，沣岭市儿童医院专科联盟沣北县分中心揭牌仪式在沣北县妇幼保健院举行。\n"
        "仪式结束后，专家团队在县妇幼保健院开展了义诊和教学查房。\n"
    )
    assert ("2024-09-22", "outreach") in _events(text)
