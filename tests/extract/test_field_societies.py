"""A society named for its field of medicine (某省口腔医学会, 某省老年医学会) is one word to the
segmenter, not jieba's field (口腔医学) and a lone 会: its branches printed alone later take it
(GOLD_SPEC §4.3, §9); a kind of doctor's society (中医学会) still reads 中医|学会. Invented names."""

from __future__ import annotations

from yuanzhi.extract.facts import issue_to_facts
from yuanzhi.extract.segment import default_tokenizer, tokens

from .conftest import one_article


def posts(*paragraphs: str) -> set[tuple[str, str, str | None]]:
    facts = issue_to_facts(one_article(*paragraphs))
    return {(p.name, pos.title, pos.org) for p in facts.people for pos in p.positions}


def test_branch_printed_alone_takes_the_field_society():
    found = posts(
        "10月9日，蘅川省口腔医学会口腔修复专业委员会换届大会在蘅川举行。",
        "我院修复科主治医师欧阳砚秋当选口腔修复专业委员会青年委员。",
    )
    assert ("欧阳砚秋", "青年委员", "蘅川省口腔医学会口腔修复专业委员会") in found


def test_a_doctors_kind_society_keeps_its_words():
    words = [w for w, _s, _e in tokens(default_tokenizer(), "蘅川县中医学会")]
    assert "中医" in words and "学会" in words
