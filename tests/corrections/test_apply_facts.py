"""Fact and people corrections on one issue's facts."""

from __future__ import annotations

from yuanzhi import model
from yuanzhi.corrections.apply_facts import apply_fact_corrections
from yuanzhi.corrections.model import (
    FactDelete,
    FactFix,
    FactSelector,
    MarkPatient,
    PeopleMerge,
    PeopleSplit,
)

from . import sample

SRC = sample.SOURCE


def ev(quote: str, article: str = "a1", source: str = SRC) -> model.Evidence:
    return model.Evidence(source, article, quote)


def facts() -> model.Facts:
    return model.Facts(
        people=(
            model.Person(
                "苏明远",
                (
                    model.Position(
                        "院长",
                        sample.HOSPITAL,
                        "2026-03-05",
                        "2026-03-05",
                        (ev("院长苏明远出席会议。"), ev("院长苏明远颁奖。", "a2")),
                    ),
                ),
            ),
            model.Person(
                "程雪", (model.Position("主任", "护理部", evidence=(ev("护理部主任程雪介绍。"),)),)
            ),
        ),
        organizations=(
            model.Organization(sample.HOSPITAL, "hospital"),
            model.Organization(
                "护理部", "department", sample.HOSPITAL, (ev("护理部主任程雪介绍。"),)
            ),
        ),
        appointments=(
            model.Appointment(
                "程雪",
                "副院长",
                sample.HOSPITAL,
                "appoint",
                "2026-03-01",
                (ev("任命程雪为副院长。"),),
            ),
        ),
        events=(
            model.Event(
                "2026-03-05", "meeting", "召开党建工作会议", "a1", SRC, evidence=(ev("召开会议。"),)
            ),
        ),
    )


def issue() -> model.Issue:
    return sample.issue_march()


def sel(
    kind: str, quote: str | None = None, source: str | None = None, **match: str | None
) -> FactSelector:
    return FactSelector(kind, tuple(match.items()), source, quote)  # type: ignore[arg-type]


def test_a_position_fix_keyed_by_a_sentence_changes_only_that_sentence() -> None:
    fix = FactFix(
        sel("position", quote="院长苏明远颁奖。", person="苏明远"), (("org", "松溪县医共体"),)
    )
    fixed, outcomes, _ = apply_fact_corrections(facts(), issue(), [(1, fix)])
    assert fixed is not None
    (person,) = [p for p in fixed.people if p.name == "苏明远"]
    by_org = {p.org: [e.quote for e in p.evidence] for p in person.positions}
    assert by_org == {
        sample.HOSPITAL: ["院长苏明远出席会议。"],
        "松溪县医共体": ["院长苏明远颁奖。"],
    }
    assert outcomes[1].articles == ("a2",)


def test_a_position_moved_to_another_name_joins_that_person() -> None:
    fix = FactFix(sel("position", person="程雪", title="主任"), (("person", "程雪梅"),))
    fixed, _, _ = apply_fact_corrections(facts(), issue(), [(1, fix)])
    assert fixed is not None and [p.name for p in fixed.people] == ["苏明远", "程雪梅"]


def test_an_org_rename_follows_every_use_of_the_name() -> None:
    fix = FactFix(sel("organization", name="护理部"), (("name", "护理部（护理中心）"),))
    fixed, _, _ = apply_fact_corrections(facts(), issue(), [(1, fix)])
    assert fixed is not None
    assert [o.name for o in fixed.organizations] == [sample.HOSPITAL, "护理部（护理中心）"]
    assert fixed.people[1].positions[0].org == "护理部（护理中心）"


def test_delete_scoped_to_an_issue_is_stale_where_it_finds_nothing() -> None:
    delete = FactDelete(sel("event", source=SRC, date="2026-03-05"))
    fixed, outcomes, _ = apply_fact_corrections(facts(), issue(), [(1, delete)])
    assert fixed is not None and fixed.events == () and outcomes[1].status == "applied"
    _, outcomes, _ = apply_fact_corrections(fixed, issue(), [(1, delete)])
    assert outcomes[1].status == "stale" and "no event" in outcomes[1].reason
    elsewhere = FactDelete(
        sel("event", date="2026-03-05")
    )  # archive-wide: no outcome where nothing matches
    _, outcomes, _ = apply_fact_corrections(fixed, issue(), [(2, elsewhere)])
    assert outcomes == {}


def test_people_merge_moves_positions_and_appointments_and_names_articles() -> None:
    merged, outcomes, mentions = apply_fact_corrections(
        facts(), issue(), [(1, PeopleMerge("程雪", "程雪梅"))]
    )
    assert merged is not None
    assert [p.name for p in merged.people] == ["苏明远", "程雪梅"]
    assert merged.appointments[0].person == "程雪梅"
    assert ("程雪梅", "a1") in mentions  # the article that prints 程雪 lists under 程雪梅
    only_dept = PeopleMerge("程雪", "程雪梅", org=sample.HOSPITAL)
    kept, _, _ = apply_fact_corrections(facts(), issue(), [(1, only_dept)])
    assert (
        kept is not None
        and kept.people[1].name == "程雪"
        and kept.appointments[0].person == "程雪梅"
    )


def test_people_split_by_sentence() -> None:
    split = PeopleSplit("苏明远", "苏明远（医共体）", quotes=("院长苏明远颁奖。",))
    fixed, outcomes, mentions = apply_fact_corrections(facts(), issue(), [(1, split)])
    assert fixed is not None
    names = {p.name: [e.quote for pos in p.positions for e in pos.evidence] for p in fixed.people}
    assert names["苏明远"] == ["院长苏明远出席会议。"] and names["苏明远（医共体）"] == [
        "院长苏明远颁奖。"
    ]
    assert mentions == (("苏明远（医共体）", "a2"),)


def test_mark_patient_removes_the_person_and_adds_patient_mentions() -> None:
    fixed, outcomes, _ = apply_fact_corrections(facts(), issue(), [(1, MarkPatient("程雪"))])
    assert fixed is not None
    assert [p.name for p in fixed.people] == ["苏明远"] and fixed.appointments == ()
    assert [(m.mention, m.article_id) for m in fixed.patients] == [("程雪", "a1")]
    assert outcomes[1].status == "applied"


def test_no_facts_extracted_makes_issue_scoped_fixes_stale() -> None:
    delete = FactDelete(sel("event", source=SRC, date="2026-03-05"))
    fixed, outcomes, _ = apply_fact_corrections(None, issue(), [(1, delete)])
    assert fixed is None and outcomes[1].status == "stale"
