"""Geometric layout: a PDF or scanned Document → Blocks in reading order.

    page lines ─▶ furniture (page edges) ─▶ sidebars (lines inside drawn frames)
               ─▶ headline groups (clearly larger type, kicker above, subtitle below)
               ─▶ reading order (XY-cut, headline groups widened to their columns)
               ─▶ paragraphs and roles (indent, short last line, gaps, bold, patterns)

Sizes are compared with the page's body size (the most common size by
characters), so the same rules serve PDFs (font sizes) and scans (sizes
estimated from OCR box heights).
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..model import Block, Box, Document, Line, Page
from .colblocks import column_blocks, with_column_edges
from .furniture_geo import furniture_lines
from .headspan import body_level, columns_below, head_span
from .paragraphs import NAME_PIECE, Counter, items_to_blocks, lead_byline
from .patterns import looks_like_byline_content
from .spaced_pieces import join_spaced_pieces
from .tables import table_rows
from .xycut import Item, xy_cut

HEADLINE_RATIO = 1.25  # a headline is set clearly larger than the body
OCR_HEADLINE_RATIO = 1.5
DASHES = ("——", "—", "--", "一一")  # OCR reads a subtitle's 2-em dash as 一一
NEAR_RATIO = 1.05  # kickers/subtitles/subheadings: at least a little larger
GUTTER = 0.3  # ems: the narrowest gutter between column blocks
PIECE_GAP = 2.5  # ems: more of a byline on its row (names letter-spaced apart) starts this close after it
NAME_CHARS = 6  # a byline's piece set apart on its row: a name or a department (口腔科, 120指挥中心)


@dataclass(frozen=True)
class PageStyle:
    body: float  # the page's body size in points
    gap: float  # the usual vertical gap between lines of a paragraph


def document_to_blocks(document: Document) -> list[Block]:
    """All pages' blocks in reading order (page by page)."""
    counter = Counter()
    blocks: list[Block] = []
    for page in document.pages:
        blocks.extend(page_to_blocks(page, counter))
    return close_resumed_paragraphs(blocks, counter)


def close_resumed_paragraphs(blocks: list[Block], counter: Counter) -> list[Block]:
    """A paragraph that ends flush with its column before （下转X版） is open only
    if the part on page X does not start with an indented (new) paragraph."""
    out = list(blocks)
    for i, block in enumerate(out):
        if block.marker == "to" and block.marker_page and i and out[i - 1].open_end:
            if counter.resumed_indented.get((block.marker_page, block.page)):
                out[i - 1] = dataclasses.replace(out[i - 1], open_end=False)
    return out


def body_size(lines: Sequence[Line]) -> float:
    weights: dict[float, int] = {}
    for line in lines:
        if line.size:
            key = round(line.size * 2) / 2
            weights[key] = weights.get(key, 0) + len(line.text.strip())
    if not weights:
        return 10.0
    return max(weights, key=lambda s: (weights[s], -s))


def page_style(lines: Sequence[Line], body: float) -> PageStyle:
    gaps: list[float] = []
    ordered = sorted((ln for ln in lines if ln.box and ln.size and abs(ln.size - body) < 0.15 * body),
                     key=lambda ln: (round(ln.box.x0 / body), ln.box.y0))  # type: ignore[union-attr]
    for a, b in zip(ordered, ordered[1:], strict=False):
        assert a.box and b.box
        gap = b.box.y0 - a.box.y1
        if 0 <= gap < body * 1.5 and abs(a.box.x0 - b.box.x0) < body * 3:
            gaps.append(gap)
    gaps.sort()
    typical = gaps[len(gaps) // 2] if gaps else body * 0.4
    return PageStyle(body=body, gap=typical)


def page_to_blocks(page: Page, counter: Counter) -> list[Block]:
    lines = [ln for ln in page.lines if ln.box is not None and ln.text.strip()]
    if not lines:
        return []
    body = body_size(lines)
    style = page_style(lines, body)
    top, bottom = furniture_lines(lines, page, body)
    furniture = {ln.index for ln in (*top, *bottom)}
    rest = [ln for ln in lines if ln.index not in furniture]
    items = page_items(rest, page, style)
    # column blocks never straddle a gutter, so any clear channel between them is one
    leaves = xy_cut(items, min_gutter=GUTTER * body, min_gap=max(style.gap * 1.6, style.gap + 0.3 * body))
    blocks = [counter.furniture(ln) for ln in top]
    blocks.extend(items_to_blocks(leaves, page.number, style.body, style.gap, counter))
    blocks.extend(counter.furniture(ln) for ln in bottom)
    return blocks


def page_items(lines: list[Line], page: Page, style: PageStyle) -> list[Item]:
    """Column blocks, framed sidebars and headline groups (widened to their columns) of one page."""
    frames, framed = _frames(lines, page.rects, style.body)
    free = join_spaced_pieces([ln for ln in lines if ln.index not in framed])
    groups = headline_groups(free, style.body)
    grouped = {ln.index for g in groups for ln in g}
    plain = [ln for ln in free if ln.index not in grouped]
    photos = [r for r, held in _holders(lines, page.rects).items() if not held]
    blocks = with_column_edges(column_blocks(plain, photos), photos)
    boxes = [_union(g) for g in groups]
    columns = [Box(b.left, b.box.y0, min(b.box.x1, b.right), b.box.y1) for b in blocks]  # hung marks aside
    tops = columns + [frame for frame, _ in frames] + photos
    items: list[Item] = []
    below = [columns_below(box, tops, style.body) for box in boxes]
    levels = [body_level(box, cols) for box, cols in zip(boxes, below, strict=True)]
    for group, box, cols in zip(groups, boxes, below, strict=True):
        others = [(b, lvl) for b, lvl in zip(boxes, levels, strict=True)
                  if b is not box and b.y0 < box.y1 + style.body and b.y1 > box.y0 - style.body]
        wide = head_span(box, cols, others, style.body + style.gap)
        items.append(Item("group", wide, tuple(group)))
    items.extend(_frame_item(frame, inner, style) for frame, inner in frames)
    frame_boxes = [frame for frame, _ in frames]
    pictured = [(b, _caption(b.box, b.lines, photos, style.body) or _table_title(b.lines, b.box, frame_boxes, style.body))
                for b in blocks]
    # text that runs on to a picture: blocks and headlines (a framed box, another picture's caption: none)
    text = [b.box for b, photo in pictured if photo is None] + [g.box for g in items if g.kind == "group"]
    for b, photo in pictured:
        alone = photo is not None and photo not in frame_boxes and (
            _alone(photo, b.box, text, style.body) or _news_caption(b.lines))
        kind = "block" if photo is None else "lone_caption" if alone else "caption"
        items.append(Item(kind, b.box, b.lines, column=(b.left, b.right)))
    items.extend(Item("photo", photo, ()) for photo in photos)  # no band boundary runs through a picture
    return items


def _frame_item(frame: Box, inner: list[Line], style: PageStyle) -> Item:
    """A framed sidebar or table. A table is read row by row; a sidebar set in two
    columns or more inside its frame is read like a small page: column by column."""
    rows = table_rows(inner)
    if rows:
        return Item("frame", frame, tuple(rows), frame)
    blocks = with_column_edges(column_blocks(inner))
    if len(blocks) > 1 and _side_by_side([b.box for b in blocks]):
        cells = [Item("block", b.box, b.lines, column=(b.left, b.right)) for b in blocks]
        leaves = xy_cut(cells, min_gutter=GUTTER * style.body,
                        min_gap=max(style.gap * 1.6, style.gap + 0.3 * style.body))
        ordered = [cell for leaf in leaves for cell in leaf]
        parts = tuple((cell.lines, cell.column or (cell.box.x0, cell.box.x1)) for cell in ordered)
        return Item("frame", frame, tuple(ln for cell in ordered for ln in cell.lines), frame, parts=parts)
    return Item("frame", frame, tuple(inner), frame)


def _side_by_side(boxes: Sequence[Box]) -> bool:
    """Two of the boxes share rows but no width (columns)."""
    return any(a.x1 <= b.x0 and min(a.y1, b.y1) - max(a.y0, b.y0) > 0 for a in boxes for b in boxes)


NEWS_CAPTION = 30  # characters: a caption that tells a story of its own is longer than a label


def _news_caption(lines: Sequence[Line]) -> bool:
    """Photo news (图片新闻): the caption is the news itself, the picture described and then
    what happened, two sentences or more; a picture of an article is labelled in one."""
    text = "".join(ln.text.strip() for ln in lines)
    ends = len(re.findall(r"[。！？](?![”’」』）)])", text.rstrip("。！？”’」』）) ")))
    return ends >= 1 and len(text) >= NEWS_CAPTION


def _alone(photo: Box, caption: Box, text: Sequence[Box], body: float) -> bool:
    """A picture with its caption that no text runs on from, above or below (photo news)."""
    top, bottom = min(photo.y0, caption.y0), max(photo.y1, caption.y1)
    for box in text:
        if box is caption or min(box.x1, photo.x1) - max(box.x0, photo.x0) <= body:
            continue
        if top - 3 * body <= box.y1 <= top + body or bottom - body <= box.y0 <= bottom + 3 * body:
            return False
    return True


CAPTION_LINES = 3  # a caption is a line or three under (or over) its picture
CAPTION_LINES_LONG = 6  # in caption type (smaller, or 图为…): photo news run longer
CAPTION_START = re.compile(r"^[（(]?(图为|图：|图:|图片|摄影|[（(]图)")


def _caption(box: Box, lines: Sequence[Line], photos: Sequence[Box], body: float) -> Box | None:
    """The picture a short block is set right under or over, within its width: the block is
    its caption (read after its article's text, never between the lines it interrupts)."""
    size = max(ln.size or body for ln in lines)
    captionish = size < 0.97 * body or bool(CAPTION_START.match(lines[0].text.strip()))
    if len(lines) > (CAPTION_LINES_LONG if captionish else CAPTION_LINES):
        return None
    for photo in photos:
        if box.x0 < photo.x0 - size or box.x1 > photo.x1 + size:
            continue
        if not (photo.y1 - 0.3 * size <= box.y0 <= photo.y1 + 1.6 * size
                or photo.y0 - 1.6 * size <= box.y1 <= photo.y0 + 0.3 * size):
            continue
        centred = (abs((box.x0 + box.x1) - (photo.x0 + photo.x1)) / 2 < 1.5 * size and box.width < photo.width - 2 * size
                   and min(box.x0 - photo.x0, photo.x1 - box.x1) > 0.5 * size)  # an indented line runs to the edge
        if captionish or centred:
            return photo
    return None


TABLE_TITLE = re.compile(r"^(表|附表)\s*[0-9０-９一二三四五六七八九十]+")


def _table_title(lines: Sequence[Line], box: Box, frames: Sequence[Box], body: float) -> Box | None:
    """The framed table (or box) a title or note in caption type (smaller than the body, or
    表N …) is set right over or under: read with it, never inside the text it interrupts."""
    size = max(ln.size or body for ln in lines)
    if len(lines) > CAPTION_LINES or not (size < 0.97 * body or TABLE_TITLE.match(lines[0].text.strip())):
        return None
    return _caption(box, lines, frames, body)


def _union(lines: Sequence[Line]) -> Box:
    box = lines[0].box
    assert box is not None
    for line in lines[1:]:
        if line.box:
            box = box.union(line.box)
    return box


def _inside(box: Box, frame: Box) -> bool:
    cx, cy = (box.x0 + box.x1) / 2, (box.y0 + box.y1) / 2
    return frame.x0 <= cx <= frame.x1 and frame.y0 <= cy <= frame.y1


def _holders(lines: Sequence[Line], rects: Sequence[Box]) -> dict[Box, list[Line]]:
    """For each rect, the lines whose centre it holds (by bisection on the lines' centres)."""
    centres = sorted((((ln.box.y0 + ln.box.y1) / 2, (ln.box.x0 + ln.box.x1) / 2, ln) for ln in lines if ln.box),
                     key=lambda c: c[0])
    ys = [c[0] for c in centres]
    out: dict[Box, list[Line]] = {}
    for rect in rects:
        lo, hi = bisect.bisect_left(ys, rect.y0), bisect.bisect_right(ys, rect.y1)
        out[rect] = [line for _, cx, line in centres[lo:hi] if rect.x0 <= cx <= rect.x1]
    return out


def _frames(lines: list[Line], rects: Sequence[Box], body: float) -> tuple[list[tuple[Box, list[Line]]], set[int]]:
    """Sidebars: the innermost drawn frame holding each line (boxed headlines disqualify a frame)."""
    innermost: dict[int, tuple[Box, Line]] = {}
    for rect, held in _holders(lines, rects).items():
        for line in held:
            current = innermost.get(line.index)
            if current is None or rect.width * rect.height < current[0].width * current[0].height:
                innermost[line.index] = (rect, line)
    holders: dict[Box, list[Line]] = {}
    for rect, line in innermost.values():
        holders.setdefault(rect, []).append(line)
    frames: list[tuple[Box, list[Line]]] = []
    framed: set[int] = set()
    for frame, inner in holders.items():
        if any(ln.size and ln.size >= body * headline_ratio(ln) for ln in inner):
            continue  # a boxed article with its own headline: lay it out as an article
        frames.append((frame, sorted(inner, key=lambda ln: (ln.box.y0, ln.box.x0))))  # type: ignore[union-attr]
        framed.update(ln.index for ln in inner)
    return frames, framed


def headline_ratio(line: Line) -> float:
    """PDF sizes are exact; sizes estimated from OCR boxes (weight unknown) wobble by a quarter."""
    return HEADLINE_RATIO if line.bold is not None else OCR_HEADLINE_RATIO


def headline_groups(lines: list[Line], body: float) -> list[list[Line]]:
    """Clusters of headline lines with their kicker above and subtitle below."""
    big = sorted((ln for ln in lines if ln.size and ln.size >= body * headline_ratio(ln)),
                 key=lambda ln: (ln.box.y0, ln.box.x0))  # type: ignore[union-attr]
    groups: list[list[Line]] = []
    for line in big:
        assert line.box is not None
        for group in groups:
            last = group[-1].box
            assert last is not None
            near = line.box.y0 - last.y1 < 0.9 * max(line.size or 0, group[-1].size or 0)
            centre = abs((line.box.x0 + line.box.x1) - (last.x0 + last.x1)) / 2
            overlap = min(line.box.x1, last.x1) - max(line.box.x0, last.x0)
            if near and line.box.y0 >= last.y0 and (overlap > 0 or centre < 2 * body):
                group.append(line)
                break
        else:
            groups.append([line])
    used = {ln.index for g in groups for ln in g}
    heads = [_union(g) for g in groups]
    ordered = sorted((ln for ln in lines if ln.box is not None), key=lambda ln: (ln.box.y0, ln.box.x0))  # type: ignore[union-attr]
    tops = [ln.box.y0 for ln in ordered]  # type: ignore[union-attr]
    for number, group in enumerate(groups):
        box = _union(group)
        centre = (box.x0 + box.x1) / 2
        reach = max(1.2 * body, 0.6 * max(ln.size or body for ln in group))
        lo = bisect.bisect_left(tops, box.y0 - 3 * reach - 4 * body)
        hi = bisect.bisect_right(tops, box.y1 + 2 * reach + 1.6 * body)  # a subtitle, then a byline under it
        others = heads[:number] + heads[number + 1:]  # a subtitle beside two headlines is the nearer one's
        kickers: list[Line] = []
        for line in ordered[lo:hi]:
            assert line.box is not None
            if line.index in used:
                continue
            gap_above = box.y0 - line.box.y1
            gap_below = line.box.y0 - box.y1
            centred = abs((line.box.x0 + line.box.x1) / 2 - centre) < max(1.5 * body, 0.05 * box.width)
            text = line.text.strip()
            flush_left = abs(line.box.x0 - box.x0) < body and (line.size or 0) >= body * NEAR_RATIO
            if (0 <= gap_above < reach and (centred or flush_left) and not text.endswith("。") and len(text) <= 24
                    and not _ends_a_column(line, ordered, tops, body)):
                group.insert(0, line)  # kicker
                kickers.append(line)
            elif kickers and _beside(line, kickers[-1], body) and not text.endswith("。"):
                group.insert(group.index(kickers[-1]) + 1, line)  # more of the kicker on its row (科普惠民 健康同行)
                kickers.append(line)
            elif 0 <= gap_below < reach and (text.startswith(DASHES) and _nearest_head(line.box, box, others, reach) or (
                    centred and (line.size or 0) >= body * NEAR_RATIO)):
                group.append(line)  # subtitle
            elif (0 <= gap_below < max(reach, 1.6 * body) and box.x0 - body <= line.box.x0 < box.x1
                  and (line.size or body) < 0.9 * max(ln.size or body for ln in group)
                  and lead_byline((row := _byline_row(line, ordered, tops, body))[0])
                  and not (" " not in row[0] and "\u3000" not in row[0] and _runs_on(line, ordered, tops, body))):
                group.extend((line, *row[1]))  # the byline set under the headline (letter-spaced pieces too)
                used.update(piece.index for piece in row[1])
            elif (group[-1].box and abs(line.box.y0 - group[-1].box.y0) < 0.3 * (line.size or body)
                  and group[-1].box.x0 < line.box.x0 <= group[-1].box.x1 + PIECE_GAP * body
                  and line.box.x0 < box.x1 and lead_byline(group[-1].text) and (
                      looks_like_byline_content(text) or NAME_PIECE.fullmatch(text))):
                group.append(line)  # more of it on the same row (names letter-spaced apart)
            else:
                continue
            used.add(line.index)
            box = _union(group)
    return groups


def _byline_row(line: Line, ordered: Sequence[Line], tops: Sequence[float], body: float) -> tuple[str, list[Line]]:
    """``line`` with the pieces set after it on its row in its type, each starting within
    ``PIECE_GAP`` ems of the one before (a byline's names letter-spaced apart, 口腔科　杨刚成
    谢娜慧, each a piece): their text, spaced, and the pieces. Each is a name or a
    department, a few characters: a column's first line set beside it on the row is none."""
    box = line.box
    assert box is not None
    size = line.size or body
    if len(line.text.strip()) > NAME_CHARS:
        return line.text, []  # a line of its own, not a name or a department set apart
    lo, hi = bisect.bisect_left(tops, box.y0 - 0.3 * size), bisect.bisect_right(tops, box.y0 + 0.3 * size)
    row = sorted((ln for ln in ordered[lo:hi] if ln is not line and ln.box is not None and ln.box.x0 > box.x1
                  and abs((ln.size or body) - size) <= 0.05 * size), key=lambda ln: ln.box.x0)  # type: ignore[union-attr]
    pieces: list[Line] = []
    end = box.x1
    for piece in row:
        assert piece.box is not None
        if piece.box.x0 - end > PIECE_GAP * body or len(piece.text.strip()) > NAME_CHARS:
            break  # a column's first line beside it is no name
        pieces.append(piece)
        end = piece.box.x1
    return " ".join(ln.text for ln in (line, *pieces)), pieces


def _ends_a_column(line: Line, ordered: Sequence[Line], tops: Sequence[float], body: float) -> bool:
    """``line`` is in body type with a line of its type right above it, in its width: the last
    line of a column over a headline, not the headline's kicker."""
    box = line.box
    assert box is not None
    size = line.size or body
    if size >= body * NEAR_RATIO:
        return False
    lo = bisect.bisect_left(tops, box.y0 - 2.5 * size)
    return any(other is not line and other.box is not None and abs((other.size or body) - size) <= 0.05 * size
               and 0 <= box.y0 - other.box.y1 <= 1.2 * size
               and min(other.box.x1, box.x1) - max(other.box.x0, box.x0) > 0.5 * box.width
               for other in ordered[lo:bisect.bisect_left(tops, box.y0)])


def _runs_on(line: Line, ordered: Sequence[Line], tops: Sequence[float], body: float) -> bool:
    """``line`` (one run of text, no spaced words) is a paragraph's first line, not a byline: set
    to its column's full measure (a
    line of its type in the rows under it ends at the same right edge), it runs on in the line
    right under it, which is not indented from it (justified text; a byline stands short on its
    own row, and a paragraph under it opens indented or level with it, never under a full line)."""
    box = line.box
    assert box is not None
    size = line.size or body

    def kin(other: Line) -> bool:
        return (other is not line and other.box is not None and abs((other.size or body) - size) <= 0.05 * size
                and other.box.x0 - box.x0 < 0.5 * size and other.box.x1 > box.x0)

    lo = bisect.bisect_left(tops, box.y1 - 0.3 * size)
    under = [ln for ln in ordered[lo:bisect.bisect_right(tops, box.y1 + 1.2 * size)] if kin(ln)]
    below = ordered[lo:bisect.bisect_right(tops, box.y1 + 5 * size)]
    return bool(under) and any(kin(ln) and abs(ln.box.x1 - box.x1) < 0.5 * size for ln in below)  # type: ignore[union-attr]


def _beside(line: Line, piece: Line, body: float) -> bool:
    """``line`` goes on ``piece``'s row right after it, in its type (a phrase set a space apart)."""
    a, b = piece.box, line.box
    assert a is not None and b is not None
    size = piece.size or body
    return (abs(b.y0 - a.y0) < 0.3 * size and abs((line.size or body) - size) <= 0.05 * size
            and 0 <= b.x0 - a.x1 <= PIECE_GAP * body)


def _nearest_head(line: Box, head: Box, others: Sequence[Box], reach: float) -> bool:
    """``head`` is the headline nearest ``line`` (set under it, flush left, centred or flush
    right): no other headline whose foot is level with ``head``'s is as near."""
    def distance(box: Box) -> float:
        return max(box.x0 - line.x1, line.x0 - box.x1, 0.0)

    mine = distance(head)
    return mine == 0 or all(distance(other) > mine for other in others
                            if abs(other.y1 - head.y1) < reach and other.y1 <= line.y0 + 1)
