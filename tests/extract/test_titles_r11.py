"""Rounds 11-12 classes of titles, names and appointments (invented names, places and bodies)."""

from __future__ import annotations

from yuanzhi.extract.facts import issue_to_facts

from .conftest import one_article, pairs_of


def appointed(*paragraphs: str) -> set[tuple[str, str, str]]:
    facts = issue_to_facts(one_article(*paragraphs, date="2026-05"))
    return {(a.person, a.title, a.action) for a in facts.appointments}


def test_every_compound_surname_of_the_hundred_family_list_takes_its_name() -> None:
    assert ("东门立川", "总经理") in pairs_of("芦溪航空有限公司总经理东门立川出席签约仪式。")
    assert ("南门雨亭", "董事长") in pairs_of("芦溪物流有限公司董事长南门雨亭致辞。")
    assert ("归海一鸣", "科长") in pairs_of("医务科科长归海一鸣介绍了流程。")


def test_a_township_party_post_is_read_without_the_township_level_when_the_place_came_before() -> None:
    assert pairs_of("乡党委书记蒯立川、乡长姜雨亭陪同调研。") >= {("蒯立川", "党委书记"), ("姜雨亭", "乡长")}
    assert ("范一鸣", "党工委副书记") in pairs_of("街道党工委副书记、办事处主任范一鸣，街道办事处副主任庹春雨参加活动。")
