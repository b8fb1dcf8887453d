"""Reading order by recursive XY-cut over a page's items.

An item is a column block (``colblocks.py``), a headline group (widened to
the columns it heads, ``headspan.py``) or a framed sidebar. A region is cut
first along a vertical gutter that runs its full height (side-by-side
articles, then columns: left to right), else along a horizontal gap that runs
its full width (bands, headline above body: top to bottom). Widening each
headline group to its columns keeps an article's columns together under it,
so articles side by side are never interleaved and the stream order of the
PDF never matters. A region no straight cut separates is read in Breuel's
topological order (``order.py``). Pictures are items too: no band boundary
runs through a picture, though text runs down past it on either side (a
gutter may cross one).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..model import Box, Line
from .order import topological_order


@dataclass(frozen=True)
class Item:
    kind: str  # "line" | "block" (column) | "caption" | "lone_caption" (photo news) | "group" | "frame" | "photo"
    box: Box  # the area the item claims (a group's box is widened to its columns)
    lines: tuple[Line, ...]
    frame: Box | None = None
    column: tuple[float, float] | None = None  # a block's column edges (left, right)
    # a frame set in columns: its column blocks in reading order, each with its edges
    parts: tuple[tuple[tuple[Line, ...], tuple[float, float]], ...] = ()

    @property
    def text_like(self) -> bool:
        return self.kind in ("line", "block", "caption", "lone_caption")


def _gaps(intervals: Sequence[tuple[float, float]], min_gap: float) -> list[float]:
    """Cut positions between merged intervals separated by at least ``min_gap``."""
    cuts: list[float] = []
    ordered = sorted(intervals)
    end = ordered[0][1]
    for start, stop in ordered[1:]:
        if start - end >= min_gap:
            cuts.append((start + end) / 2)
        end = max(end, stop)
    return cuts


FIRM, SOFT = 1, 0  # a PDF line may not cross a gutter; a few OCR lines (loose boxes) may
HARD = 2  # headline groups and frames never do
SOFT_SHARE = 20  # one OCR line in this many may cross a gutter


def gutters(intervals: Sequence[tuple[float, float, int]], min_gap: float) -> list[tuple[float, float]]:
    """Vertical gutters: x-runs at least ``min_gap`` wide that no line crosses.

    Each interval has a strength: HARD and FIRM items may never cross a
    gutter; of the SOFT ones (OCR lines, whose boxes overshoot) one in
    SOFT_SHARE may.
    """
    if not intervals:
        return []
    if all(strength != SOFT for *_, strength in intervals):  # exact boxes: merge intervals, no histogram
        ordered = sorted((int(a) + 1, int(b)) for a, b, _ in intervals)
        runs_exact: list[tuple[float, float]] = []
        end = ordered[0][1]
        for begin, stop in ordered[1:]:
            if begin - end >= min_gap:
                runs_exact.append((float(end), float(begin)))
            end = max(end, stop)
        return runs_exact
    lo = int(min(a for a, _, _ in intervals))
    hi = int(max(b for _, b, _ in intervals)) + 1
    firm = [0] * (hi - lo + 1)
    soft = [0] * (hi - lo + 1)
    for a, b, strength in intervals:
        counts = soft if strength == SOFT else firm
        for x in range(int(a) - lo + 1, int(b) - lo):
            counts[x] += 1
    allowed = sum(1 for *_, strength in intervals if strength == SOFT) // SOFT_SHARE
    runs: list[tuple[float, float]] = []
    start: int | None = None
    for x in range(len(firm) + 1):
        free = x < len(firm) and firm[x] == 0 and soft[x] <= allowed
        if free and start is None:
            start = x
        elif not free and start is not None:
            if x - start >= min_gap and start > 0 and x < len(firm):
                runs.append((start + lo, x + lo))
            start = None
    return runs


def _hang(item: Item) -> float:
    """Punctuation may hang into the gutter by half an em."""
    if not item.text_like or not item.lines[0].size:
        return 0.0
    return min(0.5 * item.lines[0].size, 0.5 * item.box.width)


def _extent(item: Item) -> tuple[float, float, int]:
    """The x-run an item claims for gutter finding.

    PDF lines: their box, less hanging punctuation on the right. OCR lines
    (weight unknown): boxes are detection polygons that overshoot the ink by
    up to an em on either side, so both ends are trimmed.
    """
    if not item.text_like:
        return item.box.x0, item.box.x1, HARD
    if item.kind == "block" and item.column is not None and len(item.lines) >= 3:
        return item.box.x0, min(item.box.x1, item.column[1]), FIRM  # full lines' edge, hung marks aside
    line = item.lines[0]
    if line.bold is None and line.size:
        trim = min(1.2 * item.box.height, 0.25 * item.box.width)
        return item.box.x0 + trim, item.box.x1 - trim, SOFT
    return item.box.x0, item.box.x1 - _hang(item), FIRM


def _split(items: Sequence[Item], cuts: list[float], vertical: bool) -> list[list[Item]]:
    groups: list[list[Item]] = [[] for _ in range(len(cuts) + 1)]
    for item in items:
        mid = (item.box.x0 + item.box.x1) / 2 if vertical else (item.box.y0 + item.box.y1) / 2
        slot = sum(1 for cut in cuts if mid > cut)
        groups[slot].append(item)
    return [g for g in groups if g]


BODY_STARTED = 6  # more lines than this under a headline, in one column, are body, not an editor's note


def _size(items: Sequence[Item]) -> float:
    sizes = sorted(i.lines[0].size or 10.0 for i in items)
    return sizes[len(sizes) // 2]


def _overlap(a: Box, b: Box) -> bool:
    return min(a.x1, b.x1) - max(a.x0, b.x0) > 0


def _below_headline(items: Sequence[Item], cut: float) -> bool:
    """A headline is never cut from the columns it heads.

    The cut is refused when a headline group above it still heads lines
    below it: lines under the group's columns with no other headline group
    in between, while above the cut under the group there are no columns yet
    (only a subtitle or an editor's note set across them).
    """
    groups = [i for i in items if i.kind == "group"]
    for group in groups:
        if group.box.y1 > cut:
            continue
        if any(h is not group and group.box.y1 <= h.box.y0 < cut and _overlap(h.box, group.box) for h in groups):
            continue  # another headline took over these columns before the cut
        between = [i for i in items if i.text_like and i.box.y0 >= group.box.y1 and i.box.y1 <= cut
                   and _overlap(i.box, group.box)]
        if sum(len(i.lines) for i in between) > BODY_STARTED or (
                between and gutters([_extent(i) for i in between], 0.8 * _size(between))):
            continue  # the article's columns are above the cut: what lies below is another story
        for item in items:
            if item.kind in ("group", "photo") or item.box.y0 < cut or not _overlap(item.box, group.box):
                continue
            if not any(cut <= h.box.y0 <= item.box.y0 and _overlap(h.box, item.box) for h in groups):
                return True
    return False


PARAGRAPH_SPACE = 0.7  # ems a paragraph break may add to the space a cut needs


def _edges(item: Item) -> tuple[float, float]:
    return item.column if item.column is not None and item.column[1] != float("inf") else (item.box.x0, item.box.x1)


def _fills_column(item: Item) -> bool:
    """A line alone that runs from its column's left edge to its right edge (a paragraph's
    first line set a paragraph break below the column's text above it)."""
    if item.column is None or item.column[1] == float("inf") or not item.lines[0].size:
        return False
    size = item.lines[0].size
    left, right = item.column
    return abs(item.box.x0 - left) <= 2.5 * size and item.box.x1 >= right - 1.05 * size


def _splits_a_column(items: Sequence[Item], cut: float, min_gap: float) -> bool:
    """A gap that runs across the region only where the paragraph breaks of its columns
    happen to line up (a baseline grid) is no band boundary: the column above it goes on
    below it, the same width, a paragraph break away, nothing set between."""
    # running text, not a byline or label: several lines, or one that fills its column's width
    text = [i for i in items if i.kind == "block" and (len(i.lines) > 1 or _fills_column(i))]
    reach = min_gap + PARAGRAPH_SPACE * max((i.lines[0].size or i.box.height for i in text), default=0.0)
    above = [i for i in text if cut - reach <= i.box.y1 <= cut]
    below = [i for i in text if cut <= i.box.y0 <= cut + reach]
    for a in above:
        size = a.lines[0].size or a.box.height
        left, right = _edges(a)
        for b in below:
            if b.box.y0 - a.box.y1 > min_gap + PARAGRAPH_SPACE * size:
                continue
            b_left, b_right = _edges(b)
            if abs(b_left - left) > 0.5 * size or abs(b_right - right) > 1.2 * size:
                continue
            if not any(c is not a and c is not b and c.box.y0 >= a.box.y1 - 0.5 and c.box.y1 <= b.box.y0 + 0.5
                       and _overlap(c.box, a.box) for c in items):
                return True
    return False


def _hard_edges(items: Sequence[Item]) -> list[float]:
    """Cut above and below each frame or headline group when no gap is wide enough.

    A sidebar frame set close under the columns leaves no clear gap, but
    nothing reads across a frame's top or bottom edge.
    """
    edges: set[float] = set()
    for item in items:
        if not item.text_like and item.kind != "photo":
            edges.update((item.box.y0, item.box.y1))
    cuts = []
    for edge in sorted(edges):
        crossing = any(i.box.y0 < edge - 0.5 and i.box.y1 > edge + 0.5 and i.text_like for i in items)
        if not crossing:
            cuts.append(edge)
    return cuts


def _read_order(items: Sequence[Item]) -> list[Item]:
    """A region no straight cut parts, in Breuel's order. Pictures hold no text to
    read: they only stand between items (a picture left of a column is not read before
    it, which could close a cycle with the text above the picture); they go last."""
    photos = [i for i in items if i.kind == "photo"]
    columns = [i.box for i in items if i.kind == "block"]  # a headline over two columns is none
    if not photos:
        return topological_order(items, columns=columns)
    text = [i for i in items if i.kind != "photo"]
    return [*topological_order(text, [p.box for p in photos], columns), *photos]


HEAD_BELOW = 3.0  # body lines: a headline this close under a gap opens a band there


def _band_cuts(items: Sequence[Item], min_gap: float) -> list[float]:
    """Gaps across the whole region with a headline right under them: a new band of the
    page starts there, and is read after the band above is done, even when a gutter
    runs down through both bands (the columns of two bands lined up)."""
    heads = [i for i in items if i.kind == "group"]
    if not heads:
        return []
    reach = HEAD_BELOW * _size([i for i in items if i.text_like] or heads)
    cuts = [c for c in _gaps([(i.box.y0, i.box.y1) for i in items], min_gap)
            if any(c < h.box.y0 <= c + reach for h in heads)]
    return [c for c in cuts if not _below_headline(items, c) and not _splits_a_column(items, c, min_gap)]


def _headless_bands(parts: list[list[Item]], min_gap: float) -> list[list[Item]]:
    """Columns with no headline of their own, right of a part whose headlines open bands
    (a headline set over two of an article's four columns, the other two starting level
    with its top), go on that part's articles band by band: a reader finishes the article
    over all its columns before the next headline's band. They join the part when the gap
    over that headline runs on across them (each column's text breaks there too)."""
    out: list[list[Item]] = []
    i = 0
    while i < len(parts):
        merged, end = parts[i], i + 1
        if any(item.kind == "group" for item in parts[i]):
            candidate = list(parts[i])
            for j in range(i + 1, len(parts)):
                if any(item.kind == "group" for item in parts[j]):
                    break
                candidate = candidate + parts[j]
                if _band_cuts(candidate, min_gap):
                    merged, end = candidate, j + 1
        out.append(merged)
        i = end
    return out


def xy_cut(items: Sequence[Item], min_gutter: float, min_gap: float, depth: int = 0) -> list[list[Item]]:
    """Leaves (lists of items, top to bottom) in reading order."""
    if all(i.kind == "photo" for i in items):
        return []
    if len(items) <= 1 or depth > 60:
        return [sorted(items, key=lambda i: (i.box.y0, i.box.x0))] if items else []
    runs = gutters([_extent(i) for i in items if i.kind != "photo"], min_gutter)  # text runs around pictures
    cuts = [(a + b) / 2 for a, b in runs]
    bands = _band_cuts(items, min_gap) if cuts else []
    if bands:
        parts = _split(items, bands, vertical=False)
    elif cuts:
        parts = _headless_bands(_split(items, cuts, vertical=True), min_gap)
    else:
        cuts = [c for c in _gaps([(i.box.y0, i.box.y1) for i in items], min_gap)
                if not _below_headline(items, c) and not _splits_a_column(items, c, min_gap)]
        # a line alone (a caption, a byline set wide) may stray over a gutter the columns keep
        major = [i for i in items if not (i.text_like and len(i.lines) == 1) and i.kind != "photo"]
        runs = gutters([_extent(i) for i in major], min_gutter) if not cuts and len(major) > 1 else []
        if runs:
            parts = _split(items, [(a + b) / 2 for a, b in runs], vertical=True)
        else:
            cuts = cuts or _hard_edges(items)
            if not cuts:
                return [_read_order(items)]
            parts = _split(items, cuts, vertical=False)
    if len(parts) == 1:
        return [_read_order(items)]
    out: list[list[Item]] = []
    for part in parts:
        out.extend(xy_cut(part, min_gutter, min_gap, depth + 1))
    return out
