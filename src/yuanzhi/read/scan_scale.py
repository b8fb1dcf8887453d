"""How big the text is on a page image, measured from the image itself.

A file's stated resolution is often missing (a JPEG from a web page) or
wrong (a camera writes 72 dpi on every photo), so the size of the text is
measured, not assumed: the detector runs once at a first guess of scale,
a sample of the lines it finds is recognised, and their widths give the
type size in pixels (CJK type is square: a line of n characters is n ems
wide, whatever the detector's box height, which balloons on small type).

* Detection needs body type at least ``MIN_EM_DET`` px high in its input,
  and reads it best around ``TARGET_EM_DET`` px; it is never given an image
  larger than the file (upscaling blurs what it cannot sharpen). When the
  first guess shrank the page too far, detection runs again at the scale
  the measured size asks for. Recognition always reads the full-resolution
  crops.
* Points: the stated resolution when it gives the body a plausible size,
  else the scale that makes the body ``BODY_PT`` (newsletters set body type
  at 9–10.5 pt), so the layout's measures mean the same on every scan.
* Body type under ``MIN_LEGIBLE_EM`` px is too small to read reliably: the
  caller warns, naming the page.
* Skew: the median slope of the long line boxes; orientation: see ``read.scan``.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

TARGET_EM_DET = 10.5  # px: body type at this size reads best (80 dpi for 10-pt type)
MIN_EM_DET = 7.5  # px: below this the detector starts losing lines (4.7 px loses two in three)
REDETECT_GAIN = 1.1  # detect again only when that enlarges the page by at least this much
EM_SHARE_GUESS = 1 / 120  # body type is rarely smaller than this share of the page's long side
BODY_PT = 10.0
PLAUSIBLE_PT = (6.0, 16.0)  # a stated resolution giving the body a size outside this is wrong
MIN_LEGIBLE_EM = 7.0  # px
MIN_EMS = 6.0  # lines at least this many ems long measure the type size
SAMPLE = 24  # lines recognised to measure the type size
MIN_SKEW = 0.15  # degrees: less than this is left as it is


def first_ratio(width: int, height: int, dpi: float | None) -> float:
    """The scale of the first detection pass: body type at ``TARGET_EM_DET`` if the
    stated resolution is right (10-pt type), else if the type is as small as
    newspapers print it relative to the page."""
    em_guess = BODY_PT * dpi / 72.0 if dpi else max(width, height) * EM_SHARE_GUESS
    return min(1.0, TARGET_EM_DET / max(em_guess, 1.0))


def ratio_for(em_px: float) -> float:
    return min(1.0, TARGET_EM_DET / max(em_px, 1.0))


def needs_redetect(em_px: float | None, ratio: float, lines_found: int) -> float | None:
    """The scale to detect again at, or None when the first pass served."""
    if ratio >= 1.0:
        return None
    if em_px is None:  # the first pass found nothing to measure: perhaps the type vanished at its scale
        return min(1.0, ratio * 2.5) if lines_found < 3 else None
    if em_px * ratio >= MIN_EM_DET:
        return None
    better = ratio_for(em_px)
    return better if better >= REDETECT_GAIN * ratio else None


def quad_sides(quad: Any) -> tuple[float, float]:
    """(length along the text, across) of a detector quadrilateral (top-left, top-right, bottom-right, bottom-left)."""
    (x0, y0), (x1, y1), _, (x3, y3) = ((float(p[0]), float(p[1])) for p in quad[:4])
    return math.hypot(x1 - x0, y1 - y0), math.hypot(x3 - x0, y3 - y0)


def size_sample(quads: Sequence[Any], count: int = SAMPLE) -> list[int]:
    """Indices of up to ``count`` long horizontal lines spread over the page."""
    long = [i for i, q in enumerate(quads) if (s := quad_sides(q))[0] >= 5 * s[1] > 0]
    if len(long) <= count:
        return long
    step = len(long) / count
    return [long[int(k * step)] for k in range(count)]


def measure_em(entries: Sequence[Sequence[Any]]) -> float | None:
    """Body type size in px: the median width per em of the recognised lines at least ``MIN_EMS`` long."""
    from ..layout.normalize import display_width

    per_em: list[float] = []
    for entry in entries:
        text = str(entry[1]).replace(" ", "")
        ems = display_width(text)
        if ems >= MIN_EMS:
            along, across = quad_sides(entry[0])
            if along > across:
                per_em.append(along / ems)
    if len(per_em) < 3:
        return None
    per_em.sort()
    return per_em[len(per_em) // 2]


def skew_degrees(quads: Sequence[Any]) -> float:
    """The page's tilt: the median slope of its long line boxes (degrees; positive when lines
    rise to the right in image coordinates, y down)."""
    slopes: list[float] = []
    for quad in quads:
        along, across = quad_sides(quad)
        if along >= 5 * across > 0:
            (x0, y0), (x1, y1) = (float(quad[0][0]), float(quad[0][1])), (float(quad[1][0]), float(quad[1][1]))
            slopes.append(math.degrees(math.atan2(y0 - y1, x1 - x0)))
    if len(slopes) < 5:
        return 0.0
    slopes.sort()
    angle = slopes[len(slopes) // 2]
    return angle if abs(angle) >= MIN_SKEW else 0.0


def points_per_pixel(dpi: float | None, em_px: float | None) -> tuple[float, bool]:
    """(points per pixel, whether the stated resolution was used)."""
    if dpi and em_px:
        size = em_px * 72.0 / dpi
        if PLAUSIBLE_PT[0] <= size <= PLAUSIBLE_PT[1]:
            return 72.0 / dpi, True
    if em_px:
        return BODY_PT / em_px, False
    return 72.0 / (dpi or 150.0), bool(dpi)


def is_vertical(quad: Any) -> bool:
    along, across = quad_sides(quad)
    return across >= 1.5 * along
