"""Geometric layout: reading order whatever the stream order, roles, paragraphs.

Synthetic PDFs (tests/synth/render_pdf.py) are rendered with their content
stream in reading order, row by row across the page, and in shuffled block
order; the layout must rebuild the same articles from all three.
"""

from __future__ import annotations

from dataclasses import replace as dataclass_replace
from pathlib import Path

import pytest

from tests.read.truths import make_truth, mismatches
from tests.synth.render_pdf import render_issue
from yuanzhi.layout.geometry import document_to_blocks
from yuanzhi.layout.paragraphs import marker_page
from yuanzhi.model import Block, Box, Document, Line, Page
from yuanzhi.read.pdf import read_pdf

ORDERS = ("reading", "rows", "shuffled")


def _render(tmp_path: Path, seed: int, order: str, **kw: int) -> tuple[dict, list[Block]]:
    path = tmp_path / f"issue_{seed}_{order}.pdf"
    truth = render_issue(make_truth(seed, 10, long_every=3), path, seed=seed, order=order, **kw)
    return truth, document_to_blocks(read_pdf(path))


@pytest.mark.parametrize("order", ORDERS)
@pytest.mark.parametrize("seed", [0, 2, 6])
def test_articles_rebuilt_in_every_stream_order(tmp_path: Path, seed: int, order: str) -> None:
    truth, blocks = _render(tmp_path, seed, order)
    assert mismatches(truth, blocks) == []


def test_stream_order_does_not_change_the_blocks(tmp_path: Path) -> None:
    seen = []
    for order in ORDERS:
        _, blocks = _render(tmp_path, 3, order)
        seen.append([(b.kind, b.text, b.page) for b in blocks])
    assert seen[0] == seen[1] == seen[2]


def test_each_article_is_contiguous(tmp_path: Path) -> None:
    """Side-by-side articles are not interleaved: between two headline groups
    every body block belongs to the article of the first."""
    truth, blocks = _render(tmp_path, 4, "rows")
    owner: dict[str, str] = {}
    repeated: set[str] = set()  # the invented text repeats itself: use paragraphs unique to one article
    for article in truth["articles"]:
        for paragraph in article["paragraphs"]:
            key = paragraph.replace(" ", "")
            if owner.get(key, article["id"]) != article["id"]:
                repeated.add(key)
            owner[key] = article["id"]
    for key in repeated:
        del owner[key]
    sequence = [owner[b.text] for b in blocks if b.kind == "body" and b.text in owner]
    runs = [a for i, a in enumerate(sequence) if i == 0 or sequence[i - 1] != a]
    continued = {a["id"] for a in truth["articles"] if a["continued"]}
    assert len(runs) == len(set(runs)) + sum(runs.count(a) - 1 for a in continued)


def test_continuation_markers_and_open_paragraph(tmp_path: Path) -> None:
    truth, blocks = _render(tmp_path, 2, "shuffled")
    assert any(a["continued"] and len(a["pages"]) == 2 for a in truth["articles"])
    markers = [b for b in blocks if b.kind == "marker"]
    to = [b for b in markers if b.marker == "to"]
    back = [b for b in markers if b.marker == "from"]
    assert to and back
    assert to[0].marker_page == back[0].page and back[0].marker_page == to[0].page
    assert mismatches(truth, blocks) == []  # the cut paragraph is whole again


def test_furniture_is_masthead_running_heads_and_folios(tmp_path: Path) -> None:
    truth, blocks = _render(tmp_path, 0, "shuffled")
    furniture = [b for b in blocks if b.kind == "furniture"]
    pages = truth["pages"]
    assert any(b.text == truth["title"] for b in furniture if b.page == 1)
    assert sum(1 for b in furniture if b.text.startswith("—")) == pages  # one folio per page
    assert all(b.kind != "furniture" for b in blocks if b.text in {a["title"] for a in truth["articles"]})


def test_blocks_have_boxes_pages_and_raw_lines(tmp_path: Path) -> None:
    _, blocks = _render(tmp_path, 1, "reading")
    for block in blocks:
        assert block.box is not None and block.lines
        assert block.raw.count("\n") == len(block.lines) - 1
        assert block.page == block.lines[0].page
    groups = [b.group for b in blocks if b.kind in ("kicker", "headline", "subtitle")]
    assert all(g is not None for g in groups)


# ---------------------------------------------------------------- hand-built pages


def _line(text: str, x0: float, y0: float, size: float = 10.0, bold: bool = False, index: list[int] = [0]) -> Line:  # noqa: B006
    index[0] += 1
    width = len(text) * size
    return Line(text=text, page=1, index=index[0], box=Box(x0, y0, x0 + width, y0 + size), size=size, bold=bold)


def _column(x0: float, y0: float, rows: list[tuple[str, bool]]) -> list[Line]:
    """Rows of (text, indented) at a 15 pt leading; full lines fill the column."""
    out = []
    for i, (text, indented) in enumerate(rows):
        x = x0 + (20 if indented else 0)
        out.append(_line(text, x, y0 + 15 * i))
    return out


def test_columns_of_different_widths_and_side_by_side_articles() -> None:
    # article A: two columns 8 ems wide (x 30–110, 130–210); article B: one column 20 ems wide (300–500);
    # each headline centred over its own columns; the stream lists B first and A's columns backwards
    head_a = _line("甲院新闻标题", 60, 40, size=20, bold=True)
    head_b = _line("乙院标题", 360, 40, size=20, bold=True)
    a1 = _column(30, 80, [("甲一段一行字", True), ("甲一段二行字甲甲", False), ("甲一段三行字甲甲", False)])
    a2 = _column(130, 80, [("甲一段四行字甲甲", False), ("甲一段末行", False), ("（护理部 林某）", False)])
    b1 = _column(300, 80, [("乙" * 18, True), ("乙一段二行" + "乙" * 15, False), ("乙一段末行", False),
                           ("（医务科 周某）", False)])
    page = Page(number=1, lines=(head_b, *b1, head_a, *a2, *a1), width=600, height=400)
    blocks = document_to_blocks(Document("hand.pdf", "pdf", (page,)))
    kinds = [(b.kind, b.text) for b in blocks]
    assert kinds == [
        ("headline", "甲院新闻标题"),
        ("body", "甲一段一行字甲一段二行字甲甲甲一段三行字甲甲甲一段四行字甲甲甲一段末行"),
        ("byline", "（护理部林某）"),
        ("headline", "乙院标题"),
        ("body", "乙" * 18 + "乙一段二行" + "乙" * 15 + "乙一段末行"),
        ("byline", "（医务科周某）"),
    ]


def test_sidebar_in_a_frame_and_editor_note() -> None:
    head = _line("主标题", 120, 20, size=22, bold=True)
    note = _line("编者按：这是一段编者按语。", 30, 60)
    body = _column(30, 85, [("正文第一段文字", True), ("正文第一段完毕", False)])
    title = _line("健康小贴士", 90, 140, bold=True)
    side = _line("框内文字一段。", 40, 156)
    frame = Box(30, 132, 280, 176)
    page = Page(number=1, lines=(side, title, *body, note, head), width=300, height=400, rects=(frame,))
    blocks = document_to_blocks(Document("frame.pdf", "pdf", (page,)))
    assert [b.kind for b in blocks] == ["headline", "editor_note", "body", "sidebar_title", "sidebar"]


@pytest.mark.parametrize(("token", "page"), [("二", 2), ("十二", 12), ("3", 3), ("２", 2), ("二十", 20)])
def test_marker_page_numbers(token: str, page: int) -> None:
    assert marker_page(token) == page


def test_empty_page_gives_no_blocks() -> None:
    document = Document("blank.pdf", "pdf", (Page(number=1, lines=(), width=100, height=100),))
    assert document_to_blocks(document) == []


def test_inline_continuation_markers_become_marker_blocks() -> None:
    """（下转X版） printed at the end of a paragraph's last line, （上接X版） at the start
    of the continued part's first line: each is its own marker block."""
    p1 = Page(1, (_line("青川新闻标题", 40, 20, size=20, bold=True), _line("还没写完的一段话（下转2版）", 20, 60)),
              300, 400)
    p2 = Page(2, (dataclass_replace(_line("（上接1版）这段话写完了。", 20, 40), page=2),), 300, 400)
    blocks = document_to_blocks(Document("inline.pdf", "pdf", (p1, p2)))
    assert [(b.kind, b.text, b.marker, b.marker_page) for b in blocks] == [
        ("headline", "青川新闻标题", None, None),
        ("body", "还没写完的一段话", None, None),
        ("marker", "（下转2版）", "to", 2),
        ("marker", "（上接1版）", "from", 1),
        ("body", "这段话写完了。", None, None),
    ]
    assert blocks[1].open_end and not blocks[4].open_end
