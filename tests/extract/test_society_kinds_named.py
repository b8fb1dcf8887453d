"""A society named by its kind word after a noun ending in an adverb's character (科技人才联谊会) is
found whole, and a society of one kind is never a short form of a society of another kind that
shares its characters in order (某市医学会 beside 某市医学青年科技人才联谊会; GOLD_SPEC §4.3, §4.12).
Invented names."""

from __future__ import annotations

from yuanzhi.extract.facts import issue_to_facts
from yuanzhi.extract.lexicon_loader import default_lexicon
from yuanzhi.extract.org_short_names import is_short_form

from .conftest import one_article


def posts(*paragraphs: str) -> set[tuple[str, str, str | None]]:
    facts = issue_to_facts(one_article(*paragraphs))
    return {(p.name, pos.title, pos.org) for p in facts.people for pos in p.positions}


def test_a_society_of_another_kind_is_no_short_form():
    lexicon = default_lexicon()
    assert not is_short_form("岷阆市医学会", "岷阆市医学青年科技人才联谊会", lexicon)
    assert is_short_form("市医学会", "岷阆市医学会", lexicon)


def test_a_talents_association_is_found_and_the_society_keeps_its_posts():
    found = posts(
        "同日，市科协为新成立的“岷阆市医学青年科技人才联谊会”授牌。",
        "岷阆市医学会会长、岷阆市第一人民医院院长储望川当选联谊会会长。",
        "岷阆市医学会学术部副部长宓知远介绍了联谊会的章程。",
    )
    assert ("储望川", "会长", "岷阆市医学会") in found
    assert ("储望川", "会长", "岷阆市医学青年科技人才联谊会") in found
    assert ("宓知远", "副部长", "岷阆市医学会学术部") in found
