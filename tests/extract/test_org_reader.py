"""The statistical body reader (org_reader.py): features, spans, the hook, a missing model.

Every hospital, place and person here is invented for the test.
"""

from __future__ import annotations

import pytest

from yuanzhi.extract import org_reader
from yuanzhi.extract.facts import issue_to_facts
from yuanzhi.extract.lexicon_loader import default_lexicon
from yuanzhi.extract.org_reader import bio_spans, body_before_title, load_reader
from yuanzhi.extract.org_reader_features import char_features, lexicon_marks
from yuanzhi.extract.plain import text_to_issue
from yuanzhi.extract.segment import default_tokenizer, tokens, word_tags

needs_model = pytest.mark.skipif(not org_reader.MODEL_FILE.is_file(), reason="the trained model is absent")


def _posts(body: str) -> dict[tuple[str, str], str | None]:
    issue = text_to_issue("澄溪县人民医院召开座谈会\n" + body + "\n", source="t.txt", date="2026-05")
    return {(p.name, pos.title): pos.org for p in issue_to_facts(issue).people for pos in p.positions}


def test_bio_spans_read_begin_inside_outside() -> None:
    assert bio_spans(list("OBIIOBIOI")) == [(1, 4), (5, 7), (8, 9)]
    assert bio_spans([]) == []


def test_features_of_a_known_ending_and_a_title_fire() -> None:
    lexicon = default_lexicon()
    text = "澄溪县人民医院院长柳明远"
    feats = char_features(text, tokens(default_tokenizer(), text), word_tags(), lexicon_marks(lexicon))
    assert len(feats) == len(text)
    hospital_end = text.index("院长") - 1  # the 院 that closes 人民医院
    assert "e:org" in feats[hospital_end]
    assert "s+1:title" in feats[hospital_end]  # a title starts right after: a body may end here
    assert "s:title" in feats[text.index("院长")]
    assert "e:place" in feats[text.index("县")]
    assert "c=县" in feats[text.index("县")]


@needs_model
def test_reader_gives_a_post_the_body_no_lexicon_ending_names() -> None:
    lexicon = default_lexicon()
    assert lexicon.org_kind("澄溪人民广播电台") is None  # no ending of the lexicons: the rules read no body
    posts = _posts("5月8日，澄溪人民广播电台台长柳明远、副台长邝小禾来到我院调研。")
    assert posts[("柳明远", "台长")] == "澄溪人民广播电台"


@needs_model
def test_span_ending_right_before_the_title() -> None:
    lexicon = default_lexicon()
    text = "5月8日，武警澄溪支队后勤队队长柳明远来到我院调研。"
    span = body_before_title(text, text.index("队长柳"), tokens(default_tokenizer(), text), lexicon)
    assert span is not None and text[span[0] : span[1]] == "武警澄溪支队后勤队"
    assert body_before_title(text, text.index("来到"), tokens(default_tokenizer(), text), lexicon) is None


@needs_model
def test_a_body_the_rules_found_is_kept() -> None:
    posts = _posts("5月8日，澄溪县卫生健康局副局长柳明远来到我院调研。")
    assert posts[("柳明远", "副局长")] == "澄溪县卫生健康局"


def test_missing_model_disables_the_reader_with_a_warning(tmp_path) -> None:  # type: ignore[no-untyped-def]
    with pytest.warns(RuntimeWarning, match="missing"):
        assert load_reader(tmp_path / "absent.crfsuite") is None


def test_unreadable_model_disables_the_reader_with_a_warning(tmp_path) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "bad.crfsuite"
    bad.write_bytes(b"not a model")
    with pytest.warns(RuntimeWarning, match="cannot be read"):
        assert load_reader(bad) is None


def test_without_a_reader_no_span_is_read(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(org_reader, "default_reader", lambda: None)
    text = "武警澄溪支队后勤队队长柳明远"
    assert body_before_title(text, text.index("队长柳"), tokens(default_tokenizer(), text), default_lexicon()) is None
