"""Which body a post takes when the rules and the statistical reader disagree (org_reader_choice.py),
the reader's marginal probabilities, and the model named by $YUANZHI_ORG_READER_MODEL.

Every hospital, place and person here is invented for the test.
"""

from __future__ import annotations

import pytest

from yuanzhi.extract import org_reader, org_reader_choice
from yuanzhi.extract.facts import issue_to_facts
from yuanzhi.extract.lexicon_loader import default_lexicon
from yuanzhi.extract.mentions import PersonMention
from yuanzhi.extract.org_reader_choice import SURE, choose_post_body
from yuanzhi.extract.org_resolve import OrgMention
from yuanzhi.extract.plain import text_to_issue
from yuanzhi.extract.segment import default_tokenizer, tokens

needs_model = pytest.mark.skipif(not org_reader.MODEL_FILE.is_file(), reason="the trained model is absent")


def _choose(
    monkeypatch: pytest.MonkeyPatch, text: str, rules: str, title: str, name: str, marked: str, sure: float,
) -> OrgMention | None:
    """choose_post_body for the post ``title name`` whose rules' body is ``rules`` (written right
    before the title), the reader marking ``marked`` (the end of it) with probability ``sure``."""
    title_start = text.index(title + name)
    span = (title_start - len(marked), title_start)
    monkeypatch.setattr(org_reader_choice, "body_span_before_title", lambda *_a, **_k: (span, sure))
    body = OrgMention(title_start - len(rules), title_start, rules, rules, "hospital")
    person = PersonMention(name, title, body, title_start + len(title), title_start + len(title) + len(name))
    return choose_post_body(text, person, tokens(default_tokenizer(), text), default_lexicon(), "澄溪县人民医院")


def test_an_institution_glued_behind_another_body_is_the_post_s(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "集团总院澄溪县人民医院院长柳明远出席。"
    chosen = _choose(monkeypatch, text, "集团总院澄溪县人民医院", "院长", "柳明远", "澄溪县人民医院", 0.99)
    assert chosen is not None and chosen.name == "澄溪县人民医院" and chosen.kind == "hospital"


def test_an_unsure_reader_leaves_the_rules_body(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "集团总院澄溪县人民医院院长柳明远出席。"
    assert _choose(monkeypatch, text, "集团总院澄溪县人民医院", "院长", "柳明远", "澄溪县人民医院", SURE - 0.05) is None


def test_a_place_chain_is_no_second_body(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "青岚省澄溪市人民医院院长柳明远出席。"  # the province is the city's, one name
    assert _choose(monkeypatch, text, "青岚省澄溪市人民医院", "院长", "柳明远", "澄溪市人民医院", 0.99) is None


def test_a_unit_the_reader_cuts_shorter_stays_the_rules(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "澄溪市应急管理局救援协调和预案管理科科长柳明远出席。"
    rules = "澄溪市应急管理局救援协调和预案管理科"
    assert _choose(monkeypatch, text, rules, "科长", "柳明远", "预案管理科", 0.99) is None


def test_a_body_with_no_place_of_its_own_stays_the_rules(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "澄溪医科大学附属第一医院院长柳明远出席。"
    assert _choose(monkeypatch, text, "澄溪医科大学附属第一医院", "院长", "柳明远", "附属第一医院", 0.99) is None


@needs_model
def test_the_main_hospital_of_a_group_printed_with_its_name_holds_the_post() -> None:
    body = ("县医共体理事会召开会议，澄溪县医疗健康集团党委书记、理事长邝小禾，"
            "集团总院澄溪县人民医院院长柳明远，以及成员单位负责人参加会议。")
    issue = text_to_issue("澄溪县医疗健康集团召开理事会\n" + body + "\n", source="t.txt", date="2026-05")
    posts = {(p.name, pos.title): pos.org for p in issue_to_facts(issue).people for pos in p.positions}
    assert posts[("柳明远", "院长")] == "澄溪县人民医院"
    assert posts[("邝小禾", "理事长")] == "澄溪县医疗健康集团"


@needs_model
def test_sure_spans_carry_marginal_probabilities() -> None:
    reader = org_reader.load_reader(org_reader.MODEL_FILE)
    assert reader is not None
    text = "武警澄溪支队后勤队队长柳明远来到我院调研"
    words = tokens(default_tokenizer(), text)
    found = reader.sure_spans(text, words, default_lexicon())
    assert [span for span, _sure in found] == reader.spans(text, words, default_lexicon())
    assert found and all(0.0 <= sure <= 1.0 for _span, sure in found)


def test_the_model_file_can_be_named_by_the_environment(
    monkeypatch: pytest.MonkeyPatch, tmp_path,  # type: ignore[no-untyped-def]
) -> None:
    monkeypatch.setenv(org_reader.MODEL_ENV, str(tmp_path / "other.crfsuite"))
    org_reader.default_reader.cache_clear()
    try:
        with pytest.warns(RuntimeWarning, match="other.crfsuite is missing"):
            assert org_reader.default_reader() is None
    finally:
        monkeypatch.delenv(org_reader.MODEL_ENV)
        org_reader.default_reader.cache_clear()
