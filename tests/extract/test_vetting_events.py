"""The steps a cadre's selection goes through (民主测评, 组织考察) are no visit, and a decision closing
its sentence with a colon after them (``…，6月2日院党委会研究决定：``) is the appointment of that day
(invented names and units)."""

from __future__ import annotations

from yuanzhi.extract.facts import issue_to_facts

from .conftest import one_article


def _events(*paragraphs: str) -> set[tuple[str | None, str]]:
    return {(e.date, e.type) for e in issue_to_facts(one_article(*paragraphs)).events}


def test_an_organisation_departments_vetting_is_no_visit():
    found = _events(
        "本轮竞聘自5月启动，经个人报名、竞聘演讲、民主测评、组织考察等程序产生拟聘人选。",
        "6月12日，医院召开中层干部聘任大会，宣读聘任决定。",
    )
    assert ("2024-05", "visit") not in found


def test_a_decision_closing_its_sentence_after_the_vetting_is_the_appointment():
    found = _events(
        "经民主测评、述职和组织考察，6月2日院党委会研究决定：",
        "一、正式聘任：",
        "蒯如一同志为呼吸内科副主任；",
    )
    assert found == {("2024-06-02", "appointment")}


def test_a_meeting_that_reads_the_printed_notice_is_the_appointment():
    found = _events(
        "经院党委2024年6月3日会议研究，现予正式任职：",
        "蒯如一同志任医务科科长；",
        "6月5日下午，医院召开中层干部大会宣读上述通知。",
    )
    assert ("2024-06-05", "appointment") in found
    assert ("2024-06-05", "meeting") not in found


def test_a_meeting_that_announces_a_decision_on_posts_is_the_appointment():
    found = _events(
        "3月9日下午，澄岭县中医院召开干部大会，宣布县卫生健康局党组关于医院主要负责人调整的决定。",
        "县卫生健康局党组书记宁远舟出席会议并讲话。",
    )
    assert found == {("2024-03-09", "appointment")}
