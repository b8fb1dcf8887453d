"""被免去: the person removed is the sentence's subject before the cue, never a name read after it
(all names and places invented)."""

from __future__ import annotations

from yuanzhi.extract.facts import issue_to_facts

from .conftest import one_article, posts_in


def test_passive_removal_names_the_subject_not_the_place_after_the_cue():
    text = "2025年5月，申立强受到党内警告处分，被免去桦溪镇卫生院院长职务。"
    assert ("申立强", "院长") in posts_in(text)
    assert not any(name.startswith("桦溪") for name, _title in posts_in(text))
    facts = issue_to_facts(one_article(text))
    assert [(a.person, a.title, a.action) for a in facts.appointments] == [("申立强", "院长", "remove")]
