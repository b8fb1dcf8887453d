"""Even out a page photo's light: yellowed newsprint, a lamp's gradient, a dim corner.

The paper's brightness is sampled in cells (a high percentile of each, the
grain smoothed first: the paper between the letters) and fitted with a smooth cubic surface, robustly:
cells far darker than the fit (photos, tinted sidebars, dense headlines) are
left out and the fit repeated. The page divided by that surface has white
paper everywhere, while tints and photos keep their shade relative to the
paper, so sidebar tints are still found (``read.frames``). A page whose
paper is already even and white is returned unchanged.
"""

from __future__ import annotations

from typing import Any

CELLS = 24  # cells along the page's long side
PAPER_PERCENTILE = 90
UNEVEN = 14  # grey levels: paper varying less than this, and this close to white, is left alone
OUTLIER = 12  # cells this much darker than the fitted paper are not paper


def paper_surface(gray: Any) -> Any | None:
    """The fitted paper brightness at the cells' resolution (2-D float array), or None."""
    import cv2
    import numpy as np

    gray = cv2.blur(gray, (5, 5))  # the paper's level, not its grain: noise would lift the percentile
    height, width = gray.shape
    cell = max(8, max(height, width) // CELLS)
    rows, cols = height // cell, width // cell
    if rows < 3 or cols < 3:
        return None
    tiles = gray[: rows * cell, : cols * cell].reshape(rows, cell, cols, cell).swapaxes(1, 2)
    step = max(1, cell // 32)  # a sample of each cell is enough for a percentile
    sample = tiles[:, :, ::step, ::step].reshape(rows, cols, -1)
    paper = np.percentile(sample, PAPER_PERCENTILE, axis=2).astype(np.float64)
    yy, xx = np.mgrid[0:rows, 0:cols]
    x, y = xx.ravel() / max(cols - 1, 1) - 0.5, yy.ravel() / max(rows - 1, 1) - 0.5
    terms = np.stack([np.ones_like(x), x, y, x * x, x * y, y * y, x**3, x * x * y, x * y * y, y**3], axis=1)
    values = paper.ravel()
    keep = values > np.percentile(values, 20) - 3 * OUTLIER  # very dark cells (photos) never count
    fitted = values
    for _ in range(4):
        if keep.sum() < terms.shape[1] * 2:
            return None
        coef, *_ = np.linalg.lstsq(terms[keep], values[keep], rcond=None)
        fitted = terms @ coef
        new_keep = values > fitted - OUTLIER
        if (new_keep == keep).all():
            break
        keep = new_keep
    return np.clip(fitted.reshape(rows, cols), 32, 255)


def flatten_light(gray: Any) -> Any:
    """The page with its paper turned evenly white (uint8), or the page itself when it already is."""
    import cv2
    import numpy as np

    surface = paper_surface(gray)
    if surface is None or (float(surface.min()) >= 255 - UNEVEN and float(np.ptp(surface)) < UNEVEN):
        return gray
    height, width = gray.shape
    background = cv2.resize(surface.astype(np.float32), (width, height), interpolation=cv2.INTER_CUBIC)
    background = np.clip(background, 32, 255).astype(np.uint8)
    return cv2.divide(gray, background, scale=255)
