"""A branch's youth committee (青年委员会) written alone after the article named the branch in full
(某学会某专业委员会) is that branch's, printed with it (GOLD_SPEC §9, org_tiers.tsv). Invented names."""

from __future__ import annotations

from yuanzhi.extract.facts import issue_to_facts

from .conftest import one_article


def posts(*paragraphs: str) -> set[tuple[str, str, str | None]]:
    facts = issue_to_facts(one_article(*paragraphs))
    return {(p.name, pos.title, pos.org) for p in facts.people for pos in p.positions}


def test_a_youth_committee_is_the_branchs_named_before():
    branch = "楚澜省护理学会伤口造口专业委员会"
    found = posts(
        f"10月8日，{branch}换届大会在柘江市召开。",
        "大会同时成立了第一届青年委员会，柘江市人民医院主管护师岑小雨当选为青年委员会主任委员。",
    )
    assert ("岑小雨", "主任委员", branch + "青年委员会") in found
