"""GOLD_SPEC §4.10, a place shared along one chain: within one person's chain of titles a body
written with only its level word takes the place printed earlier in the same chain, whatever the
body's kind — a people's organisation too (某县人民政府副县长、县侨联名誉主席 → 某县侨联). Invented names."""

from __future__ import annotations

from yuanzhi.extract.facts import issue_to_facts

from .conftest import one_article


def posts(*paragraphs: str) -> set[tuple[str, str, str | None]]:
    facts = issue_to_facts(one_article(*paragraphs))
    return {(p.name, pos.title, pos.org) for p in facts.people for pos in p.positions}


def test_a_peoples_organisation_in_a_chain_takes_the_place_before_it():
    found = posts(
        "8月12日，捐赠仪式在榕坪县人民医院举行。榕坪县人民政府副县长、县侨联名誉主席柯望舒出席仪式。",
    )
    assert ("柯望舒", "名誉主席", "榕坪县侨联") in found


def test_the_same_body_outside_a_chain_keeps_its_printed_form():
    found = posts(
        "8月12日，捐赠仪式在榕坪县人民医院举行。榕坪县人民政府副县长柯望舒，县侨联主席甘雨桐出席仪式。",
    )
    assert ("甘雨桐", "主席", "县侨联") in found
