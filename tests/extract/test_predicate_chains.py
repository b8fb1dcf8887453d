"""A post after a verb (``甲任联络站站长，``) ends its clause: the titles after the comma open the
next person's chain (``市人大代表、护理部主任乙任副站长``), they do not run on from the post
(invented names and units)."""

from __future__ import annotations

from .conftest import posts_in


def test_a_post_after_ren_does_not_join_the_next_persons_chain():
    found = posts_in("医院党委书记栾启明任联络站站长，市人大代表、医院护理部主任邬晴任副站长。")
    assert ("邬晴", "站长") not in found
    assert {("栾启明", "站长"), ("邬晴", "副站长"), ("邬晴", "市人大代表"), ("邬晴", "主任")} <= found


def test_a_chain_over_a_comma_still_joins_without_a_verb():
    assert posts_in("医院党委书记、院长栾启明，副院长邬晴出席。") >= {("栾启明", "院长"), ("邬晴", "副院长")}
