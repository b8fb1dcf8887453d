"""Assemble blocks into the articles of an issue.

    blocks ─▶ parts (bodies cut at bylines, markers and headlines)
           ─▶ headline units matched to parts (content + adjacency, one global assignment)
           ─▶ 下转/上接 parts stitched
           ─▶ Articles, furniture, unassigned text, the issue's date

Readers with geometry (PDF, scans) put each headline right above its body, so
for them adjacency alone decides; flattened text needs the content matching.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from ..layout.patterns import furniture_kind, masthead_name
from ..model import Article, Block, Byline, Document, Issue, Region, Sidebar
from . import dating
from .boundaries import split_merged_articles
from .bylines import parse_byline, split_dateline_byline
from .headlines import Vocabulary, assign, bigrams, score_row, similarities, split_group
from .runon import rejoin_column_tops

CONTENT_KINDS = {"body", "subheading", "sidebar_title", "sidebar"}
HEADLINE_KINDS = {"headline", "kicker", "subtitle"}


@dataclass
class Part:
    """A run of article content between hard boundaries, before matching."""

    order: int
    blocks: list[Block] = field(default_factory=list)
    bylines: list[Block] = field(default_factory=list)
    lead_bylines: list[Block] = field(default_factory=list)  # printed under the headline
    notes: list[Block] = field(default_factory=list)
    start_marker: Block | None = None
    end_marker: Block | None = None
    adjacent_group: int | None = None  # index into groups of the headline group right above

    @property
    def text(self) -> str:
        return "".join(b.text for b in self.blocks)

    @property
    def closed(self) -> bool:
        return bool(self.bylines) or self.end_marker is not None


@dataclass
class HeadlineGroup:
    blocks: list[Block]
    adjacent_part: int | None = None


@dataclass
class Parts:
    parts: list[Part] = field(default_factory=list)
    groups: list[HeadlineGroup] = field(default_factory=list)
    furniture: list[Block] = field(default_factory=list)
    unassigned: list[str] = field(default_factory=list)


def blocks_to_issue(blocks: Sequence[Block], document: Document, date: str | None = None) -> Issue:
    if document.kind == "text":
        blocks = split_merged_articles(blocks)  # a headline read as a subheading after a bylineless article
    else:
        blocks = rejoin_column_tops(blocks)  # a column top read under a headline set below it
    pieces = blocks_to_parts(blocks)
    titles = match_headlines(pieces, geometric=document.kind != "text")
    chains = stitch_continuations(pieces.parts)
    # text without page breaks knows its pages only from running heads (第2版)
    known_pages = document.kind != "text" or len({b.page for b in blocks}) > 1
    articles = [
        _article(pieces, chain, titles, index, known_pages) for index, chain in enumerate(chains, start=1)
    ]
    unassigned = list(pieces.unassigned)
    used_groups = {pair for unit in titles.values() for pair in unit}
    for g, group in enumerate(pieces.groups):
        for k, block in enumerate(group.blocks):
            if (g, k) not in used_groups:
                unassigned.append(block.text)
    furniture = [b.text for b in pieces.furniture]
    # a date printed at a page's top is the masthead's; one lower down (a notice's
    # signature, 二〇二三年五月十二日) is a date the text mentions. Flattened text only:
    # the line order of a PDF's text layer says nothing of where a line stands
    tops = _page_tops(blocks) if document.kind == "text" else None
    heads = [b.text for b in pieces.furniture if tops is None or (b.lines and b.lines[0].index in tops)]
    others = [b.text for b in pieces.furniture if tops is not None and not (b.lines and b.lines[0].index in tops)]
    # the whole issue: a headline no article claimed (unassigned) still says what happened
    dated = dating.date_issue(date, document.source, heads, [*(a.text for a in articles), *unassigned, *others])
    warnings = list(document.warnings)
    if dated.warning:
        warnings.append(f"{document.source}: {dated.warning}")
    if articles and not any(a.title for a in articles) and not any(a.bylines for a in articles):
        warnings.append(
            f"{document.source}: no headlines or bylines found; is this a newsletter issue? "
            "(rebuilt as plain text)"
        )
    return Issue(
        source=document.source,
        articles=tuple(articles),
        date=dated.date,
        date_source=dated.source,
        date_confidence=dated.confidence,
        date_evidence=dated.evidence,
        title=_masthead(pieces.furniture),
        number=_issue_number(pieces.furniture),
        pages=_page_count(document, articles),
        furniture=tuple(furniture),
        unassigned=tuple(unassigned),
        warnings=tuple(warnings),
        sha256=document.sha256,
        kind=document.kind,
    )


# ---------------------------------------------------------------- parts


def blocks_to_parts(blocks: Sequence[Block]) -> Parts:
    out = Parts()
    current: Part | None = None
    pending_group: int | None = None  # a headline group waiting for the body below it
    pending_notes: list[Block] = []
    previous_kind = ""

    pending_bylines: list[Block] = []

    def new_part() -> Part:
        nonlocal current, pending_group, pending_notes, pending_bylines
        current = Part(
            order=len(out.parts), adjacent_group=pending_group, notes=pending_notes, lead_bylines=pending_bylines
        )
        if pending_group is not None:
            out.groups[pending_group].adjacent_part = current.order
        out.parts.append(current)
        pending_group, pending_notes, pending_bylines = None, [], []
        return current

    for block in blocks:
        kind = block.kind
        if kind == "furniture":
            out.furniture.append(block)
            continue
        if kind in HEADLINE_KINDS:
            if previous_kind in HEADLINE_KINDS and pending_group is not None and _same_group(out.groups[pending_group].blocks[-1], block):
                out.groups[pending_group].blocks.append(block)
            else:
                out.groups.append(HeadlineGroup([block]))
                pending_group = len(out.groups) - 1
            current = None
        elif kind == "editor_note":
            if current is not None and not current.blocks and not current.closed:
                current.notes.append(block)
            else:
                pending_notes.append(block)
                current = None
        elif kind == "byline" and (previous_kind in HEADLINE_KINDS or (previous_kind == "byline" and pending_bylines)):
            pending_bylines.append(block)  # a byline under the headline opens the article
        elif kind == "byline":
            if current is None or (current.closed and previous_kind != "byline"):
                current = new_part()
            current.bylines.append(block)
        elif kind == "marker":
            out.furniture.append(block)
            if block.marker == "to":
                if current is None:
                    current = new_part()
                current.end_marker = block
                current = None
            else:
                current = new_part()
                current.start_marker = block
        elif kind in CONTENT_KINDS and block.standalone:
            current = new_part()  # a photo with its caption: an article of its own, untitled
            current.blocks.append(block)
            current = None
        elif kind in CONTENT_KINDS:
            if kind == "sidebar_title" and previous_kind == "byline" and out.parts:
                current = out.parts[-1]  # a sidebar printed after the byline belongs to that article
            elif kind == "sidebar" and current is not None and current.closed and previous_kind in ("sidebar_title", "sidebar"):
                pass
            elif current is None or current.closed:
                current = new_part()
            current.blocks.append(block)
        else:
            out.unassigned.append(block.text)
        previous_kind = kind
    if pending_notes or pending_bylines:
        current = new_part()
    return out


def _same_group(previous: Block, block: Block) -> bool:
    return previous.group is None or block.group is None or previous.group == block.group


# ---------------------------------------------------------------- headlines


def match_headlines(pieces: Parts, geometric: bool) -> dict[int, list[tuple[int, int]]]:
    """For each part that gets a headline: the (group, line) pairs of its headline."""
    parts, groups = pieces.parts, pieces.groups
    eligible = [p for p in parts if p.start_marker is None and (p.blocks or p.notes)]
    if not groups or not eligible:
        return {}
    if geometric:
        return {
            g.adjacent_part: [(k, j) for j in range(len(g.blocks))]
            for k, g in enumerate(groups)
            if g.adjacent_part is not None and parts[g.adjacent_part].start_marker is None
        }
    texts = [_part_text(p) for p in eligible]
    vocabulary = Vocabulary.of(texts)
    grams = [bigrams(t) for t in texts]
    column = {p.order: c for c, p in enumerate(eligible)}
    units: list[tuple[int, list[int], int | None]] = []  # group, lines, adjacent column
    for k, group in enumerate(groups):
        adjacent = column.get(group.adjacent_part) if group.adjacent_part is not None else None
        line_scores = [similarities(b.text, grams, vocabulary) for b in group.blocks]
        pieces_of_group = _keep_subtitles(split_group(line_scores, adjacent), group.blocks)
        for n, lines in enumerate(pieces_of_group):
            units.append((k, lines, adjacent if n == len(pieces_of_group) - 1 else None))
    scores: list[list[float]] = []
    for k, lines, adjacent in units:
        text = "".join(groups[k].blocks[j].text for j in lines)
        scores.append(score_row(similarities(text, grams, vocabulary), adjacent))
    chosen = assign(scores)
    result: dict[int, list[tuple[int, int]]] = {}
    for u, c in chosen.items():
        k, lines, _ = units[u]
        result[eligible[c].order] = [(k, j) for j in lines]
    return result



def _keep_subtitles(units: list[list[int]], blocks: Sequence[Block]) -> list[list[int]]:
    """A ——subtitle line stays with the headline line above it."""
    kept: list[list[int]] = []
    for unit in units:
        if kept and _is_subtitle(blocks[unit[0]].text):
            kept[-1].extend(unit)
        else:
            kept.append(list(unit))
    return kept


def _part_text(part: Part) -> str:
    return "".join(b.text for b in part.notes) + part.text


# ---------------------------------------------------------------- continuations


def stitch_continuations(parts: Sequence[Part]) -> list[list[Part]]:
    """Chains of parts that form one article: a part ending 下转N版 continues in
    a part starting 上接M版 (page numbers agree when known, else the next one)."""
    sources = [p for p in parts if p.end_marker is not None]
    targets = [p for p in parts if p.start_marker is not None]
    follows: dict[int, Part] = {}
    used: set[int] = set()
    for source in sources:
        best = _continuation_for(source, [t for t in targets if t.order not in used and t is not source])
        if best is not None:
            follows[source.order] = best
            used.add(best.order)
    chains: list[list[Part]] = []
    placed: set[int] = set()
    for part in parts:
        if part.order in used:
            continue
        chain = [part]
        placed.add(part.order)
        while chain[-1].order in follows and follows[chain[-1].order].order not in placed:
            chain.append(follows[chain[-1].order])
            placed.add(chain[-1].order)
        chains.append(chain)
    # parts that only continue each other in a ring have no head: keep each whole
    chains.extend([part] for part in parts if part.order not in placed)
    chains.sort(key=lambda chain: chain[0].order)
    return chains


def _continuation_for(source: Part, candidates: Sequence[Part]) -> Part | None:
    if not candidates:
        return None
    assert source.end_marker is not None
    to_page = source.end_marker.marker_page
    from_page = source.end_marker.page

    def score(target: Part) -> tuple[int, int, float]:
        assert target.start_marker is not None
        pages_agree = int(to_page is None or target.start_marker.page == to_page or target.start_marker.page == 1)
        back_agrees = int(target.start_marker.marker_page is None or target.start_marker.marker_page == from_page or from_page == 1)
        target_grams = bigrams(target.text)
        overlap = len(bigrams(source.text) & target_grams) / (1 + len(target_grams))
        return pages_agree + back_agrees, int(target.order > source.order), overlap

    return max(candidates, key=score)


# ---------------------------------------------------------------- articles


def _article(
    pieces: Parts,
    chain: list[Part],
    titles: dict[int, list[tuple[int, int]]],
    index: int,
    known_pages: bool,
) -> Article:
    head = chain[0]
    headline_blocks = [pieces.groups[g].blocks[j] for g, j in titles.get(head.order, [])]
    kicker, title, subtitle = headline_roles(headline_blocks, "".join(b.text for b in head.blocks[:3]))
    paragraphs: list[str] = []
    subheadings: list[str] = []
    sidebars: list[Sidebar] = []
    bylines: list[Byline] = []
    notes = [b.text for part in chain for b in part.notes]
    open_end = False
    all_blocks: list[Block] = list(headline_blocks)
    for part in chain:
        all_blocks.extend(part.notes)
        for block in part.lead_bylines:
            all_blocks.append(block)
            bylines.extend(parse_byline(block.raw or block.text))
        sidebar: tuple[str | None, list[str]] | None = None
        for block in part.blocks:
            all_blocks.append(block)
            if block.kind == "sidebar_title":
                if sidebar is not None:
                    sidebars.append(Sidebar(sidebar[0], tuple(sidebar[1])))
                sidebar = (block.text, [])
            elif block.kind == "sidebar":
                if sidebar is None:
                    sidebar = (None, [])
                sidebar[1].append(block.text)
            else:
                if block.kind == "subheading":
                    subheadings.append(block.text)
                text = block.text
                if not paragraphs and block.kind == "body":
                    lead_bylines, text = split_dateline_byline(text, block.raw)  # 本报讯（通讯员 张三）…
                    bylines.extend(lead_bylines)
                if open_end and paragraphs and block.kind == "body":
                    paragraphs[-1] += text  # a sentence cut by 下转 resumes after 上接
                else:
                    paragraphs.append(text)
                open_end = False
        if sidebar is not None:
            sidebars.append(Sidebar(sidebar[0], tuple(sidebar[1])))
        for block in part.bylines:
            all_blocks.append(block)
            bylines.extend(parse_byline(block.raw or block.text))
        open_end = part.end_marker is not None and bool(part.blocks) and part.blocks[-1].open_end
    lines = [line.source_line for b in all_blocks for line in b.lines if line.source_line is not None]
    return Article(
        id=f"a{index:02d}",
        title=title,
        subtitle=subtitle,
        kicker=kicker,
        editor_note="".join(notes) or None,
        paragraphs=tuple(paragraphs),
        subheadings=tuple(subheadings),
        sidebars=tuple(sidebars),
        bylines=tuple(bylines),
        pages=tuple(sorted({b.page for b in all_blocks})) if known_pages else _marker_pages(chain),
        continued=len(chain) > 1,
        regions=tuple(Region(b.page, b.box) for b in all_blocks if b.box is not None),
        lines=(min(lines), max(lines)) if lines else None,
    )


def headline_roles(blocks: Sequence[Block], lead: str = "") -> tuple[str | None, str | None, str | None]:
    """(kicker, title, subtitle) from the lines of one headline.

    Geometric readers say which line is which; for text lines the conventions
    are: a subtitle starts with a dash, a kicker is a short lead-in above a
    longer title; of two lines the one that says what the lead says is the
    title (a slogan above it is the kicker); otherwise the first line is the
    title and the next its subtitle.
    """
    if not blocks:
        return None, None, None
    kinds = {b.kind for b in blocks}
    if kinds - {"headline"}:
        kicker = "".join(b.text for b in blocks if b.kind == "kicker") or None
        title = "".join(b.text for b in blocks if b.kind == "headline") or None
        subtitle = "".join(b.text for b in blocks if b.kind == "subtitle") or None
        return kicker, title, subtitle
    texts = [b.text for b in blocks]
    if len(texts) == 1:
        return None, texts[0], None
    kicker = None
    if len(texts) == 2 and not _is_subtitle(texts[1]) and lead:
        grams = bigrams(lead)
        first, second = (len(bigrams(t) & grams) / max(1, len(bigrams(t))) for t in texts)
        if second > first + 0.15 and len(texts[0]) <= 12:
            return texts[0], texts[1], None
    if len(texts) >= 3 or (_is_kicker(texts[0], texts[1]) and not _is_subtitle(texts[1])):
        kicker, texts = texts[0], texts[1:]
    if len(texts) == 1:
        return kicker, texts[0], None
    return kicker, texts[0], "".join(texts[1:])


_DASH = re.compile(r"^[—－\-–]+")


def _is_subtitle(text: str) -> bool:
    return bool(_DASH.match(text))


def _is_kicker(first: str, second: str) -> bool:
    return len(first) <= 8 and len(first) < len(second) or first[-1:] in "：:，,"


# ---------------------------------------------------------------- issue furniture and pages


MASTHEAD_LINES = 6  # a masthead or running head stands among a page's first lines


def _page_tops(blocks: Sequence[Block]) -> set[int]:
    """Indexes of the first MASTHEAD_LINES lines of every page."""
    by_page: dict[int, list[int]] = {}
    for block in blocks:
        for line in block.lines:
            by_page.setdefault(line.page, []).append(line.index)
    return {i for indexes in by_page.values() for i in sorted(indexes)[:MASTHEAD_LINES]}


def _masthead(furniture: Sequence[Block]) -> str | None:
    for block in furniture:
        if furniture_kind(block.raw or block.text, at_page_top=True) == "masthead":
            return masthead_name(block.raw or block.text)
    return None


_ISSUE_NUMBER = re.compile(r"(?<!总)第\s*([0-9一二三四五六七八九十百]+)\s*期")


def _issue_number(furniture: Sequence[Block]) -> str | None:
    for block in furniture:
        match = _ISSUE_NUMBER.search(block.text)
        if match:
            return match.group(1)
    return None


def _marker_pages(chain: Sequence[Part]) -> tuple[int, ...]:
    """Without page breaks, pages are known only from 下转N版 / 上接M版."""
    pages: set[int] = set()
    for before, after in zip(chain, chain[1:], strict=False):
        if after.start_marker is not None and after.start_marker.marker_page:
            pages.add(after.start_marker.marker_page)
        if before.end_marker is not None and before.end_marker.marker_page:
            pages.add(before.end_marker.marker_page)
    return tuple(sorted(pages))


def _page_count(document: Document, articles: Sequence[Article]) -> int | None:
    if len(document.pages) > 1 or document.kind != "text":
        return len(document.pages)
    pages = [p for a in articles for p in a.pages]
    return max(pages) if pages else None


def output_text(issue: Issue) -> str:
    """Every text field of an issue run together (what the conservation rule counts)."""
    parts: list[str] = list(issue.furniture) + list(issue.unassigned)
    for a in issue.articles:
        parts.extend(x for x in (a.kicker, a.title, a.subtitle, a.editor_note) if x)
        parts.extend(a.paragraphs)
        for s in a.sidebars:
            parts.extend([s.title or "", *s.paragraphs])
        for b in a.bylines:
            parts.extend([b.department or "", *b.authors, *b.roles])
    return "".join(parts)

