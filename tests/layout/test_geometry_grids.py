"""The geometric layout on grids it was not designed for (tests/layout/grid_pages.py):
1-8 columns, narrow gutters, photos with and without captions, mixed grids,
stacked modules, headlines over any run of columns, any content-stream order.
Plus the pieces: lines never cross a gutter, column blocks, headline spans,
reading order where no straight cut exists."""

from __future__ import annotations

from pathlib import Path

import pymupdf
import pytest

from tests.layout.grid_pages import FONT, ORDERS, make_page
from tests.synth.metrics import score_issue
from yuanzhi.contract import issue_to_json
from yuanzhi.layout.colblocks import column_blocks
from yuanzhi.layout.geometry import document_to_blocks
from yuanzhi.layout.headspan import Column, head_span
from yuanzhi.layout.normalize import content_chars
from yuanzhi.layout.order import topological_order
from yuanzhi.layout.xycut import Item
from yuanzhi.model import Box, Line
from yuanzhi.pipeline import parse_file
from yuanzhi.read.pdf import read_pdf


def _fields(truth: dict) -> list[str]:
    fields = ["康宁医院报", "2024年5月20日星期一第88期"]
    for article in truth["articles"]:
        fields += [article["title"], *article["paragraphs"], article.get("caption") or ""]
        for byline in article["bylines"]:
            fields.append((byline.get("department") or "") + "".join(byline.get("authors") or []))
    return [content_chars(f) for f in fields]


@pytest.mark.parametrize("columns", range(1, 9))
def test_no_printed_line_mixes_two_columns(tmp_path: Path, columns: int) -> None:
    """Whatever the gutter (0.8-2 em, punctuation squeezed or hung) and stream order,
    every line the reader builds is text of one column of one article."""
    for seed in (columns * 7, columns * 7 + 1):
        path = tmp_path / f"grid_{seed}.pdf"
        truth = make_page(seed, path, columns=columns, order="rows")
        fields = _fields(truth)
        for line in read_pdf(path).lines:
            key = content_chars(line.text)
            assert len(key) < 2 or any(key in f for f in fields), (seed, line.text)


@pytest.mark.parametrize("seed", [3, 17, 40])
def test_stream_order_never_changes_the_blocks(tmp_path: Path, seed: int) -> None:
    seen = []
    for order in ORDERS:
        path = tmp_path / f"grid_{seed}_{order}.pdf"
        make_page(seed, path, order=order)
        seen.append([(b.kind, b.text) for b in document_to_blocks(read_pdf(path))])
    assert all(blocks == seen[0] for blocks in seen[1:])


def test_grids_keep_paragraphs_articles_and_titles(tmp_path: Path) -> None:
    """Thirty fresh random grids: paragraphs whole, sentences in the right articles, titles."""
    whole = paragraphs = titles = articles = 0
    bcubed = []
    for seed in range(300, 330):
        path = tmp_path / f"grid_{seed}.pdf"
        truth = make_page(seed, path)
        score = score_issue(truth, issue_to_json(parse_file(path)))
        whole += score["paragraphs_whole"]
        paragraphs += score["paragraphs"]
        titles += score["titles_correct"]
        articles += score["articles"]
        bcubed.append(score["bcubed_f1"])
    assert whole / paragraphs >= 0.95
    assert sum(bcubed) / len(bcubed) >= 0.96
    assert titles / articles >= 0.93


# ---------------------------------------------------------------- pieces


def test_a_row_written_across_a_narrow_gutter_is_two_lines(tmp_path: Path) -> None:
    """Some producers write a row across the page in one run: MuPDF then joins the last
    character of one column and the first of the next (a 0.6 em gutter) into one span."""
    path = tmp_path / "rows.pdf"
    left = "医院举行护理技能竞赛活动，"  # 13 ems, its comma taking the column's last em
    right = "全院护理人员参加比赛项目"
    with pymupdf.open() as pdf:
        page = pdf.new_page(width=400, height=400)
        font = pymupdf.Font(fontfile=FONT)
        for row in range(6):
            writer = pymupdf.TextWriter(page.rect)
            y = 60 + row * 15
            writer.append((20, y), left, font=font, fontsize=10)
            writer.append((20 + 130 + 6, y), right, font=font, fontsize=10)  # gutter 6 pt
            writer.write_text(page)
        pdf.save(str(path))
    lines = read_pdf(path, ocr=False).lines
    assert len(lines) == 12
    assert {ln.text for ln in lines} == {left, right}


def _line(text: str, x0: float, y0: float, n: list[int] = [0], size: float = 10.0) -> Line:  # noqa: B006
    n[0] += 1
    return Line(text, 1, n[0], Box(x0, y0, x0 + len(text) * size, y0 + size), size, False)


def test_column_blocks_follow_columns_not_rows() -> None:
    """Two columns a half em apart, the left one's last line short, a line across both
    above them: three blocks, each a column's lines top to bottom."""
    across = _line("横跨两栏的一行文字横跨两栏的一行文字横跨", 0, 0)
    left = [_line("左" * 10, 0, 15 + 15 * i) for i in range(4)] + [_line("左末行", 0, 75)]
    right = [_line("右" * 10, 105, 15 + 15 * i) for i in range(5)]
    blocks = column_blocks([across, *right, *left])
    runs = sorted([ln.text for ln in b.lines] for b in blocks)
    assert runs == sorted([[across.text], [ln.text for ln in left], [ln.text for ln in right]])


def test_headline_spans_the_columns_its_body_starts_in() -> None:
    """A headline centred over three columns whose text fills only the first two heads
    both; a column that began higher up, beside it, belongs to another article."""
    head = Box(120, 100, 260, 120)
    cols = [Column(0, 90, 130), Column(100, 190, 131), Column(200, 290, 129), Column(300, 390, 60)]
    wide = head_span(head, cols, others=[(Box(300, 40, 390, 55), 60.0)], pitch=15)
    assert (wide.x0, wide.x1) == (0, 290)


def test_reading_order_without_a_straight_cut() -> None:
    """An L-shaped page: a headline over two columns whose right column runs down beside a
    second article: columns top to bottom, left to right, the headline first."""
    head = Item("group", Box(0, 0, 190, 20), ())
    a1 = Item("block", Box(0, 30, 90, 200), ())
    a2 = Item("block", Box(100, 30, 190, 300), ())
    b_head = Item("group", Box(0, 210, 90, 230), ())
    b1 = Item("block", Box(0, 240, 90, 300), ())
    order = topological_order([b1, a2, b_head, a1, head])
    assert order.index(head) < order.index(a1) < order.index(a2)
    assert order.index(b_head) < order.index(b1)


def test_a_framed_table_is_read_row_by_row_and_a_two_column_sidebar_is_not() -> None:
    from yuanzhi.layout.tables import table_rows

    cells = [_line(text, x, 20 + 14 * row) for row, texts in enumerate(
        [("月份", "例数", "满意度"), ("3月", "872", "88.1%"), ("4月", "1509", "97.5%"), ("5月", "986", "91.7%")])
        for text, x in zip(texts, (0, 80, 160), strict=True)]
    rows = table_rows(cells[::-1])
    assert rows is not None and [ln.text for ln in rows] == ["月份 例数 满意度", "3月 872 88.1%", "4月 1509 97.5%",
                                                             "5月 986 91.7%"]
    prose = [_line("框内第一栏的一行说明文字甲乙丙丁戊己", 0, 20 + 14 * i) for i in range(4)]
    prose += [_line("框内第二栏的一行说明文字甲乙丙丁戊己", 200, 20 + 14 * i) for i in range(4)]
    assert table_rows(prose) is None
