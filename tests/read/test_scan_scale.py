"""Type size, detection scale, points and tilt measured from a page image's own lines."""

from __future__ import annotations

import math

import numpy as np
import pytest

from yuanzhi.read import scan_scale as sc
from yuanzhi.read.ocr_lines import result_to_lines, rotated_entries
from yuanzhi.read.page_light import flatten_light

BODY = "青川市人民医院心内科团队连续三年开展义诊活动走进社区"  # invented


def _quad(x0: float, y0: float, length: float, height: float, degrees: float = 0.0) -> list[list[float]]:
    """A line box ``length`` long rising by ``degrees`` to the right (image y down)."""
    c, s = math.cos(math.radians(degrees)), math.sin(math.radians(degrees))
    corners = [(0, 0), (length, 0), (length, height), (0, height)]
    return [[x0 + x * c + y * s, y0 - x * s + y * c] for x, y in corners]


def _entry(quad: list[list[float]], text: str) -> list[object]:
    return [quad, text, 0.95]


def test_the_type_size_is_measured_from_line_widths_not_box_heights() -> None:
    # small type: the detector's boxes balloon to twice the type's height, the widths do not
    em = 7.0
    entries = [_entry(_quad(20, 40 + 12 * i, 14 * em, 2.2 * em), BODY[i : i + 14]) for i in range(8)]
    assert sc.measure_em(entries) == pytest.approx(em, rel=0.02)


def test_too_few_long_lines_measure_nothing() -> None:
    assert sc.measure_em([_entry(_quad(0, 0, 40, 10), "院报")]) is None


def test_a_file_without_resolution_starts_from_small_type() -> None:
    # 1000 x 1400 px and no dpi: type may be as small as on a national daily's page image
    assert sc.first_ratio(1000, 1400, None) > 0.85
    # 150 dpi stated: body type of 10 pt is 21 px, detection at about half size
    assert sc.first_ratio(1754, 2480, 150) == pytest.approx(0.5, abs=0.02)
    assert sc.first_ratio(600, 800, 600) < 0.2


def test_detection_runs_again_when_the_first_guess_shrank_the_type_too_far() -> None:
    again = sc.needs_redetect(em_px=7.0, ratio=0.6, lines_found=80)
    assert again == pytest.approx(1.0)
    assert sc.needs_redetect(em_px=21.0, ratio=0.5, lines_found=80) is None  # 10.5 px at that scale: fine
    assert sc.needs_redetect(em_px=7.0, ratio=1.0, lines_found=80) is None  # never enlarged
    assert sc.needs_redetect(em_px=None, ratio=0.3, lines_found=0) == pytest.approx(0.75)


def test_points_use_a_stated_resolution_only_when_it_fits_the_type() -> None:
    scale, stated = sc.points_per_pixel(150.0, 21.0)  # 10 pt at 150 dpi
    assert stated and scale == pytest.approx(72 / 150)
    scale, stated = sc.points_per_pixel(72.0, 40.0)  # a camera's "72 dpi" on 40-px type: 40 pt body?
    assert not stated and 40.0 * scale == pytest.approx(sc.BODY_PT)
    scale, stated = sc.points_per_pixel(None, 8.0)
    assert not stated and 8.0 * scale == pytest.approx(sc.BODY_PT)


@pytest.mark.parametrize("degrees", [-3.0, -0.5, 2.0, 4.0])
def test_the_tilt_is_the_median_slope_of_long_lines(degrees: float) -> None:
    quads = [_quad(100 + 300 * (i % 2), 100 + 30 * i, 250, 20, degrees) for i in range(12)]
    quads.append(_quad(600, 50, 60, 60, 30.0))  # a stamp or a photo's caption at an angle
    assert sc.skew_degrees(quads) == pytest.approx(degrees, abs=0.05)


def test_a_tilted_page_is_measured_and_levelled() -> None:
    # a level column of lines, then the whole page turned 2° counter-clockwise, as a scanner would
    level = [_entry(_quad(100, 200 + 30 * i, 280, 20), BODY[:14]) for i in range(10)]
    tilted = rotated_entries(level, 2.0, (400.0, 500.0))
    degrees = sc.skew_degrees([e[0] for e in tilted])
    assert degrees == pytest.approx(2.0, abs=0.05)
    lines = result_to_lines(rotated_entries(tilted, -degrees, (400.0, 500.0)), page=1, start_index=0, scale=1.0)
    assert max(ln.box.x0 for ln in lines if ln.box) - min(ln.box.x0 for ln in lines if ln.box) < 1.0
    assert all(line.box and line.box.height < 21 for line in lines)  # not inflated by the tilt


def test_uneven_light_and_newsprint_become_white_paper() -> None:
    height, width = 1200, 900
    yy, xx = np.mgrid[0:height, 0:width]
    light = 235 - 90 * (xx / width) * (yy / height)  # yellowish paper dimmed towards a corner
    page = light.copy()
    for y in range(100, 1100, 30):
        page[y : y + 12, 100:800:3] *= 0.15  # rows of ink
    page[700:900, 500:800] *= 0.85  # a tinted sidebar
    flat = flatten_light(np.clip(page, 0, 255).astype(np.uint8))
    paper = flat[[50, 50, 1150, 1150], [50, 850, 50, 850]]
    assert paper.min() >= 245
    assert 180 <= np.median(flat[716:728, 505:795]) <= 235  # the tint keeps its shade
    assert flat[100:112, 100:800:3].mean() < 80  # ink stays ink


def test_white_paper_is_left_alone() -> None:
    page = np.full((800, 600), 255, dtype=np.uint8)
    page[100:400:20, 50:550] = 0
    assert flatten_light(page) is page
