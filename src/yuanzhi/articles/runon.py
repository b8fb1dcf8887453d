"""Text at the top of a column that the reading order gave to the wrong article.

An article's text runs down a column and on at the top of the next column of the
same article: the article's area, under its headline or beside it at its level.
When the reading order reads a page as stacks of columns (a gutter runs the whole
height of the page), the top of a column can come after another article's
headline set lower down, and so be read as that article's text. But text never
stands above its own headline: a column top that lies wholly above the headline
that the reading order put over it is another article's, namely the article
standing to its left at its level (the text or the headline there), whose text it
continues. It is moved to follow that article's text in the column to its left,
and a paragraph cut there mid-sentence (no sentence end) is joined to its rest.

A paragraph never ends mid-sentence either: text set flush (a paragraph's rest, no
indent) that the reading order put after a closed paragraph of another article,
while the article at its left at its level ends its column mid-sentence on a full
line with nothing read after it, is that paragraph's rest (set under white space,
a picture, or the end of the article above it, level with its own headline); and a
column's last line cut mid-sentence that was read apart, after its article's byline,
is joined to that rest.

Geometric documents only (PDF, scans): blocks with boxes, in reading order.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..layout.paragraphs import lead_byline, make_block
from ..model import Block, Box, Line

HEAD_KINDS = {"headline", "kicker", "subtitle"}
TEXT_KINDS = {"body", "subheading"}
SENTENCE_END = ("。", "！", "？", "!", "?", "…", "”", "’", "」", "』", "）", ")")
MAX_MOVES = 64  # runs moved on one page at most (each move is checked again after it)


def rejoin_column_tops(blocks: Sequence[Block]) -> list[Block]:
    """``blocks`` with every column top that stands above the headline read over it
    moved to the article at its left that it continues."""
    out: list[Block] = []
    start = 0
    for end in range(1, len(blocks) + 1):  # page by page (blocks come page after page)
        if end == len(blocks) or blocks[end].page != blocks[start].page:
            page = list(blocks[start:end])
            for _ in range(MAX_MOVES):
                moved = _move_one(page) or _move_orphan(page)
                if moved is None:
                    break
                page = moved
            out.extend(page)
            start = end
    return out


def _size(line: Line) -> float:
    return line.size or (line.box.height if line.box else 10.0)


def _head_over(blocks: Sequence[Block], i: int) -> tuple[int, Box] | None:
    """The headline group that the reading order put over block i (on its page): its
    first index and its box; None after a 上接 marker (a continued part has no headline)."""
    page = blocks[i].page
    j = i - 1
    while j >= 0 and blocks[j].page == page and blocks[j].kind not in HEAD_KINDS:
        if blocks[j].kind == "marker" and blocks[j].marker == "from":
            return None
        j -= 1
    if j < 0 or blocks[j].page != page:
        return None
    end = j
    while j - 1 >= 0 and blocks[j - 1].page == page and blocks[j - 1].kind in HEAD_KINDS:
        j -= 1
    box: Box | None = None
    for block in blocks[j : end + 1]:
        if block.box is not None:
            box = block.box if box is None else box.union(block.box)
    return (j, box) if box is not None else None


def _above(lines: Sequence[Line], head: Box) -> bool:
    return all(ln.box is not None and ln.box.y1 <= head.y0 + 0.5 * _size(ln) for ln in lines)


def _misplaced_start(block: Block, head: Box) -> int | None:
    """Index of the first line of ``block`` from which on it stands above ``head``: 0 when
    all of it does, k when its lines run on from a column below into the top of the
    next column (one paragraph read across), None when none does."""
    lines = block.lines
    if not lines or any(ln.box is None for ln in lines):
        return None
    if _above(lines, head):
        return 0
    for k in range(1, len(lines)):
        prev, line = lines[k - 1].box, lines[k].box
        assert prev is not None and line is not None
        if line.x0 >= prev.x1 - 0.5 * _size(lines[k]) and line.y0 < prev.y0 and _above(lines[k:], head):
            return k
    return None


def _owner(blocks: Sequence[Block], first: Line, skip: set[int]) -> int | None:
    """The block standing nearest to the left of ``first`` at its level (its text or headline)."""
    box = first.box
    assert box is not None
    size = _size(first)
    best: tuple[float, int] | None = None
    for j, block in enumerate(blocks):
        if j in skip or block.page != first.page or block.kind in ("furniture", "marker"):
            continue
        for line in block.lines:
            other = line.box
            if other is None or other.x1 > box.x0 + 0.5 * size:
                continue
            if other.y0 - size <= box.y1 and other.y1 + size >= box.y0 and (best is None or other.x1 > best[0]):
                best = (other.x1, j)
    return best[1] if best is not None else None


def _foot(blocks: Sequence[Block], owner: int, left_of: float, run: set[int]) -> int | None:
    """The last text block of the owner's article left of ``left_of``: from the owner on
    (past its own headline group) up to the next headline group in reading order."""
    j = owner
    while j < len(blocks) and blocks[j].kind in HEAD_KINDS and blocks[j].page == blocks[owner].page:
        j += 1
    found = [owner] if blocks[owner].kind in TEXT_KINDS else []
    while j < len(blocks) and blocks[j].page == blocks[owner].page and blocks[j].kind not in HEAD_KINDS:
        block = blocks[j]
        if block.kind == "marker" or (block.kind == "byline" and found):
            break  # the article ends (or goes on elsewhere) here
        if j not in run and block.kind in TEXT_KINDS and not block.standalone and _ends_at(block) < left_of:
            found.append(j)
        j += 1
    if not found:
        return None
    # the foot of the nearest column (the right edges of its paragraphs within two ems), lowest
    right = max(_right(blocks[k]) for k in found)
    near = [k for k in found if _right(blocks[k]) >= right - 2 * (blocks[k].lines[-1].size or 10.0)]
    return max(near, key=lambda k: _last_box(blocks[k]).y1)


def _last_box(block: Block) -> Box:
    box = block.lines[-1].box if block.lines else None
    assert box is not None or block.box is not None
    return box if box is not None else block.box  # type: ignore[return-value]


def _ends_at(block: Block) -> float:
    return _last_box(block).x0


def _right(block: Block) -> float:
    return block.box.x1 if block.box is not None else _last_box(block).x1


def _move_one(blocks: list[Block]) -> list[Block] | None:
    for i, block in enumerate(blocks):
        if block.kind not in TEXT_KINDS or block.box is None:
            continue
        over = _head_over(blocks, i)
        if over is None:
            continue
        start = _misplaced_start(block, over[1])
        if start is not None:  # above the headline read over it: never that headline's text
            end = i + 1  # the run: the blocks after it, read under the same headline, above it too
            while end < len(blocks) and blocks[end].kind in TEXT_KINDS and blocks[end].page == block.page and (
                    _misplaced_start(blocks[end], over[1]) == 0):
                end += 1
        elif _rest(block):  # a paragraph's rest, read after a closed paragraph
            start, end = 0, _column_run(blocks, i)
        else:
            continue
        first = block.lines[start]
        assert first.box is not None
        run = set(range(i, end))
        owner = _owner(blocks, first, run)
        if owner is None or over[0] <= owner < i:
            continue  # nothing at its left, or what is there is read under the same headline
        if start and not _plain(block):
            continue  # its text is not its lines' (a marker cut from it): not split
        foot = _foot(blocks, owner, first.box.x0, run)
        if foot is None or (_runs_on(_before(blocks, i, start)) and not _runs_on(blocks[foot])
                            and not _opens(block.lines[start:])):
            continue  # the text read before it is cut mid-sentence, the owner's is not: it goes on here
        if start == 0 and _misplaced_start(block, over[1]) is None and (
                _runs_on(_before(blocks, i, 0)) or not _runs_on(blocks[foot]) or not _cut_at_foot(blocks, blocks[foot], block)
                or _goes_on(blocks, foot)):
            continue  # under its headline: moved only where the text says so
        return _rebuilt(blocks, i, start, end, foot)
    return None


def _cut_at_foot(blocks: Sequence[Block], foot: Block, rest: Block) -> bool:
    """``foot`` ends with a full line (reaching its column's right edge), in the type of
    ``rest``: a paragraph cut by its column's end. A paragraph's line is one run of text;
    a byline's words spaced out to the same width are no such line."""
    boxes = [ln.box for ln in foot.lines if ln.box is not None]
    size = _size(foot.lines[-1])
    if not boxes or abs(size - _size(rest.lines[0])) > 0.05 * size:
        return False
    if lead_byline(foot.lines[-1].text):
        return False  # names spaced out to the column's width (人力资源部 林宁涵 胡国博): a byline, no cut text
    last = boxes[-1]
    above = [ln.box for b in blocks for ln in b.lines if b.page == foot.page and ln.box is not None
             and 0 <= last.y0 - ln.box.y1 < 3 * size and min(ln.box.x1, last.x1) - max(ln.box.x0, last.x0) > 0]
    # full: from the column's left edge (or a first-line indent) to its right edge (not a name set flush right)
    return bool(above) and last.x1 >= max(b.x1 for b in above) - 0.9 * size and (
        last.x0 <= min(b.x0 for b in above) + 2.2 * size)


def _goes_on(blocks: Sequence[Block], foot: int) -> bool:
    """The paragraph at ``foot`` already goes on in what is read after it (its article's text)."""
    if foot + 1 >= len(blocks) or blocks[foot + 1].kind not in TEXT_KINDS:
        return False
    size = _size(blocks[foot].lines[-1])
    return abs(_size(blocks[foot + 1].lines[0]) - size) <= 0.05 * size  # running text, not a caption


def _rest(block: Block) -> bool:
    """The block starts flush with its column: the rest of a paragraph, not a new one."""
    boxes = [ln.box for ln in block.lines if ln.box is not None]
    if len(boxes) < 2:
        return False
    return boxes[0].x0 - min(b.x0 for b in boxes[1:]) < 0.6 * _size(block.lines[0])


def _opens(lines: Sequence[Line]) -> bool:
    """The lines open a paragraph (the first indented from the others): they never go on
    with a sentence cut at another column's foot."""
    boxes = [ln.box for ln in lines if ln.box is not None]
    return len(boxes) >= 2 and boxes[0].x0 - min(b.x0 for b in boxes[1:]) >= 0.8 * _size(lines[0])


def _column_run(blocks: Sequence[Block], i: int) -> int:
    """End of the run of text blocks read after block i that go on down its column."""
    end = i + 1
    while end < len(blocks) and blocks[end].kind in TEXT_KINDS and blocks[end].page == blocks[i].page:
        prev, box = blocks[end - 1].lines[-1].box, blocks[end].lines[0].box
        if prev is None or box is None or not (0 <= box.y0 - prev.y1 < 2.5 * _size(blocks[end].lines[0])) or (
                min(prev.x1, box.x1) - max(prev.x0, box.x0) <= 0):
            break
        beside = _owner(blocks, blocks[end].lines[0], set(range(i, end + 1)))
        if beside is not None and blocks[beside].kind in HEAD_KINDS:
            break  # level with a headline at its left: that article's level, another run
        end += 1
    return end


def _plain(block: Block) -> bool:
    """The block's text is its lines' text (no marker taken out of it)."""
    return make_block(block.kind, block.lines).text == block.text


def _ends_sentence(text: str) -> bool:
    return text.rstrip().endswith(SENTENCE_END)


def _before(blocks: Sequence[Block], i: int, start: int) -> Block | None:
    """What the reading order put right before the run: the head of its own paragraph,
    or the block before it."""
    if start:
        return make_block(blocks[i].kind, blocks[i].lines[:start])
    return blocks[i - 1] if i else None


def _runs_on(block: Block | None) -> bool:
    """Text cut mid-sentence: a paragraph never ends there."""
    return block is not None and block.kind in TEXT_KINDS and not _ends_sentence(block.text)


def _rebuilt(blocks: list[Block], i: int, start: int, end: int, foot: int) -> list[Block]:
    """Blocks i (from line ``start``) .. end-1 moved to follow block ``foot``."""
    moving = list(blocks[i:end])
    stays: list[Block] = []
    if start:
        kept, rest = blocks[i].lines[:start], blocks[i].lines[start:]
        stays = [make_block(blocks[i].kind, kept)]
        moving[0] = make_block(blocks[i].kind, rest)
    target = blocks[foot]
    if target.kind == "body" and moving[0].kind == "body" and not _ends_sentence(target.text) and (
            _plain(target) and _plain(moving[0])):
        joined = make_block("body", [*target.lines, *moving[0].lines])  # a paragraph cut mid-sentence
        head, moving = joined, moving[1:]
    else:
        head = target
    out: list[Block] = []
    for j, b in enumerate(blocks):
        if j == foot:
            out.append(head)
            out.extend(moving)
        elif j == i:
            out.extend(stays)
        elif i < j < end:
            continue
        else:
            out.append(b)
    return out


def _move_orphan(blocks: list[Block]) -> list[Block] | None:
    """A paragraph cut mid-sentence at a column's foot that the reading order read apart,
    after its article had closed (after a byline or a marker: the start of a part with no
    headline), with nothing read after it that goes on with it, is joined to the flush
    rest at the top of the next column that was read after a closed paragraph."""
    for f, foot in enumerate(blocks):
        if not (0 < f and blocks[f - 1].kind in ("byline", "marker") and foot.kind == "body" and _plain(foot)
                and _runs_on(foot) and not _goes_on(blocks, f)):
            continue
        end = _last_box(foot)
        size = _size(foot.lines[-1])
        for r, rest in enumerate(blocks):
            first = rest.lines[0].box if rest.lines else None
            if (r == f or first is None or rest.kind != "body" or not _plain(rest) or not _rest(rest)
                    or not _cut_at_foot(blocks, foot, rest) or _runs_on(_before(blocks, r, 0))
                    or not (end.x1 - 0.5 * size <= first.x0 <= end.x1 + 3 * size) or first.y0 >= end.y0):
                continue
            joined = make_block("body", [*foot.lines, *rest.lines])
            out = [b for k, b in enumerate(blocks) if k != f]
            at = r if r < f else r - 1
            out[at] = joined
            return out
    return None
