"""A 医共体's member names (总院, 城关分院) printed beside the body of record they stand for
(某县人民医院, 某镇中心卫生院): the posts go to the body of record (GOLD_SPEC §4.7, §4.12), whichever
of the two names stands first and whether a bracket or a dash joins them. Invented names."""

from __future__ import annotations

from yuanzhi.extract.facts import issue_to_facts
from yuanzhi.extract.member_names import is_member_name, member_aliases, record_name
from yuanzhi.extract.orgs import OrgMention

from .conftest import one_article


def posts(*paragraphs: str) -> set[tuple[str, str, str | None]]:
    facts = issue_to_facts(one_article(*paragraphs))
    return {(p.name, pos.title, pos.org) for p in facts.people for pos in p.positions}


def test_a_branch_named_with_its_township_hospital_in_brackets():
    found = posts(
        "县医共体总院召开干部大会",
        "经研究，岑蔓任总院副院长兼石渚分院（柘澳县石渚镇中心卫生院）院长；"
        "辜明远兼任潭口分院（柘澳县潭口乡卫生院）执行院长。",
    )
    assert ("岑蔓", "院长", "柘澳县石渚镇中心卫生院") in found
    assert ("辜明远", "执行院长", "柘澳县潭口乡卫生院") in found


def test_the_head_hospital_named_by_a_dash():
    found = posts(
        "县医共体总院召开干部大会",
        "3月2日下午，柘澳县医疗集团（县域医共体）总院——柘澳县人民医院召开干部大会。",
        "会上，总院党委书记蒋怀山主持会议。",
    )
    assert ("蒋怀山", "党委书记", "柘澳县人民医院") in found


def test_the_county_hospital_with_its_head_name_in_brackets():
    found = posts(
        "省卫生健康委员会副主任黎望舒一行到柘澳县石渚镇中心卫生院调研。",
        "县卫生健康局局长晏海青，县医院（县医共体总院）院长兼党委副书记俞方平陪同调研。",
    )
    assert ("俞方平", "院长", "县医院") in found
    assert ("俞方平", "党委副书记", "县医院") in found


def test_member_names_and_their_bodies():
    assert is_member_name("城关分院") and is_member_name("县医共体总院")
    assert not is_member_name("某镇卫生院") and not is_member_name("县医院")
    assert member_aliases("兼任潭口分院（柘澳县潭口乡卫生院）执行院长", []) == {}  # no hospital read in brackets
    assert record_name("县医共体总院", {"柘澳县医疗集团总院": "柘澳县人民医院"}) == "柘澳县人民医院"
    assert record_name("县医共体总院", {"甲县医疗集团总院": "甲县人民医院", "乙医共体总院": "乙县人民医院"}) is None
    assert record_name("城关分院", {"城关分院": "东分院"}) is None  # a member name is no body of record


def test_a_former_name_in_brackets_is_no_body_of_record():
    former = "牟晓婷任东湖分院（原柘澳市第四人民医院）院长"
    start, end = former.index("原"), former.index("）")
    assert member_aliases(former, [OrgMention(start, end, former[start:end], former[start + 1 : end], "hospital")]) == {}
    named = former.replace("原", "")
    start, end = named.index("（") + 1, named.index("）")
    hospital = OrgMention(start, end, named[start:end], named[start:end], "hospital")
    assert member_aliases(named, [hospital]) == {"东湖分院": "柘澳市第四人民医院"}
