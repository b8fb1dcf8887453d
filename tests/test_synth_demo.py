"""The bundled demo sample and its gold come from one source and agree."""

from __future__ import annotations

import json

from tests.synth import demo_source
from tests.synth.consistency import truth_problems


def test_demo_files_are_up_to_date():
    text, truth = demo_source.build()
    assert demo_source.TEXT_PATH.read_text(encoding="utf-8") == text, (
        "src/yuanzhi/samples/demo_issue.txt is stale: run python -m tests.synth.demo_source"
    )
    assert json.loads(demo_source.GOLD_PATH.read_text(encoding="utf-8")) == truth


def test_demo_gold_agrees_with_text():
    text, truth = demo_source.build()
    assert truth_problems(text, truth) == []


def test_demo_has_the_features_the_parser_must_handle():
    text, truth = demo_source.build()
    articles = truth["articles"]
    assert truth["pages"] == 4 and 9 <= len(articles) <= 12
    assert 10_000 <= len(text) <= 20_000
    assert any(a["continued"] and a["pages"] == [1, 4] for a in articles)
    assert "（下转四版）" in text and "（上接一版）" in text
    assert any(a["editor_note"] for a in articles)
    assert any(a["sidebars"] for a in articles)
    assert any(a["subheadings"] for a in articles)
    assert any(not a["bylines"] for a in articles)
    assert any(len(a["bylines"]) == 2 for a in articles)
    assert any(a["kicker"] for a in articles) and any(a["subtitle"] for a in articles)
    lines = [line for line in text.split("\n") if line]
    # a byline wrapped over two lines: an opening parenthesis line with no closing one
    assert any(line.startswith("（") and "）" not in line for line in lines)
    # layout spaces as an extractor leaves them
    assert any(" 月" in line or "日 " in line for line in lines)
