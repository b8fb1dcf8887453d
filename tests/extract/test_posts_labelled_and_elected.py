"""Posts of lists (E171): an organ that elects its own 书记 keeps its name in the title (GOLD_SPEC §3);
posts listed before 分别为 pair with the holders in order (§10); a roster row's labels (组长 某科护士长甲)
are posts of the row's body, carried across its ；."""

from __future__ import annotations

from .conftest import posts_with_orgs_in


def _pairs(*paragraphs: str) -> set[tuple[str, str, str | None]]:
    return posts_with_orgs_in(*paragraphs, date="2025-05")


def _titles(*paragraphs: str) -> set[tuple[str, str]]:
    return {(n, t) for n, t, _o in _pairs(*paragraphs)}


def test_a_branch_that_elects_its_secretary_gives_the_branch_post():
    found = _titles(
        "5月12日，江北市儿童医院门诊党支部选举门诊部主任柏一舒为书记，门诊护士长雷一东为副书记。",
    )
    assert {("柏一舒", "党支部书记"), ("雷一东", "党支部副书记")} <= found
    assert ("柏一舒", "书记") not in found


def test_posts_listed_before_fenbie_wei_pair_with_the_holders_in_order():
    found = _titles(
        "5月12日，江北市儿童医院门诊党支部完成换届。",
        "组织委员、宣传委员、纪检委员分别为儿科主治医师柏一舒、护士雷一东、药剂科药师汤一梅。",
    )
    assert {("柏一舒", "组织委员"), ("雷一东", "宣传委员"), ("汤一梅", "纪检委员")} <= found
    assert ("柏一舒", "纪检委员") not in found


def test_labels_of_a_roster_row_are_posts_of_its_body_across_its_clauses():
    found = _pairs(
        "3月27日，江北市儿童医院护理委员会完成护理学组换届。",
        "儿科护理学组：组长呼吸内科护士长、副主任护师柏一舒；副组长急诊科护士长雷一东、新生儿科护士长汤一梅；"
        "秘书呼吸内科主管护师贝思远。",
    )
    assert ("柏一舒", "组长", "儿科护理学组") in found
    assert {("雷一东", "副组长", "儿科护理学组"), ("汤一梅", "副组长", "儿科护理学组")} <= found
    assert ("贝思远", "秘书", "儿科护理学组") in found
    assert ("柏一舒", "护士长", "呼吸内科") in found
