"""A unit of the article's own hospital is named alone (GOLD_SPEC §4.2) also where the hospital before it is
printed in full with its former name in brackets (invented names)."""

from __future__ import annotations

from .conftest import posts_with_orgs_in


def test_a_unit_after_the_own_hospital_and_its_former_name_is_named_alone():
    found = posts_with_orgs_in(
        "甘望舒，菁岭军民融合医院（原菁岭海防部队第二〇三医院）烧伤整形科主任、主任医师。",
        "2019年医院移交地方后，菁岭军民融合医院院长鲁一鸣请他留下。",
    )
    assert ("甘望舒", "主任", "烧伤整形科") in found
