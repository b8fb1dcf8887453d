"""A township printed once with its county after a verb of going (深入, 前往 …) is that
township with its county wherever its post is printed alone (GOLD_SPEC §4.10; invented names)."""

from __future__ import annotations

from yuanzhi.extract.facts import issue_to_facts

from .conftest import one_article


def _orgs(*paragraphs: str) -> set[tuple[str, str, str | None]]:
    facts = issue_to_facts(one_article(*paragraphs))
    return {(p.name, pos.title, pos.org) for p in facts.people for pos in p.positions}


def test_a_township_gone_deep_into_keeps_its_county():
    found = _orgs("医疗队深入柏河县岭塘乡的4个牧业村开展筛查。", "岭塘乡党委书记扎西顿珠到现场看望医疗队。")
    assert ("扎西顿珠", "党委书记", "柏河县岭塘乡") in found


def test_a_bare_township_post_takes_the_chain_too():
    found = _orgs(
        "我院赴岭塘乡开展包虫病筛查。",
        "医疗队深入柏河县岭塘乡的4个牧业村开展筛查。",
        "岭塘乡卫生院院长提前通知了牧民。",
        "乡党委书记扎西顿珠也参加了宣传活动。",
    )
    assert ("扎西顿珠", "党委书记", "柏河县岭塘乡") in found
