"""The day an appointment is dated by when its sentence prints none (GOLD_SPEC §11, appointment_dates.py)."""

from __future__ import annotations

from yuanzhi.extract.appointment_dates import background
from yuanzhi.extract.facts import issue_to_facts

from .conftest import one_article


def dated(*paragraphs: str) -> dict[tuple[str, str], str]:
    facts = issue_to_facts(one_article(*paragraphs, date="2025-09"))
    return {(a.person, a.title): a.date for a in facts.appointments}


def test_a_month_of_history_does_not_date_the_next_appointments():
    found = dated(
        "9月4日，砺石市援边医疗队新老队员交接会在桐坞县召开。",
        "医院于今年6月通过二级甲等医院复审。",
        "会议宣布了任职安排：蔺一舟任桐坞县人民医院院长。",
    )
    assert found[("蔺一舟", "院长")] == "2025-09-04"


def test_a_step_already_done_does_not_date_the_board_s_elections():
    found = dated(
        "砺石药业股份有限公司第三届董事会第一次会议于2025年9月12日召开。",
        "会议通知已于2025年9月7日以电子邮件发出。",
        "聘任蔺一舟为公司总经理。",
    )
    assert found[("蔺一舟", "总经理")] == "2025-09-12"


def test_a_decision_before_the_meeting_still_dates_it():
    assert not background("经2025年9月2日党委会研究决定", 1, "2025-09-02", "2025-09-05")
    assert background("医院于今年6月通过复审", 3, "2025-06", "2025-09-04")
    assert background("会议通知已于2025年9月7日发出", 6, "2025-09-07", "2025-09-12")
    assert not background("会议通知已于2025年9月17日发出", 6, "2025-09-17", "2025-09-12")


def appointed(*paragraphs: str) -> set[tuple[str, str]]:
    return set(dated(*paragraphs))


def test_a_task_team_s_make_up_is_no_appointment():
    found = appointed("9月3日，验收组由县卫生健康局副局长蔺一舟任组长，基层卫生股股长郜一帆为成员。")
    assert ("蔺一舟", "组长") not in found
    found = appointed("9月3日，医院巡回医疗队出发，心内科主任郜一帆任医疗队队长。")
    assert ("郜一帆", "队长") not in found


def test_a_decided_team_post_stays_an_appointment():
    found = appointed("9月3日，会议宣读了医院党委决定：任命心内科主任郜一帆为第九批援边医疗队领队。")
    assert ("郜一帆", "领队") in found
