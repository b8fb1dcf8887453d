"""Shapes of Chinese hospital news found by the round-4 held-out batches (heldout17/18, helper E7),
each rule on fresh invented sentences (names, places and hospitals differ from the batches)."""

from __future__ import annotations

from yuanzhi.extract.facts import issue_to_facts

from .conftest import one_article, pairs_of


def _posts(*paragraphs: str) -> set[tuple[str, str]]:
    facts = issue_to_facts(one_article(*paragraphs))
    return {(p.name, pos.title) for p in facts.people for pos in p.positions}


def _orgs(*paragraphs: str) -> set[tuple[str, str, str | None]]:
    facts = issue_to_facts(one_article(*paragraphs))
    return {(p.name, pos.title, pos.org) for p in facts.people for pos in p.positions}


def _records(*paragraphs: str) -> set[tuple[str, str, str, str | None]]:
    facts = issue_to_facts(one_article(*paragraphs))
    return {(a.person, a.title, a.action, a.date) for a in facts.appointments}


def test_congress_deputies_and_other_posts_kept_whole():
    assert pairs_of("市人大代表、检验科主任邬平川提交了建议。") == {("邬平川", "市人大代表"), ("邬平川", "主任")}
    assert pairs_of("县政协委员、护理部主任聂晓岚作了发言。") == {("聂晓岚", "县政协委员"), ("聂晓岚", "主任")}
    assert pairs_of("驻村第一书记饶志诚走访了二十户村民。") == {("饶志诚", "驻村第一书记")}
    assert pairs_of("院报编委会主任蒲安邦主持会议，责任编辑瞿小满汇报了工作。") >= {
        ("蒲安邦", "编委会主任"), ("瞿小满", "责任编辑"),
    }
    assert pairs_of("该院护理总监詹慧敏介绍了经验。") == {("詹慧敏", "护理总监")}


def test_former_before_a_unit_is_no_part_of_its_name():
    assert _orgs("退休职工中，原骨科主任、主任医师甄国华，原药剂科科长侯晓梅都已工作三十年。") >= {
        ("甄国华", "主任", "骨科"), ("甄国华", "主任医师", "骨科"), ("侯晓梅", "科长", "药剂科"),
    }
