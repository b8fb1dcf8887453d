"""Organizations of posts for bodies of kinds no round fitted, by the shape of Chinese body
names (invented names): where a name starts (a counter, a distributive word, a demonstrative or
a verb's complement is no part of it) ..."""

from __future__ import annotations

import pytest

from yuanzhi.errors import LexiconError
from yuanzhi.extract.facts import issue_to_facts
from yuanzhi.extract.lexicon_loader import default_lexicon
from yuanzhi.extract.org_edges import edge_words
from yuanzhi.extract.orgs import org_before
from yuanzhi.extract.segment import default_tokenizer, tokens

from .conftest import one_article


def posts(*paragraphs: str, title: str | None = None) -> set[tuple[str, str, str | None]]:
    facts = issue_to_facts(one_article(*paragraphs, title=title))
    return {(p.name, pos.title, pos.org) for p in facts.people for pos in p.positions}


def test_a_counter_after_a_number_is_no_part_of_the_body_name():
    found = posts(
        "5月8日，菁陂大学附属蓼州医院揭牌。",
        "菁陂大学副校长甘望舒为首批8名菁陂大学兼职教授颁发了聘书，其中包括骨科主任贝思远。",
    )
    assert ("贝思远", "兼职教授", "菁陂大学") in found


def test_a_verb_complement_before_a_body_is_no_part_of_its_name():
    lexicon = default_lexicon()
    sentence = "医院将承担好菁陂大学医学院的临床教学任务"
    end = sentence.index("医学院")
    mention = org_before(sentence, end, tokens(default_tokenizer(), sentence), lexicon, None)
    assert mention is not None and mention.name == "菁陂大学"


def test_a_distributive_word_names_no_body():
    lexicon = default_lexicon()
    for sentence in ("把救治网络延伸到各乡镇卫生院", "每家医院"):
        mention = org_before(sentence, len(sentence), tokens(default_tokenizer(), sentence), lexicon, None)
        assert mention is None, sentence


def test_a_demonstrative_starts_the_reference_not_the_verb_before_it():
    found = posts(
        "今年，鲁晓岚被选派到菁陂医科大学附属第一医院（以下简称“菁医附一院”）超声医学科进修，"
        "师从该科主任、主任医师甘望舒。",
    )
    orgs = {org for name, _t, org in found if name == "甘望舒"}
    assert orgs and not any(org and org.startswith("师从") for org in orgs)


def test_a_bad_edge_line_names_file_and_line(tmp_path):
    (tmp_path / "org_edge_words.tsv").write_text("名\tcounter\n各\tnone\n", encoding="utf-8")
    with pytest.raises(LexiconError) as caught:
        edge_words(str(tmp_path))
    assert "org_edge_words.tsv" in str(caught.value) and "2" in str(caught.value)
