"""Where an organization's name starts and what it is: structural rules, invented names.

An organization's name starts at a place name or a known organization head, never inside a
date or after a verb or a time word; a township written short is the one the article names
with its county; a body of a place's party committee (市委某某办, 市委第某巡察组) is no unit of
the hospital.
"""

from __future__ import annotations

from yuanzhi.extract.facts import issue_to_facts
from yuanzhi.extract.orgs import find_orgs, resolve_org
from yuanzhi.extract.segment import default_tokenizer, tokens

from .conftest import one_article, posts_with_orgs_in


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
def test_a_township_written_short_is_the_one_named_with_its_county():
    issue = one_article(
        "9月9日，医院党委书记栾一舟来到对口帮扶的渼川县蕖塘镇苇石村开展调研。",
        "蕖塘镇党委书记贝思远、镇长邬嘉禾陪同调研。",
    )
    facts = issue_to_facts(issue)
    posts = {(p.name, pos.title, pos.org) for p in facts.people for pos in p.positions}
    assert ("贝思远", "党委书记", "渼川县蕖塘镇") in posts
    assert ("邬嘉禾", "镇长", "渼川县蕖塘镇") in posts
    town = next(o for o in facts.organizations if o.name == "渼川县蕖塘镇")
    assert "蕖塘镇" in town.aliases


def test_a_body_of_the_city_party_committee_is_no_hospital_unit(lexicon):
    office = resolve_org("市委巡察办", lexicon, "梧岭市中心医院")
    assert (office.kind, office.parent) == ("government", None)
    team = resolve_org("市委第二巡察组", lexicon, "梧岭市中心医院")
    assert team.parent is None and team.kind != "department"


def test_an_inspection_team_glued_to_the_next_word_is_found(lexicon):
    found = names("市委第二巡察组向梧岭市中心医院党委反馈巡察情况。", lexicon, "梧岭市中心医院")
    assert "市委第二巡察组" in found


def test_posts_of_an_inspection_team_take_the_team():
    posts = posts_with_orgs_in(
        "4月2日，市委第二巡察组向梧岭市中心医院党委反馈巡察情况。巡察组组长栾一舟，市委巡察办副主任贝思远出席会议。",
    )
    assert ("栾一舟", "组长", "市委第二巡察组") in posts
    assert ("贝思远", "副主任", "市委巡察办") in posts


def test_a_place_word_of_the_common_list_still_makes_a_name_proper(lexicon):
    assert "澳门蓁景医院" in names("澳门蓁景医院代表团来院交流", lexicon, "琴川市第一人民医院")


def test_a_signing_still_to_come_is_no_partnership():
    facts = issue_to_facts(one_article(
        "6月18日，蓁岭市中心医院代表团来到琴川市第一人民医院参观交流。",
        "蓁岭市中心医院与琴川市第一人民医院商定，今后将在护理培训等方面开展交流，并争取于年内签订合作备忘录。",
    ))
    assert facts.partnerships == ()


def test_council_posts_belong_to_the_institution_whose_council_sits():
    posts = posts_with_orgs_in(
        "3月2日，蘅州市城乡医疗集团（以下简称“集团”）第一届理事会第一次会议在蘅州市人民医院召开。",
        "会议选举蘅州市卫生健康委员会主任栾一舟为理事长。蘅州市人民医院副院长贝思远当选为理事兼秘书长。",
    )
    assert ("栾一舟", "理事长", "蘅州市城乡医疗集团") in posts
    assert ("贝思远", "秘书长", "蘅州市城乡医疗集团") in posts
    assert ("贝思远", "副院长", "蘅州市人民医院") in posts


def test_a_body_declared_short_keeps_the_other_parties_of_a_three_party_signing():
    from yuanzhi.knowledge.resolve import merge_facts

    facts = issue_to_facts(one_article(
        "7月5日，蕖州市第三人民医院与蕖州市汀南区芷汀街道办事处（以下简称“芷汀街道办”）、"
        "芷汀街道社区卫生服务中心签订三方合作协议。",
        "芷汀街道办党工委书记栾一舟、主任邬嘉禾，蕖州市第三人民医院副院长贝思远出席签约仪式。",
    ))
    office = next(o for o in facts.organizations if o.name == "蕖州市汀南区芷汀街道办事处")
    assert "蕖州市第三人民医院" not in office.aliases
    merged = merge_facts([facts])
    assert [set(p.parties) for p in merged.partnerships] == [
        {"蕖州市第三人民医院", "蕖州市汀南区芷汀街道办事处", "芷汀街道社区卫生服务中心"}
    ]


def test_every_member_signed_with_in_turn_is_in_the_alliance():
    facts = issue_to_facts(one_article(
        "8月2日，蘅州市儿童医院儿科专科联盟成立。仪式上，院长栾一舟分别与芪东县人民医院院长贝思远、"
        "芪西县妇幼保健院院长邬嘉禾、芪南县中医医院院长苗若水签订联盟协议。",
    ))
    members = {party for p in facts.partnerships for party in p.parties}
    assert {"芪东县人民医院", "芪西县妇幼保健院", "芪南县中医医院"} <= members


def test_a_district_hospital_written_without_its_city_is_the_one_named_in_full(lexicon):
    from yuanzhi.extract.org_short_names import is_short_form

    assert is_short_form("芪北区人民医院", "蘅州市芪北区人民医院", lexicon)
    posts = posts_with_orgs_in(
        "5月20日，蘅州市中医医院与蘅州市芪北区人民医院签订专科联盟协议。院长栾一舟和芪北区人民医院院长贝思远代表双方签字。",
    )
    assert ("贝思远", "院长", "蘅州市芪北区人民医院") in posts


def test_a_direction_word_after_a_country_is_part_of_the_place(lexicon):
    # the country itself is no part of a foreign body's name (GOLD_SPEC §4.9); 北 stays with 岸
    assert "北岸大学医学院" in names("新西兰北岸大学医学院副院长栾一舟教授来院访问。", lexicon, "葭州医科大学附属医院")


def test_a_placed_centre_is_an_institution_of_its_place_and_its_short_form_too(lexicon):
    centre = resolve_org("蕖屿市急救中心", lexicon, "蕖屿市第四人民医院")
    assert (centre.kind, centre.parent) == ("other", None)
    desk = resolve_org("蕖屿市急救中心调度科", lexicon, "蕖屿市第四人民医院")
    assert (desk.kind, desk.parent) == ("department", "蕖屿市急救中心")
    posts = posts_with_orgs_in(
        "4月1日，蕖屿市第四人民医院联合蕖屿市急救中心开展演练。市急救中心调度员栾一舟介绍了调度流程。",
    )
    assert ("栾一舟", "调度员", "蕖屿市急救中心") in posts


def test_a_hospital_written_again_by_its_level_short_form_is_the_issues_own(lexicon):
    from yuanzhi.extract.home_orgs import home_hospital

    texts = [
        "4月8日，芪岭县医共体工作推进会在芪岭县人民医院召开。",
        "芪岭县医共体由县人民医院牵头，白鹭镇卫生院、青苇镇卫生院为分院。",
        "白鹭镇卫生院院长栾一舟汇报了工作。会上，县人民医院与芪岭县妇幼保健院签订协议。",
        "白鹭镇卫生院将派医生到县人民医院进修。",
    ]
    assert home_hospital(texts, lambda t: tokens(default_tokenizer(), t), lexicon) == "芪岭县人民医院"
