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
