from __future__ import annotations

from yuanzhi.knowledge.timeline import events_between, leadership_as_of, person_timeline
from yuanzhi.model import Appointment, Event, Facts, Person, Position

H = "青川市人民医院"

FACTS = Facts(
    people=(
        Person("周志明", (Position("院长", H, "2023-03-09", "2024-05-31"), Position("党委书记", H, "2023-06", "2024-05-31"))),
        Person("卢志刚", (Position("院长助理", H, "2023-03-09", "2023-03-09"), Position("副院长", H, "2024-05-31", "2024-05-31"))),
        Person("韩雪梅", (Position("副院长", H, "2022-01", "2024-05-31"),)),
        Person("许晴", (Position("通讯员", "党委办公室", "2024-01", "2024-01"),)),
    ),
    appointments=(
        Appointment("卢志刚", "副院长", H, "appoint", "2024-05-31"),
        Appointment("韩雪梅", "副院长", H, "remove", "2024-05-31"),
    ),
    events=(
        Event("2024-05-11", "award", "表彰大会", "a1"),
        Event("2024-04-08/2024-04-22", "competition", "技能竞赛", "a2"),
        Event("2024-06", "surgery", "手术", "a3", approximate=True),
        Event(None, "other", "无日期", "a4"),
    ),
)


def test_person_timeline_is_sorted_by_first_seen():
    assert [p.title for p in person_timeline(FACTS, "卢志刚")] == ["院长助理", "副院长"]
    assert person_timeline(FACTS, "无此人") == []


def test_leadership_before_and_after_the_decision():
    before = {(r.person, r.title, r.basis) for r in leadership_as_of(FACTS, H, "2024-05-01")}
    assert ("韩雪梅", "副院长", "last_seen") in before
    assert ("卢志刚", "副院长", "appointment") not in before
    after = leadership_as_of(FACTS, H, "2024-06-30")
    rows = {(r.person, r.title, r.basis) for r in after}
    assert ("卢志刚", "副院长", "appointment") in rows
    assert not any(r.person == "韩雪梅" for r in after)  # a removal ends the post
    assert after[0].title == "党委书记"
    assert all(r.title != "通讯员" for r in after)


def test_leadership_before_anyone_was_seen_is_empty():
    assert leadership_as_of(FACTS, H, "2020-01-01") == []


def test_events_between_inclusive_and_sorted():
    dates = [e.date for e in events_between(FACTS, "2024-04-01", "2024-05-31")]
    assert dates == ["2024-04-08/2024-04-22", "2024-05-11"]
    assert [e.date for e in events_between(FACTS, "2024-06", "2024-06")] == ["2024-06"]


def test_career_across_two_issues_end_to_end():
    from yuanzhi.extract.facts import issue_to_facts
    from yuanzhi.knowledge.resolve import merge_facts
    from yuanzhi.model import Article, Issue

    def issue(source: str, date: str, text: str) -> Issue:
        return Issue(source=source, articles=(Article(id="a1", title=None, paragraphs=(text,)),), date=date)

    first = issue("2023-03.txt", "2023-03", "3月9日，青川市人民医院聘任卢志刚为院长助理。")
    second = issue("2024-05.txt", "2024-05", "5月31日，青川市人民医院任命卢志刚为副院长；韩雪梅不再担任副院长职务。")
    merged = merge_facts([issue_to_facts(second), issue_to_facts(first)])
    career = person_timeline(merged, "卢志刚")
    assert [(p.title, p.org, p.first_seen) for p in career] == [
        ("院长助理", H, "2023-03-09"), ("副院长", H, "2024-05-31")
    ]
    leaders = {(r.person, r.title, r.basis) for r in leadership_as_of(merged, H, "2024-06")}
    assert ("卢志刚", "副院长", "appointment") in leaders
    assert not any(person == "韩雪梅" for person, _t, _b in leaders)
