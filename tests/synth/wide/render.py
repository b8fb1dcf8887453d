"""Write composed pages as a born-digital PDF with reportlab.

How the content stream is written is a knob, because producers differ:

* ``order``: reading (composition order), rows (by baseline across the whole
  page), shuffled, rtl (each article's columns right to left), kinds (all
  headlines, then all body text, then captions…), bottom_up;
* ``glyphs``: runs (one text object per run of a line, justified with Tc),
  chars (every character positioned on its own), spans (each line cut into
  2–4 pieces drawn separately, so shuffled orders scatter a line's pieces);
* ``graphics``: strokes drawn before or after the text (fills always first).
"""

from __future__ import annotations

import io
import random
from pathlib import Path

import numpy as np
from PIL import Image
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

from .model import PageDraw, ShapeOp, TextOp

ORDERS = ("reading", "rows", "shuffled", "rtl", "kinds", "bottom_up")
GLYPHS = ("runs", "chars", "spans")
ROLE_RANK = {"furniture": 0, "kicker": 1, "title": 1, "subtitle": 1, "byline": 2, "note": 2, "body": 3,
             "subhead": 3, "marker": 3, "caption": 4, "sidebar_title": 5, "sidebar": 5, "table": 6}
Piece = tuple[TextOp, int, int]  # a line's characters [start, end)


def picture(seed: int) -> Image.Image:
    """A small photo-like raster: smooth blobs over a gradient, or noise."""
    rng = np.random.default_rng(seed)
    h, w = int(rng.integers(36, 90)), int(rng.integers(48, 120))
    if seed % 3 == 0:
        data = rng.integers(0, 255, (h, w, 3), dtype=np.uint8)
    else:
        yy, xx = np.mgrid[0:h, 0:w]
        base = (xx / w * rng.uniform(60, 200) + yy / h * rng.uniform(20, 120))[..., None] * np.ones(3)
        for _ in range(4):
            cy, cx, r = rng.uniform(0, h), rng.uniform(0, w), rng.uniform(5, 30)
            blob = np.exp(-((yy - cy) ** 2 + (xx - cx) ** 2) / (2 * r * r))[..., None]
            base += blob * rng.uniform(-120, 120, 3)
        data = np.clip(base, 0, 255).astype(np.uint8)
    return Image.fromarray(data, "RGB")


def pieces(page: PageDraw, glyphs: str, rng: random.Random) -> list[Piece]:
    out: list[Piece] = []
    for op in page.texts:
        n = len(op.line.text)
        if glyphs == "spans" and n > 3:
            cuts = sorted(rng.sample(range(1, n), min(n - 1, rng.randint(1, 3))))
            bounds = [0, *cuts, n]
            out.extend((op, a, b) for a, b in zip(bounds, bounds[1:], strict=False))
        else:
            out.append((op, 0, n))
    return out


def ordered(items: list[Piece], order: str, rng: random.Random) -> list[Piece]:
    if order == "reading":
        return list(items)
    if order == "rows":
        return sorted(items, key=lambda p: (round(p[0].baseline / 2), p[0].x + p[0].line.offsets()[p[1]]))
    if order == "bottom_up":
        return sorted(items, key=lambda p: (-round(p[0].baseline / 2), p[0].x))
    if order == "kinds":
        return sorted(items, key=lambda p: ROLE_RANK.get(p[0].role, 9))
    if order == "rtl":
        first: dict[int | None, int] = {}
        for op, *_ in items:
            first.setdefault(op.article, op.seq)
        return sorted(items, key=lambda p: (first[p[0].article], p[0].article is not None and p[0].role not in
                                            ("title", "kicker", "subtitle", "note"), -p[0].column, p[0].seq))
    shuffled = list(items)
    rng.shuffle(shuffled)
    return shuffled


def _shape(c: canvas.Canvas, shape: ShapeOp, height: float) -> None:
    x0, y0, x1, y1 = shape.box
    if shape.kind == "fill":
        c.setFillColorRGB(*shape.color)
        c.rect(x0, height - y1, x1 - x0, y1 - y0, stroke=0, fill=1)
    elif shape.kind == "image":
        c.drawImage(ImageReader(picture(shape.seed)), x0, height - y1, x1 - x0, y1 - y0)
    elif shape.kind == "stroke":
        c.setStrokeColorRGB(*shape.color)
        c.setLineWidth(shape.width)
        c.rect(x0, height - y1, x1 - x0, y1 - y0, stroke=1, fill=0)
    else:
        c.setStrokeColorRGB(*shape.color)
        c.setLineWidth(shape.width)
        c.line(x0, height - y0, x1, height - y1)


def _text(c: canvas.Canvas, piece: Piece, glyphs: str, height: float) -> None:
    op, start, end = piece
    line = op.line
    offsets = line.offsets()
    c.saveState()  # text state (Tr, Tc) persists across BT/ET: keep it local
    c.setFillColorRGB(*op.color)
    if op.bold:
        c.setStrokeColorRGB(*op.color)
        c.setLineWidth(line.size * 0.035)
    t = c.beginText()
    t.setTextRenderMode(2 if op.bold else 0)
    t.setCharSpace(0 if glyphs == "chars" else line.spacing)
    y = height - op.baseline
    i = start
    while i < end:
        if line.text[i].isspace():
            i += 1
            continue
        j = i + 1
        if glyphs != "chars":
            while j < end and line.faces[j] == line.faces[i] and not line.text[j].isspace():
                j += 1
        t.setFont(line.faces[i], line.size)
        t.setTextOrigin(op.x + offsets[i], y)
        t.textOut(line.text[i:j])
        i = j
    c.drawText(t)
    c.restoreState()


def render_pdf(pages: list[PageDraw], path: Path | None, order: str, glyphs: str, graphics: str,
               seed: int) -> bytes:
    """Write the pages; return the PDF bytes (also saved to ``path`` when given)."""
    rng = random.Random(seed)
    buffer = io.BytesIO()
    c = canvas.Canvas(buffer, invariant=1, pageCompression=1)
    c.setCreator(rng.choice(("wide generator", "Typeset 9.2", "NewsDesk")))
    for page in pages:
        c.setPageSize((page.width, page.height))
        for shape in page.shapes:
            if shape.kind in ("fill", "image"):
                _shape(c, shape, page.height)
        strokes = [s for s in page.shapes if s.kind not in ("fill", "image")]
        if graphics == "first":
            for shape in strokes:
                _shape(c, shape, page.height)
        for piece in ordered(pieces(page, glyphs, rng), order, rng):
            _text(c, piece, glyphs, page.height)
        if graphics != "first":
            for shape in strokes:
                _shape(c, shape, page.height)
        c.showPage()
    c.save()
    data = buffer.getvalue()
    if path is not None:
        Path(path).write_bytes(data)
    return data
