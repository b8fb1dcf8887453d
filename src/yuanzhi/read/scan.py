"""Read scanned pages (images of any resolution, quality, light and tilt) into a Document.

Each image file holds one page, or several (a multi-page TIFF); the pages
are decoded and vetted by ``read.page_image`` and read by OCR one at a time
(``read.ocr_page``: the type size is measured from the image, detection runs
where body type is legible, recognition at full resolution, a tilted or
turned page is levelled). Boxes are in points: the file's stated resolution
when it fits the type, else a scale that sets the body at 10 pt. A blank page
is a warning (an issue of blank pages only is an error); an image that cannot
be a page raises ImageError naming the file and page.
"""

from __future__ import annotations

import dataclasses
import hashlib
import io
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ..errors import ImageError
from ..model import Box, Document, Line, Page
from .ocr_engine import make_engine, shared_engine
from .ocr_lines import estimate_sizes, result_to_lines, split_across_gutters
from .ocr_page import OcrPage

__all__ = ["OcrPage", "estimate_sizes", "make_engine", "ocr_image", "ocr_pdf_page", "page_image_rects", "read_images",
           "result_to_lines", "shared_engine", "split_across_gutters"]


def read_images(paths: Sequence[Path | str], source: str | None = None, engine: Any = None) -> Document:
    """The pages of the image files, in the order given."""
    from .ocr_page import ocr_page
    from .page_image import open_page_images

    if not paths:
        raise ImageError(source or "<images>", "no page images given")
    name = source or str(paths[0])
    digest = hashlib.sha256()
    pages: list[Page] = []
    warnings: list[str] = []
    index = 0
    blank = 0
    for path in map(Path, paths):
        number = len(pages) + 1
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise ImageError(str(path), f"cannot be read ({exc.strerror})", page=number) from None
        digest.update(data)
        images = open_page_images(data, str(path), number)
        for image in images:
            number = len(pages) + 1
            warnings.extend(image.warnings)
            shown = str(path) if len(images) == 1 else None  # a stored page image must be this page
            if image.blank:
                blank += 1
                warnings.append(f"{path} (page {number}): blank page, nothing printed on it")
                height, width = image.gray.shape
                scale = 72.0 / (image.dpi or 150.0)
                pages.append(Page(number=number, lines=(), width=width * scale, height=height * scale, image=shown))
                continue
            engine = engine or shared_engine()
            read = ocr_page(engine, image.gray, number, index, dpi=image.dpi, name=str(path))
            warnings.extend(read.warnings)
            index += len(read.lines) + len(read.aside)
            pages.append(Page(number=number, lines=read.lines, width=read.width, height=read.height,
                              image=shown if not read.turns else None, rects=read.rects, aside=read.aside))
    if blank == len(pages):
        raise ImageError(name, "is blank (no printed text)" if blank == 1 else "holds only blank pages",
                         "check the scan")
    pages = correct_pages(pages)
    return Document(source=name, kind="scan", pages=tuple(pages), sha256=digest.hexdigest(),
                    warnings=tuple(warnings))


def correct_pages(pages: list[Page]) -> list[Page]:
    """Body misreadings corrected from the large type of the whole issue (``read.ocr_fix``)."""
    from .ocr_fix import correct_from_large_type, load_confusions

    confusions = load_confusions()
    every = [line for page in pages for line in page.lines]
    fixed, changed = correct_from_large_type(every, confusions)
    if not changed:
        return pages
    out: list[Page] = []
    start = 0
    for page in pages:
        count = len(page.lines)
        out.append(dataclasses.replace(page, lines=tuple(fixed[start : start + count])))
        start += count
    return out


def _gray(png: bytes) -> Any:
    import numpy as np
    from PIL import Image

    with Image.open(io.BytesIO(png)) as image:
        return np.asarray(image.convert("L"))


def ocr_image(engine: Any, png: bytes, page: int, start_index: int, scale: float) -> list[Line]:
    """OCR one rendered page image (PNG bytes) whose scale is known (points per pixel);
    see ``read.ocr_page.ocr_page`` for the whole result (vertical lines, frames, warnings)."""
    from .ocr_page import ocr_page

    return list(ocr_page(engine, _gray(png), page, start_index, scale=scale).lines)


PDF_DPI = (100.0, 400.0)  # a PDF page without text is rendered at its images' resolution, within these


def ocr_pdf_page(engine: Any, page: Any, number: int, start_index: int, name: str = "") -> OcrPage:
    """OCR one PyMuPDF page that has no usable text layer (a scan in a PDF): rendered at
    the resolution of the largest image on it (never upscaling a low-resolution scan,
    never rendering a 600-dpi one at full size), boxes in the page's points."""
    from .ocr_page import ocr_page

    dpi = 200.0
    try:
        images = page.get_image_info()
    except (RuntimeError, ValueError):
        images = []
    if images:
        largest = max(images, key=lambda i: (i["bbox"][2] - i["bbox"][0]) * (i["bbox"][3] - i["bbox"][1]))
        shown = largest["bbox"][2] - largest["bbox"][0]
        if shown > 0 and largest.get("width"):
            dpi = min(max(largest["width"] * 72.0 / shown, PDF_DPI[0]), PDF_DPI[1])
    from .mupdf import load as load_pymupdf
    from .page_image import render_size

    dpi, _, _ = render_size(page.rect.width, page.rect.height, dpi)  # a vast page: fewer dpi, not gigapixels
    try:
        pixmap = page.get_pixmap(dpi=round(dpi))
    except (RuntimeError, ValueError, load_pymupdf().mupdf.FzErrorBase) as exc:
        why = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
        raise ImageError(name or "PDF", f"cannot be rendered for OCR ({why})", "check the file", page=number) from None
    gray = _gray(pixmap.tobytes("png"))
    scale = page.rect.width / gray.shape[1]
    return ocr_page(engine, gray, number, start_index, scale=scale, name=name)


def page_image_rects(png: bytes, scale: float) -> tuple[Box, ...]:
    """Sidebar frames and tints drawn on the page image (``read.frames``), in points."""
    from .frames import image_rects
    from .page_light import flatten_light

    return image_rects(flatten_light(_gray(png)), scale)
