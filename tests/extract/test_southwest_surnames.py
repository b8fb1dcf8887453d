"""Surnames of the southwest's peoples printed as a Han surname (滚, 普, 杞) start names; the words
they start (普外科, 普通, 滚动, 普及) stay words (surnames.txt; names invented)."""

from __future__ import annotations

from .conftest import posts_with_orgs_in


def test_southwest_surnames_start_names_and_their_words_stay_words():
    found = posts_with_orgs_in(
        "普外科主任普文涛、普通外科副主任医师滚立新出席会议。",
        "滚动播放宣传片，普及健康知识。",
        "公司聘任杞文博为总经理，普晓岚为副总经理。",
    )
    names = {name for name, _t, _o in found}
    assert {"普文涛", "滚立新", "杞文博", "普晓岚"} <= names
    assert not any(name.startswith(("普外", "普通", "滚动", "普及")) for name in names)
