"""A democratic party's branch (helper E96, round 22's organisations): a 支社 printed in full with its
party and city committee before it (九三学社某市委员会某某支社) is the body of every post later written
with the bare word — 支社主委, 支社顾问, and the posts of its elected 支社委员会 (the branch's organ);
上届/上一届 before it is a sitting, no part of a name (invented names; GOLD_SPEC §4.3, §4.8, §9)."""

from __future__ import annotations

from yuanzhi.extract.facts import issue_to_facts

from .conftest import one_article

_BRANCH = "九三学社岑柘市委员会第四医卫支社"


def posts(*paragraphs: str) -> set[tuple[str, str, str | None]]:
    facts = issue_to_facts(one_article(*paragraphs))
    return {(p.name, pos.title, pos.org) for p in facts.people for pos in p.positions}


ARTICLE = (
    "5月3日下午，九三学社岑柘市委员会第四医卫支社在岑柘市中心医院召开社员大会，选举产生新一届支社委员会。",
    "会议听取了上一届支社委员会工作报告。上届支社主委、岑柘市中心医院原副院长眭晓岚在报告中回顾了工作。",
    "经无记名投票，岑柘市中心医院心内科主任闵雪庭当选支社主委；卜一凡当选副主委；柴小禾、汤明当选委员。会议还聘请眭晓岚为支社顾问。",
)


def test_the_branch_written_alone_is_the_branch_printed_in_full():
    found = posts(*ARTICLE)
    assert ("闵雪庭", "主委", _BRANCH) in found
    assert ("眭晓岚", "顾问", _BRANCH) in found


def test_the_posts_of_the_branchs_committee_are_the_branchs():
    found = posts(*ARTICLE)
    assert ("卜一凡", "副主委", _BRANCH) in found
    assert ("柴小禾", "委员", _BRANCH) in found


def test_last_sitting_before_the_branch_is_no_part_of_its_name():
    found = posts(*ARTICLE)
    assert ("眭晓岚", "主委", _BRANCH) in found
