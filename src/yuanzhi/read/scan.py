"""Read scanned pages (images) into a Document by OCR (rapidocr-onnxruntime).

The OCR engine ships its own models (no downloads). Each recognised text
line becomes a Line with its box converted to points (72 per inch, at the
image's resolution, 150 dpi when the file does not say) and a font size
estimated from the box height, so the geometric layout treats scans and
born-digital PDFs alike. Images that are not a newsletter page (undecodable,
tiny, blank) raise ImageError naming the file.
"""

from __future__ import annotations

import functools
import hashlib
import io
import re
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ..errors import ImageError
from ..model import Box, Document, Line, Page

DEFAULT_DPI = 150.0
MIN_SIDE_PX = 300  # smaller images cannot hold a readable newsletter page
BLANK_SPREAD = 8  # grey levels: less contrast than this is a blank page
BOX_TO_SIZE = 1.25  # OCR boxes of CJK lines are about 0.8 font sizes tall
MIN_SCORE = 0.5
SPACE_GAP = 0.25  # a gap between characters wider than this share of the line height is a space
# the Chinese ellipsis (six centred dots) comes out of the recogniser as a run of dots
ELLIPSIS = re.compile(r"[·•．.]{3,}|…[·•．.]+|[·•．.]+…")
MIN_EMS_FOR_WIDTH = 6.0  # lines this many ems long measure their size by width
SIZE_SNAP = 0.2  # a line within this share of its column neighbours' size is set in their size
SIZE_REACH = 4.0  # neighbours: lines within this many line heights above or below
MAX_SIDE_PX = 4000  # the engine shrinks larger images before anything else
DET_DPI = 80.0  # text detection sees the page at this resolution (body type stays > 10 px tall)
MIN_DET_SIDE = 960
REC_BATCH = 1
INK_LEVEL = 160  # grey levels darker than this are ink when the page is cropped to its printed area
CROP_MARGIN_PX = 12


def make_engine() -> Any:
    """Build the OCR engine (a few hundred ms): once per process, see ``shared_engine``.

    Tuned for upright printed pages on a few CPU cores: no angle classifier
    (``use_cls=False`` at call time), recognition one line at a time (batches
    pad every crop to the widest and run slower on CPU), and detection on the
    page scaled to ``DET_DPI`` (set per call by ``ocr_image``).
    """
    from rapidocr_onnxruntime import RapidOCR

    return RapidOCR(det_use_dilation=False, max_side_len=MAX_SIDE_PX, rec_batch_num=REC_BATCH,
                    print_verbose=False)


@functools.lru_cache(maxsize=1)
def shared_engine() -> Any:
    """One engine per process, built on first use (never at import)."""
    return make_engine()


@functools.lru_cache(maxsize=1)
def _engine_lock() -> threading.Lock:
    return threading.Lock()


def read_images(paths: Sequence[Path | str], source: str | None = None, engine: Any = None) -> Document:
    """One page per image, in the order given."""
    if not paths:
        raise ImageError(source or "<images>", "no page images given")
    name = source or str(paths[0])
    digest = hashlib.sha256()
    pages: list[Page] = []
    warnings: list[str] = []
    index = 0
    for number, path in enumerate(paths, start=1):
        path = Path(path)
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise ImageError(str(path), f"cannot be read ({exc.strerror})", page=number) from None
        digest.update(data)
        png, width_px, height_px, dpi = check_page_image(data, str(path), number)
        engine = engine or shared_engine()
        scale = 72.0 / dpi
        lines = ocr_image(engine, png, number, index, scale)
        if not lines:
            warnings.append(f"{path} (page {number}): OCR found no text")
        index += len(lines)
        pages.append(Page(number=number, lines=tuple(lines), width=width_px * scale,
                          height=height_px * scale, image=str(path), rects=page_image_rects(png, scale)))
    pages = correct_pages(pages)
    return Document(source=name, kind="scan", pages=tuple(pages), sha256=digest.hexdigest(),
                    warnings=tuple(warnings))


def correct_pages(pages: list[Page]) -> list[Page]:
    """Body misreadings corrected from the large type of the whole issue (``read.ocr_fix``)."""
    import dataclasses

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


def page_image_rects(png: bytes, scale: float) -> tuple[Box, ...]:
    """Sidebar frames and tints drawn on the page image (``read.frames``), in points."""
    import numpy as np
    from PIL import Image

    from .frames import image_rects

    with Image.open(io.BytesIO(png)) as image:
        return image_rects(np.asarray(image.convert("L")), scale)


def check_page_image(data: bytes, name: str, page: int) -> tuple[bytes, int, int, float]:
    """Decode and vet one page image: (PNG bytes, width px, height px, dpi)."""
    from PIL import Image, ImageStat, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(data)) as image:
            image.load()
            dpi_info = image.info.get("dpi")
            gray = image.convert("L")
    except (UnidentifiedImageError, OSError, ValueError) as exc:
        raise ImageError(name, f"is not a decodable image ({exc.__class__.__name__})",
                         "give PNG/JPEG/TIFF scans of the pages", page=page) from None
    width, height = gray.size
    if min(width, height) < MIN_SIDE_PX:
        raise ImageError(name, f"is too small to be a newsletter page ({width}x{height} px)",
                         f"scan at 150 dpi or more (at least {MIN_SIDE_PX} px a side)", page=page)
    extrema = gray.getextrema()
    low, high = (float(extrema[0]), float(extrema[1])) if isinstance(extrema[0], (int, float)) else (0.0, 255.0)
    spread = ImageStat.Stat(gray).stddev[0]
    if high - low < BLANK_SPREAD or spread < 1.0:
        raise ImageError(name, "is blank (no printed text)", "check the scan", page=page)
    dpi = DEFAULT_DPI
    if dpi_info and isinstance(dpi_info, tuple) and dpi_info[0] and float(dpi_info[0]) > 50:
        dpi = float(dpi_info[0])
    buffer = io.BytesIO()
    gray.save(buffer, format="PNG")
    return buffer.getvalue(), width, height, dpi


def make_engine_kwargs() -> dict[str, Any]:
    return {"use_cls": False, "unclip_ratio": 1.3, "return_word_box": True}


def ocr_image(engine: Any, png: bytes, page: int, start_index: int, scale: float) -> list[Line]:
    """OCR one page image; boxes in points (pixel * scale).

    The page is cropped to its printed area first (blank margins cost
    detection time, nothing else). The detector may run one box across a
    narrow gutter; the recogniser's character boxes show the gap, and the
    line is split there.
    """
    import numpy as np
    from PIL import Image, ImageOps

    with Image.open(io.BytesIO(png)) as image:
        gray = image.convert("L")
    left, top = 0, 0
    ink = ImageOps.invert(gray).point(lambda v: 255 if v > 255 - INK_LEVEL else 0).getbbox()
    if ink:
        left, top = max(0, ink[0] - CROP_MARGIN_PX), max(0, ink[1] - CROP_MARGIN_PX)
        gray = gray.crop((left, top, min(gray.width, ink[2] + CROP_MARGIN_PX),
                          min(gray.height, ink[3] + CROP_MARGIN_PX)))
    with _engine_lock():  # the engine's per-call settings are its own state: one page at a time
        _limit_detection(engine, 72.0 / scale)
        result, _ = engine(np.asarray(gray), **make_engine_kwargs())
    return result_to_lines(result, page, start_index, scale, offset=(left, top))


def _limit_detection(engine: Any, dpi: float) -> None:
    """Run text detection on the page scaled to ``DET_DPI``: detection costs
    grow with the pixel count, and printed body type is found as well at
    80 dpi; recognition still reads the crops at full resolution. (rapidocr
    picks the detector's input size itself; this replaces that choice.)"""
    det = getattr(engine, "text_det", None)
    if det is None or not hasattr(det, "get_preprocess"):
        return
    from rapidocr_onnxruntime.ch_ppocr_det.utils import DetPreProcess

    ratio = min(1.0, DET_DPI / dpi)

    def preprocess(max_wh: int) -> Any:
        side = max(MIN_DET_SIDE, round(max_wh * ratio))
        return DetPreProcess(min(side, max_wh), "max", det.mean, det.std)

    det.get_preprocess = preprocess


def result_to_lines(result: Sequence[Any] | None, page: int, start_index: int, scale: float,
                    offset: tuple[float, float] = (0.0, 0.0)) -> list[Line]:
    """The OCR engine's output (box, text, score, character boxes, characters) as
    Lines; ``offset`` is where the image the engine saw lies on the page (px)."""
    found: list[tuple[Box, str]] = []
    dx, dy = offset
    for entry in result or ():
        box, text, score = entry[0], str(entry[1]).strip(), float(entry[2])
        if not text or score < MIN_SCORE:
            continue
        if dx or dy:
            entry = _shifted(entry, dx, dy)
            box = entry[0]
        xs = [float(p[0]) for p in box]
        ys = [float(p[1]) for p in box]
        x0, x1, y0, y1 = min(xs), max(xs), min(ys), max(ys)
        if (y1 - y0) > 2.5 * (x1 - x0) and len(text) > 1:
            continue  # a vertical line of text
        pieces = _split_at_gaps(entry, y1 - y0) if len(entry) > 4 else None
        for px0, px1, piece in pieces or [(x0, x1, text)]:
            found.append((Box(px0 * scale, y0 * scale, px1 * scale, y1 * scale), ELLIPSIS.sub("……", piece)))
    found = merge_fragments(found)
    for _ in range(3):  # a line may run across more than one gutter
        before = len(found)
        found = split_across_gutters(found)
        if len(found) == before:
            break
    found.sort(key=lambda item: (round(item[0].y0, 1), item[0].x0))
    sizes = estimate_sizes(found)
    out: list[Line] = []
    for (box, text), size in zip(found, sizes, strict=True):
        out.append(Line(text=text, page=page, index=start_index + len(out), box=box, size=size, bold=None))
    return out


def estimate_sizes(found: Sequence[tuple[Box, str]]) -> list[float]:
    """The type size of each OCR line, in points (halves).

    A box's height hugs the ink, so it jitters by a third from line to line
    (a line without tall glyphs looks smaller), and a paragraph would break
    where the "type changes". CJK type is square: a line of n full-width
    characters is n ems wide, which measures the size far more steadily; it
    is used when the line is long enough and agrees roughly with the height
    (letter-spaced headings do not), the height (scaled by the page's median
    width/height ratio) otherwise. Then a line within ``SIZE_SNAP`` of the
    median of its column neighbours takes that median: one column's body
    text is set in one size, while headlines stand well apart from it.
    """
    from ..layout.normalize import display_width

    measured: list[tuple[float, float]] = []
    for box, text in found:
        # a layout space or two (a wide gap between characters) barely moves the width per em
        ems = display_width(text.replace(" ", "")) if text.count(" ") * 8 <= len(text) else 0.0
        measured.append((box.height * BOX_TO_SIZE, box.width / ems if ems >= MIN_EMS_FOR_WIDTH else 0.0))
    # how tall the detector draws its boxes depends on its resolution: calibrate on this page
    ratios = sorted(w / h for h, w in measured if w and h)
    calibre = ratios[len(ratios) // 2] if len(ratios) >= 5 else 1.0
    raw: list[float] = []
    for by_height, by_width in measured:
        by_height *= calibre
        raw.append(by_width if by_width and 0.65 < by_width / max(by_height, 0.1) < 1.6 else by_height)
    sizes: list[float] = []
    for (box, _), size in zip(found, raw, strict=True):
        near = sorted(
            other for (b, _), other in zip(found, raw, strict=True)
            if abs(b.y0 - box.y0) <= SIZE_REACH * box.height
            and min(b.x1, box.x1) - max(b.x0, box.x0) > 0.5 * min(b.width, box.width)
            and abs(other / size - 1) <= SIZE_SNAP
        )
        if len(near) >= 3:
            size = near[len(near) // 2]
        sizes.append(round(size * 2) / 2)
    return sizes


def _shifted(entry: Sequence[Any], dx: float, dy: float) -> list[Any]:
    """An engine entry with its line box and character boxes moved by (dx, dy)."""
    moved = list(entry)
    moved[0] = [[float(p[0]) + dx, float(p[1]) + dy] for p in entry[0]]
    if len(entry) > 3 and entry[3]:
        moved[3] = [[[float(p[0]) + dx, float(p[1]) + dy] for p in box] for box in entry[3]]
    return moved


def _split_at_gaps(entry: Sequence[Any], height: float) -> list[tuple[float, float, str]] | None:
    """Split a recognised line where its characters leave a gutter-wide gap; a
    narrower gap (a letter-spaced name, the space after a department) becomes a space."""
    boxes, words = entry[3], entry[4]
    if not boxes or not words or len(boxes) != len(words):
        return None
    pieces: list[tuple[float, float, str]] = []
    for word, box in zip(words, boxes, strict=True):
        wx0 = min(float(p[0]) for p in box)
        wx1 = max(float(p[0]) for p in box)
        gap = wx0 - pieces[-1][1] if pieces else 0.0
        if pieces and gap <= 0.8 * height:
            x0, _, text = pieces[-1]
            # keep layout spaces between CJK characters: bylines split names on them
            space = " " if gap > SPACE_GAP * height and _cjk(text[-1:]) and _cjk(str(word)[:1]) else ""
            pieces[-1] = (x0, wx1, text + space + str(word))
        else:
            pieces.append((wx0, wx1, str(word)))
    return pieces


def split_across_gutters(found: list[tuple[Box, str]], reach: float = 5.0) -> list[tuple[Box, str]]:
    """Split OCR lines that run across a column gutter their neighbours leave open.

    The neighbours are the lines within ``reach`` line heights above and below;
    a gutter is an x-run at least 0.8 line heights wide that none of them
    crosses while text lies on both sides of it. The text is cut where the
    gutter falls, in proportion to the printed width of the characters.
    """
    from ..layout.normalize import display_width

    out: list[tuple[Box, str]] = []
    for box, text in found:
        height = box.height or 1.0
        near = [b for b, _ in found if b is not box and abs(b.y0 - box.y0) <= reach * height
                and b.x1 > box.x0 and b.x0 < box.x1 and b.width < box.width]
        run = _open_gutter(box, near, 0.8 * height)
        if run is None or len(text) < 2:
            out.append((box, text))
            continue
        left_width, right_width = run[0] - box.x0, box.x1 - run[1]
        share = left_width / max(left_width + right_width, 0.1)  # the text fills the box but the gutter
        total = display_width(text)
        acc = 0.0
        split = len(text)
        for i, char in enumerate(text):
            if acc + display_width(char) / 2 >= share * total:
                split = i
                break
            acc += display_width(char)
        if 0 < split < len(text):
            out.append((Box(box.x0, box.y0, run[0], box.y1), text[:split]))
            out.append((Box(run[1], box.y0, box.x1, box.y1), text[split:]))
        else:
            out.append((box, text))
    return out


def _open_gutter(box: Box, near: list[Box], min_gap: float) -> tuple[float, float] | None:
    if len(near) < 4:
        return None
    lo, hi = int(box.x0), int(box.x1) + 1
    covered = [False] * (hi - lo)
    for other in near:
        for x in range(max(lo, int(other.x0)), min(hi, int(other.x1) + 1)):
            covered[x - lo] = True
    run_start: int | None = None
    for x, taken in enumerate([*covered, True]):
        if not taken and run_start is None:
            run_start = x
        elif taken and run_start is not None:
            if x - run_start >= min_gap and run_start > 0 and x < len(covered):
                return float(lo + run_start), float(lo + x)
            run_start = None
    return None


def merge_fragments(found: list[tuple[Box, str]]) -> list[tuple[Box, str]]:
    """Join pieces of one printed line that OCR returned apart (a gap under half an em)."""
    rows: list[list[tuple[Box, str]]] = []
    for box, text in sorted(found, key=lambda item: ((item[0].y0 + item[0].y1) / 2, item[0].x0)):
        mid = (box.y0 + box.y1) / 2
        for row in reversed(rows[-4:]):
            ref = row[0][0]
            if ref.y0 <= mid <= ref.y1 and 0.6 < box.height / max(ref.height, 0.1) < 1.6:
                row.append((box, text))
                break
        else:
            rows.append([(box, text)])
    out: list[tuple[Box, str]] = []
    for row in rows:
        row.sort(key=lambda item: item[0].x0)
        current = row[0]
        for box, text in row[1:]:
            em = max(box.height, current[0].height) * BOX_TO_SIZE
            if box.x0 - current[0].x1 < 0.5 * em:  # a gutter is wider than that, even between loose boxes
                current = (current[0].union(box), current[1] + text)
            else:
                out.append(current)
                current = (box, text)
        out.append(current)
    return out


def _cjk(char: str) -> bool:
    return bool(char) and "\u4e00" <= char <= "\u9fff"
