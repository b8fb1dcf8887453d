from __future__ import annotations

from yuanzhi.knowledge.resolve import merge_facts
from yuanzhi.model import (
    Appointment,
    Event,
    Evidence,
    Facts,
    Organization,
    Partnership,
    Person,
    Position,
)

HOSPITAL = "青川市人民医院"


def ev(source: str) -> Evidence:
    return Evidence(source, "a1", f"quote in {source}")


def issue(source: str, date: str, *people: Person, orgs: tuple[Organization, ...] = ()) -> Facts:
    return Facts(people=people, organizations=orgs or (Organization(HOSPITAL, "hospital"),))


def test_same_name_same_org_is_one_person_with_a_career():
    first = issue("2023.txt", "2023-03", Person("卢志刚", (Position("院长助理", HOSPITAL, "2023-03-09", "2023-03-09", (ev("2023.txt"),)),)))
    second = issue("2024.txt", "2024-05", Person("卢志刚", (Position("副院长", HOSPITAL, "2024-05-31", "2024-05-31", (ev("2024.txt"),)),)))
    merged = merge_facts([second, first])
    assert [p.name for p in merged.people] == ["卢志刚"]
    assert [(pos.title, pos.first_seen) for pos in merged.people[0].positions] == [
        ("院长助理", "2023-03-09"), ("副院长", "2024-05-31")
    ]


def test_positions_merge_with_min_and_max_dates():
    a = issue("a", "", Person("周志明", (Position("院长", HOSPITAL, "2024-05", "2024-05", (ev("a"),)),)))
    b = issue("b", "", Person("周志明", (Position("院长", HOSPITAL, "2023-01-05", "2023-02", (ev("b"),)),)))
    c = issue("c", "", Person("周志明", (Position("院长", None, "2024-09", "2024-09", (ev("c"),)),)))
    merged = merge_facts([a, b, c])
    assert len(merged.people) == 1
    dean = [p for p in merged.people[0].positions if p.org == HOSPITAL][0]
    assert (dean.first_seen, dean.last_seen) == ("2023-01-05", "2024-05")
    assert len(dean.evidence) == 2


def test_department_and_its_hospital_are_compatible_but_other_hospitals_are_not():
    orgs = (Organization(HOSPITAL, "hospital"), Organization("心内科", "department", HOSPITAL),
            Organization("江州医院", "hospital"))
    a = issue("a", "", Person("王建", (Position("主任", "心内科", "2024-01", "2024-01"),)), orgs=orgs)
    b = issue("b", "", Person("王建", (Position("副院长", HOSPITAL, "2024-06", "2024-06"),)), orgs=orgs)
    c = issue("c", "", Person("王建", (Position("主任", "江州医院", "2024-03", "2024-03"),)), orgs=orgs)
    merged = merge_facts([a, b, c])
    assert [len(p.positions) for p in merged.people] == [2, 1]


def test_merge_is_deterministic_and_deduplicates():
    event = Event("2024-05-11", "meeting", "会议", "a1", "x.txt")
    appointment = Appointment("卢志刚", "院长助理", HOSPITAL, "appoint", "2024-05-31")
    partnership = Partnership((HOSPITAL, "江州医院"), "assistance", "2024-06")
    later = Partnership(("江州医院", HOSPITAL), "assistance", "2024-05-31")
    one = Facts(events=(event,), appointments=(appointment,), partnerships=(partnership,))
    two = Facts(events=(event,), appointments=(appointment,), partnerships=(later,))
    merged = merge_facts([one, two])
    assert len(merged.events) == 1 and len(merged.appointments) == 1
    assert [p.date for p in merged.partnerships] == ["2024-05-31"]
    assert merge_facts([one, two]) == merge_facts([one, two])
    assert merge_facts([]) == Facts()


def test_a_name_used_for_a_patient_anywhere_is_not_a_person():
    from yuanzhi.model import PatientMention

    staff = issue("a", "", Person("小安安", (Position("护士", HOSPITAL, "2024-01", "2024-01"),)))
    story = Facts(patients=(PatientMention("小安安", "b", "a1"),))
    assert merge_facts([staff, story]).people == ()
