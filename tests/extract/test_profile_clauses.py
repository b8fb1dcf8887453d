"""``某某长期从事医院运营管理，此前任A中心副总经理``: a sentence opened by a person the article has
named, a description of the work, then 此前任/曾任 and posts — the posts are that person's.
Invented names."""

from __future__ import annotations

from .conftest import posts_in


def test_posts_after_a_description_are_the_opening_persons():
    found = posts_in(
        "会上，集团副总裁沈知行宣读了集团决定：聘任宿文山为澄泉医院执行院长。",
        "宿文山长期从事医院运营管理，此前任集团运营管理中心副总经理。",
    )
    assert ("宿文山", "副总经理") in found


def test_a_description_of_someone_else_gives_no_post():
    found = posts_in(
        "会上，集团副总裁沈知行宣读了集团决定：聘任宿文山为澄泉医院执行院长。",
        "该院长期从事医院运营管理，此前任集团运营管理中心副总经理的人员均已到岗。",
    )
    assert not any(title == "副总经理" for _name, title in found)
