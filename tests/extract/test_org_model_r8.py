"""Organizations of round 8's shapes, as general rules of hospital news (invented names):
a simplified article that prints one variant character inside a place name keeps it in the
organization's name (it is not a traditional text, GOLD_SPEC §2), while a person's variant
character is folded; a traditional article is still folded whole."""

from __future__ import annotations

from yuanzhi.extract.facts import issue_to_facts
from yuanzhi.extract.orgs import resolve_org
from yuanzhi.extract.sentences import is_traditional

from .conftest import one_article


def posts(*paragraphs: str, title: str | None = None) -> set[tuple[str, str, str | None]]:
    facts = issue_to_facts(one_article(*paragraphs, title=title))
    return {(p.name, pos.title, pos.org) for p in facts.people for pos in p.positions}


def test_a_variant_character_in_a_place_name_is_kept_as_printed():
    found = posts("5月6日，蘋渚市第三人民医院召开职工代表大会，蘋渚市第三人民医院院长甘望舒作报告。")
    assert ("甘望舒", "院长", "蘋渚市第三人民医院") in found


def test_a_variant_character_in_a_persons_name_is_folded():
    found = posts("5月6日，菁渚市第三人民医院召开职工代表大会，副院长甘書舒主持会议。")
    assert ("甘书舒", "副院长", "菁渚市第三人民医院") in found


def test_a_traditional_text_is_still_a_traditional_text():
    assert is_traditional(["5月6日，菁渚市第三人民醫院召開職工代表大會，院長甘望舒作報告。"])
    assert not is_traditional(["5月6日，蘋渚市第三人民医院召开职工代表大会。"])


def test_a_declared_short_name_between_a_company_and_its_posts_is_transparent():
    found = posts(
        "3月17日，菁禾医药股份有限公司（以下简称“菁禾医药”）董事长甘望舒，总经理贝思远一行到访菁渚市人民医院。"
    )
    assert ("甘望舒", "董事长", "菁禾医药股份有限公司") in found
    assert ("贝思远", "总经理", "菁禾医药股份有限公司") in found


def test_a_unit_of_the_main_hospital_is_that_hospitals_unit(lexicon):
    unit = resolve_org("总院医务部", lexicon, "菁渚县人民医院")
    assert unit is not None and (unit.name, unit.parent) == ("医务部", "菁渚县人民医院")
    office = resolve_org("总院长办公室", lexicon, "菁渚县人民医院")
    assert office is None or office.name != "长办公室"


def test_a_body_written_from_its_level_word_is_under_the_placed_body_named_before():
    found = posts(
        "6月23日，菁渚市政协副主席甘望舒带领部分市政协委员到菁渚市人民医院调研。",
        "市政协教科卫体委员会主任贝思远、副主任鲁一鸣参加调研。",
    )
    assert ("贝思远", "主任", "菁渚市政协教科卫体委员会") in found
    assert ("鲁一鸣", "副主任", "菁渚市政协教科卫体委员会") in found


def test_the_leagues_short_committee_is_the_committee_named_in_full_before():
    found = posts("4月28日，共青团菁渚市委员会发布青年文明号名单。", "团市委副书记甘望舒到会授牌。")
    assert ("甘望舒", "副书记", "共青团菁渚市委员会") in found


def test_a_communitys_deputy_heads_hold_the_communitys_posts():
    found = posts(
        "10月15日，菁渚县紧密型县域医疗卫生共同体（以下简称“县医共体”）院长联席会议在菁渚县人民医院召开。"
        "县医共体总院长、菁渚县人民医院院长甘望舒，常务副总院长贝思远，副总院长、菁渚县中医院院长鲁一鸣参加会议。"
    )
    community = "菁渚县紧密型县域医疗卫生共同体"
    assert ("贝思远", "常务副总院长", community) in found
    assert ("鲁一鸣", "副总院长", community) in found
    assert ("鲁一鸣", "院长", "菁渚县中医院") in found
