"""The OCR engine: RapidOCR (rapidocr-onnxruntime, models inside the package).

One engine per process, built on first use, used one page at a time (its
per-call settings are its own state). Detection and recognition are called
apart, so that the page's text size can be measured from one detection pass
and the recogniser always reads the crops at the image's full resolution:

* ``detect(engine, image, ratio)``: text line quadrilaterals (4×2 points, in
  the image's pixels) found on the image scaled by ``ratio`` (with the rows of
  lines the detector joins across narrow gutters, ``read.joined_lines``);
* ``recognize(engine, image, quads)``: one entry per line the recogniser reads
  with its usual confidence (``MIN_SCORE``, the engine's own ``text_score``):
  ``[quad, text, score, character boxes, characters]``, the shape
  ``RapidOCR.__call__`` returns with ``return_word_box``.
"""

from __future__ import annotations

import functools
import threading
from typing import Any

MIN_SCORE = 0.5  # the engine's default text_score: what it calls recognised
UNCLIP = 1.3  # how far the detector grows its text kernels into line boxes
REC_BATCH = 1  # batches pad every crop to the widest and run slower on CPU


def make_engine() -> Any:
    """Build the engine (a few hundred ms): once per process, see ``shared_engine``."""
    from rapidocr_onnxruntime import RapidOCR

    return RapidOCR(det_use_dilation=False, rec_batch_num=REC_BATCH, print_verbose=False)


@functools.lru_cache(maxsize=1)
def shared_engine() -> Any:
    """One engine per process, built on first use (never at import)."""
    return make_engine()


@functools.lru_cache(maxsize=1)
def engine_lock() -> threading.Lock:
    return threading.Lock()


def as_rgb(gray: Any) -> Any:
    """The engine's models read three channels."""
    import numpy as np

    array = np.asarray(gray, dtype=np.uint8)
    return np.repeat(array[:, :, None], 3, axis=2) if array.ndim == 2 else array


def detect(engine: Any, image: Any, ratio: float) -> Any:
    """Line quadrilaterals (N×4×2 float32, image pixels) found with the image scaled
    by ``ratio`` (area-averaged when shrinking: thin strokes survive)."""
    import cv2
    import numpy as np
    from rapidocr_onnxruntime.ch_ppocr_det.utils import DetPreProcess

    from .joined_lines import line_boxes

    height, width = image.shape[:2]
    new_h = max(32, round(height * ratio / 32) * 32)
    new_w = max(32, round(width * ratio / 32) * 32)
    method = cv2.INTER_AREA if new_h < height else cv2.INTER_LINEAR
    same = (new_h, new_w) == (height, width)
    scaled = as_rgb(image if same else cv2.resize(image, (new_w, new_h), interpolation=method))
    det = engine.text_det
    post = det.postprocess_op
    post.unclip_ratio = UNCLIP
    post.box_thresh = 0.5
    # the detector would pick its own input size; it gets the image as scaled here
    pred = det.infer(DetPreProcess(max(new_h, new_w), "max", det.mean, det.std)(scaled))[0][0, 0]
    found = line_boxes(pred, post, new_w, new_h)  # DB's boxes and the rows of lines it joined across gutters
    boxes = det.filter_tag_det_res(np.asarray(found), (new_h, new_w)) if found else []
    if len(boxes) == 0:
        return np.zeros((0, 4, 2), dtype=np.float32)
    quads = np.asarray(boxes, dtype=np.float32).reshape(-1, 4, 2)
    quads[:, :, 0] *= width / new_w
    quads[:, :, 1] *= height / new_h
    quads = np.round(quads)  # whole pixels, as the engine maps them (crops truncate their size)
    order = sorted(range(len(quads)), key=lambda i: (float(quads[i, 0, 1]), float(quads[i, 0, 0])))
    return quads[order]


def recognize(engine: Any, image: Any, quads: Any) -> list[list[Any]]:
    """Read every line at the image's full resolution; entries as ``RapidOCR`` returns them."""
    import numpy as np

    if len(quads) == 0:
        return []
    quads = [np.asarray(q, dtype=np.float32) for q in quads]
    crops = line_crops(image, quads)
    results, _ = engine.text_rec(crops, True)
    with_boxes = engine.cal_rec_boxes(crops, quads, results)
    out: list[list[Any]] = []
    for quad, (text, score, char_boxes, chars, *_rest) in zip(quads, with_boxes, strict=True):
        if str(text).strip() and float(score) >= MIN_SCORE:
            out.append([quad.tolist(), str(text), float(score), char_boxes, chars])
    return out


def line_crops(image: Any, quads: Any, turn: bool = True) -> list[Any]:
    """Each line cut out of the page and straightened (three channels), as the engine cuts
    them (``RapidOCR.get_crop_img_list``): a box at least 1.5 times taller than wide is
    turned a quarter counter-clockwise. Only the crops are converted, never the page."""
    import cv2
    import numpy as np

    out: list[Any] = []
    for quad in quads:
        points = np.asarray(quad, dtype=np.float32)
        width = int(max(np.linalg.norm(points[0] - points[1]), np.linalg.norm(points[2] - points[3])))
        height = int(max(np.linalg.norm(points[0] - points[3]), np.linalg.norm(points[1] - points[2])))
        width, height = max(width, 1), max(height, 1)
        target = np.array([[0, 0], [width, 0], [width, height], [0, height]], dtype=np.float32)
        matrix = cv2.getPerspectiveTransform(points, target)
        crop = cv2.warpPerspective(image, matrix, (width, height), borderMode=cv2.BORDER_REPLICATE,
                                   flags=cv2.INTER_CUBIC)
        if turn and height / width >= 1.5:
            crop = np.rot90(crop)
        out.append(as_rgb(np.ascontiguousarray(crop)))
    return out


def crops_of(engine: Any, image: Any, quads: Any) -> list[Any]:
    return line_crops(image, quads)


def read_crops(engine: Any, crops: list[Any]) -> list[tuple[str, float]]:
    """(text, score) of each crop, read as it lies (used to try orientations)."""
    if not crops:
        return []
    results, _ = engine.text_rec(crops, False)
    return [(str(r[0]), float(r[1])) for r in results]
