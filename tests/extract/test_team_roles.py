"""Heads of an ad-hoc team (GOLD_SPEC §8): ``由甲兼任队长``, ``已成立由甲任组长的工作专班`` and a
committee's roster ``组长：院长甲 副组长：副院长乙`` give pairs with org null and no appointment
(invented names and units)."""

from __future__ import annotations

from yuanzhi.extract.facts import issue_to_facts

from .conftest import one_article


def _read(*paragraphs: str) -> tuple[set[tuple[str, str, str | None]], set[tuple[str, str]]]:
    facts = issue_to_facts(one_article(*paragraphs))
    pairs = {(p.name, pos.title, pos.org) for p in facts.people for pos in p.positions}
    return pairs, {(a.person, a.title) for a in facts.appointments}


def test_a_team_head_after_by_is_a_pair_without_appointment():
    pairs, appointed = _read("医院抽调骨干18人组成应急医疗分队，由栾启明兼任队长，分两班轮流值守。")
    assert ("栾启明", "队长", None) in pairs
    assert appointed == set()
    pairs, appointed = _read("医院已成立由邬晴任组长的工作专班，首批选派8名专家。")
    assert ("邬晴", "组长", None) in pairs
    assert appointed == set()


def test_a_team_to_be_formed_names_no_head():
    pairs, _ = _read("医院将成立由邬晴任组长的工作专班。")
    assert not any(title == "组长" for _n, title, _o in pairs)


def test_a_roster_of_a_committee_after_its_labels():
    pairs, appointed = _read("柏长庚同志治丧小组组长：院党委书记简思远副组长：院长欧阳若溪联系电话：院办公室")
    assert {("简思远", "组长", None), ("欧阳若溪", "副组长", None)} <= pairs
    assert ("简思远", "党委书记") not in appointed
