"""Round 8 shapes of names and titles (invented names and places)."""

from __future__ import annotations

from tests.extract.conftest import pairs_of, posts_in


def test_brigade_unit_heads_keep_the_unit_word() -> None:
    text = "苇塘市消防救援支队特勤大队大队长甘雨松带队参加演练，苇塘市公安局交警支队副支队长蓝成栋到场指导。"
    assert pairs_of(text) >= {("甘雨松", "大队长"), ("蓝成栋", "副支队长")}


def test_street_party_working_committee_is_the_places() -> None:
    assert pairs_of("柘湾区枫林街道党工委书记卢慧敏出席签约仪式。") == {("卢慧敏", "党工委书记")}


def test_old_president_is_listed_under_the_post() -> None:
    assert posts_in("座谈会上，老院长蒲怀远回顾了医院的发展历程。") == {("蒲怀远", "院长")}


def test_a_word_after_a_title_is_no_name() -> None:
    assert pairs_of("内科共有38名护士全部持证上岗。") == set()
    assert pairs_of("内科38名护士全部为本科学历。") == set()
    assert pairs_of("我们请老专家每周查房，帮助年轻医生成长。") == set()
