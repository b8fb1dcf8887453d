"""The PDF reader: spans → lines with geometry, frames, bad input, OCR fallback."""

from __future__ import annotations

from pathlib import Path

import pymupdf
import pytest

from tests.read.truths import make_truth
from tests.synth.render_pdf import render_issue
from yuanzhi.errors import EmptyInputError, PdfError
from yuanzhi.model import Box
from yuanzhi.read.pdf import Span, read_pdf, spans_to_lines


@pytest.fixture(scope="module")
def issue_pdf(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict]:
    path = tmp_path_factory.mktemp("pdf") / "issue.pdf"
    truth = render_issue(make_truth(3, 6), path, seed=3, order="shuffled")
    return path, truth


def test_lines_carry_geometry_size_and_weight(issue_pdf: tuple[Path, dict]) -> None:
    path, truth = issue_pdf
    document = read_pdf(path)
    assert document.kind == "pdf" and len(document.pages) == truth["pages"]
    assert document.sha256 and not document.warnings
    lines = document.lines
    assert all(line.box is not None and line.size for line in lines)
    titles = {a["title"].replace(" ", "") for a in truth["articles"]}
    heads = [ln for ln in lines if ln.text.replace(" ", "") in titles]
    assert heads and all(ln.bold and ln.size and ln.size >= 16 for ln in heads)
    body = [ln for ln in lines if ln.size == 10.0]
    assert len(body) > len(lines) / 2 and not any(ln.bold for ln in body)
    assert [ln.index for ln in lines] == list(range(len(lines)))


def test_frames_become_page_rects(issue_pdf: tuple[Path, dict]) -> None:
    path, truth = issue_pdf
    document = read_pdf(path)
    sidebars = sum(len(a["sidebars"]) for a in truth["articles"])
    rects = [r for page in document.pages for r in page.rects]
    assert len(rects) == sidebars  # rules (thin bars) are not frames


def test_spans_on_one_baseline_merge_but_not_across_a_gutter() -> None:
    spans = [
        Span("青川市", Box(10, 10, 40, 20), 10, False),
        Span("人民医院", Box(41, 10, 81, 20), 10, False),
        Span("另一栏", Box(100, 10, 130, 20), 10, False),  # 19 pt gap: next column
        Span("第二行", Box(10, 25, 40, 35), 10, False),
    ]
    lines = spans_to_lines(spans, page=1, start_index=0)
    assert [ln.text for ln in lines] == ["青川市人民医院", "另一栏", "第二行"]
    assert lines[0].box == Box(10, 10, 81, 20)


def test_truncated_pdf_is_a_named_error_or_a_repaired_warning(issue_pdf: tuple[Path, dict], tmp_path: Path) -> None:
    data = issue_pdf[0].read_bytes()
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(data[: len(data) // 3])
    try:
        document = read_pdf(broken)
    except PdfError as error:
        assert "broken.pdf" in str(error)
    else:
        assert any("repaired" in w or "OCR" in w for w in document.warnings)


def test_garbage_file_named_pdf(tmp_path: Path) -> None:
    path = tmp_path / "junk.pdf"
    path.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 4)
    with pytest.raises(PdfError, match="junk.pdf"):
        read_pdf(path)


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.pdf"
    path.write_bytes(b"")
    with pytest.raises(EmptyInputError, match="empty"):
        read_pdf(path)


def test_encrypted_pdf_needs_a_password(issue_pdf: tuple[Path, dict], tmp_path: Path) -> None:
    path = tmp_path / "locked.pdf"
    with pymupdf.open(issue_pdf[0]) as pdf:
        pdf.save(path, encryption=pymupdf.PDF_ENCRYPT_AES_256, user_pw="secret", owner_pw="owner")
    with pytest.raises(PdfError, match="password"):
        read_pdf(path)


def test_pdf_without_pages(tmp_path: Path) -> None:
    path = tmp_path / "nopages.pdf"
    path.write_bytes(
        b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
        b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
        b"trailer<</Root 1 0 R>>\n%%EOF\n"
    )
    with pytest.raises(PdfError, match="no pages|not a readable"):
        read_pdf(path)


def test_vertical_text_is_skipped_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "vertical.pdf"
    with pymupdf.open() as pdf:
        page = pdf.new_page(width=595, height=842)
        page.insert_text((72, 100), "Horizontal line of body text for the page " * 2, fontsize=10)
        page.insert_text((300, 300), "Vertical", fontsize=10, rotate=90)
        pdf.save(path)
    document = read_pdf(path, ocr=False)
    assert any("vertical" in w and "page 1" in w for w in document.warnings)
    assert all("Vertical" not in ln.text for ln in document.lines)


def test_page_without_text_layer_is_flagged_for_ocr(tmp_path: Path) -> None:
    path = tmp_path / "image_only.pdf"
    with pymupdf.open() as pdf:
        pdf.new_page(width=595, height=842)
        pdf.save(path)
    document = read_pdf(path, ocr=False)
    assert document.pages[0].lines == ()
    assert any("no usable text layer" in w for w in document.warnings)
