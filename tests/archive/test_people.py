from __future__ import annotations

import pytest

from yuanzhi.archive.store import Archive
from yuanzhi.errors import NotFoundError
from yuanzhi.model import Appointment, Article, Evidence, Facts, Issue, Person, Position

from .sample import HOSPITAL


def test_person_positions_span_issues(filled: Archive) -> None:
    record = filled.person("林知远")
    spans = {(s.title, s.org): s for s in record.positions}
    head = spans[("院长", HOSPITAL)]
    assert (head.first_seen, head.last_seen) == ("2024-05-20", "2024-06-25")
    assert set(head.sources) == {"青川院报-2024-05.txt", "青川院报-2024-06.txt"}
    assert ("党委书记", HOSPITAL) in spans
    assert {a.id for a in record.articles} == {
        "青川院报-2024-05:a1",
        "青川院报-2024-05:a3",
        "青川院报-2024-06:a1",
    }


def test_person_appointments_and_events(filled: Archive) -> None:
    record = filled.person("苏景行")
    assert [(a.title, a.date) for a in record.appointments] == [("副院长", "2024-06-03")]
    assert [e.type for e in record.events] == ["appointment"]


def test_unknown_person_is_not_found(filled: Archive) -> None:
    with pytest.raises(NotFoundError):
        filled.person("无名氏")


def test_org_leadership_on_a_date(filled: Archive) -> None:
    before = filled.org(HOSPITAL, on="2024-05-31")
    assert {(lead.name, lead.title) for lead in before.leadership} == {
        ("林知远", "院长"),
        ("林知远", "党委书记"),
    }
    after = filled.org(HOSPITAL, on="2024-06-30")
    deputy = next(lead for lead in after.leadership if lead.title == "副院长")
    assert deputy.name == "苏景行" and "appointed 2024-06-03" in deputy.basis
    assert {c.name for c in after.tree.children} == {"护理部", "胸外科"}
    assert after.partnerships and after.partnerships[0].kind == "alliance"


def test_org_leadership_respects_removal_and_succession(archive: Archive) -> None:
    def one(source: str, date: str, facts: Facts) -> None:
        article = Article("a1", "任免", paragraphs=("甲一 乙二 丙三",))
        archive.ingest(Issue(source, (article,), date=date, sha256=source), facts)

    old, new = (Evidence("old.txt", "a1", "…"),), (Evidence("new.txt", "a1", "…"),)
    one(
        "old.txt",
        "2022-01-10",
        Facts(
            people=(
                Person("甲一", (Position("院长", "云岭医院", "2022-01-10", "2022-01-10", old),)),
                Person("丙三", (Position("副院长", "云岭医院", "2022-01-10", "2022-01-10", old),)),
            )
        ),
    )
    one(
        "new.txt",
        "2024-05-01",
        Facts(
            people=(
                Person("乙二", (Position("院长", "云岭医院", "2024-02-01", "2024-05-01", new),)),
            ),
            appointments=(Appointment("丙三", "副院长", "云岭医院", "remove", "2024-05-01", new),),
        ),
    )
    early = {(lead.name, lead.title) for lead in archive.org("云岭医院", on="2023-06").leadership}
    assert early == {("甲一", "院长"), ("丙三", "副院长")}
    late = {(lead.name, lead.title) for lead in archive.org("云岭医院", on="2024-06").leadership}
    assert late == {("乙二", "院长")}


def test_unknown_org_is_not_found(filled: Archive) -> None:
    with pytest.raises(NotFoundError):
        filled.org("不存在医院")


def test_leadership_excludes_non_leading_titles(archive: Archive) -> None:
    ev = (Evidence("t.txt", "a1", "…"),)
    facts = Facts(
        people=(
            Person("甲一", (Position("主任医师", "心内科", "2024-01", "2024-01", ev),)),
            Person("乙二", (Position("副主任", "心内科", "2024-01", "2024-01", ev),)),
            Person("丙三", (Position("护士长", "心内科", "2024-01", "2024-01", ev),)),
        )
    )
    archive.ingest(
        Issue(
            "t.txt",
            (Article("a1", "科室", paragraphs=("甲一 乙二 丙三",)),),
            date="2024-01",
            sha256="t",
        ),
        facts,
    )
    record = archive.org("心内科", on="2024-02")
    assert {lead.name for lead in record.leadership} == {"乙二", "丙三"}
    assert [s.name for s in record.staff] == ["甲一"]


def test_org_tree_nests_units_and_cuts_a_parent_cycle(archive: Archive) -> None:
    from yuanzhi.model import Organization

    ev = (Evidence("t.txt", "a1", "…"),)
    orgs = (
        Organization("云岭健康集团", "group", None, ev),
        Organization("云岭医院", "hospital", "云岭健康集团", ev),
        Organization("心内科", "department", "云岭医院", ev),
        Organization("护理部", "department", "云岭医院", ev),
        Organization("甲组", "other", "乙组", ev),
        Organization("乙组", "other", "甲组", ev),
    )
    archive.ingest(
        Issue("t.txt", (Article("a1", "机构", paragraphs=("云岭",)),), date="2024-01", sha256="t"),
        Facts(organizations=orgs),
    )
    tree = archive.org("云岭健康集团").tree
    (hospital,) = tree.children
    assert (hospital.name, hospital.kind) == ("云岭医院", "hospital")
    assert [c.name for c in hospital.children] == ["心内科", "护理部"]
    cycle = archive.org("甲组").tree
    assert [c.name for c in cycle.children] == ["乙组"] and cycle.children[0].children == ()
