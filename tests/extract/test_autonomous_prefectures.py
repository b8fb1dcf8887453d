"""An autonomous prefecture (自治州) as a body and as a post's place (E153): its own name kept whole
when it ends on a character jieba reads as a function word (某都|彝族自治州), its 州长/州委书记 posts
taking the prefecture as a 县长's take the county (GOLD_SPEC §4.4), also across two peoples
(某某哈尼族彝族自治州委副书记). Places, bodies and people are invented."""

from __future__ import annotations

from yuanzhi.extract.facts import issue_to_facts
from yuanzhi.extract.lexicon_loader import default_lexicon
from yuanzhi.extract.orgs import find_orgs
from yuanzhi.extract.segment import default_tokenizer, tokens
from yuanzhi.pipeline import parse_text


def orgs_in(sentence: str) -> list[str]:
    return [m.name for m in find_orgs(sentence, tokens(default_tokenizer(), sentence), default_lexicon(), None)]


def posts(text: str) -> set[tuple[str, str, str | None]]:
    facts = issue_to_facts(parse_text(text, source="t.txt", date="2026-03-01"), default_lexicon())
    return {(p.name, q.title, q.org) for p in facts.people for q in p.positions}


def test_a_prefectures_name_ending_on_a_function_character_stays_whole() -> None:
    assert orgs_in("3月2日，莫都彝族自治州中医医院举行揭牌仪式。") == ["莫都彝族自治州中医医院"]


def test_a_prefectures_government_posts_take_the_prefecture() -> None:
    text = "本报讯 3月2日，莫都彝族自治州人民政府副州长马大为，医院党委书记张小明出席。\n"
    assert ("马大为", "副州长", "莫都彝族自治州") in posts(text)


def test_a_prefectures_party_committee_with_two_peoples_is_the_prefecture() -> None:
    text = "本报讯 4月2日，鹿峦哈尼族彝族自治州委副书记、州长白一石，州人民政府副州长陶小钧到医院调研。\n"
    found = posts(text)
    assert ("白一石", "州委副书记", "鹿峦哈尼族彝族自治州") in found
    assert ("白一石", "州长", "鹿峦哈尼族彝族自治州") in found
    assert ("陶小钧", "副州长", "鹿峦哈尼族彝族自治州") in found
