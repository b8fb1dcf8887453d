"""Shapes of names and titles left after round 18 (wave 16, E72), with invented names: a role or an
honour in the middle of a title chain, a profile's 是 predicate after the name, a title word that
names an office (总务科), Tibetan and Mongolian names of known parts, a congress's sitting number
and a name that ends where a verb starts."""

from __future__ import annotations

from .conftest import pairs_of, posts_in, posts_with_orgs_in


def test_a_founder_between_the_post_and_the_name_keeps_the_chain():
    pairs = pairs_of("江临医疗投资集团有限公司董事长、我院创始人柏明川，我院执行院长谷一凡等出席签约仪式。")
    assert ("柏明川", "董事长") in pairs
    assert not any(title == "创始人" for _name, title in pairs)


def test_an_honour_before_the_name_and_an_association_officer():
    posts = posts_with_orgs_in("南洋客属公会会长、拿督柏明川，署理会长谷一凡，总务甘启明率访问团一行出席。")
    assert ("柏明川", "会长", "南洋客属公会") in posts
    assert ("甘启明", "总务", "南洋客属公会") in posts
    assert not any(title == "拿督" for _name, title, _org in posts)


def test_a_title_word_before_its_office_is_the_office():
    assert posts_with_orgs_in("医院总务科科长甘启明介绍了情况。") >= {("甘启明", "科长", "总务科")}
    assert ("甘启明", "总务") not in posts_in("医院总务处处长甘启明介绍了情况。")


def test_a_profile_predicate_after_a_described_name():
    posts = posts_in("今年80岁的柏明川，是江临县中医院主任中医师、省名中医，也是非遗代表性传承人。")
    assert {("柏明川", "主任中医师"), ("柏明川", "省名中医")} <= posts
    assert posts_in("87岁的甘启明，是一名退休教师。") == set()


def test_a_name_after_its_title_keeps_the_chain_before_a_predicate():
    posts = posts_in("宣传委员甘启明，是内分泌科主治中医师，牵头开设微课堂。")
    assert ("甘启明", "宣传委员") in posts


def test_a_two_character_tibetan_name_and_a_long_mongolian_name():
    assert ("次吉", "总会计师") in posts_in("谷一凡、次吉分别任总医院副院长、总会计师。")
    assert ("朝鲁仓", "秘书长") in posts_in("市侨联副主席、秘书长朝鲁仓，我院院长甘启明出席仪式。")


def test_a_sitting_number_does_not_break_the_chain():
    assert {("柏明川", "院长"), ("柏明川", "全国人大代表")} <= pairs_of("江临医院院长、第十四届全国人大代表柏明川出席。")
    posts = posts_with_orgs_in("江临医学院附属医院原院长柏明川，曾任江临省医学会消化病学分会主任委员、第七届江临省政协委员。")
    assert ("柏明川", "省政协委员", "江临省") in posts
    assert not any(title == "委员" for _name, title, _org in posts)


def test_a_name_ends_where_a_verb_with_its_aspect_starts():
    assert ("柏明远", "护士长") in pairs_of("重症医学科护士长柏明远带着12台转运呼吸机守在电梯口。")
    assert ("柏雨桐", "家庭医生团队长") in pairs_of("乡卫生院家庭医生团队长柏雨桐一进门，就拉起了家常。")
