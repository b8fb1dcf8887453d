"""Page images kept beside an issue so the web can show the original page."""

from __future__ import annotations

import io
from pathlib import Path

from ..model import Document

RENDER_DPI = 100
MAX_STORED_PIXELS = 16_000_000  # an A3 page at 100 dpi is 2 megapixels; a vast page is stored smaller


def document_page_images(
    document: Document, dpi: int = RENDER_DPI
) -> tuple[dict[int, bytes], list[str]]:
    """PNG bytes per page number, and warnings for pages that could not be imaged.

    PDFs are rendered with PyMuPDF; scanned pages are stored from their image
    files (converted to PNG). Flattened text has no pages to show.
    """
    warnings: list[str] = []
    images: dict[int, bytes] = {}
    if document.kind == "pdf":
        import pymupdf

        try:
            images = render_pdf(Path(document.source), dpi)
        except (OSError, RuntimeError, ValueError, pymupdf.mupdf.FzErrorBase) as error:
            warnings.append(f"{document.source}: page images not stored ({error})")
    elif document.kind == "scan":
        for page in document.pages:
            if not page.image:
                continue
            try:
                images[page.number] = image_to_png(Path(page.image))
            except (OSError, ValueError) as error:
                warnings.append(f"{page.image}: page {page.number} image not stored ({error})")
    return images, warnings


def render_pdf(path: Path, dpi: int = RENDER_DPI) -> dict[int, bytes]:
    import pymupdf

    from ..read.page_image import render_size

    images: dict[int, bytes] = {}
    with pymupdf.open(path) as pdf:
        for number, page in enumerate(pdf, start=1):
            at, _, _ = render_size(page.rect.width, page.rect.height, dpi, MAX_STORED_PIXELS)
            images[number] = page.get_pixmap(dpi=round(at)).tobytes("png")
    return images


def image_to_png(path: Path) -> bytes:
    data = path.read_bytes()
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return data
    from PIL import Image

    with Image.open(io.BytesIO(data)) as image:
        out = io.BytesIO()
        image.convert("RGB").save(out, format="PNG")
        return out.getvalue()
