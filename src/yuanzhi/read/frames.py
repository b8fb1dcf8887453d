"""Frames and shaded boxes on a page image: the sidebars a PDF draws as rects.

Born-digital pages list their drawings; a scan has only pixels. Newspapers
set sidebars (小贴士, 健康小科普, 链接) in a ruled frame or on a light tint, so
both are found here and returned as boxes in points, like ``Page.rects`` of
a PDF, for the geometric layout to treat alike:

* a frame is a connected figure of long horizontal and vertical strokes
  (text never makes a stroke several ems long; a lone rule has no height);
* a tint is an area whose paper, block by block, lies between the page's
  paper and ink: the paper of a block is the most common grey level among
  its brighter half once the grain is smoothed (letters are darker, a tint
  under them is not), so dense text, JPEG ringing and scanner noise on
  white paper never read as a tint. The page's light is evened out first
  (``read.page_light``).
"""

from __future__ import annotations

from typing import Any

from ..model import Box

INK = 128  # grey levels darker than this are ink
TINT = (150, 246)  # a block's paper in this range is a tinted background
TINT_BELOW_PAPER = 7  # grey levels: a tint is at least this much darker than the page's own paper
STROKE_PT = 36.0  # a frame's sides are strokes at least this long (points)
MIN_SIDE_PT = 30.0  # a frame or tint smaller than this a side holds no text
MAX_SHARE = 0.6  # larger boxes are page backgrounds, not sidebars
TINT_BLOCK_PT = 10.0  # the paper level is taken over blocks about this wide (an em: lines and gaps)


def image_rects(gray: Any, scale: float, offset: tuple[float, float] = (0.0, 0.0)) -> tuple[Box, ...]:
    """Frames and tints on a greyscale page (a 2-D uint8 array); boxes in points
    (pixel * ``scale``), ``offset`` where the array lies on the page (pixels)."""
    import cv2
    import numpy as np

    image = np.asarray(gray, dtype=np.uint8)
    if image.ndim != 2 or min(image.shape) < 8:
        return ()
    height, width = image.shape
    found: list[tuple[int, int, int, int]] = []
    stroke = max(8, round(STROKE_PT / scale))
    ink = (image < INK).astype(np.uint8)
    across = cv2.morphologyEx(ink, cv2.MORPH_OPEN, np.ones((1, stroke), np.uint8))
    down = cv2.morphologyEx(ink, cv2.MORPH_OPEN, np.ones((stroke, 1), np.uint8))
    strokes = cv2.dilate(cv2.bitwise_or(across, down), np.ones((3, 3), np.uint8))
    count, _, stats, _ = cv2.connectedComponentsWithStats(strokes, connectivity=8)
    for label in range(1, count):
        x, y, w, h, _ = (int(v) for v in stats[label])
        rows_h = np.asarray(across[y : y + h, x : x + w].any(axis=1), dtype=bool)  # rows holding a long stroke
        cols_v = np.asarray(down[y : y + h, x : x + w].any(axis=0), dtype=bool)
        top, side = max(3, h // 10), max(3, w // 10)  # strokes along all four edges
        if rows_h[:top].any() and rows_h[-top:].any() and cols_v[:side].any() and cols_v[-side:].any():
            found.append((x, y, w, h))
    block = max(6, round(TINT_BLOCK_PT / scale))
    rows, cols = height // block, width // block
    if rows < 3 or cols < 3:
        return ()
    paper = block_paper(image, block, rows, cols)
    page_paper = float(np.median(paper))
    paper = cv2.medianBlur(paper, 3)
    top_tint = min(TINT[1], page_paper - TINT_BELOW_PAPER)
    tint = ((paper >= TINT[0]) & (paper <= top_tint)).astype(np.uint8)
    tint = cv2.morphologyEx(tint, cv2.MORPH_OPEN, np.ones((3, 3), np.uint8))
    count, _, stats, _ = cv2.connectedComponentsWithStats(tint, connectivity=4)
    for label in range(1, count):
        x, y, w, h, area = (int(v) for v in stats[label])
        if area >= 0.6 * w * h:  # a tinted box is solid; ragged shapes are photos or noise
            found.append((x * block, y * block, w * block, h * block))
    dx, dy = offset
    out: list[Box] = []
    for x, y, w, h in found:
        if w * scale < MIN_SIDE_PT or h * scale < MIN_SIDE_PT or w * h > MAX_SHARE * width * height:
            continue
        out.append(Box((x + dx) * scale, (y + dy) * scale, (x + w + dx) * scale, (y + h + dy) * scale))
    return tuple(out)


def block_paper(image: Any, block: int, rows: int, cols: int) -> Any:
    """The paper level of each block (uint8 rows x cols): the most common smoothed grey
    level above the block's median (a histogram peak is steady under noise; the letters
    are the darker part)."""
    import cv2
    import numpy as np

    step = max(1, block // 16)  # a sample of each block is enough for a histogram (memory stays bounded)
    smooth = cv2.blur(image, (3, 3))[: rows * block, : cols * block]
    sample = smooth.reshape(rows, block, cols, block)[:, ::step, :, ::step] >> 1  # 2-level bins
    side = sample.shape[1]
    block_ids = (np.arange(rows)[:, None, None, None] * cols + np.arange(cols)[None, None, :, None]) * 128
    counts = np.bincount((block_ids + sample).ravel(), minlength=rows * cols * 128).reshape(rows * cols, 128)
    below = np.cumsum(counts, axis=1) < (side * side) / 2  # bins under the block's median
    counts[below] = 0
    return (np.argmax(counts, axis=1) * 2 + 1).clip(0, 255).astype(np.uint8).reshape(rows, cols)
