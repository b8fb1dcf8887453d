"""A post read with its body's short form (局党组书记 after 县卫健局, 一级检察官 of a procuratorate
the article declared a short name for) takes the body the same article prints in full (GOLD_SPEC §4.3):
the short form begins with the level word its full name holds after the place. Invented names."""

from __future__ import annotations

from yuanzhi.extract.facts import issue_to_facts

from .conftest import one_article


def posts(*paragraphs: str) -> set[tuple[str, str, str | None]]:
    facts = issue_to_facts(one_article(*paragraphs))
    return {(p.name, pos.title, pos.org) for p in facts.people for pos in p.positions}


def test_bureau_short_form_is_the_bureau_printed_later():
    found = posts(
        "11月8日，县卫健局在县人民医院召开干部大会。局党组书记、局长欧阳砚秋，局党组成员、副局长蒯望川出席会议。",
        "据悉，今年以来，蘅溪县卫生健康局先后对县直医疗卫生单位领导班子进行了两次调整。",
    )
    assert ("欧阳砚秋", "局长", "蘅溪县卫生健康局") in found
    assert ("蒯望川", "副局长", "蘅溪县卫生健康局") in found


def test_declared_short_procuratorate_rank():
    found = posts(
        "近日，蘅溪县人民检察院（以下简称“蘅溪县检察院”）召开公开听证会。",
        "听证会由蘅溪县检察院党组书记、检察长欧阳砚秋主持，第三检察部主任、一级检察官蒯望川介绍案情。",
    )
    assert ("蒯望川", "一级检察官", "蘅溪县人民检察院") in found

