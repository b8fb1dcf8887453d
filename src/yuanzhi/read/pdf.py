"""Read a PDF's text layer (PyMuPDF) into a Document, one page at a time.

Spans keep their boxes, font size and weight; spans on one baseline that
touch are merged into one Line per printed line (content-stream order is
never trusted: lines are rebuilt from geometry). Drawn frames and shaded
areas become ``Page.rects`` (sidebars). Vertical text is skipped with a
warning. A page whose text layer is missing or garbage (replacement
characters, private-use glyphs) is rendered and read by OCR (``read.scan``).

Image captions are kept as ordinary lines: a caption under a photo reads as
a short body paragraph of the article it sits in, so its text is never lost.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ..errors import EmptyInputError, PdfError
from ..model import Box, Document, Line, Page
from .mupdf import load as load_pymupdf

BOLD_NAME_HINTS = ("bold", "heavy", "black", "semibold", "demibold", "黑体", "粗", "medium-bold")
BOLD_FLAG = 16
OCR_DPI = 200
MIN_RECT_SIDE = 6.0  # a drawn frame/shaded area must be larger than a rule
MAX_RECT_SHARE = 0.6  # larger rects are page backgrounds, not sidebars
MAX_WORD_GAP = 12.0  # points: a wider gap between spans on one baseline is a gutter, even in big type


@dataclass(frozen=True)
class Span:
    text: str
    box: Box
    size: float
    bold: bool


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
    try:  # opened by name: MuPDF reads objects as pages need them, not the whole file at once
        pdf = pymupdf.open(str(path), filetype="pdf")
    except (RuntimeError, ValueError) as exc:
        raise PdfError(name, f"is not a readable PDF ({exc})", "check that the download finished") from None
    warnings: list[str] = []
    with pdf:
        if pdf.needs_pass:
            raise PdfError(name, "is encrypted and needs a password", "save an unprotected copy first")
        if pdf.is_repaired:
            warnings.append(f"{name}: the PDF was damaged (truncated?) and has been repaired; check the result")
        if pdf.page_count == 0:
            raise PdfError(name, "has no pages", "check that the download finished")
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
            spans, vertical = page_spans(page)
            rects = page_rects(page)
            width, height = page.rect.width, page.rect.height
        except (RuntimeError, ValueError, pymupdf.FileDataError) as exc:
            raise PdfError(name, f"page cannot be read ({exc})", "the file may be truncated", page=number) from None
        if vertical:
            warnings.append(f"{name} (page {number}): skipped {vertical} vertical text line(s)")
        lines: list[Line] = []
        if _needs_ocr(spans):
            if not ocr:
                warnings.append(f"{name} (page {number}): no usable text layer and OCR is off")
            else:
                from .scan import ocr_image, page_image_rects, shared_engine

                engine = engine or shared_engine()
                pixmap = page.get_pixmap(dpi=OCR_DPI)
                png = pixmap.tobytes("png")
                lines = ocr_image(engine, png, number, index, scale=72.0 / OCR_DPI)
                rects = rects or page_image_rects(png, 72.0 / OCR_DPI)  # frames printed in the scanned image
                warnings.append(f"{name} (page {number}): no usable text layer, read by OCR")
        else:
            lines = spans_to_lines(spans, number, index)
        index += len(lines)
        yield Page(number=number, lines=tuple(lines), width=width, height=height, rects=rects)
        del page


def page_spans(page: object) -> tuple[list[Span], int]:
    """Horizontal text spans of one page, and how many vertical lines were skipped."""
    pymupdf = load_pymupdf()

    flags = pymupdf.TEXT_PRESERVE_WHITESPACE | pymupdf.TEXT_MEDIABOX_CLIP
    data = page.get_text("dict", flags=flags)  # type: ignore[attr-defined]
    spans: list[Span] = []
    vertical = 0
    for block in data.get("blocks", ()):
        for line in block.get("lines", ()):
            dx, dy = line.get("dir", (1.0, 0.0))
            if abs(dy) > 0.2 or dx < 0:
                if line.get("spans") and any(s["text"].strip() for s in line["spans"]):
                    vertical += 1
                continue
            for span in line.get("spans", ()):
                text = span["text"]
                if not text.strip():
                    continue
                font = str(span.get("font", "")).lower()
                bold = bool(span.get("flags", 0) & BOLD_FLAG) or any(h in font for h in BOLD_NAME_HINTS)
                x0, y0, x1, y1 = span["bbox"]
                spans.append(Span(text, Box(x0, y0, x1, y1), float(span["size"]), bold))
    return spans, vertical


def page_rects(page: object) -> tuple[Box, ...]:
    """Drawn frames and filled areas big enough to hold text (not rules, not backgrounds)."""
    area = page.rect.width * page.rect.height  # type: ignore[attr-defined]
    out: list[Box] = []
    for drawing in page.get_drawings():  # type: ignore[attr-defined]
        rect = drawing.get("rect")
        if rect is None:
            continue
        if rect.width < MIN_RECT_SIDE or rect.height < MIN_RECT_SIDE:
            continue
        if rect.width * rect.height > MAX_RECT_SHARE * area:
            continue
        kinds = {item[0] for item in drawing.get("items", ())}
        if not kinds & {"re", "qu"} and len(drawing.get("items", ())) < 4:
            continue
        out.append(Box(rect.x0, rect.y0, rect.x1, rect.y1))
    return tuple(out)


def _bad_char(char: str) -> bool:
    code = ord(char)
    return char == "\ufffd" or 0xE000 <= code <= 0xF8FF or code < 0x20 and char not in "\t\n"


def _needs_ocr(spans: list[Span]) -> bool:
    """True when the text layer is missing or mostly unmapped glyphs."""
    chars = [c for span in spans for c in span.text if not c.isspace()]
    if len(chars) < 20:
        return True
    bad = sum(1 for c in chars if _bad_char(c))
    return bad / len(chars) > 0.3


def spans_to_lines(spans: list[Span], page: int, start_index: int) -> list[Line]:
    """Merge spans that share a baseline and touch into printed lines."""
    rows: list[list[Span]] = []
    for span in sorted(spans, key=lambda s: ((s.box.y0 + s.box.y1) / 2, s.box.x0)):
        mid = (span.box.y0 + span.box.y1) / 2
        for row in reversed(rows[-6:]):
            ref = row[0].box
            if ref.y0 <= mid <= ref.y1 and abs(ref.height - span.box.height) < 0.6 * max(ref.height, span.box.height):
                row.append(span)
                break
        else:
            rows.append([span])
    lines: list[list[Span]] = []
    for row in rows:
        row.sort(key=lambda s: s.box.x0)
        current = [row[0]]
        for span in row[1:]:
            gap = span.box.x0 - current[-1].box.x1
            size = max(span.size, current[-1].size)
            if gap > min(0.9 * size, MAX_WORD_GAP):
                lines.append(current)
                current = [span]
            else:
                current.append(span)
        lines.append(current)
    lines.sort(key=lambda group: (round(group[0].box.y0, 1), group[0].box.x0))
    out: list[Line] = []
    for group in lines:
        text = group[0].text
        for prev, span in zip(group, group[1:], strict=False):
            gap = span.box.x0 - prev.box.x1
            text += (" " if gap > 0.25 * span.size and not text.endswith(" ") else "") + span.text
        box = group[0].box
        for span in group[1:]:
            box = box.union(span.box)
        weights: dict[float, int] = {}
        bold_chars = 0
        total = 0
        for span in group:
            n = len(span.text.strip())
            weights[round(span.size, 1)] = weights.get(round(span.size, 1), 0) + n
            bold_chars += n if span.bold else 0
            total += n
        size = max(weights, key=lambda s: (weights[s], s))
        out.append(
            Line(
                text=text.strip(),
                page=page,
                index=start_index + len(out),
                box=box,
                size=size,
                bold=bold_chars * 2 > total,
            )
        )
    return out
