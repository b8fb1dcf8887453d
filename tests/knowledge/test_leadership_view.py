"""Leadership and partners as a reader lists them, from invented flattened text through
the whole pipeline (parse → facts → knowledge). Every hospital and person is invented."""

from __future__ import annotations

from tests.layout.test_text_layout import column
from yuanzhi.knowledge.timeline import holders_as_of, leadership_as_of
from yuanzhi.pipeline import issues_to_facts, parse_text

HOME = "青川市人民医院"
PARTNER = "云岭白鹭医院"
CONGRESS = [
    f"3月9日，{HOME}召开三届二次职工代表大会。院长华明远作工作报告，回顾总结2030年工作，"
    "安排部署2031年各项重点工作。党委书记柯思远主持会议。",
    "院领导骆文清、钟明远、苏青禾出席会议。",
]
SIGNING = [
    f"3月20日，{HOME}与国家区域医疗中心{PARTNER}签订专科联盟合作协议，双方共建心血管专科联盟。"
    f"{PARTNER}副院长林远山、{HOME}院长华明远出席签约仪式。",
    f"作为联盟医院，我院将与{PARTNER}在学科建设、人才培养等方面深入合作。心内科主任韩晓梅介绍了科室情况。",
]


def _facts():  # type: ignore[no-untyped-def]
    text = "\n\n".join(
        ["职代会隆重召开", *column(CONGRESS, 20), "（党委办公室 许晴）",
         f"我院与{PARTNER}签约共建专科联盟", *column(SIGNING, 20), "（医务部 程雪芳）"]
    )
    issue = parse_text(text, "issue.txt")  # no date in the file name: read from the text
    assert issue.date == "2031-03"
    return issues_to_facts([issue])


def test_the_hospitals_leaders_are_its_posts_and_the_people_listed_among_them() -> None:
    facts = _facts()
    rows = leadership_as_of(facts, HOME, "2031-04")
    assert [(r.person, r.title, r.basis) for r in rows] == [
        ("柯思远", "党委书记", "last_seen"),
        ("华明远", "院长", "last_seen"),
        ("骆文清", "院领导", "listed"),
        ("钟明远", "院领导", "listed"),
        ("苏青禾", "院领导", "listed"),
    ]
    assert "院领导骆文清" in rows[2].evidence[0].quote
    assert not any(r.person == "韩晓梅" for r in holders_as_of(facts, HOME, "2031-04") if r.leading)
    assert leadership_as_of(facts, HOME, "2030-12") == []  # the issue is of 2031, not 2030


def test_the_partner_is_one_organization_and_the_signing_one_partnership() -> None:
    facts = _facts()
    (signing,) = facts.partnerships
    assert (set(signing.parties), signing.kind, signing.date) == ({HOME, PARTNER}, "alliance", "2031-03-20")
    names = {o.name: o.aliases for o in facts.organizations}
    assert "国家区域医疗中心" + PARTNER in names[PARTNER]
    assert "联盟医院" not in names and "国家区域医疗中心" + PARTNER not in names
