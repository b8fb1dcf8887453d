"""Detected line boxes cut at the column gutters the page's ink leaves open.

On a page of narrow gutters (about an em) the detector may draw one box along a
printed row through several columns; the recogniser then reads a crop holding
two or three columns' lines, often on baselines that do not agree, and misreads
or merges them. A column gutter is a vertical run of paper in the box with print on
both sides of it, which the lines above and below leave white, with print on both
sides, at least as often as a body line crosses it (a headline or a rule across
the columns does not count); the gaps
between characters of one line are far narrower, and a space inside a line
(a letter-spaced byline, a kicker's two phrases) has the lines above or below
across it. Each box is cut at every such run before recognition, and a piece
whose box was drawn over two baselines is narrowed to its own line's rows.
Pieces keep the box's tilt (cut along its edges), so nothing moves on the page.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

INK = 215  # grey levels darker than this are print (thin strokes of soft, light type too)
MIN_RUN = 0.5  # ems: the narrowest gutter (gaps between CJK characters are under 0.2 em)
CORE = 0.3  # ems: the middle of a gutter that the lines above and below must leave white
MIN_OPEN = 0.45  # ems: and the paper they leave there is at least this wide in each of them
BAND = 2.5  # ems above and below the box in which the gutter must stay white
FLANK = 1.0  # ems either side of the gutter in which print must lie, in the box and beyond it
MIN_FLANKED = 0.6  # ems of rows above and below the box (together: most of one line) with print on both sides of the gutter
MIN_LINE_EMS = 3.0  # shorter boxes are never cut
TALL = 1.4  # a piece taller than this many ems is narrowed to its own line
PAD = 0.2  # ems of paper kept above and below a narrowed piece's ink


def cut_at_gutters(gray: Any, quads: Sequence[Any], em: float) -> tuple[list[Any], list[int]]:
    """The quadrilaterals (each 4×2, image pixels) with every box that crosses an open
    gutter cut there, and for each piece the index of the box it came from."""
    import cv2
    import numpy as np

    # averaged over three rows: the paper's grain is no print, and gutters keep their width
    ink = cv2.blur(np.asarray(gray, dtype=np.uint8), (1, 3)) < INK
    out: list[Any] = []
    origin: list[int] = []
    for index, quad in enumerate(quads):
        points = np.asarray(quad, dtype=np.float32)
        pieces = _cut(ink, points, em) if em > 0 else [points]
        out.extend(pieces)
        origin.extend([index] * len(pieces))
    return out, origin


def _cut(ink: Any, quad: Any, em: float) -> list[Any]:
    import numpy as np

    height, width = ink.shape
    x0, x1 = int(max(0, quad[:, 0].min())), int(min(width, np.ceil(quad[:, 0].max())))
    y0, y1 = int(max(0, quad[:, 1].min())), int(min(height, np.ceil(quad[:, 1].max())))
    if x1 - x0 < MIN_LINE_EMS * em or y1 <= y0:
        return [quad]
    band = int(round(BAND * em))
    top, bottom = max(0, y0 - band), min(height, y1 + band)
    region = ink[top:bottom, x0:x1]
    own = slice(y0 - top, y1 - top)
    flank = max(1, int(round(FLANK * em)))
    cuts: list[tuple[int, int]] = []
    for a, b in _white_runs(region[own].sum(axis=0) == 0, MIN_RUN * em):
        core_a, core_b = _core(region[:, a:b].sum(axis=0), int(round(CORE * em)))
        left = region[:, max(0, a + core_a - flank) : a + core_a].any(axis=1)
        right = region[:, a + core_b : a + core_b + flank].any(axis=1)
        across = region[:, a + core_a : a + core_b].any(axis=1)
        respect = left & right & ~across
        crossing = _body_rows(across, em)  # a headline or a rule across the columns does not count
        sides = (slice(0, own.start), slice(own.stop, None))  # rows above the box, rows below it
        kept = [int(respect[side].sum()) for side in sides]
        crossed = [int(crossing[side].sum()) for side in sides]
        if (sum(kept) >= MIN_FLANKED * em and all(k >= c for k, c in zip(kept, crossed, strict=True))
                and _open_width(region[respect, a:b], core_a, core_b) >= MIN_OPEN * em):
            cuts.append((a, b))
    if not cuts:
        return [quad]
    pieces: list[Any] = []
    edges = [0, *[v for run in cuts for v in run], x1 - x0]
    for start, stop in zip(edges[::2], edges[1::2], strict=True):
        if stop - start < 1:
            continue
        piece = _slice(quad, (x0 + start - quad[0, 0]) / _span(quad), (x0 + stop - quad[0, 0]) / _span(quad))
        pieces.append(_narrowed(ink, piece, em))
    return pieces or [quad]


def _white_runs(white: Any, min_width: float) -> list[tuple[int, int]]:
    """[a, b) runs of white columns at least ``min_width`` wide, not touching either end."""
    runs: list[tuple[int, int]] = []
    start: int | None = None
    for x, is_white in enumerate([*white.tolist(), False]):
        if is_white and start is None:
            start = x
        elif not is_white and start is not None:
            if start > 0 and x < len(white) and x - start >= min_width:
                runs.append((start, x))
            start = None
    return runs


def _body_rows(rows: Any, em: float) -> Any:
    """The rows of ``rows`` (booleans) in runs a body line tall (0.3 to 1.5 ems), not at either end."""
    import numpy as np

    out = np.zeros_like(rows)
    start = None
    for y, on in enumerate([*rows.tolist(), False]):
        if on and start is None:
            start = y
        elif not on and start is not None:
            if start > 0 and y < len(rows) and 0.3 * em <= y - start <= 1.5 * em:
                out[start:y] = True
            start = None
    return out


def _open_width(rows: Any, core_a: int, core_b: int) -> int:
    """How wide the paper around the core stays in every one of ``rows`` (the gaps of a CJK
    grid, aligned from line to line, are narrow; a gutter is as wide in every line)."""
    white = ~rows.any(axis=0)
    a, b = core_a, core_b
    while a > 0 and white[a - 1]:
        a -= 1
    while b < len(white) and white[b]:
        b += 1
    return b - a


def _core(counts: Any, width: int) -> tuple[int, int]:
    """[a, b) of the ``width`` columns holding the least print (the gutter proper: other
    lines' glyphs may reach into the run, and one-pixel gaps of a CJK grid are no gutter)."""
    import numpy as np

    width = max(1, min(width, len(counts)))
    sums = np.convolve(counts, np.ones(width, dtype=np.int64), mode="valid")
    best = int(np.argmin(sums))
    return best, best + width


def _span(quad: Any) -> float:
    return max(float(quad[1, 0] - quad[0, 0]), 1.0)


def _slice(quad: Any, t0: float, t1: float) -> Any:
    """The part of a quadrilateral (tl, tr, br, bl) between fractions t0 and t1 of its length."""
    import numpy as np

    tl, tr, br, bl = quad
    t0, t1 = max(0.0, t0), min(1.0, t1)
    return np.array([tl + (tr - tl) * t0, tl + (tr - tl) * t1, bl + (br - bl) * t1, bl + (br - bl) * t0],
                    dtype=np.float32)


def _narrowed(ink: Any, piece: Any, em: float) -> Any:
    """A level piece drawn over two baselines, narrowed to the rows of its heaviest run of print."""
    import numpy as np

    height, width = ink.shape
    x0, x1 = int(max(0, piece[:, 0].min())), int(min(width, np.ceil(piece[:, 0].max())))
    y0, y1 = int(max(0, piece[:, 1].min())), int(min(height, np.ceil(piece[:, 1].max())))
    tilt = abs(float(piece[1, 1] - piece[0, 1]))
    if y1 - y0 <= TALL * em or tilt > 0.2 * em or x1 <= x0:
        return piece
    rows = ink[y0:y1, x0:x1].sum(axis=1)
    best: tuple[int, int, int] | None = None  # (ink, start, stop)
    start = None
    for y, count in enumerate([*rows.tolist(), 0]):
        if count and start is None:
            start = y
        elif not count and start is not None:
            weight = int(rows[start:y].sum())
            if best is None or weight > best[0]:
                best = (weight, start, y)
            start = None
    if best is None or best[2] - best[1] < 0.5 * em:
        return piece
    pad = PAD * em
    top, bottom = max(y0 + best[1] - pad, float(y0)), min(y0 + best[2] + pad, float(y1))
    return np.array([[piece[0, 0], top], [piece[1, 0], top], [piece[2, 0], bottom], [piece[3, 0], bottom]],
                    dtype=np.float32)
