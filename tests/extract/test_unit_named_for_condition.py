"""A specialty named for the condition it treats (E160, round 30's own departments): jieba reads the
condition's last word as a verb (损伤), yet it is part of the unit's name, so the unit is read whole
from the body before it (``某康复医院脊髓损伤康复科``), and the posts and grades printed with it keep it
(GOLD_SPEC §4.2, §5). Invented names."""

from __future__ import annotations

from .conftest import posts_with_orgs_in


def test_a_unit_named_for_an_injury_keeps_the_condition():
    found = posts_with_orgs_in(
        "岁末将至，柘北康复医院脊髓损伤康复科在科务会上盘点了一年的工作。",
        "科室主任、主任医师甄砺锋在总结中说，病人下床早了。",
    )
    assert ("甄砺锋", "主任医师", "脊髓损伤康复科") in found


def test_the_unit_printed_with_its_head():
    found = posts_with_orgs_in("柘北康复医院脊髓损伤康复科主任甄砺锋介绍了科室的做法。")
    assert ("甄砺锋", "主任", "脊髓损伤康复科") in found
