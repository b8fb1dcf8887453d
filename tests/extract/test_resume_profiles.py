"""A listed company's résumé (附件：相关人员简历): the name, then biodata a listed company prints
(中国国籍，无境外永久居留权), then 曾任…，现任… in the next sentence: the posts are the person's
(former ones pairs without the marker, GOLD_SPEC §6; profiles.py; names and company invented)."""

from __future__ import annotations

from .conftest import posts_in


def test_a_resumes_next_sentence_gives_former_and_current_posts():
    pairs = posts_in(
        "溪禾药业股份有限公司董事会",
        "庞远山，男，1976年出生，中国国籍，无境外永久居留权，药学博士，正高级工程师。曾任公司研发中心主任、"
        "副总经理，现任公司董事。",
    )
    assert {("庞远山", "主任"), ("庞远山", "副总经理"), ("庞远山", "董事")} <= pairs
    assert ("庞远山", "正高级工程师") not in pairs  # a qualification in a résumé, no post


def test_a_licence_in_a_resumes_biodata_is_no_post():
    pairs = posts_in(
        "溪禾药业股份有限公司董事会",
        "卜青禾，女，1980年出生，中国国籍，无境外永久居留权，大学本科学历，执业药师。现任公司副总经理。",
    )
    assert ("卜青禾", "副总经理") in pairs and ("卜青禾", "执业药师") not in pairs


def test_a_former_post_sentence_with_no_profile_before_names_no_one():
    pairs = posts_in("会议由院长卜青禾主持。", "曾任公司研发中心主任。")
    assert not any(title == "主任" for _name, title in pairs)
