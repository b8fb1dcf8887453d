"""Scanned pages: OCR lines with geometry, mixed PDFs, images that are not pages.

OCR is slow on two cores: these tests read small page crops, not whole A3 pages.
"""

from __future__ import annotations

import io
from pathlib import Path

import pymupdf
import pytest
from PIL import Image

from tests.read.truths import make_truth
from tests.synth.render_pdf import render_issue
from tests.synth.render_scan import render_scans
from yuanzhi.errors import ImageError
from yuanzhi.layout.normalize import content_chars
from yuanzhi.model import Box
from yuanzhi.read.pdf import read_pdf
from yuanzhi.read.scan import check_page_image, read_images, split_across_gutters


@pytest.fixture(scope="module")
def crop_pdf(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, pymupdf.Rect]:
    """A synthetic issue and the clip holding its first headline and a few body lines."""
    path = tmp_path_factory.mktemp("scan") / "issue.pdf"
    render_issue(make_truth(11, 3), path, seed=11)
    return path, pymupdf.Rect(36, 120, 806, 330)


def _png(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def test_undecodable_image() -> None:
    with pytest.raises(ImageError, match="not a decodable image"):
        check_page_image(b"\x89PNG\r\n\x1a\nnot really", "p1.png", 1)


def test_tiny_image_is_not_a_page() -> None:
    with pytest.raises(ImageError, match="too small"):
        check_page_image(_png(Image.new("L", (120, 90), 128)), "icon.png", 1)


def test_blank_image_is_not_a_page(tmp_path: Path) -> None:
    path = tmp_path / "blank.png"
    Image.new("L", (1200, 1700), 255).save(path)
    with pytest.raises(ImageError, match="blank"):
        read_images([path])


def test_no_images() -> None:
    with pytest.raises(ImageError):
        read_images([])


def test_a_line_across_a_gutter_is_split_there() -> None:
    column = [(Box(10, 20 * i, 110, 20 * i + 10), "左栏文字左栏文字左栏") for i in range(5)]
    column += [(Box(130, 20 * i, 230, 20 * i + 10), "右栏文字右栏文字右栏") for i in range(5)]
    merged = (Box(10, 100, 230, 110), "左栏文字左栏文字左栏右栏文字右栏文字右栏")
    out = split_across_gutters([*column, merged])
    pieces = [text for box, text in out if box.y0 == 100]
    assert pieces == ["左栏文字左栏文字左栏", "右栏文字右栏文字右栏"]


@pytest.mark.slow
def test_ocr_reads_a_scanned_crop_with_boxes_and_sizes(crop_pdf: tuple[Path, pymupdf.Rect], tmp_path: Path) -> None:
    pdf, clip = crop_pdf
    with pymupdf.open(pdf) as doc:
        page = doc[0]
        pixmap = page.get_pixmap(dpi=150, clip=clip, colorspace=pymupdf.csGRAY)
        pixmap.set_dpi(150, 150)
        image = tmp_path / "crop.png"
        pixmap.save(image)
        reference = content_chars("".join(page.get_text(clip=clip).split()))
    document = read_images([image])
    assert document.kind == "scan" and document.pages[0].image == str(image)
    lines = document.pages[0].lines
    text = content_chars("".join(line.text for line in lines))
    hits = sum(min(text.count(c), reference.count(c)) for c in set(reference))
    assert hits / len(reference) >= 0.95
    biggest = max(lines, key=lambda line: line.size or 0)
    body = sorted(line.size or 0 for line in lines)[len(lines) // 2]
    assert (biggest.size or 0) >= 1.5 * body  # the headline stands out by size alone
    assert all(line.box and line.box.x1 <= clip.width + 1 for line in lines)  # points, not pixels


@pytest.mark.slow
def test_mixed_pdf_ocrs_the_page_without_text(crop_pdf: tuple[Path, pymupdf.Rect], tmp_path: Path) -> None:
    pdf, clip = crop_pdf
    mixed = tmp_path / "mixed.pdf"
    with pymupdf.open(pdf) as source, pymupdf.open() as out:
        out.insert_pdf(source, from_page=0, to_page=0)
        pixmap = source[0].get_pixmap(dpi=150, clip=clip)
        scanned = out.new_page(width=clip.width, height=clip.height)
        scanned.insert_image(scanned.rect, pixmap=pixmap)
        out.save(mixed)
    document = read_pdf(mixed)
    assert any("page 2" in w and "OCR" in w for w in document.warnings)
    assert document.pages[0].lines and document.pages[1].lines
    assert all(line.bold is None for line in document.pages[1].lines)
    assert all(line.bold is not None for line in document.pages[0].lines)


def test_render_scans_writes_150_dpi_pngs(crop_pdf: tuple[Path, pymupdf.Rect], tmp_path: Path) -> None:
    paths = render_scans(crop_pdf[0], tmp_path, pages=[1])
    with Image.open(paths[0]) as image:
        assert abs(image.size[0] - 842 * 150 / 72) <= 1 and abs(image.size[1] - 1191 * 150 / 72) <= 1
        assert round(image.info["dpi"][0]) == 150
