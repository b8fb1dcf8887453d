"""The wide generator itself (tests/synth/wide): deterministic, and its truth agrees with
what it draws. Nothing here measures yuanzhi."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pymupdf
import pytest
from PIL import Image

from tests.synth.metrics import article_fields, split_sentences
from tests.synth.wide import DEV_SEEDS, HELDOUT_SEEDS, degrade, generate
from tests.synth.wide.render import GLYPHS, ORDERS
from tests.synth.wide.vocab import VocabError, read_sections
from yuanzhi.layout.normalize import content_chars

SEEDS = (3, 11, 27, 40, 58, 77)


@pytest.fixture(scope="module")
def issues():
    # every stream order and glyph mode at least once
    return [generate(seed, order=ORDERS[i], glyphs=GLYPHS[i % len(GLYPHS)]) for i, seed in enumerate(SEEDS)]


def _truth_chars(truth) -> Counter[str]:
    chars: Counter[str] = Counter()
    for article in truth["articles"]:
        for field in article_fields(article):
            chars.update(content_chars(field))
        for byline in article["bylines"]:
            parts = [byline["department"] or "", *byline["authors"], *byline.get("roles", [])]
            chars.update(content_chars("".join(parts)))
    for text in truth["furniture"]:
        chars.update(content_chars(text))
    return chars


def test_same_seed_same_issue():
    a, b = generate(5), generate(5)
    assert a.pdf == b.pdf
    assert a.truth == b.truth
    assert generate(6).truth != a.truth


def test_seed_sets_do_not_overlap():
    assert not set(DEV_SEEDS) & set(HELDOUT_SEEDS)


def test_every_sentence_is_unique_within_an_issue(issues):
    for issue in issues:
        keys = [content_chars(s) for a in issue.truth["articles"] for f in article_fields(a) for s in split_sentences(f)]
        repeated = [k for k, n in Counter(keys).items() if n > 1]
        assert not repeated, (issue.seed, repeated[:3])


def test_every_truth_sentence_is_drawn_with_its_article_on_its_pages(issues):
    for issue in issues:
        for article in issue.truth["articles"]:
            drawn = [d for d in issue.truth["drawn"] if d["article"] == article["id"] and d["role"] != "marker"]
            assert sorted({d["page"] for d in drawn}) == article["pages"], (issue.seed, article["id"])
            text = content_chars("".join(d["text"] for d in drawn))
            for field in article_fields(article):
                for sentence in split_sentences(field):
                    assert content_chars(sentence) in text, (issue.seed, article["id"], sentence)


def test_every_drawn_character_is_in_the_truth_once(issues):
    for issue in issues:
        drawn: Counter[str] = Counter()
        for d in issue.truth["drawn"]:
            if d["role"] != "marker":
                drawn.update(content_chars(d["text"]))
        truth = _truth_chars(issue.truth)
        assert drawn == truth, (issue.seed, (drawn - truth).most_common(5), (truth - drawn).most_common(5))


def test_the_pdf_text_layer_holds_exactly_what_was_drawn(issues):
    for issue in issues:
        with pymupdf.open(stream=issue.pdf, filetype="pdf") as pdf:
            assert pdf.page_count == issue.truth["issue"]["pages"]
            for number, page in enumerate(pdf, 1):
                layer = Counter(content_chars(page.get_text()))
                drawn = Counter(content_chars("".join(d["text"] for d in issue.truth["drawn"] if d["page"] == number)))
                assert layer == drawn, (issue.seed, number, (drawn - layer).most_common(5))


def test_continuations_are_one_article_with_markers(issues):
    seen = 0
    for issue in [*issues, generate(5)]:
        markers = [d["text"] for d in issue.truth["drawn"] if d["role"] == "marker"]
        continued = [a for a in issue.truth["articles"] if a["continued"]]
        assert len(markers) == 2 * len(continued), issue.seed
        seen += len(continued)
    assert seen


def test_knobs_and_boxes_are_recorded(issues):
    orders = set()
    for issue in issues:
        knobs = issue.truth["knobs"]
        orders.add(knobs["issue"]["order"])
        assert len(knobs["pages"]) == issue.truth["issue"]["pages"]
        for page in knobs["pages"]:
            assert 1 <= page["max_cols"] <= 8 and page["bands"]
            assert all(9 <= c <= 30.01 for c in page["col_chars"]), page["col_chars"]
        assert issue.truth["layout"] and all(len(b["box"]) == 4 for b in issue.truth["layout"])
    assert orders == set(ORDERS)


def test_a_bad_template_slot_names_file_and_line(tmp_path: Path):
    path = tmp_path / "t.txt"
    path.write_text("[sentences]\n好的句子。\n{nonsense}出现了。\n", encoding="utf-8")
    with pytest.raises(VocabError, match=r"t\.txt:3"):
        read_sections(path, ["sentences"])


def test_scan_images_state_no_resolution(tmp_path: Path, issues):
    pdf = issues[0].pdf
    small = degrade.rasterize(pdf, 0, 36)
    double = degrade.rasterize(pdf, 0, 72)
    assert abs(double.size[0] - 2 * small.size[0]) <= 2
    for quality in (None, 60):
        path = degrade.save(degrade.noise(degrade.skew(small, 2.0), 10, 1), tmp_path / f"x{quality}.img", quality)
        assert degrade.stated_dpi(path) is None
    lit = degrade.lighting(small, 0.45, 2)
    assert lit.size == small.size and min(lit.convert("L").getextrema()) <= min(small.convert("L").getextrema())


def test_the_huge_page_is_a_valid_png_written_cheaply(tmp_path: Path):
    path = degrade.huge_png(tmp_path / "h.png", side=100)
    with Image.open(path) as image:
        assert image.size == (100, 100)
        assert image.convert("L").getextrema() == (255, 255)
    assert degrade.huge_png(tmp_path / "big.png").stat().st_size < 2_000_000
