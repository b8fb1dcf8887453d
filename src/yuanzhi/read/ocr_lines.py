"""OCR results as Lines: the engine's line boxes and texts → Lines in points with type sizes.

The detector may run one box across a narrow gutter, or return one printed
line in pieces; the recogniser's character boxes show the gaps. Pieces of a
line are joined (never over a gutter the lines above and below respect), a line across a gutter its neighbours leave open is split
there, and each line gets a type size (``estimate_sizes``). Every character
of every entry ends up in exactly one Line (nothing is dropped here).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from ..han import is_basic_han
from ..model import Box, Line
from .ocr_engine import MIN_SCORE

BOX_TO_SIZE = 1.25  # OCR boxes of CJK lines are about 0.8 font sizes tall
SPACE_GAP = 0.25  # a gap between characters wider than this share of the line height is a space
# the Chinese ellipsis (six centred dots) comes out of the recogniser as a run of dots
ELLIPSIS = re.compile(r"[·•．.]{3,}|…[·•．.]+|[·•．.]+…")
MIN_EMS_FOR_WIDTH = 6.0  # lines this many ems long measure their size by width
SIZE_SNAP = 0.2  # a line within this share of its column neighbours' size is set in their size
SIZE_REACH = 4.0  # neighbours: lines within this many line heights above or below


def result_to_lines(result: Sequence[Any] | None, page: int, start_index: int, scale: float,
                    offset: tuple[float, float] = (0.0, 0.0)) -> list[Line]:
    """The OCR engine's output (box, text, score, character boxes, characters) as
    Lines; ``offset`` is where the image the engine saw lies on the page (px)."""
    found: list[tuple[Box, str]] = []
    dx, dy = offset
    for entry in result or ():
        box, text, score = entry[0], str(entry[1]).strip(), float(entry[2])
        if not text or score < MIN_SCORE:
            continue
        if dx or dy:
            entry = _shifted(entry, dx, dy)
            box = entry[0]
        xs = [float(p[0]) for p in box]
        ys = [float(p[1]) for p in box]
        x0, x1, y0, y1 = min(xs), max(xs), min(ys), max(ys)
        pieces = _split_at_gaps(entry, y1 - y0) if len(entry) > 4 else None
        for px0, px1, piece in pieces or [(x0, x1, text)]:
            found.append((Box(px0 * scale, y0 * scale, px1 * scale, y1 * scale), ELLIPSIS.sub("……", piece)))
    found = merge_fragments(found)
    for _ in range(3):  # a line may run across more than one gutter
        before = len(found)
        found = split_across_gutters(found)
        if len(found) == before:
            break
    found.sort(key=lambda item: (round(item[0].y0, 1), item[0].x0))
    sizes = estimate_sizes(found)
    out: list[Line] = []
    for (box, text), size in zip(found, sizes, strict=True):
        out.append(Line(text=text, page=page, index=start_index + len(out), box=box, size=size, bold=None))
    return out


def estimate_sizes(found: Sequence[tuple[Box, str]]) -> list[float]:
    """The type size of each OCR line, in points (halves).

    A box's height hugs the ink, so it jitters by a third from line to line
    (a line without tall glyphs looks smaller), and a paragraph would break
    where the "type changes". CJK type is square: a line of n full-width
    characters is n ems wide, which measures the size far more steadily; it
    is used when the line is long enough and agrees roughly with the height
    (letter-spaced headings do not), the height (scaled by the page's median
    width/height ratio) otherwise. Then a line within ``SIZE_SNAP`` of the
    median of its column neighbours takes that median: one column's body
    text is set in one size, while headlines stand well apart from it.
    """
    from ..layout.normalize import display_width

    measured: list[tuple[float, float]] = []
    for box, text in found:
        # a layout space or two (a wide gap between characters) barely moves the width per em
        ems = display_width(text.replace(" ", "")) if text.count(" ") * 8 <= len(text) else 0.0
        measured.append((box.height * BOX_TO_SIZE, box.width / ems if ems >= MIN_EMS_FOR_WIDTH else 0.0))
    # how tall the detector draws its boxes depends on its resolution: calibrate on this page
    ratios = sorted(w / h for h, w in measured if w and h)
    calibre = ratios[len(ratios) // 2] if len(ratios) >= 5 else 1.0
    raw: list[float] = []
    for by_height, by_width in measured:
        by_height *= calibre
        raw.append(by_width if by_width and 0.65 < by_width / max(by_height, 0.1) < 1.6 else by_height)
    sizes: list[float] = []
    for (box, _), size in zip(found, raw, strict=True):
        near = sorted(
            other for (b, _), other in zip(found, raw, strict=True)
            if abs(b.y0 - box.y0) <= SIZE_REACH * box.height
            and min(b.x1, box.x1) - max(b.x0, box.x0) > 0.5 * min(b.width, box.width)
            and abs(other / size - 1) <= SIZE_SNAP
        )
        if len(near) >= 3:
            size = near[len(near) // 2]
        sizes.append(round(size * 2) / 2)
    return sizes


def _shifted(entry: Sequence[Any], dx: float, dy: float) -> list[Any]:
    """An engine entry with its line box and character boxes moved by (dx, dy)."""
    return moved_entry(entry, lambda x, y: (x + dx, y + dy))


def moved_entry(entry: Sequence[Any], move: Any) -> list[Any]:
    """An engine entry with every point of its line box and character boxes mapped by ``move(x, y)``."""
    out = list(entry)
    out[0] = [list(move(float(p[0]), float(p[1]))) for p in entry[0]]
    if len(entry) > 3 and entry[3]:
        out[3] = [[list(move(float(p[0]), float(p[1]))) for p in box] for box in entry[3]]
    return out


def rotated_entries(entries: Sequence[Sequence[Any]], degrees: float, centre: tuple[float, float]) -> list[list[Any]]:
    """Entries turned by ``degrees`` (counter-clockwise on the page, y down) about ``centre``:
    a tilted page's lines come out level."""
    import math

    if not degrees:
        return [list(e) for e in entries]
    cos, sin = math.cos(math.radians(degrees)), math.sin(math.radians(degrees))
    cx, cy = centre

    def turn(x: float, y: float) -> tuple[float, float]:
        dx, dy = x - cx, y - cy
        return cx + dx * cos + dy * sin, cy - dx * sin + dy * cos

    return [moved_entry(e, turn) for e in entries]


def _split_at_gaps(entry: Sequence[Any], height: float) -> list[tuple[float, float, str]] | None:
    """Split a recognised line where its characters leave a gutter-wide gap; a
    narrower gap (a letter-spaced name, the space after a department) becomes a space."""
    boxes, words = entry[3], entry[4]
    if not boxes or not words or len(boxes) != len(words):
        return None
    if "".join(str(w) for w in words).replace(" ", "") != str(entry[1]).strip().replace(" ", ""):
        return None  # the characters do not spell the line: never lose or double one
    pieces: list[tuple[float, float, str]] = []
    for word, box in zip(words, boxes, strict=True):
        wx0 = min(float(p[0]) for p in box)
        wx1 = max(float(p[0]) for p in box)
        gap = wx0 - pieces[-1][1] if pieces else 0.0
        if pieces and gap <= 0.8 * height:
            x0, _, text = pieces[-1]
            # keep layout spaces between CJK characters: bylines split names on them
            space = " " if gap > SPACE_GAP * height and is_basic_han(text[-1:]) and is_basic_han(str(word)[:1]) else ""
            pieces[-1] = (x0, wx1, text + space + str(word))
        else:
            pieces.append((wx0, wx1, str(word)))
    return pieces


def split_across_gutters(found: list[tuple[Box, str]], reach: float = 5.0) -> list[tuple[Box, str]]:
    """Split OCR lines that run across a column gutter their neighbours leave open.

    The neighbours are the lines within ``reach`` line heights above and below;
    a gutter is an x-run at least 0.8 line heights wide that none of them
    crosses while text lies on both sides of it. The text is cut where the
    gutter falls, in proportion to the printed width of the characters.
    """
    from ..layout.normalize import display_width

    out: list[tuple[Box, str]] = []
    for box, text in found:
        height = box.height or 1.0
        near = [b for b, _ in found if b is not box and abs(b.y0 - box.y0) <= reach * height
                and b.x1 > box.x0 and b.x0 < box.x1 and b.width < box.width]
        run = _open_gutter(box, near, 0.8 * height)
        if run is None or len(text) < 2:
            out.append((box, text))
            continue
        left_width, right_width = run[0] - box.x0, box.x1 - run[1]
        share = left_width / max(left_width + right_width, 0.1)  # the text fills the box but the gutter
        total = display_width(text)
        acc = 0.0
        split = len(text)
        for i, char in enumerate(text):
            if acc + display_width(char) / 2 >= share * total:
                split = i
                break
            acc += display_width(char)
        if 0 < split < len(text):
            out.append((Box(box.x0, box.y0, run[0], box.y1), text[:split]))
            out.append((Box(run[1], box.y0, box.x1, box.y1), text[split:]))
        else:
            out.append((box, text))
    return out


def _open_gutter(box: Box, near: list[Box], min_gap: float) -> tuple[float, float] | None:
    if len(near) < 4:
        return None
    lo, hi = int(box.x0), int(box.x1) + 1
    covered = [False] * (hi - lo)
    for other in near:
        for x in range(max(lo, int(other.x0)), min(hi, int(other.x1) + 1)):
            covered[x - lo] = True
    run_start: int | None = None
    for x, taken in enumerate([*covered, True]):
        if not taken and run_start is None:
            run_start = x
        elif taken and run_start is not None:
            if x - run_start >= min_gap and run_start > 0 and x < len(covered):
                return float(lo + run_start), float(lo + x)
            run_start = None
    return None


def merge_fragments(found: list[tuple[Box, str]]) -> list[tuple[Box, str]]:
    """Join pieces of one printed line that OCR returned apart (a gap under half an em)."""
    rows: list[list[tuple[Box, str]]] = []
    for box, text in sorted(found, key=lambda item: ((item[0].y0 + item[0].y1) / 2, item[0].x0)):
        mid = (box.y0 + box.y1) / 2
        for row in reversed(rows[-4:]):
            ref = row[0][0]
            if ref.y0 <= mid <= ref.y1 and 0.6 < box.height / max(ref.height, 0.1) < 1.6:
                row.append((box, text))
                break
        else:
            rows.append([(box, text)])
    boxes = [box for box, _ in found]
    out: list[tuple[Box, str]] = []
    for row in rows:
        row.sort(key=lambda item: item[0].x0)
        current = row[0]
        for box, text in row[1:]:
            em = max(box.height, current[0].height) * BOX_TO_SIZE
            # a gutter is wider than that, even between loose boxes, and the lines above and below respect it
            if box.x0 - current[0].x1 < 0.5 * em and not _respected_gap(current[0], box, boxes):
                current = (current[0].union(box), current[1] + text)
            else:
                out.append(current)
                current = (box, text)
        out.append(current)
    return out


def _respected_gap(left: Box, right: Box, boxes: Sequence[Box], reach: float = 3.0) -> bool:
    """The gap between two pieces on one row is a column gutter: within ``reach`` line heights
    above and below, no line runs across it while two or more end just before it and two or
    more start just after it (a paragraph's first line after an indent of two ems)."""
    height = min(left.height, right.height) or 1.0
    y = (left.y0 + left.y1) / 2
    a, b = left.x1, right.x0
    ends = starts = 0
    for other in boxes:
        if other is left or other is right or abs((other.y0 + other.y1) / 2 - y) > reach * height:
            continue
        if other.x0 < a and other.x1 > b:
            return False
        if a - 1.5 * height <= other.x1 <= b:
            ends += 1
        if a <= other.x0 <= b + 3 * height:
            starts += 1
    return ends >= 2 and starts >= 2
