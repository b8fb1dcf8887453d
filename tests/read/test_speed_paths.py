"""What the fast paths must keep: a parse loads nothing it does not need (no word
segmenter, no layout model of PyMuPDF's, no OCR engine for a page with a text layer),
and the shortcuts taken on the way (a pair's search for a gutter stopped once the
verdict is known, one-glyph spans) give the same lines as the long way round.
Timings are measured by ``make bench pdf``, never asserted here."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from yuanzhi.layout.colblocks import rejoin_pieces
from yuanzhi.model import Box, Line
from yuanzhi.read.spans import page_spans

REPO = Path(__file__).resolve().parents[2]
HEAVY = ("jieba", "pymupdf.layout", "pymupdf4llm", "onnxruntime", "rapidocr_onnxruntime")

CHILD = """
import json, sys
from yuanzhi.contract import issue_to_json
from yuanzhi.pipeline import parse_file
for path in sys.argv[2:]:
    issue_to_json(parse_file(path))
print(json.dumps([name for name in json.loads(sys.argv[1]) if name in sys.modules]))
"""


def _loaded_after_parsing(*paths: Path) -> list[str]:
    done = subprocess.run([sys.executable, "-c", CHILD, json.dumps(HEAVY), *map(str, paths)],
                          capture_output=True, text=True, check=False, cwd=REPO, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    return list(json.loads(done.stdout.strip().splitlines()[-1]))


def test_a_parse_of_a_pdf_and_of_a_text_issue_loads_no_segmenter_model_or_ocr(tmp_path: Path) -> None:
    from tests.synth.generate import generate_issue
    from tests.synth.render_pdf import render_issue

    issue = generate_issue(7)
    text = tmp_path / "issue.txt"
    text.write_text(issue.text, encoding="utf-8")
    pdf = tmp_path / "issue.pdf"
    render_issue(issue.truth, pdf, seed=7)
    assert _loaded_after_parsing(pdf, text) == []


SIZE = 10.0


def _line(text: str, x0: float, y0: float, x1: float) -> Line:
    return Line(text, 1, 0, Box(x0, y0, x1, y0 + SIZE), SIZE, False)


def _row_under_a_full_line(below: list[Line]) -> list[str]:
    """A letter-spaced row (``次，同比 | 增 | 长``) under a line that spans the column."""
    above = _line("一二三四五六七八九十", 100, 100, 200)
    row = [_line("次，同比", 100, 114, 140), _line("增", 160, 114, 170), _line("长", 190, 114, 200)]
    return sorted(ln.text for ln in rejoin_pieces([above, *row, *below]))


def test_a_gap_the_next_row_keeps_white_parts_the_pieces_whatever_spans_it() -> None:
    # below: nothing, or a line over the whole gap: the row is one line
    assert "次，同比 增 长" in _row_under_a_full_line([])
    assert "次，同比 增 长" in _row_under_a_full_line([_line("甲乙丙丁戊己庚辛壬癸", 100, 128, 200)])
    # below: a line stopping at the first gap and one starting after it, as two columns do
    parted = _row_under_a_full_line([_line("甲乙丙丁戊", 100, 128, 150), _line("子丑寅卯", 155, 128, 200)])
    assert "次，同比" in parted and "增 长" in parted
    # one of the two alone is no gutter
    assert "次，同比 增 长" in _row_under_a_full_line([_line("甲乙丙丁戊", 100, 128, 150)])


def _char(c: str, x0: float) -> dict:
    return {"c": c, "bbox": (x0, 100.0, x0 + SIZE, 110.0), "origin": (x0, 108.0)}


def _page(spans: list[list[dict]]) -> dict:
    blocks = [{"type": 0, "lines": [{"dir": (1.0, 0.0), "bbox": (0, 0, 1, 1), "spans": [
        {"size": SIZE, "flags": 0, "font": "SimSun", "chars": chars,
         "bbox": (chars[0]["bbox"][0], 100.0, chars[-1]["bbox"][2], 110.0) if chars else (0, 0, 0, 0)}
        for chars in spans]}]}]
    return {"blocks": blocks}


def test_one_glyph_spans_read_as_the_glyphs_of_a_longer_span() -> None:
    """A producer drawing each character alone gives the same spans as one drawing the run,
    and a blank glyph alone is no span."""
    glyphs = [_char(c, 100 + SIZE * k) for k, c in enumerate("院报")]
    alone, _ = page_spans(_page([[g] for g in glyphs] + [[_char(" ", 130)], []]))
    together, _ = page_spans(_page([glyphs]))
    assert [(s.text, s.box) for s in alone] == [("院", Box(100, 100, 110, 110)), ("报", Box(110, 100, 120, 110))]
    assert [s.text for s in together] == ["院报"]
    # a run with a jump in it is cut there, a run without is not
    jumped = [_char("院", 100), _char("报", 110), _char("新", 150), _char("闻", 160)]
    assert [s.text for s in page_spans(_page([jumped]))[0]] == ["院报", "新闻"]
