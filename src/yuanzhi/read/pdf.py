"""Read a PDF's text layer (PyMuPDF) into a Document, one page at a time.

Spans keep their boxes, font size and weight; they are cut at gaps in the
ink and the pieces on one baseline joined into one Line per printed line,
never across a gutter (``read/spans.py``; content-stream order is never
trusted: lines are rebuilt from geometry). Drawn frames and shaded
areas and pictures become ``Page.rects`` (sidebars when they hold text, photos
and figures when they do not). Vertical text is not laid out: it
is kept aside (``Page.aside``, output as unassigned) with a warning. A page whose text layer is missing or garbage (replacement
characters, private-use glyphs) is rendered and read by OCR (``read.scan``).

Image captions are kept as ordinary lines: a caption under a photo reads as
a short body paragraph of the article it sits in, so its text is never lost.
"""

from __future__ import annotations

import gc
import hashlib
import re
import zlib
from collections.abc import Iterator, Sequence
from pathlib import Path

from ..errors import EmptyInputError, PdfError
from ..model import Box, Document, Line, Page
from .mupdf import load as load_pymupdf
from .spans import Span, spans_to_lines
from .spans import page_spans as split_spans

__all__ = ["Span", "read_pdf", "spans_to_lines"]

OCR_DPI = 200
MIN_RECT_SIDE = 6.0  # a drawn frame/shaded area must be larger than a rule
MAX_RECT_SHARE = 0.6  # larger rects are page backgrounds, not sidebars
MAX_CONTENT_BYTES = 64 * 1024 * 1024  # a dense newspaper page draws in a few MB
MAX_PAGE_SIDE = 14_400  # points: the largest page side the PDF specification allows (200 inches)

def read_pdf(path: Path | str, source: str | None = None, ocr: bool = True) -> Document:
    """Read every page of ``path``; pages without a usable text layer go to OCR."""
    pymupdf = load_pymupdf()

    path = Path(path)
    name = source or str(path)
    try:
        digest, empty = _sha256(path)
    except OSError as exc:
        raise PdfError(name, f"cannot be read ({exc.strerror})") from None
    if empty:
        raise EmptyInputError(name, "the file is empty", "give a newsletter issue's PDF")
    failures = _mupdf_errors(pymupdf)
    try:  # opened by name: MuPDF reads objects as pages need them, not the whole file at once
        pdf = pymupdf.open(str(path), filetype="pdf")
    except failures as exc:
        raise PdfError(name, f"is not a readable PDF ({_why(exc)})", "check that the download finished") from None
    warnings: list[str] = []
    with pdf:
        if pdf.needs_pass:
            raise PdfError(name, "is encrypted and needs a password", "save an unprotected copy first")
        if pdf.is_repaired:
            warnings.append(f"{name}: the PDF was damaged (truncated?) and has been repaired; check the result")
        try:
            count = pdf.page_count
        except failures as exc:  # a page tree MuPDF cannot count (bench/fuzz_bench.py)
            raise PdfError(name, f"has a broken page tree ({_why(exc)})", "check that the download finished") from None
        if count == 0:
            raise PdfError(name, "has no pages", "check that the download finished")
        from .page_image import MAX_FRAMES  # as many pages as one multi-page TIFF may hold

        if count > MAX_FRAMES:  # each page may need OCR: 2,000 pages ran for hours (bench/fuzz_bench.py)
            raise PdfError(name, f"has {count} pages, more than one issue ({MAX_FRAMES} at most)",
                           "split it into one file per issue")
        pages = tuple(_read_pages(pdf, name, warnings, ocr))
    return Document(
        source=name,
        kind="pdf",
        pages=pages,
        sha256=digest,
        warnings=tuple(warnings),
    )


def _sha256(path: Path) -> tuple[str, bool]:
    """(hex digest, True when the file holds only whitespace), read in chunks."""
    digest = hashlib.sha256()
    empty = True
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
            empty = empty and not chunk.strip()
    return digest.hexdigest(), empty


def _read_pages(pdf: object, name: str, warnings: list[str], ocr: bool) -> Iterator[Page]:
    pymupdf = load_pymupdf()

    index = 0
    engine = None
    for number in range(1, pdf.page_count + 1):  # type: ignore[attr-defined]
        try:
            page = pdf.load_page(number - 1)  # type: ignore[attr-defined]
            check_page_size(pdf, page, name, number)
            spans, vertical, pictures = page_spans(page)
            rects = page_rects(page, pictures)
            width, height = page.rect.width, page.rect.height
        except _mupdf_errors(pymupdf) as exc:
            raise PdfError(name, f"page cannot be read ({_why(exc)})", "the file may be truncated", page=number) from None
        lines: list[Line] = []
        ocr_aside: tuple[Line, ...] = ()
        if _needs_ocr(spans + vertical):
            if not ocr:
                warnings.append(f"{name} (page {number}): no usable text layer and OCR is off")
            else:
                from .scan import ocr_pdf_page, shared_engine

                engine = engine or shared_engine()
                read = ocr_pdf_page(engine, page, number, index, name)
                lines, ocr_aside = list(read.lines), read.aside  # vertical lines OCR read: aside, never lost
                rects = rects or read.rects  # frames printed in the scanned image
                warnings.extend(read.warnings)
                warnings.append(f"{name} (page {number}): no usable text layer, read by OCR")
            vertical = []  # the OCR reads the whole page
        else:
            lines = spans_to_lines(spans, number, index)
        index += len(lines)
        aside = tuple(Line(s.text, number, index + n, s.box, s.size, s.bold) for n, s in enumerate(vertical)) + ocr_aside
        index += len(aside)
        if aside:
            warnings.append(f"{name} (page {number}): {len(aside)} vertical text line(s) not laid out, "
                            "kept under unassigned")
        yield Page(number=number, lines=tuple(lines), width=width, height=height, rects=rects, aside=aside)
        del page


def _mupdf_errors(pymupdf: object) -> tuple[type[BaseException], ...]:
    """What MuPDF raises on a damaged file: its own error classes derive from Exception only."""
    return (RuntimeError, ValueError, pymupdf.mupdf.FzErrorBase)  # type: ignore[attr-defined]


def _why(exc: BaseException) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0]


def check_page_size(pdf: object, page: object, name: str, number: int) -> None:
    """Refuse, before MuPDF decodes them, a page whose drawing commands inflate past
    ``MAX_CONTENT_BYTES`` (a few KB of zeros can inflate to gigabytes, and parsing them takes
    minutes), that shows an image larger than a page scan can be, or that is larger than the
    PDF specification allows a page to be."""
    from .page_image import MAX_PIXELS

    width, height = page.rect.width, page.rect.height  # type: ignore[attr-defined]
    if max(width, height) > MAX_PAGE_SIDE:  # e.g. a media box of -99999 points: OCR would take GBs
        raise PdfError(name, f"page is {width / 72:.0f} x {height / 72:.0f} inches, larger than a PDF page "
                       f"can be ({MAX_PAGE_SIDE // 72} inches a side at most)", "check the file", page=number)
    if not getattr(pdf, "is_pdf", False):  # MuPDF opened another format: it has no PDF objects
        return
    for image in page.get_images(full=True):  # type: ignore[attr-defined]
        width, height = int(image[2]), int(image[3])
        if width * height > MAX_PIXELS:
            raise PdfError(name, f"shows an image of {width}x{height} px, more than a page scan needs "
                           f"({MAX_PIXELS / 1e6:.0f} megapixels at most)", "check the file", page=number)
    total = 0
    for xref in page.get_contents():  # type: ignore[attr-defined]
        raw = pdf.xref_stream_raw(xref) or b""  # type: ignore[attr-defined]  # None: not a stream
        filters = pdf.xref_get_key(xref, "Filter")[1]  # type: ignore[attr-defined]
        size = len(raw)
        if filters.count("/") == 1 and "FlateDecode" in filters:  # inflate no further than the limit
            try:
                size = len(zlib.decompressobj().decompress(raw, MAX_CONTENT_BYTES + 1 - total))
            except zlib.error:
                pass  # MuPDF reads what it can
        total += size
        if total > MAX_CONTENT_BYTES:
            raise PdfError(name, f"page's drawing commands inflate to more than {MAX_CONTENT_BYTES >> 20} MB, "
                           "far more than a newsletter page", "check the file", page=number)


def page_spans(page: object) -> tuple[list[Span], list[Span], list[Box]]:
    """(horizontal spans cut at gaps in the ink, vertical text lines, pictures) of one page."""
    pymupdf = load_pymupdf()

    flags = pymupdf.TEXT_PRESERVE_WHITESPACE | pymupdf.TEXT_MEDIABOX_CLIP | pymupdf.TEXT_PRESERVE_IMAGES
    collecting = gc.isenabled()
    gc.disable()  # a dict per character, none in a cycle: the collector's passes over them find nothing
    try:
        data = page.get_text("rawdict", flags=flags)  # type: ignore[attr-defined]
        pictures = [Box(*block["bbox"]) for block in data.get("blocks", ()) if block.get("type") == 1]
        spans, vertical = split_spans(data)
        del data
    finally:
        if collecting:
            gc.enable()
    return spans, vertical, pictures


def page_rects(page: object, pictures: Sequence[Box] = ()) -> tuple[Box, ...]:
    """Drawn frames, filled areas and pictures big enough to hold text (not rules, not
    backgrounds): sidebars when they hold lines, photos and figures when they do not."""
    width, height = page.rect.width, page.rect.height  # type: ignore[attr-defined]
    out: list[Box] = []
    for drawing in page.get_cdrawings():  # type: ignore[attr-defined]
        x0, y0, x1, y1 = drawing.get("rect") or (0.0, 0.0, 0.0, 0.0)
        items = drawing.get("items", ())
        if not {item[0] for item in items} & {"re", "qu"} and len(items) < 4:
            continue
        out.append(Box(x0, y0, x1, y1))
    out.extend(pictures)
    return tuple(b for b in out if min(b.width, b.height) >= MIN_RECT_SIDE
                 and b.width * b.height <= MAX_RECT_SHARE * width * height)


_BAD = re.compile("[\ufffd\ue000-\uf8ff\x00-\x08\x0b-\x1f]")  # unmapped glyphs, private use, controls
_SPACE = re.compile(r"\s+")


def _needs_ocr(spans: list[Span]) -> bool:
    """True when the text layer is missing or mostly unmapped glyphs."""
    text = _SPACE.sub("", "".join(span.text for span in spans))
    if len(text) < 20:
        return True
    return len(_BAD.findall(text)) / len(text) > 0.3
