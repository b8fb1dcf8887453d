"""Page images the archive stores, bounded whatever the PDF says (found by bench/fuzz_bench.py)."""

from __future__ import annotations

import struct
from pathlib import Path

from yuanzhi.archive.pages import MAX_STORED_PIXELS, render_pdf


def png_size(data: bytes) -> tuple[int, int]:
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def test_page_image_of_a_vast_page_is_stored_within_the_pixel_limit(tmp_path: Path) -> None:
    """Bug: a page 100 inches square was rendered at 100 dpi for the web (100 megapixels, 300 MB
    of RGB, seconds of PNG encoding); a 200-inch page at 400 megapixels."""
    import pymupdf

    doc = pymupdf.open()
    page = doc.new_page(width=7_200, height=7_200)
    page.insert_text((72, 72), "院报", fontname="china-s", fontsize=10)
    normal = doc.new_page(width=842, height=1191)  # A3
    normal.insert_text((72, 72), "院报", fontname="china-s", fontsize=10)
    path = tmp_path / "vast.pdf"
    doc.save(path)
    images = render_pdf(path)
    width, height = png_size(images[1])
    assert width * height <= MAX_STORED_PIXELS
    assert width == height > 1000
    with pymupdf.open(path) as again:  # an A3 page: at 100 dpi, as before
        plain = again[1].get_pixmap(dpi=100)
    assert png_size(images[2]) == (plain.width, plain.height)
