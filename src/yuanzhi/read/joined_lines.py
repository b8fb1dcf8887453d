"""Line boxes from the detector's probability map, lines joined across a gutter included.

RapidOCR's detector (DB) marks text as a probability map; its post-process
takes each connected region above ``thresh`` as one line and keeps it only
when the map's mean over the region's box reaches ``box_thresh``. On a page
with narrow gutters (about an em) the map bridges the gutters, so one region
runs along a printed line through four or five columns; the weaker evidence
in every gutter pulls its mean under the threshold and the whole row of
lines is dropped: nothing of it is read. Such a region is cut where its
evidence is weakest (a gutter, a wide gap) and each piece is scored again,
recursively, as DB scores a region; the pieces that pass become boxes like
the ones DB keeps. Regions DB keeps are left as they are.
"""

from __future__ import annotations

from typing import Any

MIN_AREA = 20  # px of the map: smaller regions are specks, as DB's min_size drops them
DEPTH = 5  # halvings of one rejected region (a row through up to 32 columns)
KEPT_SHARE = 0.5
WEAK_MARGIN = 0.05  # columns this close to the weakest evidence belong to the same gutter  # a region this much inside the boxes DB kept is one of theirs


def line_boxes(pred: Any, post: Any, width: int, height: int) -> list[Any]:
    """Quadrilaterals (4x2 int32, in a ``width`` x ``height`` image) of the map ``pred``
    (2-D float, the detector's output): DB's own boxes (``post``: the engine's
    ``DBPostProcess``), then the pieces of the regions it rejected."""
    import cv2
    import numpy as np

    mask = (pred > post.thresh).astype(np.uint8)
    if post.dilation_kernel is not None:
        mask = cv2.dilate(mask, post.dilation_kernel)
    boxes, _ = post.boxes_from_bitmap(pred, mask, width, height)
    rows, cols = mask.shape
    kept = np.zeros_like(mask)
    to_map = np.array([cols / width, rows / height], dtype=np.float32)
    for box in boxes:
        cv2.fillPoly(kept, [np.round(np.asarray(box, np.float32) * to_map).astype(np.int32)], 1)
    count, labels, stats, _ = cv2.connectedComponentsWithStats(mask, connectivity=8)
    out = [np.asarray(b, dtype=np.int32) for b in boxes]
    for label in range(1, count):
        x, y, w, h, area = (int(v) for v in stats[label])
        if area < MIN_AREA:
            continue
        region = labels[y : y + h, x : x + w] == label
        if kept[y : y + h, x : x + w][region].mean() > KEPT_SHARE:
            continue
        for quad in _pieces(pred, region, x, y, post, DEPTH):
            quad[:, 0] = np.clip(np.round(quad[:, 0] / to_map[0]), 0, width)
            quad[:, 1] = np.clip(np.round(quad[:, 1] / to_map[1]), 0, height)
            out.append(quad.astype(np.int32))
    return out


def _pieces(pred: Any, region: Any, x: int, y: int, post: Any, depth: int) -> list[Any]:
    """Boxes (map px, float) of a region at (x, y): its own box if DB would keep it, else
    those of its two sides once the run of columns of weakest evidence (a gutter) is cut out."""
    import cv2
    import numpy as np

    points = (np.column_stack(np.nonzero(region)[::-1]) + [x, y]).astype(np.float32)
    if len(points) < 4:
        return []
    box, short = post.get_mini_boxes(points.reshape(-1, 1, 2))
    box = np.asarray(box, dtype=np.float32)
    if short >= post.min_size and post.box_score_fast(pred, box.reshape(-1, 2)) >= post.box_thresh:
        grown, short = post.get_mini_boxes(post.unclip(box))
        return [np.asarray(grown, dtype=np.float32)] if short >= post.min_size + 2 else []
    heights = region.sum(axis=0)
    thick = max(2, int(np.median(heights[heights > 0])))
    if depth == 0 or region.shape[1] < 4 * thick:
        return []
    inside = pred[y : y + region.shape[0], x : x + region.shape[1]] * region
    evidence = np.convolve(inside.sum(axis=0) / np.maximum(heights, 1), np.ones(3) / 3, mode="same")
    cut = thick + int(np.argmin(evidence[thick:-thick]))  # never a sliver at either end
    weak = evidence <= evidence[cut] + WEAK_MARGIN  # the whole gutter, not one column of it
    start, end = cut, cut + 1
    while start > thick and weak[start - 1]:
        start -= 1
    while end < region.shape[1] - thick and weak[end]:
        end += 1
    if end - start > region.shape[1] // 2:  # weak all along: cut in the middle only
        start, end = cut - 1, cut + 1
    out: list[Any] = []
    for part, dx in ((region[:, :start], 0), (region[:, end:], end)):
        count, labels = cv2.connectedComponents(part.astype(np.uint8), connectivity=8)
        for label in range(1, count):
            piece = labels == label
            if piece.sum() < MIN_AREA:
                continue
            ys, xs = np.nonzero(piece)
            piece = piece[ys.min() : ys.max() + 1, xs.min() : xs.max() + 1]
            out.extend(_pieces(pred, piece, x + dx + int(xs.min()), y + int(ys.min()), post, depth - 1))
    return out
