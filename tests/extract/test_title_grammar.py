"""The grammar of titles: qualifiers, committee prefixes and 助理, from the lexicon's parts."""

from __future__ import annotations

import pytest

from yuanzhi.errors import LexiconError
from yuanzhi.extract.lexicon_loader import load_lexicon
from yuanzhi.lexicon.title_grammar import BodyPrefix, Qualifier, expand_titles, trie_pattern

from .test_lexicon_loader import copy_lexicon

BASE = {"院长": "administrative", "副院长": "administrative", "主席": "association", "副主席": "association",
        "书记": "party", "副书记": "party", "总裁": "corporate", "教授": "academic"}


def test_a_qualifier_joins_the_categories_it_lists():
    titles = expand_titles(BASE, [Qualifier("常务", frozenset({"administrative", "association"}))])
    assert titles["常务副院长"] == "administrative" and titles["常务副主席"] == "association"
    assert "常务总裁" not in titles and "常务书记" not in titles


def test_a_committee_prefix_takes_its_category_and_only_its_bases():
    prefix = BodyPrefix("县委", "government", frozenset({"书记"}))
    titles = expand_titles(BASE, [], [prefix])
    assert titles["县委副书记"] == "government" and titles["县委书记"] == "government"
    assert "县委院长" not in titles
    assert titles["书记"] == "party"  # the base keeps its own category


def test_suffix_and_qualifier_together():
    titles = expand_titles(
        BASE, [Qualifier("助理", frozenset({"corporate"}))], [], [Qualifier("助理", frozenset({"administrative"}))]
    )
    assert titles["助理总裁"] == "corporate" and titles["院长助理"] == "administrative"
    assert "助理院长" not in titles and "总裁助理" not in titles


def test_trie_pattern_prefers_the_longest_title():
    pattern = trie_pattern(["主任", "主任委员", "副主任", "副主任委员", "主任医师", "院长", "院长助理"])
    assert [m.group(0) for m in pattern.finditer("副主任委员甲、主任医师乙、院长助理丙、院长丁、主任戊")] == [
        "副主任委员", "主任医师", "院长助理", "院长", "主任"]
    assert trie_pattern([]).search("院长") is None


def test_package_lexicon_writes_the_compound_titles(lexicon):
    for title in ("常务副主席", "行政副主任", "助理总裁", "县委副书记", "党总支书记", "党支部组织委员",
                  "工会常务副主席", "候任主任委员", "统战委员", "荣誉院长", "护士长助理"):
        assert title in lexicon.titles, title
    assert lexicon.title_category("县委副书记") == "government"
    assert lexicon.title_category("行政副主任") == "administrative"
    assert lexicon.title_ending("江州县委副书记") == "县委副书记"
    assert lexicon.title_pattern.match("常务副主席").group(0) == "常务副主席"


def test_a_bad_qualifier_category_names_file_and_line(tmp_path):
    directory = copy_lexicon(tmp_path)
    path = directory / "title_qualifiers.tsv"
    path.write_text(path.read_text(encoding="utf-8") + "首席\tclinic\n", encoding="utf-8")
    lines = path.read_text(encoding="utf-8").splitlines()
    with pytest.raises(LexiconError) as caught:
        load_lexicon(directory)
    assert f"title_qualifiers.tsv:{len(lines)}:" in str(caught.value) and "clinic" in str(caught.value)


def test_a_bad_prefix_base_list_names_file_and_line(tmp_path):
    directory = copy_lexicon(tmp_path)
    path = directory / "title_prefixes.tsv"
    path.write_text(path.read_text(encoding="utf-8") + "镇委\tgovernment\t书记;委员\n", encoding="utf-8")
    with pytest.raises(LexiconError) as caught:
        load_lexicon(directory)
    assert "title_prefixes.tsv:" in str(caught.value) and "书记;委员" in str(caught.value)


def test_a_lexicon_without_the_grammar_files_still_loads(tmp_path):
    directory = copy_lexicon(tmp_path)
    for name in ("title_qualifiers.tsv", "title_prefixes.tsv", "title_suffixes.tsv"):
        (directory / name).unlink()
    lexicon = load_lexicon(directory)
    assert "常务副主席" not in lexicon.titles and "院长" in lexicon.titles
