"""Short forms of an autonomous prefecture's bodies (E153, GOLD_SPEC §4.3, §4.7): 州疾控中心 for
某某傣族自治州疾病预防控制中心 (an abbreviation from the prefecture's level word), 某某州卫生健康委员会
for 某某藏族羌族自治州卫生健康委员会 (the peoples and 自治 left out); the knowledge merge maps every
alias extraction recorded to its organization. Places, bodies and people are invented."""

from __future__ import annotations

from yuanzhi.extract.facts import issue_to_facts
from yuanzhi.extract.lexicon_loader import default_lexicon
from yuanzhi.extract.org_short_names import is_short_form
from yuanzhi.knowledge.resolve import merge_facts
from yuanzhi.pipeline import parse_text

TEXT = (
    "本报讯 3月17日，瑞峦傣族自治州疾病预防控制中心在某县举办培训班。开班仪式由州疾控中心副主任、"
    "主任医师刀小花主持。州疾控中心党委书记、主任杨一澈讲话。\n"
)


def test_a_prefectures_abbreviation_and_its_name_without_its_peoples_are_short_forms() -> None:
    lexicon = default_lexicon()
    assert is_short_form("州疾控中心", "瑞峦傣族自治州疾病预防控制中心", lexicon)
    assert is_short_form("岷沃州卫生健康委员会", "岷沃藏族羌族自治州卫生健康委员会", lexicon)
    assert not is_short_form("岷沃州卫生健康委员会", "岷沃藏族羌族自治州人民医院", lexicon)


def test_posts_of_a_prefectures_centre_printed_short_take_its_full_name() -> None:
    facts = issue_to_facts(parse_text(TEXT, source="t.txt", date="2026-03-17"), default_lexicon())
    posts = {(p.name, q.title, q.org) for p in facts.people for q in p.positions}
    assert ("杨一澈", "主任", "瑞峦傣族自治州疾病预防控制中心") in posts
    assert ("刀小花", "副主任", "瑞峦傣族自治州疾病预防控制中心") in posts


def test_the_merge_maps_an_alias_extraction_recorded() -> None:
    text = (
        "本报讯 11月30日，岷沃州卫生健康委员会主任余一明出席会议。\n"
        "岷沃藏族羌族自治州卫生健康委员会\n"
    )
    merged = merge_facts([issue_to_facts(parse_text(text, source="t.txt", date="2026-11-30"), default_lexicon())])
    orgs = {q.org for p in merged.people for q in p.positions}
    assert "岷沃州卫生健康委员会" not in orgs
