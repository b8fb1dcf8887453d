"""Printed lines → column blocks: the runs of lines one column prints one under another.

Two lines are consecutive lines of one column when each is the other's only
neighbour in that direction: the line right below the first that shares a
stretch of its width (more than hanging punctuation) is the second, and the
line right above the second is the first. A line over two columns (a caption,
a spanning subtitle) has two lines below it and links to neither. The two must
also look alike: the same type size, a vertical gap no larger than a line,
left edges at most an indent apart.

Every later decision (reading order, paragraphs) works on whole blocks, so
the lines of neighbouring columns can never be interleaved, whatever the
gutter width, the leading or the order of the content stream.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass, replace

from ..model import Box, Line
from .normalize import width_range

OVERLAP = 1.2  # ems two lines must share to be in one column (punctuation hangs by up to one)
INDENT = 3.2  # ems the left edges of two lines of one column may differ by (first-line indents)
GAP = 1.25  # line heights: a larger vertical gap ends a block
SIZE = 0.04  # relative size difference allowed under a smaller line (a caption above text)
SIZE_OCR = 0.15  # under a larger line (a subheading), or for sizes estimated from OCR boxes
ROW = 0.35  # line heights: tops this close are one row


@dataclass(frozen=True)
class ColumnBlock:
    lines: tuple[Line, ...]
    box: Box
    left: float  # the column's left edge (flush lines start here)
    right: float  # the column's right edge (full lines end here)


def _box(line: Line) -> Box:
    assert line.box is not None
    return line.box


def _size(line: Line) -> float:
    return line.size or _box(line).height


def _shared(a: Box, b: Box) -> float:
    return min(a.x1, b.x1) - max(a.x0, b.x0)


def _geometry(lines: Sequence[Line]) -> list[tuple[float, float, float, float, float]]:
    """(x0, y0, x1, y1, type size) of each line."""
    return [(b.x0, b.y0, b.x1, b.y1, _size(ln)) for ln in lines for b in (_box(ln),)]


def _nearest(geo: Sequence[tuple[float, float, float, float, float]], order: Sequence[int],
             step: int) -> dict[int, int | None]:
    """For each line (by position in ``geo``, its lines' geometry), its only neighbour in reading
    direction ``step`` (+1 below, -1 above) that can continue its column, or None (none, or a
    row of several)."""
    out: dict[int, int | None] = {}
    n = len(order)
    downward = step > 0
    for rank, i in enumerate(order):
        ax0, ay0, ax1, ay1, size = geo[i]
        height = ay1 - ay0
        reach = 3.0 * height + 2 * size
        found: list[int] = []  # lines sharing a stretch of width with it, in the nearest such row
        weak: list[int] = []  # lines that only start at its column's edge, in the nearest such row
        strong_edge = weak_edge = first_edge = 0.0
        indent = INDENT * size
        j = rank + step
        while 0 <= j < n:
            k = order[j]
            bx0, by0, bx1, by1, bsize = geo[k]
            edge = by0 if downward else by1
            if found and abs(edge - strong_edge) > ROW * (by1 - by0) or (
                    weak and abs(edge - first_edge) > 1.2 * height):
                break  # past the nearest row (and a line further for a stronger neighbour)
            if downward:
                if by0 > ay1 + reach:
                    break
                near = by0 >= ay0 + 0.5 * height and bx0 < ax1 and bx1 > ax0 - indent  # beyond it, in reach
            else:
                if by1 < ay0 - reach:
                    break
                near = by1 <= ay1 - 0.5 * height and ax0 < bx1 and ax1 > bx0 - indent
            if near:
                if min(ax1, bx1) - max(ax0, bx0) >= OVERLAP * min(size, bsize):
                    if not found:
                        strong_edge = edge
                    found.append(k)
                elif not found and _continues(ax0, ax1, bx0, bx1, min(size, bsize), step):
                    if not weak:
                        weak_edge = first_edge = edge
                    if abs(edge - weak_edge) <= ROW * (by1 - by0):
                        weak.append(k)
                if len(found) > 3:
                    break
            j += step
        if not found:
            found = weak  # a short line at the column's edge continues it only if nothing shares its width
        if len(found) > 1 and step > 0:  # a credit set flush right on the column's last line is no column
            found = [k for k in found if not _run_in(geo[i], geo[k])]
        out[i] = found[0] if len(found) == 1 else None
    return out


def _run_in(above: tuple[float, ...], piece: tuple[float, ...]) -> bool:
    """A short piece set flush right in a column's row, after the row's own text
    (a byline or a credit run in on the last line)."""
    ax0, _, ax1, _, size = above
    bx0, _, bx1, _, _ = piece
    return bx1 - bx0 < 0.45 * (ax1 - ax0) and abs(bx1 - ax1) <= 1.5 * size and bx0 > ax0 + INDENT * size


def _continues(ax0: float, ax1: float, bx0: float, bx1: float, size: float, step: int) -> bool:
    """Can the line at ``b`` (below ``a`` when ``step`` > 0, else above) be the next of ``a``'s
    column? They share more than a hanging punctuation mark, or the lower one starts at the
    upper one's column edge within an indent and ends before its end (a heading's short last line)."""
    if min(ax1, bx1) - max(ax0, bx0) >= OVERLAP * size:
        return True
    if step > 0:
        ux0, ux1, lx0, lx1 = ax0, ax1, bx0, bx1
    else:
        ux0, ux1, lx0, lx1 = bx0, bx1, ax0, ax1
    return abs(lx0 - ux0) <= INDENT * size and lx1 <= ux1 + 0.5 * size and lx0 < ux1


def _alike(a: Line, b: Line) -> bool:
    """Lines ``a`` (above) and ``b`` (below) can be consecutive lines of one column."""
    box_a, box_b = _box(a), _box(b)
    size_a, size_b = _size(a), _size(b)
    exact = a.bold is not None and b.bold is not None  # PDF sizes are exact, OCR ones estimated
    if abs(size_a - size_b) > (SIZE if exact and size_a < size_b else SIZE_OCR) * max(size_a, size_b):
        return False  # a caption over the text it heads, or type of another kind
    if box_b.y0 - box_a.y1 > GAP * max(box_a.height, box_b.height):
        return False
    return abs(box_a.x0 - box_b.x0) <= INDENT * max(size_a, size_b)


def column_blocks(lines: Sequence[Line], pictures: Sequence[Box] = ()) -> list[ColumnBlock]:
    """Blocks of consecutive column lines, each top to bottom, in no particular order
    (``pictures``: the page's pictures, set in the columns as their lines are)."""
    lines = rejoin_pieces(split_at_gutters([ln for ln in lines if ln.box is not None], pictures), pictures)
    geo = _geometry(lines)
    down = sorted(range(len(lines)), key=lambda i: (geo[i][1], geo[i][0]))
    up = sorted(range(len(lines)), key=lambda i: (geo[i][3], geo[i][0]))
    below = _nearest(geo, down, 1)
    above = _nearest(geo, up, -1)
    nxt: dict[int, int] = {}
    linked: set[int] = set()
    for i, j in below.items():
        if j is not None and above.get(j) == i and _alike(lines[i], lines[j]):
            nxt[i] = j
            linked.add(j)
    blocks: list[ColumnBlock] = []
    for i in down:
        if i in linked:
            continue
        chain = [lines[i]]
        while i in nxt:
            i = nxt[i]
            chain.append(lines[i])
        blocks.extend(_block(part) for part in _split_at_wide_gaps(chain))
    return blocks


def _split_at_wide_gaps(chain: list[Line]) -> list[list[Line]]:
    """Cut a chain where the space between two lines is clearly more than its usual
    leading (a paragraph set across columns above a column, a gap before a byline)."""
    if len(chain) < 3:
        return [chain]
    gaps = [_box(b).y0 - _box(a).y1 for a, b in zip(chain, chain[1:], strict=False)]
    usual = sorted(gaps)[len(gaps) // 2]
    parts = [[chain[0]]]
    for gap, line in zip(gaps, chain[1:], strict=True):
        if gap > usual + 0.4 * _box(line).height:
            parts.append([])
        parts[-1].append(line)
    return parts


def _block(chain: list[Line]) -> ColumnBlock:
    box = _box(chain[0])
    for line in chain[1:]:
        box = box.union(_box(line))
    return ColumnBlock(tuple(chain), box, box.x0, _right_edge(chain))


def _right_edge(chain: Sequence[Line]) -> float:
    """Where full lines end: the common right edge, not a punctuation mark hanging past it."""
    ends = sorted(_box(ln).x1 for ln in chain)
    if len(ends) < 3:
        return ends[-1]
    size = max(_size(ln) for ln in chain)
    top = ends[-1]
    full = [e for e in ends if e >= top - 1.05 * size]
    return full[(len(full) - 1) // 2] if len(full) >= 2 else top  # the lower median: hung marks stick out


def with_column_edges(blocks: Sequence[ColumnBlock], pictures: Sequence[Box] = ()) -> list[ColumnBlock]:
    """Blocks of one or two lines take the edges of the column they sit in (the block
    right above or below sharing most of their width, a picture in the column between
    them aside), so that an indent or a short line can be told from a full one."""
    out: list[ColumnBlock] = []
    for block in blocks:
        if len(block.lines) >= 3:
            out.append(block)
            continue
        size = max(_size(ln) for ln in block.lines)
        best: ColumnBlock | None = None
        best_gap = float("inf")
        for other in blocks:
            if other is block or len(other.lines) < 3:
                continue
            if _shared(other.box, block.box) < 0.6 * block.box.width:
                continue
            if block.box.x0 < other.left - 0.5 * size or block.box.x1 > other.right + 1.05 * size:
                continue
            if abs(max(_size(ln) for ln in other.lines) - size) > SIZE_OCR * size:
                continue
            gap = max(other.box.y0 - block.box.y1, block.box.y0 - other.box.y1)
            top, bottom = min(other.box.y1, block.box.y1), max(other.box.y0, block.box.y0)
            for picture in pictures:  # a picture set in the column interrupts it, with its caption
                if _shared(picture, block.box) > 0.5 * block.box.width and picture.y0 >= top - size and (
                        picture.y1 <= bottom + size):
                    gap -= picture.height + 4.5 * size
            if gap < best_gap and gap <= 2.5 * size:
                best, best_gap = other, gap
        if best is not None:
            block = ColumnBlock(block.lines, block.box, best.left, best.right)
        elif len(block.lines) == 1:  # a line alone (a caption, a heading): its end says nothing
            block = ColumnBlock(block.lines, block.box, block.left, float("inf"))
        out.append(block)
    return out


TIGHT = 0.25  # ems: closer than this, two pieces touch
PIECE_GAP = 2.5  # ems: letter spacing never spreads a line's characters further apart
NEIGHBOUR_ROWS = 4.5  # line heights above and below searched for the column's other lines


def rejoin_pieces(lines: Sequence[Line], pictures: Sequence[Box] = ()) -> list[Line]:
    """Pieces of one printed line, parted where letter spacing opened the line
    (a justified line of few characters: ``次 ， 同 比  增  长``), joined again.

    Two pieces side by side on one row are one line of a column when a line of the
    same type near them in the column spans them both (starts where the first
    starts, within an indent, and ends where the last ends, within a hanging mark)
    and no such line leaves the gap between them white (ends at the gap while
    another starts after it: a gutter). Lines of two columns never meet this: the
    column's own lines stop at the gutter, and so does a picture set in the column (the
    row right over or under a picture in one column, a note across both on its other side)."""
    lines = list(lines)
    if len(lines) < 3:
        return lines
    by_top = sorted(lines, key=lambda ln: _box(ln).y0)
    tops = [_box(ln).y0 for ln in by_top]
    near = [(b.x0, b.y0, b.x1, b.y1, _size(ln), ln) for ln in by_top for b in (_box(ln),)]
    rows: list[list[Line]] = []
    first = -1e9
    for line in sorted(lines, key=lambda ln: _box(ln).y0 + _box(ln).y1):
        box = _box(line)
        if (box.y0 + box.y1) / 2 - first > ROW * box.height:
            rows.append([])
            first = (box.y0 + box.y1) / 2
        rows[-1].append(line)
    joined: dict[int, int] = {}  # id of a piece -> id of the piece it continues
    for row in rows:
        if len(row) < 2:
            continue
        row.sort(key=lambda ln: _box(ln).x0)
        for a, b in zip(row, row[1:], strict=False):
            if _one_line(a, b, row, near, tops, pictures):
                joined[id(b)] = id(a)
    if not joined:
        return lines
    heads: dict[int, list[Line]] = {}
    order: list[int] = []
    for line in sorted(lines, key=lambda ln: (_box(ln).y0, _box(ln).x0)):
        head = id(line)
        while head in joined:
            head = joined[head]
        if head not in heads:
            heads[head] = []
            order.append(head)
        heads[head].append(line)
    return [_merge(heads[h]) for h in order]


def _one_line(a: Line, b: Line, row: Sequence[Line], near: Sequence[tuple[float, float, float, float, float, Line]],
              tops: Sequence[float], pictures: Sequence[Box] = ()) -> bool:
    """Are pieces ``a`` and ``b`` (side by side on one row) one printed line? ``near``: every
    line as (x0, y0, x1, y1, size, line), sorted by top; ``tops``: their tops."""
    box_a, box_b = _box(a), _box(b)
    size = max(_size(a), _size(b))
    gap = box_b.x0 - box_a.x1
    if gap <= 0 or gap > PIECE_GAP * size or abs(_size(a) - _size(b)) > SIZE * size:
        return False
    middle_a, middle_b = (box_a.y0 + box_a.y1) / 2, (box_b.y0 + box_b.y1) / 2
    height = max(box_a.height, box_b.height)
    if abs(middle_a - middle_b) > ROW * height:
        return False
    top, bottom = min(box_a.y0, box_b.y0), max(box_a.y1, box_b.y1)
    reach = NEIGHBOUR_ROWS * height
    ax0, ax1, bx0, bx1 = box_a.x0, box_a.x1, box_b.x0, box_b.x1
    alike = SIZE_OCR * size
    spans = ends = starts = False
    for x0, y0, x1, y1, other_size, other in near[bisect.bisect_left(tops, top - reach):
                                                  bisect.bisect_right(tops, bottom + reach)]:
        if x1 < ax0 or x0 > bx1 or (y0 < bottom and y1 > top) or other is a or other is b:
            continue  # another column's line, or the row itself
        if abs(other_size - size) > alike:
            continue
        if x0 < ax1 and x1 > bx0:  # across the gap (then neither test below can hold)
            spans = spans or _aligned(_box(other), row, size)
        elif ax1 - size <= x1 < bx0 - TIGHT * size and x0 < ax1 - size:
            ends = True  # a line that stops at the gap, as a column stops at its gutter
        elif ax1 + TIGHT * size < x0 <= bx0 + size and x1 > bx0 + size:
            starts = True
        if ends and starts:
            return False
    for box in pictures:  # a picture in a column stops at its gutter as the column's lines do
        if box.y1 < top - reach or box.y0 > bottom + reach or (box.y0 < bottom and box.y1 > top):
            continue
        if ax1 - size <= box.x1 < bx0 - TIGHT * size and box.x0 < ax1 - size:
            ends = True
        elif ax1 + TIGHT * size < box.x0 <= bx0 + size and box.x1 > bx0 + size:
            starts = True
    return spans and not (ends and starts)


def _aligned(box: Box, row: Sequence[Line], size: float) -> bool:
    """Does a line at ``box`` start and end with the pieces of ``row`` under or over it
    (within an indent at the start, a hanging mark at the end)?"""
    under = [_box(ln) for ln in row if _box(ln).x1 > box.x0 and _box(ln).x0 < box.x1]
    return abs(under[0].x0 - box.x0) <= INDENT * size and abs(under[-1].x1 - box.x1) <= 1.05 * size


def _merge(pieces: list[Line]) -> Line:
    if len(pieces) == 1:
        return pieces[0]
    pieces.sort(key=lambda ln: _box(ln).x0)
    box = _box(pieces[0])
    for piece in pieces[1:]:
        box = box.union(_box(piece))
    return replace(pieces[0], text=" ".join(p.text for p in pieces), box=box)


HANGING = "。，、；：！？”’）》」』"
MAX_GUTTER = 3.0  # ems


def split_at_gutters(lines: Sequence[Line], pictures: Sequence[Box] = ()) -> list[Line]:
    """A printed line that runs across a gutter the lines above and below keep white
    (a reader joined the rows of two columns set a narrow gutter apart, a full stop
    hanging into it) is two lines: cut where the left column's text fills its width.
    Right over (or under) a picture set in one column, the gutter shows between the
    picture and the other column's lines on that side alone (a note across the columns
    may cover it on the other)."""
    lines = list(lines)
    if len(lines) < 5:
        return lines
    by_top = sorted(lines, key=lambda ln: _box(ln).y0)
    tops = [_box(ln).y0 for ln in by_top]
    widest = max(_box(ln).height for ln in lines)
    widths = sorted(_box(ln).width for ln in lines)
    usual = widths[len(widths) // 2]  # a column's width, about: a joined row is two
    out: list[Line] = []
    for line in lines:
        box, size = _box(line), _size(line)
        if box.width < max(6 * size, 1.5 * usual):
            out.append(line)
            continue
        near = [_box(o) for o in by_top[bisect.bisect_left(tops, box.y0 - NEIGHBOUR_ROWS * box.height - widest):
                                        bisect.bisect_right(tops, box.y1 + NEIGHBOUR_ROWS * box.height)]
                if o is not line and abs(_size(o) - size) <= SIZE_OCR * size and _box(o).x1 > box.x0
                and _box(o).x0 < box.x1 and not (_box(o).y0 < box.y1 and _box(o).y1 > box.y0)]
        gutter = _gutter(box, near, size) or _picture_gutter(box, near, pictures, size)
        parts = _cut(line, gutter, size) if gutter else None
        out.extend(parts or [line])
    return out


def _gutter(box: Box, near: Sequence[Box], size: float) -> tuple[float, float] | None:
    """A white run inside ``box``'s width where lines near it end and others start, with
    the column text on both sides running on right above and right below ``box`` (three
    of the four places: a column's first or last row has no line above or below it),
    crossed by no line of those rows. A line set across columns on purpose (an editor's
    note, a caption, a byline) has its own lines or a picture there, not the columns."""
    inner = (box.x0 + 2 * size, box.x1 - 2 * size)
    ends = sorted(b.x1 for b in near if inner[0] < b.x1 < inner[1])
    starts = sorted(b.x0 for b in near if inner[0] < b.x0 < inner[1])
    reach = box.height
    above = [b for b in near if box.y0 - reach <= b.y1 <= box.y0 + 0.3 * box.height]
    below = [b for b in near if box.y1 - 0.3 * box.height <= b.y0 <= box.y1 + reach]
    for k in range(len(ends) - 1):
        if ends[k + 1] - ends[k] > 0.6 * size:
            continue  # two lines end together (the lower of the two: a mark may hang)
        end = ends[k]
        after = [x for x in starts if end < x <= end + MAX_GUTTER * size]
        for j in range(len(after) - 1):
            if after[j + 1] - after[j] > 0.6 * size:
                continue
            start = after[j]
            rows = [*above, *below]
            if any(b.x0 < end - 0.5 * size and b.x1 > start + 0.5 * size for b in rows):
                continue
            places = sum(any(box.x0 + 2 * size < b.x1 <= end + size for b in row)
                         + any(start - size <= b.x0 < box.x1 - 2 * size for b in row) for row in (above, below))
            if places >= 3 and not _crosses_another(box, (end, start), rows, size):
                return end, start
    return None


def _picture_gutter(box: Box, near: Sequence[Box], pictures: Sequence[Box], size: float) -> tuple[float, float] | None:
    """A gutter inside ``box`` on one side of it, between a picture set in a column right
    under (or over) it and the lines of the column beside the picture on that side, which
    stop at the gutter (they end before the picture's left edge or start after its right
    edge), none of them running across; ``box`` spans those two columns and no more (a
    note's last line running on past them is the note's)."""
    reach = 2 * box.height
    for pic in pictures:
        if box.y1 - 0.3 * box.height <= pic.y0 <= box.y1 + reach:
            side = [b for b in near if box.y1 - 0.3 * box.height <= b.y0 <= box.y1 + reach]
        elif box.y0 - reach <= pic.y1 <= box.y0 + 0.3 * box.height:
            side = [b for b in near if box.y0 - reach <= b.y1 <= box.y0 + 0.3 * box.height]
        else:
            continue
        if any(b.x0 < pic.x1 and b.x1 > pic.x0 for b in side):
            continue  # text on the picture's side runs under (over) it too: not a column's picture
        gaps = []
        left = [b for b in side if b.x1 < pic.x0 and pic.x0 - b.x1 <= MAX_GUTTER * size]
        if left and abs(box.x1 - pic.x1) <= size and abs(box.x0 - min(b.x0 for b in left)) <= size:
            gaps.append((max(b.x1 for b in left), pic.x0))
        right = [b for b in side if b.x0 > pic.x1 and b.x0 - pic.x1 <= MAX_GUTTER * size]
        if right and abs(box.x0 - pic.x0) <= size and abs(box.x1 - max(b.x1 for b in right)) <= size:
            gaps.append((pic.x1, min(b.x0 for b in right)))
        for end, start in gaps:
            if box.x0 + 2 * size < end < start < box.x1 - 2 * size and not any(
                    b.x0 < end - 0.5 * size and b.x1 > start + 0.5 * size for b in side):
                return end, start
    return None


def _crosses_another(box: Box, gutter: tuple[float, float], rows: Sequence[Box], size: float) -> bool:
    """Does ``box`` also run over a second gutter (a line set across three columns or more
    on purpose: two columns' lines joined by a reader never do)?"""
    for lo, hi in ((box.x0 + 2 * size, gutter[0] - 2 * size), (gutter[1] + 2 * size, box.x1 - 2 * size)):
        ends = [b.x1 for b in rows if lo < b.x1 < hi]
        if ends and any(min(ends) < b.x0 < hi for b in rows):
            return True
    return False


def _cut(line: Line, gutter: tuple[float, float], size: float) -> list[Line] | None:
    """``line`` cut at ``gutter``: the left part the characters that fill its column (a
    mark may hang past it; a justified line may be stretched by up to a character), the
    right part no wider than its column, no line starting with a closing mark. A layout
    space, then the width closest to the column's, then a hung mark decide between cuts."""
    box = _box(line)
    text = line.text
    room = (gutter[0] - box.x0) / size
    room_right = (box.x1 - gutter[1]) / size
    best: tuple[tuple[bool, float, bool], int] | None = None
    for k in range(1, len(text)):
        left, right = text[:k].rstrip(), text[k:].lstrip()
        if not left or not right or right[0] in HANGING:
            continue
        hung = left[-1] in HANGING
        lo, hi = width_range(left[:-1] if hung else left)
        if lo > room + 0.15 or hi + 1.0 < room or width_range(right)[0] > room_right + 0.6:
            continue
        key = (text[k - 1] != " " and text[k] != " ", round(abs(hi - room) * 2) / 2, not hung)
        if best is None or key < best[0]:
            best = (key, k)
    if best is None:
        return None
    k = best[1]
    left, right = text[:k].rstrip(), text[k:].lstrip()
    end = min(box.x1, gutter[0] + (size if left[-1] in HANGING else 0.0))
    return [replace(line, text=left, box=Box(box.x0, box.y0, end, box.y1)),
            replace(line, text=right, box=Box(gutter[1], box.y0, box.x1, box.y1))]
