"""Property: every character the OCR engine reads with its usual confidence comes out
exactly once in the parsed issue (articles, sidebars, furniture or unassigned).

The engine is stubbed: hypothesis draws what it "detects" and "reads" (lines in
columns, tilted pages, vertical lines, character boxes with gaps, low-confidence
readings, dotted leaders), and the real page reader (``read.ocr_page``) and the
whole pipeline after it run on that. Real-engine cases are in test_scan.py.
"""

from __future__ import annotations

import math
from collections import Counter
from typing import Any

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from yuanzhi.articles.assemble import output_text
from yuanzhi.layout.normalize import content_chars
from yuanzhi.model import Document, Page
from yuanzhi.pipeline import parse_document
from yuanzhi.read import ocr_page as reader
from yuanzhi.read.ocr_engine import MIN_SCORE
from yuanzhi.read.ocr_fix import load_confusions
from yuanzhi.read.scan import correct_pages

CJK = "医院科室护理患者手术中心举办活动开展工作会议主任院长党委书记健康服务质量年月日的了和在是为与及禾未甲申"
TEXT = st.text(alphabet=CJK + "0123456789ABCxyz，。、：（）《》 ·.", min_size=1, max_size=24)
PAGE_W, PAGE_H = 1200, 1700


@st.composite
def engine_pages(draw: st.DrawFn) -> tuple[list[list[Any]], float]:
    """(entries the engine returns for one page, tilt in degrees)."""
    em = draw(st.sampled_from([8.0, 12.0, 21.0]))
    tilt = draw(st.sampled_from([0.0, 0.0, 1.5, -2.5]))
    columns = draw(st.integers(1, 5))
    width = (PAGE_W - 100) / columns
    entries: list[list[Any]] = []
    taken: set[tuple[int, int]] = set()
    for _ in range(draw(st.integers(0, 40))):
        text = draw(TEXT)
        col = draw(st.integers(0, columns - 1))
        row = draw(st.integers(0, int((PAGE_H - 200) / (1.6 * em))))
        if (col, row) in taken:
            continue
        taken.add((col, row))
        size = em * draw(st.sampled_from([1.0, 1.0, 1.0, 2.2]))
        x0, y0 = 50 + col * width, 100 + row * 1.6 * em
        if draw(st.integers(0, 9)) == 0:  # a vertical line of text
            quad = _turned([[x0, y0], [x0 + size, y0], [x0 + size, y0 + size * len(text)], [x0, y0 + size * len(text)]], tilt)
            entries.append([quad, text, 0.9, None, None])
            continue
        length = size * len(text)
        quad = _turned([[x0, y0], [x0 + length, y0], [x0 + length, y0 + size], [x0, y0 + size]], tilt)
        score = draw(st.sampled_from([0.95, 0.8, 0.3]))  # 0.3: below the usual confidence, not text
        chars = [c for c in text if c != " "]
        if chars and draw(st.booleans()):  # character boxes, a gutter-wide gap somewhere
            gap_at = draw(st.integers(0, len(chars)))
            boxes = []
            for i in range(len(chars)):
                cx = x0 + i * size + (2 * size if i >= gap_at else 0)
                boxes.append(_turned([[cx, y0], [cx + size * 0.9, y0], [cx + size * 0.9, y0 + size], [cx, y0 + size]], tilt))
            entries.append([quad, text, score, boxes, chars])
        else:
            entries.append([quad, text, score, None, None])
    return entries, tilt


def _turned(points: list[list[float]], degrees: float) -> list[list[float]]:
    """Points turned counter-clockwise about the page centre (a tilted scan)."""
    c, s = math.cos(math.radians(degrees)), math.sin(math.radians(degrees))
    cx, cy = PAGE_W / 2, PAGE_H / 2
    return [[cx + (x - cx) * c + (y - cy) * s, cy - (x - cx) * s + (y - cy) * c] for x, y in points]


def _canonical(text: str, confusions: dict[str, frozenset[str]]) -> Counter[str]:
    """Content characters, look-alikes counted as one (``ocr_fix`` may swap them)."""
    return Counter(min({c, *confusions.get(c, ())}) for c in content_chars(text))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                                         HealthCheck.function_scoped_fixture])
@given(engine_pages())
def test_every_character_the_engine_reads_comes_out_once(monkeypatch_page: Any, page: tuple[list[list[Any]], float]) -> None:
    entries, _ = page
    monkeypatch_page(entries)
    gray = np.full((PAGE_H, PAGE_W), 255, dtype=np.uint8)
    gray[0, :] = gray[-1, :] = 0  # the page's printed area is the whole page
    read = reader.ocr_page(object(), gray, 1, 0, dpi=150.0, name="stub.png")
    document = Document(source="stub.png", kind="scan", sha256="0", pages=tuple(correct_pages([
        Page(number=1, lines=read.lines, width=read.width, height=read.height, rects=read.rects, aside=read.aside)])))
    issue = parse_document(document)
    confusions = load_confusions()
    expected = _canonical("".join(str(e[1]) for e in entries if float(e[2]) >= MIN_SCORE), confusions)
    assert _canonical(output_text(issue), confusions) == expected


@pytest.fixture
def monkeypatch_page(monkeypatch: pytest.MonkeyPatch) -> Any:
    """Install a stub engine result: detection finds the entries' boxes, recognition reads their texts."""

    def install(entries: list[list[Any]]) -> None:
        quads = np.asarray([e[0] for e in entries], dtype=np.float32).reshape(-1, 4, 2)
        by_quad = {tuple(np.round(np.asarray(e[0], dtype=np.float32), 2).ravel()): e for e in entries}

        def recognize_each(engine: object, image: object, chosen: list[Any]) -> list[list[Any] | None]:
            out: list[list[Any] | None] = []
            for quad in chosen:
                entry = by_quad[tuple(np.round(np.asarray(quad, dtype=np.float32), 2).ravel())]
                out.append(list(entry) if float(entry[2]) >= MIN_SCORE else None)
            return out

        monkeypatch.setattr(reader, "detect", lambda engine, image, ratio: quads.copy())
        monkeypatch.setattr(reader, "recognize_each", recognize_each)
        monkeypatch.setattr(reader, "page_turns", lambda engine, image, found: 0)

    return install
