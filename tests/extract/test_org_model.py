"""Where an organization's name starts and what it is: structural rules, invented names.

An organization's name starts at a place name or a known organization head, never inside a
date or after a verb or a time word; a township written short is the one the article names
with its county; a body of a place's party committee (市委某某办, 市委第某巡察组) is no unit of
the hospital.
"""

from __future__ import annotations

from yuanzhi.extract.orgs import find_orgs
from yuanzhi.extract.segment import default_tokenizer, tokens

from .conftest import posts_with_orgs_in


def names(sentence: str, lexicon, home: str | None = None) -> list[str]:
    return [m.name for m in find_orgs(sentence, tokens(default_tokenizer(), sentence), lexicon, home)]


def test_a_date_glued_to_a_place_is_no_part_of_the_name(lexicon):
    found = names("6月8日菁渚市卫生健康委员会副主任栾一舟带队来院督导。", lexicon, "菁渚市中医医院")
    assert "菁渚市卫生健康委员会" in found
    assert not any(name.startswith("日") for name in found)


def test_a_verb_before_a_place_ends_the_name(lexicon):
    found = names("6月15日医院承办菁渚市中医药学会推拿专业委员会学术年会。", lexicon, "菁渚市中医医院")
    assert "菁渚市中医药学会推拿专业委员会" in found
    assert not any("承办" in name for name in found)


def test_a_time_word_before_an_unknown_place_ends_the_name(lexicon):
    found = names("今年蔺澍一院外科有十名学员结业。", lexicon, "蔺澍市第一人民医院")
    assert not any(name.startswith("今年") for name in found)


def test_a_copula_glued_to_a_unit_is_no_part_of_it():
    posts = posts_with_orgs_in("项目第一完成人为放疗科主任栾一舟。")
    assert ("栾一舟", "主任", "放疗科") in posts
