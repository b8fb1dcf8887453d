"""Rasterize synthetic PDF pages to PNG scans (PyMuPDF) for the OCR path."""

from __future__ import annotations

from pathlib import Path

SCAN_DPI = 150


def render_scans(pdf_path: Path | str, out_dir: Path | str, dpi: int = SCAN_DPI,
                 pages: list[int] | None = None) -> list[Path]:
    """Write one PNG per page (1-based ``pages``, default all); return the paths in order."""
    import pymupdf

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    paths: list[Path] = []
    with pymupdf.open(str(pdf_path)) as pdf:
        numbers = pages or list(range(1, pdf.page_count + 1))
        for number in numbers:
            pixmap = pdf.load_page(number - 1).get_pixmap(dpi=dpi, colorspace=pymupdf.csGRAY)
            pixmap.set_dpi(dpi, dpi)
            path = out / f"{Path(pdf_path).stem}_p{number}.png"
            pixmap.save(str(path))
            paths.append(path)
    return paths
