"""Draw each page with its blocks boxed, coloured by kind, numbered in reading order.

``write_debug_pngs(document, blocks, out_dir)`` renders PDF pages with PyMuPDF
(scanned pages: their image), then draws with Pillow: one PNG per page,
``<stem>_p<N>.png``. For checking a layout by eye: the numbers must run
article by article.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import InputError
from ..model import Block, Document

if TYPE_CHECKING:
    from PIL import Image

DPI = 100
COLOURS: dict[str, tuple[int, int, int]] = {
    "headline": (220, 30, 30),
    "kicker": (240, 120, 40),
    "subtitle": (240, 120, 40),
    "body": (40, 90, 220),
    "subheading": (20, 160, 200),
    "byline": (30, 150, 60),
    "editor_note": (150, 60, 200),
    "sidebar_title": (200, 40, 160),
    "sidebar": (200, 90, 180),
    "marker": (0, 0, 0),
    "furniture": (140, 140, 140),
}


def write_debug_pngs(document: Document, blocks: Sequence[Block], out_dir: Path | str) -> list[Path]:
    """One annotated PNG per page of ``document``; returns the paths written."""
    from PIL import ImageDraw

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    stem = Path(document.source).stem or "page"
    written: list[Path] = []
    for page in document.pages:
        image, scale = _page_image(document, page.number, page.image, page.width, page.height)
        draw = ImageDraw.Draw(image)
        for number, block in enumerate(blocks, start=1):
            if block.page != page.number or block.box is None:
                continue
            colour = COLOURS.get(block.kind, (0, 0, 0))
            box = block.box
            rect = (box.x0 * scale, box.y0 * scale, box.x1 * scale, box.y1 * scale)
            draw.rectangle(rect, outline=colour, width=2)
            label = f"{number} {block.kind}"
            draw.rectangle((rect[0], rect[1] - 11, rect[0] + 6 * len(label) + 4, rect[1]), fill=colour)
            draw.text((rect[0] + 2, rect[1] - 11), label, fill=(255, 255, 255))
        path = out / f"{stem}_p{page.number}.png"
        image.save(path)
        written.append(path)
    return written


def _page_image(document: Document, number: int, image_path: str | None, width: float | None,
                height: float | None) -> tuple[Image.Image, float]:
    """(RGB Pillow image, points → pixels scale) of one page."""
    from PIL import Image

    if document.kind == "pdf":
        from ..read.mupdf import load as load_pymupdf

        pymupdf = load_pymupdf()

        try:
            with pymupdf.open(document.source) as pdf:
                pixmap = pdf.load_page(number - 1).get_pixmap(dpi=DPI)
        except (RuntimeError, ValueError) as exc:
            raise InputError(document.source, f"cannot be rendered for --debug-png ({exc})", page=number) from None
        image = Image.frombytes("RGB", (pixmap.width, pixmap.height), pixmap.samples)
        return image, DPI / 72.0
    if image_path and Path(image_path).exists():
        with Image.open(image_path) as scan:
            image = scan.convert("RGB")
        scale = image.width / width if width else 1.0
        return image, scale
    size = (int((width or 595) * DPI / 72), int((height or 842) * DPI / 72))
    return Image.new("RGB", size, "white"), DPI / 72.0
