"""Bodies of round 17's shapes (helper E60; invented names): a kind of body before 系统 names a
sector (监狱系统), a party committee's department in a chain after 某县委常委 takes the county, a
preposition jieba glues to a place (应某市…邀请) and 部分 before a body's members are no part of
its name, a people's government's office is listed as an organ of its own."""

from __future__ import annotations

from yuanzhi.extract.facts import issue_to_facts

from .conftest import one_article


def facts_of(*paragraphs: str):  # type: ignore[no-untyped-def]
    return issue_to_facts(one_article(*paragraphs))


def posts(*paragraphs: str) -> set[tuple[str, str, str | None]]:
    return {(p.name, pos.title, pos.org) for p in facts_of(*paragraphs).people for pos in p.positions}


def test_a_kind_of_body_before_xitong_is_a_sector_not_a_body():
    found = posts(
        "3月31日，柘川省监狱管理局与柘川省人民医院监狱系统医疗联合体合作协议签约仪式在省人民医院举行。"
        "省人民医院党委书记郜文山出席。",
    )
    assert ("郜文山", "党委书记", "柘川省人民医院") in found


def test_a_county_committees_department_in_a_chain_takes_the_county():
    found = posts("1月22日，捐赠仪式在柘海县举行。柘海县委常委、县委统战部部长阮秀芝出席仪式。")
    assert ("阮秀芝", "部长", "柘海县委统战部") in found


def test_a_glued_preposition_is_no_part_of_the_body_and_the_governments_office_is_an_organ():
    facts = facts_of("11月3日，应柘湖市人民政府外事办公室邀请，香港某协会代表团来我市访问。")
    kinds = {o.name: (o.kind, o.parent) for o in facts.organizations}
    assert kinds.get("柘湖市人民政府外事办公室") == ("government", None)
    assert not any(name.startswith("应") for name in kinds)


def test_part_of_a_bodys_members_is_no_part_of_the_body():
    found = posts(
        "9月17日，中国人民政治协商会议柘塬县委员会（以下简称县政协）主席阎志高带领部分县政协委员开展视察。",
        "县政协副主席仇尔康，县政协提案委员会主任易英杰参加。",
    )
    assert ("易英杰", "主任", "中国人民政治协商会议柘塬县委员会提案委员会") in found or (
        "易英杰", "主任", "县政协提案委员会") in found
    assert not any(org and org.startswith("部分") for _n, _t, org in found)


def test_a_committee_of_a_declared_cppcc_takes_its_full_name():
    found = posts(
        "9月17日，中国人民政治协商会议柘塬县委员会（以下简称县政协）主席阎志高开展专题视察。",
        "县政协副主席仇尔康，县政协提案委员会主任易英杰参加。",
    )
    assert ("易英杰", "主任", "中国人民政治协商会议柘塬县委员会提案委员会") in found
