"""A notice's items under numbered headings (``一、聘任`` … ``二、免去``), each item a name and
its post with no cue of its own: ``甲为A科主任（原B科副主任）；``, ``甲、乙分别为A科主任、副主任；``,
``甲的A科主任职务；`` (invented names and units)."""

from __future__ import annotations

from yuanzhi.extract.facts import issue_to_facts

from .conftest import one_article


def _facts(*paragraphs: str) -> tuple[set[tuple[str, str, str | None, str]], set[tuple[str, str, str | None]]]:
    facts = issue_to_facts(one_article(*paragraphs))
    appointments = {(a.person, a.title, a.org, a.action) for a in facts.appointments}
    pairs = {(p.name, pos.title, pos.org) for p in facts.people for pos in p.positions}
    return appointments, pairs


def test_items_under_a_numbered_heading_take_its_action():
    appointments, pairs = _facts(
        "经8月3日院党委会研究决定，对以下同志职务予以聘任和调整：",
        "一、聘任",
        "栾启明为康复医学科主任（原康复医学科副主任）；",
        "邬晴、简思远分别为疼痛科主任、副主任；",
        "岳·巴图为药剂科副主任（主持工作）；",
        "欧阳若溪为设备科副科长（挂职，时间一年）。",
        "二、免去",
        "柏长庚的疼痛科主任职务（已到龄退出领导岗位）；",
        "栾启明的康复医学科副主任职务。",
    )
    assert appointments == {
        ("栾启明", "主任", "康复医学科", "appoint"), ("邬晴", "主任", "疼痛科", "appoint"),
        ("简思远", "副主任", "疼痛科", "appoint"), ("岳·巴图", "副主任", "药剂科", "appoint"),
        ("欧阳若溪", "副科长", "设备科", "appoint"), ("柏长庚", "主任", "疼痛科", "remove"),
        ("栾启明", "副主任", "康复医学科", "remove"),
    }
    assert ("栾启明", "副主任", "康复医学科") in pairs  # the post held until now, bracketed after 原
    assert ("柏长庚", "主任", "疼痛科") in pairs


def test_a_bracketed_former_post_after_an_appointment_is_held_not_appointed():
    appointments, pairs = _facts("院党委研究决定，聘任栾启明为康复医学科主任（原骨科副主任）。")
    assert appointments == {("栾启明", "主任", "康复医学科", "appoint")}
    assert pairs == {("栾启明", "主任", "康复医学科"), ("栾启明", "副主任", "骨科")}


def test_items_decided_by_two_meetings_are_dated_by_the_last_decision():
    facts = issue_to_facts(one_article(
        "经8月2日院长办公会、8月3日院党委会研究决定，对以下同志职务予以聘任：",
        "一、聘任",
        "栾启明为康复医学科主任；",
    ))
    assert {(a.person, a.date) for a in facts.appointments} == {("栾启明", "2024-08-03")}
