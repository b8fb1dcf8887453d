"""Property: nothing of a PDF's text layer is lost. Every content character
(letters, digits, CJK) printed on generated pages comes out exactly once across
the parsed issue's fields, whatever the layout: lines scattered at random
sizes and places (overlapping, tiny, huge, vertical, inside frames), and
adversarial newspaper grids (tests/layout/grid_pages.py)."""

from __future__ import annotations

import unicodedata
from collections import Counter
from pathlib import Path

import pymupdf
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.layout.grid_pages import FONT, ORDERS, make_page
from yuanzhi.articles.assemble import output_text
from yuanzhi.layout.normalize import content_chars
from yuanzhi.pipeline import parse_document
from yuanzhi.read.pdf import read_pdf

CJK = "医院科室护理患者手术中心举办活动开展工作会议主任院长党委书记健康服务年月日的了和在是"
TEXT = st.text(alphabet=CJK + "，。、！？“”：；（）《》 0123456789ABCxyz-", min_size=1, max_size=40)
PIECE = st.tuples(
    TEXT,
    st.floats(0, 560),  # x
    st.floats(12, 830),  # baseline
    st.sampled_from([5.0, 8.0, 9.5, 10.0, 10.5, 12.0, 16.0, 24.0, 36.0]),
    st.sampled_from([0, 0, 0, 0, 90, 270]),  # rotation: vertical text too
)


def text_layer(path: Path) -> Counter[str]:
    flags = pymupdf.TEXT_PRESERVE_WHITESPACE | pymupdf.TEXT_MEDIABOX_CLIP
    with pymupdf.open(str(path)) as pdf:
        text = "".join(page.get_text("text", flags=flags) for page in pdf)
    return Counter(content_chars(unicodedata.normalize("NFC", text)))


def parsed(path: Path) -> Counter[str]:
    return Counter(content_chars(output_text(parse_document(read_pdf(path, ocr=False)))))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(st.lists(PIECE, min_size=1, max_size=70), st.lists(st.tuples(st.floats(0, 500), st.floats(0, 780),
                                                                    st.floats(8, 300), st.floats(8, 300)), max_size=4))
def test_scattered_lines_keep_every_character(tmp_path: Path, pieces: list, rects: list) -> None:
    path = tmp_path / "scattered.pdf"
    with pymupdf.open() as pdf:
        page = pdf.new_page(width=595, height=842)
        page.insert_font(fontname="cjk", fontfile=FONT)
        for x, y, w, h in rects:  # frames and grey boxes: sidebars, photos
            page.draw_rect(pymupdf.Rect(x, y, x + w, y + h), color=(0, 0, 0), fill=(0.9, 0.9, 0.9) if w > h else None)
        for text, x, y, size, rotate in pieces:
            page.insert_text((x, y), text, fontsize=size, fontname="cjk", rotate=rotate)
        pdf.save(str(path))
    expected = text_layer(path)
    if sum(expected.values()) < 20:
        return  # too little text: the page goes to OCR
    got = parsed(path)
    assert got == expected, (expected - got, got - expected)


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(st.integers(0, 10_000), st.integers(1, 8), st.sampled_from(ORDERS), st.booleans())
def test_newspaper_grids_keep_every_character(tmp_path: Path, seed: int, columns: int, order: str,
                                              captions: bool) -> None:
    path = tmp_path / "grid.pdf"
    make_page(seed, path, columns=columns, order=order, captions=captions)
    got = parsed(path)
    expected = text_layer(path)
    assert got == expected, (expected - got, got - expected)
