"""A port, waterway or maritime administration is a body of the state (GOLD_SPEC §4.8), never a
unit of the hospital of the story: ``某港航管理处副处长`` → that office; a maritime bureau's office
written alone after the article named the bureau is the bureau's, printed with it. Invented names."""

from __future__ import annotations

from yuanzhi.extract.facts import issue_to_facts

from .conftest import one_article


def facts_of(*paragraphs: str):
    return issue_to_facts(one_article(*paragraphs))


def posts(facts) -> set[tuple[str, str, str | None]]:
    return {(p.name, pos.title, pos.org) for p in facts.people for pos in p.positions}


def test_a_port_administration_is_a_government_body_of_its_own():
    facts = facts_of(
        "6月3日，楠浦市口腔医院医疗船驶入楠浦港。楠浦港航管理处副处长蒲远帆表示，将为医疗船提供靠泊便利。",
    )
    assert ("蒲远帆", "副处长", "楠浦港航管理处") in posts(facts)
    kinds = {o.name: (o.kind, o.parent) for o in facts.organizations}
    assert kinds.get("楠浦港航管理处") == ("government", None)


def test_a_maritime_office_is_the_bureaus_named_before():
    facts = facts_of(
        "7月9日，楠江海事局与楠浦市人民医院签订水上救援联动协议。楠江海事局局长柏沧海出席。",
        "楠浦海事处处长甘临波介绍了辖区水域情况。",
    )
    assert ("甘临波", "处长", "楠江海事局楠浦海事处") in posts(facts)
