"""Compose one page: furniture, then horizontal bands, each with its own column grid,
cut into slots of adjacent columns, each slot a stack of articles (or a photo news
item, or a bare picture). Mixed grids, partial-width heads, pictures, sidebars,
tables and rules come from the page's knobs.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from .flow import ArticleSpec, Carry, Region, fill_article
from .furniture import IssueMeta, masthead, page_foot, running_head
from .head import HeadSpec
from .model import ArticleTruth, PageDraw, ShapeOp, Style
from .parts import PhotoSpec, SidebarSpec, draw_picture, photo_with_caption
from .text import TextGen

SIZES = {"A3": (841.89, 1190.55), "A4": (595.28, 841.89)}


@dataclass(frozen=True)
class PageKnobs:
    size: str
    bands: int
    mixed_grid: bool
    photo_rate: float  # chance an article carries a picture
    v_rules: bool
    h_rules: bool


@dataclass
class IssueState:
    gen: TextGen
    style: Style
    meta: IssueMeta
    articles: list[ArticleTruth]
    furniture: list[str]
    jumps: dict[int, int]  # page with a 下转 → page it goes on
    carries: dict[int, list[Carry]]  # page → continuations to place there


def grid_choices(width: float, style: Style, size: str) -> list[int]:
    """Column counts whose columns hold 9–30 characters across ``width``."""
    s, g = style.body_pt, style.gutter_em * style.body_pt
    out = []
    for n in range(1, 9):
        chars = (width - (n - 1) * g) / n / s
        if chars >= 9 and (chars <= 30 or n == 1 or (n == 2 and size == "A3")):
            out.append(n)
    return out


def columns(x0: float, x1: float, n: int, style: Style) -> list[tuple[float, float]]:
    s, g = style.body_pt, style.gutter_em * style.body_pt
    w = (x1 - x0 - (n - 1) * g) / n
    w = min(w, 30 * s)
    if style.snap:
        w = int(w / s + 1e-6) * s
    total = n * w + (n - 1) * g
    left = x0 + (x1 - x0 - total) / 2
    return [(left + i * (w + g), left + i * (w + g) + w) for i in range(n)]


def _parts(total: float, count: int, least: float, rng: random.Random) -> list[float]:
    """``count`` lengths adding up to ``total``, each at least ``least``."""
    if count * least > total:
        count = max(1, int(total // least))
    shares = [rng.uniform(0.6, 1.4) for _ in range(count)]
    free = total - count * least
    return [least + free * s / sum(shares) for s in shares]


def compose_page(number: int, knobs: PageKnobs, state: IssueState, rng: random.Random) -> PageDraw:
    style, meta, gen = state.style, state.meta, state.gen
    pw, ph = SIZES[knobs.size]
    page = PageDraw(number, pw, ph)
    mx, mt = rng.uniform(22, 56), rng.uniform(22, 50)
    x0, x1, y, y1 = mx, pw - mx, mt, ph - rng.uniform(22, 50)
    if number == 1:
        y = masthead(page, meta, style, x0, x1, y, rng, state.furniture)
    else:
        y = running_head(page, meta, style, x0, x1, y, rng, state.furniture)
    y1 = page_foot(page, style, x0, x1, y1, rng, state.furniture, [gen.person(), gen.person()])
    lh = style.line_h
    grids = grid_choices(x1 - x0, style, knobs.size)
    base = rng.choice(grids)
    heights = _parts(y1 - y, knobs.bands, max(lh * 18, (y1 - y) * 0.22), rng)
    page.knobs.update(size=knobs.size, bands=[], pictures=0, tables=0, sidebars=0, head_partial=0,
                      photo_news=0, jumps_out=0, jumps_in=0, v_rules=knobs.v_rules, h_rules=knobs.h_rules,
                      empty_articles=0, col_chars=[])
    carries = list(state.carries.get(number, []))
    jump_to = state.jumps.get(number)
    regions: list[tuple[Region, int]] = []  # every article-capable region with its stack position
    first_col = 0
    for band_no, band_h in enumerate(heights):
        n = rng.choice(grids) if knobs.mixed_grid else base
        cols = columns(x0, x1, n, style)
        page.knobs["bands"].append(n)
        page.knobs["col_chars"].append(round((cols[0][1] - cols[0][0]) / style.body_pt, 1))
        by0, by1 = y, y + band_h - (lh if band_no < len(heights) - 1 else 0)
        slots = _slot_sizes(n, rng)
        c = 0
        for k, width in enumerate(slots):
            scols = tuple(cols[c : c + width])
            pcols = tuple(range(first_col + c, first_col + c + width))
            stack = max(1, min(rng.choice((1, 1, 2, 2, 3)), int((by1 - by0) // (lh * 16))))
            hs = _parts(by1 - by0 + lh, stack, lh * 16, rng)
            sy = by0
            for j, h in enumerate(hs):
                region = Region(scols, pcols, sy, sy + h - lh)
                regions.append((region, len(regions)))
                if knobs.h_rules and j < len(hs) - 1:
                    rule_y = sy + h - lh / 2
                    page.shapes.append(ShapeOp("line", (scols[0][0], rule_y, scols[-1][1], rule_y), width=0.5))
                sy += h
            if knobs.v_rules and k < len(slots) - 1:
                gx = (cols[c + width - 1][1] + cols[c + width][0]) / 2
                page.shapes.append(ShapeOp("line", (gx, by0, gx, by1), width=0.4))
            c += width
        first_col += n
        y += band_h
        if knobs.h_rules and band_no < len(heights) - 1:
            page.shapes.append(ShapeOp("line", (x0, y - lh / 2, x1, y - lh / 2), width=0.8))
    jump_slot = len(regions) - 1 if jump_to else -1
    if jump_to and len(regions) > 1 and rng.random() < 0.5:
        jump_slot = rng.randrange(len(regions))
    for index, (region, _) in enumerate(regions):
        if carries:
            carry = carries.pop(0)
            spec = ArticleSpec(byline_end=rng.random() < 0.7, jump_from=carry.pages[0])
            fill_article(page, region, spec, carry.art, gen, carry.topic, style, rng, carry)
            page.knobs["jumps_in"] += 1
            continue
        kind = rng.random()
        if kind < 0.04 and index != jump_slot:
            _picture(page, region, rng)
            continue
        if kind < 0.09 and index != jump_slot and region.y1 - region.y0 > lh * 14:
            _photo_news(page, region, state, rng)
            continue
        art = ArticleTruth(len(state.articles))
        state.articles.append(art)
        spec = _article_spec(region, knobs, style, rng, jump_to if index == jump_slot else None)
        topic = gen.topic()
        carry = fill_article(page, region, spec, art, gen, topic, style, rng)
        page.knobs["sidebars"] += len(art.sidebars)
        page.knobs["tables"] += 1 if art.tables else 0
        page.knobs["head_partial"] += spec.head_cols < len(region.columns)
        if not art.body and not art.captions:
            page.knobs["empty_articles"] += 1
        if carry is not None and jump_to:
            carry.pages.append(number)
            state.carries.setdefault(jump_to, []).append(carry)
            page.knobs["jumps_out"] += 1
    page.knobs["max_cols"] = max(page.knobs["bands"])
    page.knobs["mixed_grid"] = len(set(page.knobs["bands"])) > 1
    return page


def _slot_sizes(n: int, rng: random.Random) -> list[int]:
    """Split ``n`` columns into runs of adjacent columns."""
    count = min(n, rng.choice((1, 2, 2, 3, 3, 4)))
    if count == 1:
        return [n]
    cuts = sorted(rng.sample(range(1, n), count - 1))
    return [b - a for a, b in zip([0, *cuts], [*cuts, n], strict=True)]


def _article_spec(region: Region, knobs: PageKnobs, style: Style, rng: random.Random,
                  jump_to: int | None) -> ArticleSpec:
    n = len(region.columns)
    height = region.y1 - region.y0
    tall = height > style.line_h * 30
    head_cols = n
    if n >= 3 and rng.random() < 0.2:
        head_cols = rng.choice((n - 1, (n + 1) // 2))
    align = style.head_align if style.head_align != "mixed" else rng.choice(("center", "left"))
    head = HeadSpec(kicker=rng.random() < 0.2, subtitle=rng.random() < 0.2, note=n >= 2 and rng.random() < 0.1,
                    byline=rng.random() < 0.4, align=align, rule=rng.random() < 0.15)
    photos: list[PhotoSpec] = []
    if rng.random() < knobs.photo_rate:
        c0 = rng.randrange(n)
        c1 = rng.randrange(c0, n)
        where = rng.choice(("top", "bottom", "mid")) if c0 == c1 else rng.choice(("top", "bottom"))
        photos.append(PhotoSpec(where, c0, c1, rng.choice(("grey", "image", "image", "figure")),
                                rng.uniform(0.5, 0.9), rng.random() < 0.85))
    sidebar = None
    if tall and rng.random() < 0.15:
        c0 = rng.choice((0, n - 1)) if n > 1 and rng.random() < 0.4 else 0
        c1 = c0 if c0 == n - 1 and c0 > 0 else n - 1
        sidebar = SidebarSpec(c0, c1, rng.choice(("stroke", "tint", "bar")), 2 if c1 - c0 >= 2 else 1,
                              rng.uniform(0.2, 0.35))
    return ArticleSpec(head=head, head_cols=head_cols, byline_end=not head.byline and rng.random() < 0.75,
                       photos=tuple(photos), sidebar=sidebar, table=n >= 2 and tall and rng.random() < 0.1,
                       subheads=tall and rng.random() < 0.25, jump_to=jump_to)


def _picture(page: PageDraw, region: Region, rng: random.Random) -> None:
    box = (region.columns[0][0], region.y0, region.columns[-1][1], region.y1)
    draw_picture(page, box, rng.choice(("grey", "image", "image")), rng)
    page.knobs["pictures"] += 1


def _photo_news(page: PageDraw, region: Region, state: IssueState, rng: random.Random) -> None:
    """A picture with a caption and no headline: an article of its own."""
    gen, style = state.gen, state.style
    art = ArticleTruth(len(state.articles))
    state.articles.append(art)
    art.pages.append(page.number)
    x0, x1 = region.columns[0][0], region.columns[-1][1]
    topic = gen.topic()
    text = gen.caption(topic) + gen.sentence(topic)
    photo_h = (region.y1 - region.y0) * rng.uniform(0.45, 0.65)
    spec = PhotoSpec("top", 0, len(region.columns) - 1, rng.choice(("grey", "image")), 0.6)
    photo_with_caption(page, x0, x1, region.y0, photo_h, spec, art, gen, topic, style, rng,
                       region.page_columns[0], text)
    page.knobs["photo_news"] += 1
