"""Page images decoded and vetted before OCR: formats, bombs, truncation, blank pages."""

from __future__ import annotations

import io
import struct
import zlib
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageDraw

from yuanzhi.errors import ImageError
from yuanzhi.read import page_image
from yuanzhi.read.page_image import is_blank, open_page_images


def _text_page(size: tuple[int, int] = (900, 1200), mode: str = "L") -> Image.Image:
    image = Image.new("L", size, 255)
    draw = ImageDraw.Draw(image)
    for y in range(60, size[1] - 60, 30):
        for x in range(60, size[0] - 60, 22):
            draw.rectangle([x, y, x + 15, y + 15], outline=20, width=2)
    return image.convert(mode)


def _bytes(image: Image.Image, fmt: str, **options: object) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format=fmt, **options)
    return buffer.getvalue()


def _huge_png(side: int) -> bytes:
    """A white 1-bit PNG of ``side`` pixels a side, compressed to a few kilobytes."""
    row = b"\x00" + b"\xff" * ((side + 7) // 8)
    packer = zlib.compressobj(9)
    body = b"".join(packer.compress(row) for _ in range(side)) + packer.flush()

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", side, side, 1, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", body) + chunk(b"IEND", b"")


def test_not_an_image_is_a_named_error() -> None:
    with pytest.raises(ImageError, match=r"notes\.png \(page 3\): is not a decodable image"):
        open_page_images("第一版 要闻".encode(), "notes.png", 3)


def test_a_tiny_image_is_not_a_page() -> None:
    with pytest.raises(ImageError, match="too small"):
        open_page_images(_bytes(Image.new("L", (120, 90), 128), "PNG"), "icon.png", 1)


def test_a_page_20000_px_a_side_is_refused_before_its_pixels_are_decoded(monkeypatch: pytest.MonkeyPatch) -> None:
    def decode(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("the pixels were decoded")

    monkeypatch.setattr(page_image, "_load", decode)
    with pytest.raises(ImageError, match="huge.png.*(megapixels|too large)"):
        open_page_images(_huge_png(20_000), "huge.png", 1)


def test_a_jpeg_over_the_pixel_limit_is_decoded_reduced(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(page_image, "MAX_PIXELS", 400_000)
    (page,) = open_page_images(_bytes(_text_page((900, 1200)), "JPEG", quality=80), "big.jpg", 1)
    assert page.gray.shape[0] * page.gray.shape[1] <= 400_000
    assert any("1/2" in w for w in page.warnings)


def test_a_png_over_the_pixel_limit_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(page_image, "MAX_PIXELS", 400_000)
    with pytest.raises(ImageError, match="megapixels"):
        open_page_images(_bytes(_text_page((900, 1200)), "PNG"), "big.png", 1)


def test_a_truncated_jpeg_is_read_as_far_as_it_goes() -> None:
    data = _bytes(_text_page(), "JPEG", quality=90)
    (page,) = open_page_images(data[: len(data) * 2 // 3], "cut.jpg", 2)
    assert page.gray.shape == (1200, 900)
    assert any("cut.jpg (page 2)" in w and "truncated" in w for w in page.warnings)


def test_transparency_is_paper_white() -> None:
    image = Image.new("RGBA", (600, 800), (0, 0, 0, 0))  # transparent black background
    ImageDraw.Draw(image).rectangle([100, 100, 300, 140], fill=(10, 10, 10, 255))
    (page,) = open_page_images(_bytes(image, "PNG"), "alpha.png", 1)
    assert page.gray[10, 10] == 255 and page.gray[120, 200] < 50


def test_sixteen_bit_scans_are_scaled_to_eight() -> None:
    values = np.full((800, 600), 65535, dtype=np.uint16)
    values[100:140, 100:300] = 2000
    (page,) = open_page_images(_bytes(Image.fromarray(values), "PNG"), "deep.png", 1)
    assert page.gray[10, 10] == 255 and page.gray[120, 200] < 20


def test_a_multi_page_tiff_gives_each_page(tmp_path: Path) -> None:
    first, second = _text_page(), Image.new("L", (900, 1200), 255)
    buffer = io.BytesIO()
    first.save(buffer, format="TIFF", save_all=True, append_images=[second], dpi=(300, 300))
    pages = open_page_images(buffer.getvalue(), "issue.tif", 1)
    assert [p.blank for p in pages] == [False, True]
    assert pages[0].dpi == pytest.approx(300)


def test_exif_orientation_turns_the_photo_upright() -> None:
    image = _text_page((600, 900))
    exif = Image.Exif()
    exif[0x0112] = 6  # stored turned: the viewer must rotate it 90° clockwise
    (page,) = open_page_images(_bytes(image, "JPEG", exif=exif), "photo.jpg", 1)
    assert page.gray.shape == (600, 900)


def test_no_stated_resolution_is_none() -> None:
    (page,) = open_page_images(_bytes(_text_page(), "PNG"), "p.png", 1)
    assert page.dpi is None


def test_blank_allows_grain_and_dust_but_not_a_line_of_text() -> None:
    rng = np.random.default_rng(1)
    paper = np.clip(rng.normal(236, 6, (1200, 900)), 0, 255).astype(np.uint8)  # grey, grainy scan of nothing
    paper[500:502, 400:402] = 30  # a speck of dust
    assert is_blank(paper)
    one_line = paper.copy()
    one_line[600:612, 100:400:4] = 20  # a short printed line
    assert not is_blank(one_line)
