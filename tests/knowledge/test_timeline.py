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


# ---------------------------------------------------------------- one leadership rule

Y = "云岭医院"


def _seen(name: str, title: str, first: str, last: str | None = None, org: str = Y) -> Person:
    return Person(name, (Position(title, org, first, last or first),))


def _who(rows) -> set[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return {(r.person, r.title) for r in rows}


def test_on_or_before_compares_prefixes():
    from yuanzhi.knowledge.timeline import on_or_before

    assert on_or_before("2024-06-15", "2024-06")
    assert on_or_before("2024-05", "2024-06-01")
    assert on_or_before("2024-06-01/2024-07-10", "2024-06")
    assert not on_or_before("2024-07-01", "2024-06")
    assert not on_or_before(None, "2024-06")


def test_a_newer_holder_succeeds_one_not_seen_since():
    facts = Facts(people=(_seen("甲一", "院长", "2022-01-10"), _seen("乙二", "院长", "2024-02-01", "2024-05-01")))
    assert _who(leadership_as_of(facts, Y, "2023-06")) == {("甲一", "院长")}
    assert _who(leadership_as_of(facts, Y, "2024-06")) == {("乙二", "院长")}
    both = Facts(people=(_seen("甲一", "院长", "2022-01-10", "2024-03"), facts.people[1]))
    assert _who(leadership_as_of(both, Y, "2024-06")) == {("甲一", "院长"), ("乙二", "院长")}


def test_staff_titles_are_held_by_many_and_never_succeeded():
    from yuanzhi.knowledge.timeline import holders_as_of

    unit = Y + "心内科"
    facts = Facts(
        people=(
            _seen("甲一", "主任医师", "2022-01", org=unit),
            _seen("乙二", "主任医师", "2024-02", org=unit),
            _seen("丙三", "主任", "2023-01", org=unit),
        )
    )
    rows = holders_as_of(facts, unit, "2024-06")
    assert [(r.person, r.leading) for r in rows] == [("丙三", True), ("甲一", False), ("乙二", False)]
    assert _who(leadership_as_of(facts, unit, "2024-06")) == {("丙三", "主任")}


def test_a_hospitals_leaders_are_its_own_posts_not_its_units_heads():
    facts = Facts(
        people=(
            _seen("甲一", "院长", "2024-01"),
            _seen("乙二", "院长助理", "2024-01"),
            _seen("丙三", "主任", "2024-01"),  # read at the hospital, heads one of its units
            _seen("丁四", "护士长", "2024-01"),
            _seen("戊五", "党委副书记", "2024-01"),
        )
    )
    assert [r.title for r in leadership_as_of(facts, Y, "2024-06")] == ["院长", "党委副书记", "院长助理"]
    commission = "云岭市卫生健康委员会"
    officials = Facts(people=(_seen("己六", "主任", "2024-01", org=commission),))
    assert _who(leadership_as_of(officials, commission, "2024-06")) == {("己六", "主任")}


def test_the_kind_the_facts_give_beats_the_name():
    from yuanzhi.model import Organization

    centre = "云岭健康中心"  # no kind by its ending
    facts = Facts(people=(_seen("甲一", "主任", "2024-01", org=centre),))
    assert _who(leadership_as_of(facts, centre, "2024-06")) == {("甲一", "主任")}
    as_hospital = Facts(people=facts.people, organizations=(Organization(centre, "hospital"),))
    assert leadership_as_of(as_hospital, centre, "2024-06") == []


def test_a_bad_kind_in_the_titles_file_names_its_line(tmp_path):  # type: ignore[no-untyped-def]
    import pytest

    from yuanzhi.errors import LexiconError
    from yuanzhi.knowledge.timeline import load_leadership_titles

    path = tmp_path / "titles.tsv"
    path.write_text("# titles\n院长\t1\n主任\t1\t!hospitals\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=r"titles.tsv:3: .*hospitals"):
        load_leadership_titles(path)
    path.write_text("主任\t1\t!hospital\n副\tdeputy\n", encoding="utf-8")
    titles = load_leadership_titles(path)
    assert titles.is_leading("副主任", "department") and not titles.is_leading("主任", "hospital")


def test_same_day_appointment_and_removal_the_removal_wins():
    facts = Facts(
        appointments=(
            Appointment("甲一", "副院长", Y, "remove", "2024-05-31"),
            Appointment("甲一", "副院长", Y, "appoint", "2024-05-31"),
        )
    )
    assert leadership_as_of(facts, Y, "2024-06") == []


def test_an_appointment_counts_from_the_first_sighting_unless_a_removal_came_between():
    seen = _seen("甲一", "副院长", "2023-03", "2023-09")
    first = Appointment("甲一", "副院长", Y, "appoint", "2024-01-05")
    (row,) = leadership_as_of(Facts(people=(seen,), appointments=(first,)), Y, "2024-02")
    assert (row.since, row.last_seen, row.basis, row.appointed) == ("2023-03", "2024-01-05", "appointment", "2024-01-05")
    removed = Appointment("甲一", "副院长", Y, "remove", "2023-10-01")
    (again,) = leadership_as_of(Facts(people=(seen,), appointments=(removed, first)), Y, "2024-02")
    assert again.since == "2024-01-05"
    assert leadership_as_of(Facts(people=(seen,), appointments=(removed, first)), Y, "2023-12") == []


def test_undated_appointments_count_only_without_a_date():
    facts = Facts(appointments=(Appointment("甲一", "院长", Y, "appoint", None),))
    assert _who(leadership_as_of(facts, Y)) == {("甲一", "院长")}
    assert leadership_as_of(facts, Y, "2024-06") == []


def test_leaders_in_rank_order_deputies_after_their_principals():
    titles = ("院长助理", "副院长", "党委副书记", "院长", "党委书记")
    facts = Facts(people=tuple(_seen(f"甲{n}", t, "2024-01") for n, t in enumerate(titles)))
    assert [r.title for r in leadership_as_of(facts, Y, "2024-02")] == [
        "党委书记", "院长", "党委副书记", "副院长", "院长助理"
    ]


def test_article_dates_widen_spans():
    from yuanzhi.model import Evidence

    ev = (Evidence("a.txt", "issue-1:a1", "…"), Evidence("b.txt", "issue-2:a4", "…"))
    person = Person("甲一", (Position("院长", Y, "2024-03", "2024-03", ev),))
    dates = {"issue-1:a1": "2024-01-15", "issue-2:a4": "2024-06-15"}
    (row,) = leadership_as_of(Facts(people=(person,)), Y, "2024-02", dates=dates)
    assert (row.since, row.last_seen) == ("2024-01-15", "2024-06-15")
    (post,) = person_timeline(Facts(people=(person,)), "甲一", dates)
    assert (post.first_seen, post.last_seen, post.evidence) == ("2024-01-15", "2024-06-15", ev)


def test_person_timeline_joins_one_post_across_same_name_records():
    a = Person("甲一", (Position("院长", Y, "2022-01", "2022-05"),))
    b = Person("甲一", (Position("院长", Y, "2021-11", "2023-04-08/2023-04-22"),))
    (post,) = person_timeline(Facts(people=(a, b)), "甲一")
    assert (post.first_seen, post.last_seen) == ("2021-11", "2023-04-22")


def test_leadership_titles_file_reports_bad_line(tmp_path):
    import pytest

    from yuanzhi.errors import LexiconError
    from yuanzhi.knowledge.timeline import load_leadership_titles

    bad = tmp_path / "titles.tsv"
    bad.write_text("# comment\n长\t1\n主任\tfirst\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="titles.tsv:3"):
        load_leadership_titles(bad)
    bad.write_text("主 任\t1\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="titles.tsv:1"):
        load_leadership_titles(bad)
    with pytest.raises(LexiconError, match="missing.tsv"):
        load_leadership_titles(tmp_path / "missing.tsv")
    shipped = load_leadership_titles()
    assert shipped.is_leading("副主任") and shipped.is_leading("护士长")
    assert not shipped.is_leading("主任医师") and not shipped.is_leading("教授")


# ---------------------------------------------------------------- listed among the leaders


def test_people_listed_among_the_leaders_are_a_row_of_their_own():
    from yuanzhi.model import Evidence, ListedRole

    quote = Evidence("2031-03.txt", "a2", "院领导甲一、丙三、丁四出席活动。")
    facts = Facts(
        people=(_seen("甲一", "院长", "2031-01"),),
        listed_leaders=(
            ListedRole("甲一", "院领导", Y, "2031-03-09", (quote,)),
            ListedRole("丙三", "院领导", Y, "2031-03-09", (quote,)),
            ListedRole("丁四", "院领导", Y, "2031-03-09", (quote,)),
            ListedRole("戊五", "院领导", "云岭康宁集团", "2031-03-09", (quote,)),
        ),
    )
    rows = leadership_as_of(facts, Y, "2031-06")
    assert [(r.person, r.title, r.basis) for r in rows] == [
        ("甲一", "院长", "last_seen"),  # a post is shown as the post, not again as a listing
        ("丙三", "院领导", "listed"),
        ("丁四", "院领导", "listed"),
    ]
    assert rows[1].evidence == (quote,) and rows[1].since == "2031-03-09"
    assert leadership_as_of(facts, Y, "2031-02") == [rows[0]]  # not listed yet


def test_listings_merge_across_issues_and_follow_the_organizations_name():
    from yuanzhi.knowledge.resolve import merge_facts
    from yuanzhi.model import Evidence, ListedRole

    first = Evidence("a.txt", "a1", "院领导丙三出席。")
    again = Evidence("b.txt", "a4", "院领导丙三出席。")
    issues = [
        Facts(listed_leaders=(ListedRole("丙三", "院领导", "国家区域医疗中心" + Y, "2031-03-09", (first,)),)),
        Facts(listed_leaders=(ListedRole("丙三", "院领导", Y, "2031-03-09", (again,)),)),
    ]
    (listed,) = merge_facts(issues).listed_leaders
    assert (listed.org, listed.evidence) == (Y, (first, again))
