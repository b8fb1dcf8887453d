"""One generated issue: pick the issue's style and each page's knobs from the seed,
compose the pages, write the PDF, and assemble the truth.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from yuanzhi.layout.normalize import content_chars

from .fonts import cjk_faces, latin_faces
from .furniture import IssueMeta
from .model import ArticleTruth, PageDraw, Style
from .page import IssueState, PageKnobs, compose_page
from .render import GLYPHS, ORDERS, render_pdf
from .text import TextGen
from .typeset import Fonts

GENERATOR = "wide-1"
DEV_SEEDS = range(0, 200)  # parser developers may look at these
HELDOUT_SEEDS = range(900_000, 900_200)  # nobody tunes on these


@dataclass
class WideIssue:
    seed: int
    pages: list[PageDraw]
    truth: dict[str, Any]
    knobs: dict[str, Any]
    pdf: bytes = field(repr=False, default=b"")


def pick_style(rng: random.Random) -> Style:
    faces = cjk_faces()
    by_kind = {k: [n for n, kind in faces.items() if kind == k] for k in ("hei", "song", "kai")}
    hei = by_kind["hei"]
    body_face = rng.choice(by_kind["song"] * 4 + hei * 2 + by_kind["kai"]) if by_kind["song"] else rng.choice(hei)
    head_face = rng.choice(hei + by_kind["song"])
    kai_face = rng.choice(by_kind["kai"] or [body_face])
    latin = rng.choice((None, None, *latin_faces()))
    indent = rng.choice((2.0, 2.0, 2.0, 2.0, 2.0, 1.0, 0.0))
    gap = rng.uniform(0.3, 0.8) if indent == 0 else rng.choice((0.0, 0.0, 0.0, rng.uniform(0.15, 0.5)))
    return Style(
        body=Fonts(body_face, latin), head=Fonts(head_face, latin), kai=Fonts(kai_face, latin),
        body_pt=rng.choice((8.0, 8.5, 9.0, 9.5, 10.0, 10.5, 11.0, 11.5, 12.0)),
        leading=round(rng.uniform(1.15, 1.8), 2), indent_em=indent, para_gap_em=round(gap, 2),
        gutter_em=round(rng.uniform(0.5, 2.0), 2), squeeze=rng.random() < 0.5,
        head_align=rng.choice(("center", "left", "mixed")),
        head_color=rng.choice(((0.0, 0.0, 0.0),) * 3 + ((0.7, 0.05, 0.05), (0.05, 0.15, 0.5))),
        fake_bold=rng.random() < 0.4, caption_kai=rng.random() < 0.5, sidebar_kai=rng.random() < 0.4,
        subhead_style=rng.choice(("bold", "center", "big")), snap=rng.random() < 0.6,
    )


def generate(seed: int, pages: int | None = None, size: str | None = None, order: str | None = None,
             glyphs: str | None = None, photo_rate: float | None = None, path: Path | None = None) -> WideIssue:
    """The issue of ``seed``; the keyword arguments force a knob (benches use them)."""
    rng = random.Random(f"wide:{seed}")
    style = pick_style(rng)
    gen = TextGen(random.Random(f"wide-text:{seed}"))
    n_pages = pages or rng.choice((1, 1, 1, 2, 2, 3, 4))
    size = size or rng.choice(("A3", "A3", "A4"))
    order = order or rng.choice(ORDERS)
    glyphs = glyphs or rng.choice(GLYPHS)
    graphics = rng.choice(("first", "last"))
    month = rng.randint(1, 12)
    meta = IssueMeta(gen.paper, gen.hospital, rng.randint(2018, 2025), month, rng.randint(1, 28),
                     rng.randint(1, 24), rng.randint(100, 900))
    jumps: dict[int, int] = {}
    if n_pages > 1 and rng.random() < 0.6:
        p = rng.randint(1, n_pages - 1)
        jumps[p] = rng.randint(p + 1, n_pages)
    state = IssueState(gen, style, meta, [], [], jumps, {})
    drawn_pages: list[PageDraw] = []
    for number in range(1, n_pages + 1):
        knobs = PageKnobs(
            size=size, bands=rng.choice((1, 2, 2, 3)) if size == "A3" else rng.choice((1, 1, 2)),
            mixed_grid=rng.random() < 0.35,
            photo_rate=photo_rate if photo_rate is not None else rng.choice((0.0, 0.3, 0.6)),
            v_rules=rng.random() < 0.4, h_rules=rng.random() < 0.6)
        drawn_pages.append(compose_page(number, knobs, state, rng))
    issue_knobs = {
        "pages": n_pages, "size": size, "order": order, "glyphs": glyphs, "graphics": graphics,
        "body_pt": style.body_pt, "leading": style.leading, "indent_em": style.indent_em,
        "para_gap_em": style.para_gap_em, "gutter_em": style.gutter_em, "squeeze": style.squeeze,
        "snap": style.snap, "body_face": style.body.cjk, "head_face": style.head.cjk,
        "latin_face": style.body.latin, "fake_bold": style.fake_bold, "head_align": style.head_align,
    }
    truth = assemble_truth(seed, meta, state.articles, state.furniture, drawn_pages)
    truth["knobs"] = {"issue": issue_knobs, "pages": [p.knobs for p in drawn_pages]}
    pdf = render_pdf(drawn_pages, path, order, glyphs, graphics, seed)
    return WideIssue(seed, drawn_pages, truth, truth["knobs"], pdf)


def assemble_truth(seed: int, meta: IssueMeta, articles: list[ArticleTruth], furniture: list[str],
                   pages: list[PageDraw]) -> dict[str, Any]:
    drawn = [{"page": p.number, "text": op.line.text, "role": op.role,
              "article": None if op.article is None else f"a{op.article + 1}",
              "box": [round(v, 1) for v in op.box]} for p in pages for op in p.texts]
    return {
        "source": f"wide_{seed}.pdf",
        "generator": GENERATOR,
        "seed": seed,
        "issue": {"date": meta.iso, "title": meta.paper, "number": str(meta.number), "pages": len(pages)},
        "articles": [a.to_json() for a in articles],
        "furniture": list(furniture),
        "unassigned": [],
        "drawn": drawn,
        "layout": paragraph_boxes(articles, pages),
    }


def paragraph_boxes(articles: list[ArticleTruth], pages: list[PageDraw]) -> list[dict[str, Any]]:
    """Per page, the box of each truth paragraph (body lines mapped to paragraphs by their text)."""
    out: list[dict[str, Any]] = []
    for art in articles:
        lines = [(p.number, op) for p in pages for op in p.texts
                 if op.article == art.index and op.role in ("body", "subhead")]
        ends, total = [], 0
        for paragraph in art.body:
            total += len(content_chars(paragraph))
            ends.append(total)
        boxes: dict[tuple[int, int], list[float]] = {}
        done = 0
        for number, op in lines:
            index = next((i for i, end in enumerate(ends) if done < end), len(ends) - 1)
            done += len(content_chars(op.line.text))
            box = boxes.setdefault((number, index), list(op.box))
            box[:] = [min(box[0], op.box[0]), min(box[1], op.box[1]), max(box[2], op.box[2]), max(box[3], op.box[3])]
        for (number, index), box in sorted(boxes.items()):
            out.append({"page": number, "article": f"a{art.index + 1}", "field": "paragraphs", "index": index,
                        "box": [round(v, 1) for v in box]})
    return out
