"""Geometric layout of OCR lines (sizes estimated, weight unknown)."""

from __future__ import annotations

from yuanzhi.layout.geometry import document_to_blocks
from yuanzhi.model import Box, Document, Line, Page

BODY = "南湖医科大学附属医院儿科医生走进社区讲解秋冬季节呼吸道疾病防治知识"  # invented


def _ocr_line(text: str, x0: float, y0: float, size: float, index: int) -> Line:
    return Line(text=text, page=1, index=index, box=Box(x0, y0, x0 + len(text) * size, y0 + 0.8 * size),
                size=size, bold=None)


def test_a_framed_sidebar_whose_ocr_title_looks_a_little_large_stays_a_sidebar() -> None:
    # bug: an OCR sidebar title estimated at 1.25x the body disqualified its frame as a "boxed
    # article", so the sidebar became an untitled article of its own
    lines: list[Line] = []
    for i in range(12):  # a body column beside the sidebar
        text = BODY[i % 5 : i % 5 + 14] if i % 4 != 3 else BODY[:6] + "。"
        lines.append(_ocr_line(text, 40 + (20 if i % 4 == 0 else 0), 100 + i * 15, 10.0, len(lines)))
    lines.append(_ocr_line("健康小贴士", 330, 110, 12.5, len(lines)))
    for i in range(3):
        lines.append(_ocr_line(BODY[i * 3 : i * 3 + 12] + "。", 300, 130 + i * 15, 10.0, len(lines)))
    page = Page(number=1, lines=tuple(lines), width=595, height=842, rects=(Box(290, 100, 440, 180),))
    blocks = document_to_blocks(Document(source="scan.png", kind="scan", pages=(page,), sha256="0"))
    kinds = {b.text: b.kind for b in blocks}
    assert kinds.get("健康小贴士") == "sidebar_title", kinds
    assert sum(len(b.lines) for b in blocks if b.kind == "sidebar") == 3
