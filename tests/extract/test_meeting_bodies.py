"""The society whose congress the article reports holds the sittings and society posts printed
without a body, even after a guest's body is named; a verb of posts jieba glues to a place
(曾任州) is no part of the body's name (invented names)."""

from __future__ import annotations

from yuanzhi.extract.facts import issue_to_facts

from .conftest import one_article


def posts(*paragraphs: str) -> set[tuple[str, str, str | None]]:
    facts = issue_to_facts(one_article(*paragraphs))
    return {(p.name, pos.title, pos.org) for p in facts.people for pos in p.positions}


def test_the_congress_society_holds_the_posts_elected_at_its_council():
    found = posts(
        "5月9日，柘原朝鲜族自治州民族医药学会第二次会员代表大会在州府召开。"
        "柘原朝鲜族自治州科学技术协会（以下简称“州科协”）党组书记、主席卢尚文出席会议并讲话。",
        "在随后召开的第二届理事会第一次会议上，州民医医院院长、主任医师甄海东当选为会长；"
        "冀文秀、伍德昌当选为副会长；庄美玉当选为秘书长。",
        "卢尚文指出，民族医药学会是州科协所属的学会之一。第一届理事会会长魏国华因年龄原因不再担任会长。",
    )
    society = "柘原朝鲜族自治州民族医药学会"
    assert ("甄海东", "会长", society) in found
    assert ("冀文秀", "副会长", society) in found
    assert ("庄美玉", "秘书长", society) in found
    assert ("魏国华", "会长", society) in found
    assert ("卢尚文", "主席", "柘原朝鲜族自治州科学技术协会") in found


def test_a_verb_of_posts_glued_to_a_place_is_no_part_of_the_body():
    found = posts(
        "6月2日，柘原朝鲜族自治州民族医药学会召开理事会。州民医医院院长、主任医师甄海东当选为会长。",
        "魏国华曾任州民医医院院长，是全州第一批指导老师。",
    )
    assert ("甄海东", "院长", "州民医医院") in found  # not 魏国华曾任州民医医院 (the short form's full name)
