"""Bad input that bench/fuzz_bench.py found mishandled, one test per finding (named for the bug).

Each fixture is built here, byte by byte, so that it is small and its oddity is
plain to read: PDFs written by hand (valid offsets) with structures no PDF
writer makes, and texts over the size a newsletter issue can be.
"""

from __future__ import annotations

import zlib
from pathlib import Path

import pytest
from bench.fuzz_pdf import raw_pdf, stream  # PDFs written by hand, as the fuzz bench makes them

from yuanzhi.errors import InputError, PdfError, TooLargeError
from yuanzhi.pipeline import read_document

MB = 1024 * 1024
CATALOG = "<< /Type /Catalog /Pages 2 0 R >>"
ONE_PAGE = "<< /Type /Pages /Kids [3 0 R] /Count 1 >>"


def image_page(side: int) -> bytes:
    """One A6 page that shows one greyscale image declaring ``side`` x ``side`` pixels."""
    pixels = zlib.compress(b"\xff" * 4096, 9)
    return raw_pdf(
        [
            CATALOG,
            ONE_PAGE,
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 298 420] /Contents 4 0 R "
            "/Resources << /XObject << /Im1 5 0 R >> >> >>",
            stream(b"q 298 0 0 420 0 0 cm /Im1 Do Q"),
            stream(
                pixels,
                f"/Type /XObject /Subtype /Image /Width {side} /Height {side} "
                "/ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode",
            ),
        ]
    )


def content_bomb(megabytes: int) -> bytes:
    """One page whose content stream inflates to ``megabytes`` MB of spaces (a few KB on disk)."""
    compressor = zlib.compressobj(9)
    block = b" " * MB
    body = b"".join(compressor.compress(block) for _ in range(megabytes)) + compressor.flush()
    return raw_pdf(
        [
            CATALOG,
            ONE_PAGE,
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 298 420] /Contents 4 0 R >>",
            stream(body, "/Filter /FlateDecode"),
        ]
    )


def one_line(error: InputError, name: str) -> None:
    message = str(error)
    assert "\n" not in message and name in message, message


def test_text_of_several_megabytes_is_refused_before_parsing(tmp_path: Path) -> None:
    """Bug: the limit was 20 MB, but a 3 MB text took minutes to parse (headlines × bodies)."""
    path = tmp_path / "合订本.txt"
    path.write_bytes(("　　护理部举行技能竞赛。\n" * 60_000).encode("utf-8"))  # 2.1 MB
    with pytest.raises(TooLargeError) as caught:
        read_document([path])
    one_line(caught.value, "合订本.txt")
    assert "MB" in str(caught.value)


@pytest.mark.parametrize(
    "objects",
    [
        pytest.param(
            [
                CATALOG,
                "<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>",
                "<< /Type /Pages /Parent 2 0 R /Kids [2 0 R] /Count 1 >>",
            ],
            id="page-tree-cycle",
        ),
        pytest.param(
            [
                CATALOG,
                "<< /Type /Pages /Kids [3 0 R] /Count 100000000 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 298 420] >>",
            ],
            id="page-count-lies",
        ),
        pytest.param([CATALOG, "<< /Type /Pages /Kids [] /Count 0 >>"], id="zero-pages"),
    ],
)
def test_broken_page_tree_is_a_pdf_error(tmp_path: Path, objects: list[str]) -> None:
    """Bug: MuPDF's own exceptions (FzErrorFormat 'cycle in page tree', RuntimeError 'Invalid
    number of pages') escaped read_pdf as tracebacks."""
    path = tmp_path / "broken-tree.pdf"
    path.write_bytes(raw_pdf(objects))
    try:
        read_document([path])
    except PdfError as error:
        one_line(error, "broken-tree.pdf")
    except InputError as error:  # e.g. "no text" for a tree MuPDF repairs to blank pages
        one_line(error, "broken-tree.pdf")


def test_pdf_page_with_a_huge_image_is_refused_before_rendering(tmp_path: Path) -> None:
    """Bug: a page without text showing an image that declares 30,000² px was rendered for OCR:
    MuPDF decoded the whole image (1.7 GB, 20 s); at 100,000² MuPDF's limit raised a traceback."""
    for side in (30_000, 100_000):
        path = tmp_path / f"huge-image-{side}.pdf"
        path.write_bytes(image_page(side))
        with pytest.raises(InputError) as caught:
            read_document([path])
        one_line(caught.value, path.name)
        assert "px" in str(caught.value) or "render" in str(caught.value)


def test_pdf_content_stream_bomb_is_refused(tmp_path: Path) -> None:
    """Bug: a 400 KB page whose content inflates to 400 MB ran past a minute."""
    path = tmp_path / "bomb.pdf"
    path.write_bytes(content_bomb(80))
    with pytest.raises(PdfError) as caught:
        read_document([path])
    one_line(caught.value, "bomb.pdf")
    assert "MB" in str(caught.value)


def test_page_without_text_on_a_vast_page_is_rendered_within_the_pixel_limit(
    tmp_path: Path,
) -> None:
    """A page 200 inches wide with no text layer: OCR renders it at most MAX_PIXELS large."""
    from yuanzhi.read.page_image import MAX_PIXELS, render_size

    dpi, width, height = render_size(14_400, 14_400, 200.0)
    assert width * height <= MAX_PIXELS
    assert dpi < 200.0
    assert render_size(842, 1191, 200.0) == (200.0, 2339, 3308)  # an A3 page is untouched


def test_page_check_tolerates_contents_that_are_no_stream_and_a_png_named_pdf(
    tmp_path: Path,
) -> None:
    """Bug in the content-size check above (fuzz run 2): xref_stream_raw returns None for a
    /Contents object that is no stream, and a PNG named .pdf has no PDF objects at all."""
    from PIL import Image

    odd = tmp_path / "odd-contents.pdf"
    odd.write_bytes(
        raw_pdf(
            [
                CATALOG,
                ONE_PAGE,
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 298 420] /Contents 4 0 R >>",
                "<< /NotAStream true >>",
            ]
        )
    )
    picture = tmp_path / "picture.pdf"
    Image.new("L", (400, 400), 255).save(picture, format="PNG")
    for path in (odd, picture):
        try:
            read_document([path])
        except InputError as error:  # a named error is fine; a TypeError/AssertionError is not
            one_line(error, path.name)


@pytest.mark.parametrize("box", ["[0 0 -500 -99999]", "[0 0 30000 420]"])
def test_page_larger_than_a_pdf_page_can_be_is_refused_before_ocr(tmp_path: Path, box: str) -> None:
    """Bug (fuzz run 3): a page whose media box is [0 0 -500 -99999] is a 500 x 99,999 pt page
    (1,389 inches tall); with no text on it, it was rendered and read by OCR: 3 GB and 48 s.
    The PDF specification allows 14,400 units (200 inches) a side."""
    path = tmp_path / "vast-page.pdf"
    path.write_bytes(
        raw_pdf(
            [
                CATALOG,
                ONE_PAGE,
                f"<< /Type /Page /Parent 2 0 R /MediaBox {box} /Contents 4 0 R >>",
                stream(b"0 0 m 10 10 l S"),
            ]
        )
    )
    with pytest.raises(PdfError) as caught:
        read_document([path])
    one_line(caught.value, "vast-page.pdf")
    assert "inches" in str(caught.value)


def test_pdf_of_thousands_of_pages_is_refused_before_reading(tmp_path: Path) -> None:
    """Bug (fuzz run 3): a PDF of 2,000 pages, each with a few characters of text (too little
    for a text layer, so every page went to OCR), ran for far more than a minute. An issue has
    at most as many pages as one multi-page TIFF may hold (page_image.MAX_FRAMES)."""
    from yuanzhi.read.page_image import MAX_FRAMES

    pages = MAX_FRAMES + 1
    kids = " ".join(f"{3 + n} 0 R" for n in range(pages))
    page = "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 298 420] >>"
    path = tmp_path / "合订本.pdf"
    path.write_bytes(
        raw_pdf([CATALOG, f"<< /Type /Pages /Kids [{kids}] /Count {pages} >>"] + [page] * pages)
    )
    with pytest.raises(PdfError) as caught:
        read_document([path])
    one_line(caught.value, "合订本.pdf")
    assert f"{pages} pages" in str(caught.value)
