"""Surnames of minority areas (Zhuang 零, 闭; Bai 字; Tu 星), all names invented, and the common
words these characters open staying no names (零差错, 零投诉)."""

from __future__ import annotations

from .conftest import pairs_of


def test_zhuang_bai_and_tu_surnames_open_names():
    assert ("零雅琪", "主管护师") in pairs_of("手术室主管护师零雅琪。")
    assert ("闭春岚", "副主席") in pairs_of("县妇联副主席闭春岚出席会议。")
    assert ("字秋和", "理事长") in pairs_of("理事长字秋和主持会议。")
    assert ("星占林", "副县长") in pairs_of("县委常委、副县长星占林，县卫生健康局局长出席。")


def test_zero_words_after_a_title_are_no_names():
    assert not any(name.startswith("零") for name, _t in pairs_of("护士长说，全程零差错、零投诉。"))
