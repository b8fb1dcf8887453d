"""A list of elected names, each with its employer in brackets (names.past_employer; names and
places invented)."""

from __future__ import annotations

from .conftest import posts_in


def test_names_with_their_hospitals_in_brackets_are_all_elected():
    found = posts_in(
        "大会选举产生了新一届委员会。",
        "唐明月（溪桥县人民医院）、庞远山（溪桥县中医院）、卜青禾（溪桥医学院附属医院）当选为副主任委员。",
    )
    assert {("唐明月", "副主任委员"), ("庞远山", "副主任委员"), ("卜青禾", "副主任委员")} <= found

