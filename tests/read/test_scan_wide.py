"""Scans of pages set in many narrow columns (gutters of about an em, columns whose
lines do not share baselines): every printed line is found, none is dropped because
the detector joined it with its neighbours across a gutter."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from yuanzhi.read.joined_lines import line_boxes
from yuanzhi.read.ocr_engine import detect, recognize
from yuanzhi.read.scan import shared_engine

TEXT = "青川县医院举办健康讲座护理部开展培训活动院长出席会议强调服务质量门诊大厅开设便民服务窗口"  # invented


def _columns(em: int, gutter: float, columns: int, per_line: int, rows: int, offset: float) -> tuple[np.ndarray, str]:
    """A page of ``columns`` columns of ``per_line`` characters, gutters ``gutter`` ems wide,
    every other column set ``offset`` ems lower (its baselines fall between its neighbours')."""
    from tests.synth.render_pdf import FONT_PATHS

    path = next((p for p in FONT_PATHS if Path(p).exists()), None)
    if path is None:
        pytest.skip("no CJK TrueType font: apt-get install fonts-wqy-microhei")
    font = ImageFont.truetype(path, em)
    lead = 1.45
    width = int(columns * per_line * em + (columns - 1) * gutter * em + 2 * em)
    height = int(rows * lead * em + (2 + offset) * em)
    image = Image.new("L", (width, height), 255)
    draw = ImageDraw.Draw(image)
    printed = []
    k = 0
    for column in range(columns):
        for row in range(rows):
            line = "".join(TEXT[(k + i) % len(TEXT)] for i in range(per_line))
            k += 7
            x = em + column * (per_line + gutter) * em
            y = em + row * lead * em + (offset * em if column % 2 else 0)
            draw.text((x, y), line, font=font, fill=0)
            printed.append(line)
    return np.asarray(image), "".join(printed)


def test_lines_joined_across_narrow_gutters_are_all_read() -> None:
    # 12-px type, 0.8-em gutters, baselines of neighbouring columns 0.3 em apart: the
    # detector's regions run through all five columns and some score under its threshold
    image, printed = _columns(em=12, gutter=0.8, columns=5, per_line=6, rows=8, offset=0.3)
    engine = shared_engine()
    read = "".join(entry[1] for entry in recognize(engine, image, detect(engine, image, 1.0)))
    found = sum((Counter(printed) & Counter(read)).values()) / len(printed)
    assert found >= 0.98  # 0.879 when such rows were dropped


def test_a_rejected_row_is_cut_at_its_gutters() -> None:
    from rapidocr_onnxruntime.ch_ppocr_det.utils import DBPostProcess

    post = DBPostProcess(thresh=0.3, box_thresh=0.5, unclip_ratio=1.3)
    pred = np.zeros((40, 480), dtype=np.float32)
    starts = [10 + 100 * i for i in range(5)]
    for x in starts:  # five column lines, 60 px long, 10 px thick, evidence 0.6
        pred[15:25, x : x + 60] = 0.6
    for x in starts[:-1]:  # thin bridges over the 40-px gutters, just above the threshold
        pred[18:22, x + 60 : x + 100] = 0.32
    mask = (pred > post.thresh).astype(np.uint8)
    assert len(post.boxes_from_bitmap(pred, mask, 480, 40)[0]) == 0  # DB drops the whole row
    boxes = line_boxes(pred, post, 480, 40)
    assert len(boxes) == 5
    spans = sorted((int(b[:, 0].min()), int(b[:, 0].max())) for b in boxes)
    for (x0, x1), start in zip(spans, starts, strict=True):
        assert start - 8 <= x0 and x1 <= start + 68  # one box per column line, none across a gutter


def test_rows_db_keeps_are_left_as_they_are() -> None:
    from rapidocr_onnxruntime.ch_ppocr_det.utils import DBPostProcess

    post = DBPostProcess(thresh=0.3, box_thresh=0.5, unclip_ratio=1.3)
    pred = np.zeros((40, 300), dtype=np.float32)
    pred[15:25, 10:290] = 0.9
    mask = (pred > post.thresh).astype(np.uint8)
    own = post.boxes_from_bitmap(pred, mask, 300, 40)[0]
    boxes = line_boxes(pred, post, 300, 40)
    assert len(boxes) == len(own) == 1 and np.array_equal(boxes[0], own[0])
