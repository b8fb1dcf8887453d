"""An adverb between a name and its link (甲同时是…, 乙现在是…), all names invented: the posts
after the link are the person's, and 现在 after a name is no part of it."""

from __future__ import annotations

from .conftest import pairs_of, posts_in


def test_an_adverb_before_the_copula_keeps_the_posts():
    found = posts_in("分会副主任委员鞠远山作专题报告。鞠远山同时是澄屿省老年病医院党委书记、院长，他介绍了经验。")
    assert ("鞠远山", "党委书记") in found and ("鞠远山", "院长") in found


def test_xianzai_after_a_name_is_no_part_of_it():
    found = pairs_of("支部书记郜立现在是心内科主任、主任医师。")
    assert ("郜立", "支部书记") in found and not any(name == "郜立现" for name, _t in found)
