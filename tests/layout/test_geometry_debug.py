"""--debug-png: every page drawn, blocks boxed in their kind's colour, and the demo PDF sample."""

from __future__ import annotations

import json
from pathlib import Path

from PIL import Image

from tests.read.truths import make_truth
from tests.synth.render_pdf import render_issue
from yuanzhi.layout.debug_png import COLOURS, DPI, write_debug_pngs
from yuanzhi.layout.geometry import document_to_blocks
from yuanzhi.layout.normalize import normalize_text
from yuanzhi.read.pdf import read_pdf

REPO = Path(__file__).resolve().parents[2]


def test_debug_pngs_box_each_block(tmp_path: Path) -> None:
    pdf = tmp_path / "issue.pdf"
    truth = render_issue(make_truth(5, 4), pdf, seed=5)
    document = read_pdf(pdf)
    blocks = document_to_blocks(document)
    written = write_debug_pngs(document, blocks, tmp_path / "debug")
    assert [p.name for p in written] == [f"issue_p{n}.png" for n in range(1, truth["pages"] + 1)]
    headline = next(b for b in blocks if b.kind == "headline")
    with Image.open(written[headline.page - 1]) as image:
        scale = DPI / 72
        box = headline.box
        assert box is not None
        # the left edge of the headline's frame is drawn in the headline colour
        x = round(box.x0 * scale)
        y = round((box.y0 + box.y1) / 2 * scale)
        assert image.convert("RGB").getpixel((x, y)) == COLOURS["headline"]


def test_demo_pdf_sample_rebuilds_the_gold_articles() -> None:
    from yuanzhi.pipeline import parse_file

    gold = json.loads((REPO / "tests" / "gold" / "demo_issue.json").read_text(encoding="utf-8"))
    issue = parse_file(REPO / "src" / "yuanzhi" / "samples" / "demo_issue.pdf")
    assert issue.kind == "pdf"
    assert [a.title for a in issue.articles] == [normalize_text(a["title"]) for a in gold["articles"]]
