"""Round 21's classes of titles: posts of a place's trade unions (总工会, a sector's 产业工会) read
after the union, never as an organ of the hospital (invented names, places and bodies)."""

from __future__ import annotations

from .conftest import posts_with_orgs_in


def test_a_places_federation_of_trade_unions_holds_its_chairs_post() -> None:
    found = posts_with_orgs_in("芦溪市委常委、芦溪市总工会主席蒯立川出席表彰大会并讲话。")
    assert ("蒯立川", "主席", "芦溪市总工会") in found
    assert any(t == "市委常委" for _n, t, _o in found)
    assert not any(t == "总工会主席" for _n, t, _o in found)


def test_a_sector_union_of_a_place_is_a_body_not_the_hospitals_union() -> None:
    found = posts_with_orgs_in("芦溪市人民医院举行职工运动会。市医疗卫生工会主席姜雨亭出席。")
    assert ("姜雨亭", "主席", "市医疗卫生工会") in found
    assert not any(t == "工会主席" for _n, t, _o in found)


def test_the_hospitals_own_union_keeps_its_organ_in_the_title() -> None:
    found = posts_with_orgs_in("芦溪市人民医院工会副主席庹春雨主持会议。")
    assert ("庹春雨", "工会副主席", "芦溪市人民医院") in found
