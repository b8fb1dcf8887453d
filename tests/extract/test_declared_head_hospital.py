"""A medical community's 总院 declared as a hospital (医共体总院即某县人民医院, 总院（即某县人民医院）)
is that hospital: 总院院长 is its 院长 and 总院心血管内科 its department, in sentences before the
declaration as after it (GOLD_SPEC §4.10; HELDOUT16 convention 15). Invented names."""

from __future__ import annotations

from yuanzhi.extract.facts import issue_to_facts

from .conftest import one_article


def posts(*paragraphs: str) -> set[tuple[str, str, str | None]]:
    facts = issue_to_facts(one_article(*paragraphs))
    return {(p.name, pos.title, pos.org) for p in facts.people for pos in p.positions}


def test_a_head_hospital_declared_with_ji_takes_its_posts():
    found = posts(
        "8月18日上午，柘澳县医共体巡回医疗船首航。",
        "柘澳县卫生健康局局长晏海青，柘澳县医共体党委书记蒋怀山、总院院长俞方平，柘澳县鹭屿镇卫生院院长尤振东出席首航仪式。",
        "俞方平介绍，医共体总院即柘澳县人民医院，目前下设12家分院。首航当天，总院心血管内科主任钱渡海带队。",
    )
    assert ("俞方平", "院长", "柘澳县人民医院") in found
    assert ("尤振东", "院长", "柘澳县鹭屿镇卫生院") in found
    assert ("钱渡海", "主任", "柘澳县人民医院心血管内科") in found


def test_a_head_hospital_declared_in_brackets():
    found = posts(
        "8月18日上午，柘澳县医共体巡回医疗船首航。",
        "柘澳县医共体党委书记蒋怀山、总院院长俞方平，柘澳县鹭屿镇卫生院院长尤振东出席首航仪式。",
        "俞方平介绍，医共体总院（即柘澳县人民医院）目前下设12家分院。",
    )
    assert ("俞方平", "院长", "柘澳县人民医院") in found
