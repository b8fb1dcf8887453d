"""A deputy printed with the place's own name is 人大代表 of that place; printed with the level word alone it
is 市人大代表 (GOLD_SPEC §3, aligned after round 23) (E166)."""

from __future__ import annotations

from .conftest import posts_with_orgs_in


def _pairs(*paragraphs: str) -> set[tuple[str, str, str | None]]:
    return posts_with_orgs_in(*paragraphs, date="2025-05")


def test_a_deputy_printed_with_the_place_name_is_its_deputy():
    found = _pairs(
        "5月17日，江北市青川区人民检察院召开公益诉讼听证会。",
        "听证员、江北市人大代表柏一舒发表意见。",
    )
    assert ("柏一舒", "人大代表", "江北市") in found


def test_a_deputy_printed_with_the_level_word_alone_stays_whole():
    found = _pairs(
        "5月17日，江北市人民医院迎来视察。",
        "市人大代表、江北市人民医院院长柏一舒介绍了情况。",
    )
    assert ("柏一舒", "市人大代表") in {(n, t) for n, t, _o in found}
