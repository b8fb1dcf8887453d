"""The archive's organization view under any name an organization is printed with
(knowledge.orgnames), and people listed among its leaders. Invented hospitals and people."""

from __future__ import annotations

from yuanzhi.archive.store import Archive
from yuanzhi.knowledge.resolve import merge_facts
from yuanzhi.model import Article, Evidence, Facts, Issue, Organization, Person, Position

PARTNER = "云岭白鹭医院"
SHORT = "白鹭医院"


def _stored(archive: Archive) -> Archive:
    quote = f"3月20日，国家区域医疗中心{PARTNER}（以下简称“{SHORT}”）与我院签约。"
    evidence = Evidence("2031-03.txt", "a1", quote)
    issue = Issue(
        source="2031-03.txt",
        articles=(Article(id="a1", title="签约", paragraphs=(quote,)),),
        date="2031-03",
        date_source="given",
    )
    facts = Facts(
        people=(Person("林远山", (Position("副院长", "国家区域医疗中心" + PARTNER, "2031-03-20", "2031-03-20", (evidence,)),)),),
        organizations=(Organization(PARTNER, "hospital", None, (evidence,)), Organization(SHORT, "hospital")),
    )
    archive.ingest(issue, merge_facts([facts]))  # as the pipeline stores an issue's facts
    return archive


def test_an_organization_is_found_under_its_titled_and_short_names(archive: Archive) -> None:
    _stored(archive)
    for name in (PARTNER, "国家区域医疗中心" + PARTNER, SHORT):
        record = archive.org(name, "2031-06")
        assert record.name == PARTNER
        assert [(lead.name, lead.title) for lead in record.leadership] == [("林远山", "副院长")]


def test_people_listed_among_the_leaders_are_stored_and_shown(archive: Archive) -> None:
    from yuanzhi.model import ListedRole

    hospital = "青川市人民医院"
    quote = "3月9日，院领导骆文清、钟明远出席会议。"
    evidence = Evidence("2031-03.txt", "a1", quote)
    issue = Issue(
        source="2031-03.txt",
        articles=(Article(id="a1", title="职代会", paragraphs=(quote,)),),
        date="2031-03",
        date_source="given",
    )
    facts = Facts(
        people=(Person("华明远", (Position("院长", hospital, "2031-03-09", "2031-03-09", (evidence,)),)),),
        organizations=(Organization(hospital, "hospital", None, (evidence,)),),
        listed_leaders=(
            ListedRole("骆文清", "院领导", hospital, "2031-03-09", (evidence,)),
            ListedRole("钟明远", "院领导", hospital, "2031-03-09", (evidence,)),
        ),
    )
    archive.ingest(issue, facts)
    rows = [(lead.name, lead.title, lead.basis) for lead in archive.org(hospital, "2031-06").leadership]
    assert rows == [
        ("华明远", "院长", "named as 院长 on 2031-03"),  # the article's date widens the sighting
        ("骆文清", "院领导", "listed among 院领导 on 2031-03-09"),
        ("钟明远", "院领导", "listed among 院领导 on 2031-03-09"),
    ]
    assert archive.org(hospital, "2031-06").leadership[1].evidence[0].quote == quote
