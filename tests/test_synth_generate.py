"""The synthetic issue generator: deterministic, varied, and its truth matches its text."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.synth.consistency import truth_problems
from tests.synth.generate import generate_issue
from tests.synth.typeset import NO_LINE_END, NO_LINE_START, add_layout_spaces, wrap
from yuanzhi.layout.normalize import display_width, normalize_text
from yuanzhi.read.text import text_to_document


def test_same_seed_same_issue_and_different_seeds_differ():
    a, b = generate_issue(7), generate_issue(7)
    assert a.text == b.text and a.truth == b.truth
    assert generate_issue(8).text != a.text


@pytest.mark.parametrize("seed", range(0, 60))
def test_truth_agrees_with_text(seed):
    issue = generate_issue(seed)
    assert truth_problems(issue.text, issue.truth) == []


def test_knobs_shape_the_issue():
    one = generate_issue(3, pages=1, spacing="single", form_feeds=False)
    assert one.truth["pages"] == 1 and "\n\n" not in one.text.strip()
    four = generate_issue(3, pages=4, form_feeds=True, spacing="double")
    assert four.truth["pages"] == 4 and four.text.count("\f") == 3
    assert len(text_to_document(four.text, "x.txt").pages) == 4
    with pytest.raises(TypeError, match="unknown knobs"):
        generate_issue(3, colour="blue")


def test_two_hundred_issues_cover_the_hard_cases():
    features = {
        k: 0
        for k in (
            "continued",
            "no_title",
            "editor_note",
            "sidebar",
            "two_dept",
            "no_byline",
            "kicker",
            "subtitle",
            "subheading",
            "feed",
            "no_feed",
        )
    }
    for seed in range(200):
        issue = generate_issue(seed)
        articles = issue.truth["articles"]
        features["continued"] += any(a["continued"] for a in articles)
        features["no_title"] += any(a["title"] is None for a in articles)
        features["editor_note"] += any(a["editor_note"] for a in articles)
        features["sidebar"] += any(a["sidebars"] for a in articles)
        features["two_dept"] += any(len(a["bylines"]) > 1 for a in articles)
        features["no_byline"] += any(not a["bylines"] for a in articles)
        features["kicker"] += any(a["kicker"] for a in articles)
        features["subtitle"] += any(a["subtitle"] for a in articles)
        features["subheading"] += any(a["subheadings"] for a in articles)
        features["feed"] += "\f" in issue.text
        features["no_feed"] += issue.truth["pages"] > 1 and "\f" not in issue.text
    assert all(count >= 10 for count in features.values()), features


def test_displaced_headlines_are_generated():
    displaced = 0
    for seed in range(100):
        issue = generate_issue(seed)
        lines = [
            line.strip() for line in issue.text.replace("\f", "\n").split("\n") if line.strip()
        ]
        for article in issue.truth["articles"]:
            title, first = article["title"], article["paragraphs"][0]
            if not title:
                continue
            where = [i for i, line in enumerate(lines) if normalize_text(line) == title]
            body = next(
                i
                for i, line in enumerate(lines)
                if normalize_text(line) and first.startswith(normalize_text(line)[:6])
            )
            if where and not 0 < body - where[0] <= 4:
                displaced += 1
    assert displaced >= 10


CJK_TEXT = st.text(
    alphabet=st.sampled_from(list("医院召开大会护理部于歌5月1日，。、；：？！“”（）《》ABC 12")),
    min_size=1,
    max_size=200,
)


@settings(max_examples=200, deadline=None)
@given(CJK_TEXT, st.floats(min_value=8, max_value=32), st.sampled_from([0.0, 2.0]))
def test_wrap_keeps_text_and_obeys_line_breaking_rules(text, width, indent):
    lines = wrap(text, width, indent)
    assert normalize_text("".join(lines)) == normalize_text(text)
    for i, line in enumerate(lines):
        assert line == line.strip() and line
        if i > 0:
            assert line[0] not in NO_LINE_START, lines
        if i < len(lines) - 1:
            assert line[-1] not in NO_LINE_END, lines
            # a line may overhang by hanging punctuation or one Latin/number run
            assert display_width(line) <= width + 12


def test_layout_spaces_vanish_under_normalization():
    import random

    text = "5月11日，医院举行“5·12”护士节大会，ECMO团队30人参加。"
    spaced = add_layout_spaces(text, random.Random(1), 1.0)
    assert spaced != text and " 月" in spaced
    assert normalize_text(spaced) == text
