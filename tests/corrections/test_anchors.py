"""Anchors are found again by content: exact, fuzzy, after the parser moved things; or not at all, with a reason."""

from __future__ import annotations

from dataclasses import replace

from yuanzhi import model
from yuanzhi.corrections.anchors import (
    FUZZY,
    Found,
    find_article,
    find_paragraph,
    fingerprint,
    norm,
    quote_matches,
    similarity,
)

from . import sample


def articles() -> list[model.Article]:
    return list(sample.issue_march().articles)


def test_norm_folds_widths_and_drops_spaces() -> None:
    assert norm("５ 月 １１ 日　院长") == norm("5月11日院长")
    assert norm(None) == "" and norm("") == ""


def test_similarity_is_one_only_for_equal_text_and_low_for_another_paragraph() -> None:
    a = norm(sample.STRAY)
    assert similarity(a, a) == 1.0
    assert FUZZY <= similarity(a, a.replace("做法", "作法")) < 1.0
    assert similarity(a, norm(sample.CUT)) < 0.5
    assert similarity(a, "") == 0.0


def test_exact_fingerprint_finds_its_article() -> None:
    items = articles()
    for i, article in enumerate(items):
        found = find_article(items, fingerprint(article, sample.SOURCE))
        assert isinstance(found, Found) and found.index == i


def test_an_ocr_slip_in_the_first_paragraph_still_finds_it() -> None:
    items = articles()
    anchor = fingerprint(items[0], sample.SOURCE)
    items[0] = replace(
        items[0],
        paragraphs=(items[0].paragraphs[0].replace("讲话", "讲活"), *items[0].paragraphs[1:]),
    )
    found = find_article(items, anchor)
    assert isinstance(found, Found) and found.index == 0 and found.score < 1.5


def test_a_paragraph_added_at_the_top_under_the_same_title_still_finds_it() -> None:
    items = articles()
    anchor = fingerprint(items[1], sample.SOURCE)
    items[1] = replace(items[1], paragraphs=("（本报讯）", *items[1].paragraphs))
    found = find_article(items, anchor)
    assert isinstance(found, Found) and found.index == 1


def test_the_same_paragraph_lower_in_an_article_of_another_title_is_not_it() -> None:
    items = articles()
    anchor = model.Article(id="x", title="手卫生讲座", paragraphs=(sample.MISSED_HEAD,))
    assert isinstance(find_article(items, fingerprint(anchor, sample.SOURCE)), str)


def test_a_lost_article_gives_a_reason() -> None:
    items = articles()
    anchor = fingerprint(items[4], sample.SOURCE)
    reason = find_article(items[:4], anchor)
    assert isinstance(reason, str) and "简讯" in reason and sample.SOURCE in reason


def test_twins_are_told_apart_by_the_old_id_or_reported_ambiguous() -> None:
    twin = model.Article(id="t1", title="通知", paragraphs=("请各科室按时上报数据。",))
    items = [twin, replace(twin, id="t2")]
    found = find_article(items, fingerprint(items[1], sample.SOURCE))
    assert isinstance(found, Found) and found.index == 1
    lost_hint = replace(fingerprint(items[1], sample.SOURCE), local_id="zz")
    reason = find_article(items, lost_hint)
    assert isinstance(reason, str) and "equally" in reason


def test_a_headline_found_by_title_when_the_top_paragraph_was_reread() -> None:
    items = articles()
    anchor = fingerprint(items[0], sample.SOURCE)
    reread = items[0].paragraphs[0][:20] + "出席会议并作重要讲话，强调要持续推进。"
    items[0] = replace(items[0], paragraphs=(reread, *items[0].paragraphs[1:]))
    found = find_article(items, anchor)
    assert isinstance(found, Found) and found.index == 0


def test_find_paragraph_exact_anywhere_near_only_in_its_own_article() -> None:
    items = articles()
    place = find_paragraph(items, sample.STRAY)
    assert place is not None and (place.article, place.paragraph) == (0, 2)
    slipped = sample.STRAY.replace("交流", "交留")
    near = find_paragraph(items, slipped, prefer=0)
    assert near is not None and (near.article, near.paragraph) == (0, 2) and near.score < 1.0
    assert find_paragraph(items, slipped, prefer=1) is None  # a near twin elsewhere is not it
    assert find_paragraph(items, "完全不同的一段话，与本期内容无关。", prefer=0) is None


def test_an_article_whose_top_paragraph_went_to_the_one_before_is_found_by_its_second() -> None:
    items = articles()
    anchor = fingerprint(items[4], sample.SOURCE)
    moved = items[4].paragraphs[0]
    items[3] = replace(items[3], paragraphs=(*items[3].paragraphs, moved))
    items[4] = replace(items[4], paragraphs=items[4].paragraphs[1:])
    found = find_article(items, anchor)
    assert isinstance(found, Found) and found.index == 4


def test_quote_matches_same_or_nearly_same_sentence() -> None:
    assert quote_matches("院长苏明远出席会议并讲话。", "院长 苏明远 出席会议并讲话。")
    assert not quote_matches("院长苏明远出席会议并讲话。", "护理部主任程雪介绍了做法。")
    assert not quote_matches("", "x")
