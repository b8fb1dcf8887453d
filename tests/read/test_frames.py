"""Sidebar frames and tints found on page images (what a PDF lists as drawings)."""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageDraw

from yuanzhi.read.frames import image_rects

SCALE = 72 / 150  # points per pixel at 150 dpi


def _text(draw: ImageDraw.ImageDraw, x0: int, y0: int, x1: int, y1: int, ink: int = 20) -> None:
    """Rows of character-sized marks (21 px squares with strokes), like body type at 150 dpi."""
    for y in range(y0, y1 - 21, 31):
        for x in range(x0, x1 - 21, 22):
            draw.line([(x + 2, y + 10), (x + 19, y + 10)], fill=ink, width=2)
            draw.line([(x + 10, y + 2), (x + 10, y + 19)], fill=ink, width=2)
            draw.line([(x + 4, y + 4), (x + 16, y + 17)], fill=ink, width=2)


def _page() -> Image.Image:
    image = Image.new("L", (1200, 1600), 255)
    draw = ImageDraw.Draw(image)
    _text(draw, 60, 60, 560, 1500)  # a dense column of body text: neither frame nor tint
    draw.line([(620, 80), (1140, 80)], fill=0, width=2)  # a lone rule under a headline
    draw.rectangle([620, 200, 1140, 520], outline=0, width=2)  # a ruled sidebar frame
    _text(draw, 640, 220, 1120, 500)
    draw.rectangle([620, 700, 1140, 1000], fill=235)  # a tinted sidebar
    _text(draw, 640, 720, 1120, 980)
    return image


def test_frame_and_tint_are_found_in_points() -> None:
    rects = image_rects(np.asarray(_page()), SCALE)
    assert len(rects) == 2, rects
    frame, tint = sorted(rects, key=lambda box: box.y0)
    assert abs(frame.x0 - 620 * SCALE) < 3 and abs(frame.y1 - 520 * SCALE) < 3
    assert abs(tint.y0 - 700 * SCALE) < 6 and abs(tint.x1 - 1140 * SCALE) < 6


def test_text_and_rules_alone_are_not_frames() -> None:
    image = Image.new("L", (1200, 1600), 255)
    draw = ImageDraw.Draw(image)
    _text(draw, 60, 60, 1140, 1500)
    draw.line([(60, 30), (1140, 30)], fill=0, width=3)
    draw.line([(600, 40), (600, 1500)], fill=0, width=2)  # a column rule
    assert image_rects(np.asarray(image), SCALE) == ()


def test_offset_moves_the_boxes() -> None:
    (frame, _) = sorted(image_rects(np.asarray(_page()), SCALE, offset=(100, 50)), key=lambda box: box.y0)
    assert abs(frame.x0 - 720 * SCALE) < 3 and abs(frame.y0 - 250 * SCALE) < 3


def _degraded(image: Image.Image, sigma: float, quality: int) -> np.ndarray:
    import io

    noisy = np.asarray(image, dtype=np.float32) + np.random.default_rng(3).normal(0, sigma, (image.height, image.width))
    buffer = io.BytesIO()
    Image.fromarray(np.clip(noisy, 0, 255).astype(np.uint8)).save(buffer, format="JPEG", quality=quality)
    with Image.open(buffer) as out:
        return np.asarray(out.convert("L"))


def test_noise_and_jpeg_on_dense_text_are_no_tint() -> None:
    # bug: the median of a text block under scanner noise and JPEG ringing fell in the tint range
    image = Image.new("L", (1200, 1600), 255)
    _text(ImageDraw.Draw(image), 60, 60, 1140, 1500)
    assert image_rects(_degraded(image, 18, 60), SCALE) == ()


def test_a_tint_is_found_under_noise_and_jpeg() -> None:
    rects = image_rects(_degraded(_page(), 12, 60), SCALE)
    assert any(abs(r.y0 - 700 * SCALE) < 8 and abs(r.x1 - 1140 * SCALE) < 8 for r in rects), rects
    assert len(rects) == 2
