"""Words after a name that end it (lexicon/name_followers.txt): 用 opening the means, 今年 before
an age (all names invented)."""

from __future__ import annotations

from .conftest import pairs_of


def test_yong_opening_the_means_ends_a_name():
    found = pairs_of("公共卫生科科长朴英子用朝鲜语讲解了注意事项，护士长郑春子用汉语翻译。")
    assert ("朴英子", "科长") in found and ("郑春子", "护士长") in found


def test_this_year_before_an_age_ends_a_name_that_is_a_word_too():
    found = pairs_of("新任院长方针今年48岁，此前任某市人民医院副院长。")
    assert ("方针", "院长") in found


def test_yong_in_words_after_a_title_makes_no_name():
    found = pairs_of("主任用药很谨慎，护士长用心服务。")
    assert not found
