"""The synthetic-issue metrics on hand-made truth/prediction pairs."""

from __future__ import annotations

import copy

import pytest

from tests.synth.metrics import (
    bcubed,
    byline_accuracy,
    conservation_problems,
    match_sentences,
    paragraph_contiguity,
    paragraph_f1,
    score_issue,
    split_sentences,
    title_accuracy,
)


def art(aid, title, paragraphs, bylines=(), **extra):
    base = {
        "id": aid,
        "title": title,
        "subtitle": None,
        "kicker": None,
        "editor_note": None,
        "paragraphs": list(paragraphs),
        "subheadings": [],
        "sidebars": [],
        "bylines": [{"department": d, "authors": list(a)} for d, a in bylines],
        "pages": [1],
        "continued": False,
    }
    base.update(extra)
    return base


def issue(*articles, furniture=(), unassigned=()):
    return {
        "articles": list(articles),
        "furniture": list(furniture),
        "unassigned": list(unassigned),
    }


TRUTH = issue(
    art(
        "a1",
        "青川医院召开大会",
        ["5月3日，医院召开大会。会议由院长主持。", "大家表示要努力工作！"],
        [("办公室", ["林岚"])],
    ),
    art(
        "a2",
        None,
        ["近日，骨科完成新手术。患者恢复良好。", "科室将继续努力。"],
        [("骨科", ["石建军", "贝宁"])],
    ),
)


def test_split_sentences_keeps_closing_quotes_and_field_end():
    assert split_sentences("甲说。乙好！“丙吗？”丁") == ["甲说。", "乙好！", "“丙吗？”", "丁"]
    assert split_sentences("——（ ）") == []


def test_identical_prediction_scores_perfectly():
    scores = score_issue(TRUTH, copy.deepcopy(TRUTH))
    assert scores["bcubed_f1"] == pytest.approx(1.0)
    assert scores["titles_correct"] == scores["bylines_correct"] == scores["articles"] == 2
    assert scores["paragraph_f1"] == pytest.approx(1.0)
    assert scores["paragraphs_whole"] == scores["paragraphs"] == 4


def test_merging_two_articles_costs_precision_not_recall():
    merged = issue(
        art(
            "x",
            "青川医院召开大会",
            TRUTH["articles"][0]["paragraphs"] + TRUTH["articles"][1]["paragraphs"],
        )
    )
    precision, recall, f1 = bcubed(match_sentences(TRUTH, merged))
    # 7 sentences (title + 3 + 3): each sentence shares its cluster with 3 or 4 of its own
    assert recall == pytest.approx(1.0)
    assert precision == pytest.approx((4 * 4 / 7 + 3 * 3 / 7) / 7)
    assert f1 < 0.75


def test_splitting_an_article_costs_recall_not_precision():
    first, second = TRUTH["articles"][0]["paragraphs"]
    split = issue(
        art("x", "青川医院召开大会", [first]), art("y", None, [second]), TRUTH["articles"][1]
    )
    precision, recall, _ = bcubed(match_sentences(TRUTH, split))
    assert precision == pytest.approx(1.0)
    assert recall < 1.0


def test_sentences_found_nowhere_or_only_in_furniture_are_singletons():
    lost = issue(TRUTH["articles"][0], furniture=TRUTH["articles"][1]["paragraphs"])
    items = match_sentences(TRUTH, lost)
    assert sum(item.predicted is None for item in items) == 3
    precision, recall, _ = bcubed(items)
    assert precision == pytest.approx(1.0) and recall < 1.0


def test_paragraph_joins_and_layout_spaces_do_not_matter_for_membership():
    joined = copy.deepcopy(TRUTH)
    joined["articles"][0]["paragraphs"] = [
        "5 月 3 日，医院召开大会。会议由院长主持。大家表示要努力工作！"
    ]
    assert bcubed(match_sentences(TRUTH, joined))[2] == pytest.approx(1.0)
    precision, recall, _ = paragraph_f1(TRUTH, joined)
    assert precision == pytest.approx(1.0) and recall == pytest.approx(0.5)


def test_editor_note_label_may_be_kept_or_dropped():
    truth = issue(art("a1", "标题", ["正文第一句。"], editor_note="编者按：这是一段按语。"))
    dropped = issue(art("p", "标题", ["正文第一句。"], editor_note="这是一段按语。"))
    assert bcubed(match_sentences(truth, dropped))[2] == pytest.approx(1.0)


def test_title_accuracy_normalizes_spaces_and_needs_null_for_null():
    predicted = copy.deepcopy(TRUTH)
    predicted["articles"][0]["title"] = "青川医院 召开大会"
    assert title_accuracy(TRUTH, predicted) == (2, 2)
    predicted["articles"][1]["title"] = "近日，骨科完成新手术。"
    assert title_accuracy(TRUTH, predicted) == (1, 2)
    predicted["articles"][0]["title"] = "青川医院召开大会！"
    assert title_accuracy(TRUTH, predicted) == (0, 2)


def test_byline_accuracy_compares_department_author_pairs_as_sets():
    predicted = copy.deepcopy(TRUTH)
    predicted["articles"][1]["bylines"] = [{"department": "骨科", "authors": ["贝 宁", "石建军"]}]
    assert byline_accuracy(TRUTH, predicted) == (2, 2)
    predicted["articles"][1]["bylines"] = [{"department": "骨科", "authors": ["石建军贝宁"]}]
    assert byline_accuracy(TRUTH, predicted) == (1, 2)
    predicted["articles"][0]["bylines"] = []
    assert byline_accuracy(TRUTH, predicted) == (0, 2)


def test_paragraph_contiguity_needs_a_paragraph_whole_in_one_field():
    cut = copy.deepcopy(TRUTH)
    cut["articles"][1]["paragraphs"] = [
        "近日，骨科完成新手术。",
        "患者恢复良好。",
        "科室将继续努力。",
    ]
    assert paragraph_contiguity(TRUTH, cut) == (3, 4)
    precision, recall, _ = paragraph_f1(TRUTH, cut)
    assert recall == pytest.approx(1.0) and precision < 1.0


def test_conservation_counts_every_content_char_once():
    text = "青川医院召开大会\n5 月3日，医院召开大会。会议由院长主持。（下转二版）\n（上接一版）大家表示要努力工作！\n（办公室 林 岚）"
    predicted = issue(
        art("a", "青川医院召开大会", TRUTH["articles"][0]["paragraphs"], [("办公室", ["林岚"])])
    )
    assert conservation_problems(text, predicted) == []
    missing = issue(art("a", "青川医院召开大会", TRUTH["articles"][0]["paragraphs"]))
    problems = conservation_problems(text, missing)
    assert len(problems) == 1 and "5 content chars missing" in problems[0] and "林" in problems[0]
    doubled = copy.deepcopy(predicted)
    doubled["unassigned"] = ["院长"]
    assert "repeated" in conservation_problems(text, doubled)[0]


def test_conservation_does_not_count_subheadings_twice():
    truth = issue(art("a", "标题", ["小标题", "正文。"], subheadings=["小标题"]))
    assert conservation_problems("标题\n小标题\n正文。", truth) == []


def test_score_issue_reports_conservation_when_given_the_input():
    scores = score_issue(TRUTH, issue(), input_text="多余的字")
    assert scores["bcubed_r"] < 1.0 and scores["conservation"]
    assert scores["titles_correct"] == 0


def test_conservation_counts_byline_roles():
    text = "标题\n正文。\n（宣传科 文/图 张三）"
    predicted = issue(art("a", "标题", ["正文。"], [("宣传科", ["张三"])]))
    predicted["articles"][0]["bylines"][0]["roles"] = ["文", "图"]
    assert conservation_problems(text, predicted) == []


@pytest.mark.parametrize("seed", [0, 1, 2, 3, 4])
def test_truth_scores_perfectly_against_itself_whatever_the_article_order(seed):
    from tests.synth.generate import generate_issue

    generated = generate_issue(seed)
    truth = generated.truth
    shuffled = copy.deepcopy(truth)
    shuffled["articles"].reverse()
    scores = score_issue(truth, shuffled, generated.text)
    assert scores["bcubed_f1"] == pytest.approx(1.0)
    assert scores["titles_correct"] == scores["bylines_correct"] == scores["articles"]
    assert scores["paragraph_f1"] == pytest.approx(1.0)
    assert scores["paragraphs_whole"] == scores["paragraphs"]
    assert scores["conservation"] == []


@pytest.mark.parametrize("seed", [5, 6, 7])
def test_splitting_paragraphs_costs_paragraph_measures_only(seed):
    from tests.synth.generate import generate_issue

    truth = generate_issue(seed).truth
    halved = copy.deepcopy(truth)
    for article in halved["articles"]:
        article["paragraphs"] = [
            part
            for p in article["paragraphs"]
            for part in (p[: len(p) // 2], p[len(p) // 2 :])
            if part
        ]
    scores = score_issue(truth, halved)
    assert scores["bcubed_f1"] == pytest.approx(1.0)
    assert scores["titles_correct"] == scores["articles"]
    assert scores["paragraph_p"] < 1.0 and scores["paragraph_r"] == pytest.approx(1.0)
    assert scores["paragraphs_whole"] < scores["paragraphs"]
