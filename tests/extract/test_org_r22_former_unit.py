"""原 before a unit (helper E96, round 22's organisations): 原 marks a former post (GOLD_SPEC §6) and is
never part of the body's name — `某医院原骨科主任` is the 骨科's 主任, with the hospital before it when the
hospital is another body; `我院原中医科主任` is the own hospital's 中医科. A place whose name holds 原
(`原平市`) keeps it (invented names; GOLD_SPEC §4.2, §6)."""

from __future__ import annotations

from yuanzhi.extract.facts import issue_to_facts

from .conftest import one_article


def posts(*paragraphs: str) -> set[tuple[str, str, str | None]]:
    facts = issue_to_facts(one_article(*paragraphs))
    return {(p.name, pos.title, pos.org) for p in facts.people for pos in p.positions}


def test_a_former_posts_unit_after_another_hospital_carries_the_hospital_without_yuan():
    found = posts(
        "本报讯 岑柘市妇幼保健院院长甄茂林主持会议。",
        "仲裁员分别是退休的岑柘县人民医院原心内科主任、主任医师闵雪庭和执业律师卜一凡。",
    )
    assert ("闵雪庭", "主任", "岑柘县人民医院心内科") in found


def test_a_former_posts_unit_of_the_own_hospital_is_named_without_yuan():
    found = posts("中国共产党优秀党员、我院原中医科主任、主任中医师眭晓岚同志，因病医治无效逝世。")
    assert ("眭晓岚", "主任", "中医科") in found
    assert ("眭晓岚", "主任中医师", "中医科") in found
