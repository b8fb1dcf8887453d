"""Organizations of round 7's shapes, as general rules of hospital news (invented names):
a short form of any body resolves to its full name printed in the same article (a bureau
named only as the parent of its team, an alliance's declared short name); a ward whose name
ends in 病区 is a unit, not a place; the ward a profile is about holds its staff."""

from __future__ import annotations

from yuanzhi.extract.facts import issue_to_facts
from yuanzhi.extract.orgs import resolve_org

from .conftest import one_article


def posts(*paragraphs: str, title: str | None = None) -> set[tuple[str, str, str | None]]:
    facts = issue_to_facts(one_article(*paragraphs, title=title))
    return {(p.name, pos.title, pos.org) for p in facts.people for pos in p.positions}


def test_a_bureau_named_in_full_only_before_its_team_resolves_its_short_form():
    found = posts(
        "3月2日，菁渚市市场监督管理局专项督查组一行来到菁渚市妇幼保健院。"
        "督查组组长由市市场监督管理局党组成员、副局长栾一舟担任。"
    )
    assert ("栾一舟", "副局长", "菁渚市市场监督管理局") in found


def test_an_alliance_declared_short_holds_its_council_posts_under_its_full_name():
    found = posts(
        "4月9日，菁渚地区眼科专科联盟（以下简称“眼科联盟”）成立大会召开。"
        "会议选举产生第一届理事会，菁渚市第二人民医院院长贝思远当选为副理事长。"
    )
    assert ("贝思远", "副理事长", "菁渚地区眼科专科联盟") in found


def test_a_ward_ending_in_bingqu_is_a_unit_not_a_place(lexicon):
    ward = resolve_org("骨科三病区", lexicon, "菁渚市中医医院")
    assert ward is not None and ward.kind == "department"


def test_the_ward_a_profile_is_about_holds_its_staff():
    found = posts(
        "在菁渚市中医医院门诊楼五层，有这样一支队伍。这就是该院骨科三病区。",
        "骨科三病区现有医生九名。病区副主任栾一舟分管教学；护士长贝思远带领护理团队开展快速康复。",
        title="走进骨科三病区：一支年轻的队伍",
    )
    assert ("栾一舟", "副主任", "骨科三病区") in found
    assert ("贝思远", "护士长", "骨科三病区") in found


def test_former_before_an_institution_is_its_history_not_its_name(lexicon):
    old = resolve_org("原菁渚县中医院", lexicon, "菁渚市人民医院")
    assert old is not None and old.name == "菁渚县中医院"
    place = resolve_org("原平市人民医院", lexicon, None)  # 原 is the first character of the place
    assert place is not None and place.name == "原平市人民医院"


def test_a_verb_glued_to_community_starts_no_name(lexicon):
    from yuanzhi.extract.orgs import find_orgs
    from yuanzhi.extract.segment import default_tokenizer, tokens

    sentence = "义诊服务进社区系列活动走进菁渚市槐荫社区。"
    found = [m.name for m in find_orgs(sentence, tokens(default_tokenizer(), sentence), lexicon, "菁渚市中医医院")]
    assert not any(name.endswith("进社区") for name in found)


def test_a_kind_of_unit_names_no_unit(lexicon):
    assert resolve_org("亚专科", lexicon, "菁渚市中医医院") is None
    assert resolve_org("科室", lexicon, "菁渚市中医医院") is None
    assert resolve_org("骨科", lexicon, "菁渚市中医医院") is not None


def test_a_treatment_team_is_no_unit_of_record(lexicon):
    assert resolve_org("医疗组", lexicon, "菁渚市中医医院") is None
