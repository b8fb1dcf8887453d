"""The stages facts.py calls after the title chain, each on its own (invented names and places):
post_orgs, event_dating, sentence_partnerships, article_passes, org_resolve beside orgs, and the
one reading of a committee's department (committee_units) the chain and facts.py share."""

from __future__ import annotations

from yuanzhi.extract import chain_orgs, orgs
from yuanzhi.extract.article_passes import one_date_per_appointment
from yuanzhi.extract.collector import Collector
from yuanzhi.extract.committee_units import committee_department
from yuanzhi.extract.event_dating import EventTrail, in_range
from yuanzhi.extract.lexicon_loader import Lexicon
from yuanzhi.extract.mentions import PersonMention
from yuanzhi.extract.org_resolve import OrgMention, resolve_org
from yuanzhi.extract.post_orgs import fuller_title, sitting_body, this_unit
from yuanzhi.extract.sentence_partnerships import full_guest
from yuanzhi.extract.spans import leftmost_longest
from yuanzhi.model import Appointment, Evidence

from .conftest import people_of


def test_orgs_reexports_the_resolution_it_moved() -> None:
    assert orgs.resolve_org is resolve_org and orgs.OrgMention is OrgMention


def test_a_hospital_unit_resolves_under_the_home_hospital(lexicon: Lexicon) -> None:
    unit = resolve_org("我院心血管内科", lexicon, "澄溪县人民医院")
    assert unit is not None and (unit.name, unit.kind, unit.parent) == ("心血管内科", "department", "澄溪县人民医院")


def test_a_short_title_stands_for_the_full_one_held_before(lexicon: Lexicon) -> None:
    held = {"甄望舒": ["纪委书记"]}
    assert fuller_title("甄望舒", "书记", held, lexicon) == "纪委书记"
    assert fuller_title("甄望舒", "副书记", held, lexicon) == "副书记"  # a deputy is another post


def test_ke_zhuren_written_alone_is_of_the_unit_just_named() -> None:
    text = "在急诊科，科主任甄望舒介绍了流程。"
    person = PersonMention("甄望舒", "主任", None, text.index("甄望舒"), text.index("甄望舒") + 3)
    unit = OrgMention(1, 4, "急诊科", "急诊科", "department")
    assert this_unit(text, person, [unit]) == unit


def test_a_sitting_stands_for_the_society_named_before() -> None:
    society = OrgMention(0, 6, "澄溪市医学会", "澄溪市医学会", "association")
    sitting = OrgMention(0, 6, "第七届委员会", "第七届委员会", "other")
    assert sitting_body(sitting, society) == society
    assert sitting_body(society, None) == society


def test_a_day_inside_a_dated_range_is_the_same_meeting() -> None:
    seen = {("2025-03-18/2025-03-19", "meeting")}
    assert in_range("2025-03-19", "meeting", seen)
    assert not in_range("2025-03-20", "meeting", seen)
    assert not in_range("2025-03-19", "training", seen)


def test_huishang_takes_the_occasion_last_dated_once(lexicon: Lexicon) -> None:
    trail = EventTrail()
    first = trail.read("会上，澄溪县人民医院与岫岭医科大学签订了合作协议。", 0, [], [], "2025-03-18", False, lexicon)
    assert [(hit.date, kind) for hit, kind in first] == [("2025-03-18", "signing")]
    assert trail.read("会上，双方再次签订了合作协议。", 0, [], [], "2025-03-18", False, lexicon) == []


def test_the_last_guest_under_its_full_name() -> None:
    assert full_guest(["岫岭中医药大学", "澄溪县卫健局", "中医药大学"]) == "岫岭中医药大学"
    assert full_guest(["岫岭中医药大学", "澄溪县卫健局"]) == "澄溪县卫健局"


def test_headline_and_body_state_one_appointment(lexicon: Lexicon) -> None:
    out = Collector(lexicon)
    evidence = (Evidence("t.txt", "a1", "…"),)
    out.appointments += [
        Appointment("甄望舒", "副主任委员", None, "appoint", "2025-11", evidence),
        Appointment("甄望舒", "副主任委员", None, "appoint", "2025-11-16", evidence),
    ]
    one_date_per_appointment(out, "a1", "t.txt")
    assert [a.date for a in out.appointments] == ["2025-11-16"]


def test_one_reading_of_a_committee_department(lexicon: Lexicon) -> None:
    county = OrgMention(0, 3, "澄溪县", "澄溪县", "government")
    unit = OrgMention(8, 11, "宣传部", "宣传部", "department", "澄溪县人民医院")
    found = committee_department("县委常委", county, unit, lexicon)
    assert found is not None and (found.name, found.kind) == ("澄溪县委宣传部", "government")
    assert committee_department("副县长", county, unit, lexicon) is None  # no seat on the committee
    assert committee_department("市委常委", county, unit, lexicon) is None  # the city's seat, not the county's
    assert not hasattr(chain_orgs, "committee_unit")  # the chain calls this reading (people.py)


def test_the_chain_reads_the_committee_department_after_the_seat() -> None:
    posts = {(m.title, m.org.name if m.org else None) for m in people_of("澄溪县委常委、组织部部长甄望舒出席会议。")}
    assert posts == {("县委常委", "澄溪县"), ("部长", "澄溪县委组织部")}


def test_overlapping_readings_keep_the_leftmost_longest() -> None:
    short = OrgMention(2, 7, "澄溪县医院", "澄溪县医院", "hospital")
    whole = OrgMention(2, 11, "澄溪县医院新生儿科", "新生儿科", "department", "澄溪县医院")
    inside = OrgMention(7, 11, "新生儿科", "新生儿科", "department")
    later = OrgMention(12, 17, "岫岭医科大学", "岫岭医科大学", "university")
    assert leftmost_longest([inside, short, later, whole]) == [whole, later]
