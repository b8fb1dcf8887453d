"""The preposition 以 before a place-headed body is no part of its name (E129)."""

from __future__ import annotations


def test_yi_before_a_place_headed_unit_is_cut():
    from yuanzhi.extract.lexicon_loader import default_lexicon
    from yuanzhi.extract.org_edges import name_start

    lexicon = default_lexicon()
    text = "以蓼汀省人民医院检验科"
    assert text[name_start(text, 0, len(text), lexicon) :] == "蓼汀省人民医院检验科"
    text = "以市中医院"
    assert text[name_start(text, 0, len(text), lexicon) :] == "市中医院"
