"""One page image read by OCR, whatever its resolution, light, tilt or turn.

    flatten the light ─▶ crop to the print ─▶ detect at a first guess of scale
      ─▶ turn the page upright (90°, 180°) ─▶ measure the type size from a sample
      ─▶ detect again if the first guess shrank the type too far ─▶ cut boxes drawn
      across a column gutter (``read.gutter_cut``) ─▶ recognise every line at full resolution ─▶ level a tilted page's boxes ─▶ Lines in points

Every line the recogniser reads with its usual confidence comes out: as a
Line of the page, or, for a vertical line of text, in ``aside`` (the
pipeline keeps those under ``unassigned``). Type too small to read reliably
gets a warning naming the page.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..model import Box, Line
from . import scan_scale as sc
from .ocr_engine import crops_of, detect, engine_lock, read_crops, recognize
from .ocr_lines import moved_entry, result_to_lines, rotated_entries

INK_LEVEL = 160  # grey levels darker than this are ink when the page is cropped to its printed area
CROP_MARGIN_PX = 12
TURN_SAMPLE = 12  # lines read to decide which way up the page is
UPRIGHT_SCORE = 0.8  # a turned page's lines read at least this well once turned upright
FLIP_SHARE = 0.7  # this share of lines classified upside down turns the page over
VERTICAL_MARGIN = 0.25  # a page on its side reads this much better turned than as columns of characters
MAX_DET_PIXELS = 12_000_000  # the detector's input never grows beyond this (memory, time)
# larger pages are read scaled down to this: body type is at least 1/200 of a page's long side, still
# over 30 px here, and the recogniser reads lines 48 px high (a 600-dpi A3 scan is 70 megapixels)
WORK_PIXELS = 30_000_000


@dataclass(frozen=True)
class OcrPage:
    lines: tuple[Line, ...]
    aside: tuple[Line, ...]  # vertical lines of text
    rects: tuple[Box, ...]  # sidebar frames and tints, points
    width: float  # points
    height: float
    warnings: tuple[str, ...] = ()
    turns: int = 0  # quarter turns counter-clockwise that made the page upright
    em_px: float | None = None  # body type size measured, pixels


def ocr_page(engine: Any, gray: Any, page: int, start_index: int, *, dpi: float | None = None,
             scale: float | None = None, name: str = "") -> OcrPage:
    """Read one greyscale page (2-D uint8 array). ``scale`` (points per pixel) when the
    caller knows it (a rendered PDF page); else ``dpi`` as the file states it, if it does."""
    import numpy as np

    from .frames import image_rects
    from .page_light import flatten_light

    where = f"{name} (page {page})" if name else f"page {page}"
    gray = np.asarray(gray, dtype=np.uint8)
    if gray.size > WORK_PIXELS:  # type stays far above legible size; memory and time stay bounded
        import cv2

        factor = (WORK_PIXELS / gray.size) ** 0.5
        gray = cv2.resize(gray, (round(gray.shape[1] * factor), round(gray.shape[0] * factor)),
                          interpolation=cv2.INTER_AREA)
        dpi = dpi * factor if dpi else None
        scale = scale / factor if scale else None
    gray = flatten_light(gray)
    stated = 72.0 / scale if scale else dpi
    notes: list[str] = []
    with engine_lock():  # the engine's per-call settings are its own state: one page at a time
        crop, offset = crop_to_print(gray)
        ratio = _bounded(sc.first_ratio(crop.shape[1], crop.shape[0], stated), crop)
        quads = detect(engine, crop, ratio)
        turns = page_turns(engine, crop, quads)
        if turns:
            gray = np.ascontiguousarray(np.rot90(gray, turns))
            crop, offset = crop_to_print(gray)
            ratio = _bounded(sc.first_ratio(crop.shape[1], crop.shape[0], stated), crop)
            quads = detect(engine, crop, ratio)
            notes.append(f"{where}: the page lies turned; read after turning it {90 * turns}° counter-clockwise")
        sample = sc.size_sample(quads)
        read = dict(zip(sample, recognize_each(engine, crop, [quads[i] for i in sample]), strict=True))
        em = sc.measure_em([e for e in read.values() if e])
        again = sc.needs_redetect(em, ratio, len(quads))
        if again is not None:
            bounded = _bounded(again, crop)
            if bounded < again:
                notes.append(f"{where}: the page is too large for its small type to be found in full")
            ratio = bounded
            quads = detect(engine, crop, ratio)
            read = {}
        quads, read = _cut_gutters(crop, quads, read, em)
        rest = [i for i in range(len(quads)) if i not in read]
        read.update(zip(rest, recognize_each(engine, crop, [quads[i] for i in rest]), strict=True))
    found = [(entry, sc.is_vertical(quads[i])) for i in range(len(quads)) if (entry := read.get(i))]
    em = sc.measure_em([entry for entry, _ in found]) or em
    if scale is None:
        scale, _ = sc.points_per_pixel(dpi, em)
    angle = sc.skew_degrees(quads)
    height, width = gray.shape
    dx, dy = offset
    placed = rotated_entries([moved_entry(entry, lambda x, y: (x + dx, y + dy)) for entry, _ in found],
                             -angle, (width / 2, height / 2))  # level a tilted page's lines
    flat = [entry for entry, (_, up) in zip(placed, found, strict=True) if not up]
    upright = [entry for entry, (_, up) in zip(placed, found, strict=True) if up]
    lines = result_to_lines(flat, page, start_index, scale)
    aside = [Line(text=str(e[1]).strip(), page=page, index=start_index + len(lines) + n,
                  box=_box(e[0], scale), size=None, bold=None) for n, e in enumerate(upright)]
    if angle:
        gray = level(gray, angle)
    rects = image_rects(gray, scale)
    if em is not None and em < sc.MIN_LEGIBLE_EM:
        notes.append(f"{where}: body type is about {em:.0f} px high, too small to read reliably; "
                     "scan at 150 dpi or more")
    if not lines and not aside:
        notes.append(f"{where}: OCR found no text")
    return OcrPage(lines=tuple(lines), aside=tuple(aside), rects=rects, width=width * scale, height=height * scale,
                   warnings=tuple(notes), turns=turns, em_px=em)


def _cut_gutters(crop: Any, quads: Any, read: dict[int, Any], em: float | None) -> tuple[Any, dict[int, Any]]:
    """Boxes the detector drew across a column gutter cut there (``read.gutter_cut``);
    lines already read keep their reading when their box was not cut."""
    import numpy as np

    from .gutter_cut import cut_at_gutters

    if len(quads) == 0:
        return quads, read
    size = em or float(np.median([sc.quad_sides(q)[1] for q in quads])) / 1.25
    pieces, origin = cut_at_gutters(crop, quads, size)
    if len(pieces) == len(quads):
        return quads, read
    whole = {i for i in set(origin) if origin.count(i) == 1}
    kept = {n: read[i] for n, i in enumerate(origin) if i in whole and i in read}
    return np.asarray(pieces, dtype=np.float32).reshape(-1, 4, 2), kept


def recognize_each(engine: Any, image: Any, quads: list[Any]) -> list[list[Any] | None]:
    """One entry or None (not read with confidence) per quadrilateral, in order."""
    out: list[list[Any] | None] = []
    for quad in quads:
        found = recognize(engine, image, [quad])
        out.append(found[0] if found else None)
    return out


def _bounded(ratio: float, image: Any) -> float:
    pixels = image.shape[0] * image.shape[1] * ratio * ratio
    return ratio if pixels <= MAX_DET_PIXELS else ratio * (MAX_DET_PIXELS / pixels) ** 0.5


def _box(quad: Any, scale: float) -> Box:
    xs = [float(p[0]) for p in quad]
    ys = [float(p[1]) for p in quad]
    return Box(min(xs) * scale, min(ys) * scale, max(xs) * scale, max(ys) * scale)


def crop_to_print(gray: Any) -> tuple[Any, tuple[int, int]]:
    """The page cropped to its printed area (blank margins cost detection time, nothing
    else), and where the crop lies on the page (px)."""
    import numpy as np

    ink = gray < INK_LEVEL
    rows = np.flatnonzero(ink.any(axis=1))
    cols = np.flatnonzero(ink.any(axis=0))
    if not len(rows) or not len(cols):
        return gray, (0, 0)
    top, left = max(0, int(rows[0]) - CROP_MARGIN_PX), max(0, int(cols[0]) - CROP_MARGIN_PX)
    bottom = min(gray.shape[0], int(rows[-1]) + CROP_MARGIN_PX + 1)
    right = min(gray.shape[1], int(cols[-1]) + CROP_MARGIN_PX + 1)
    return np.ascontiguousarray(gray[top:bottom, left:right]), (left, top)


def page_turns(engine: Any, image: Any, quads: Any) -> int:
    """Quarter turns counter-clockwise (``numpy.rot90``) that make the page upright.

    A page lying on its side shows tall line boxes; the engine reads a tall box
    turned a quarter counter-clockwise, its angle classifier says whether that
    came out upright or upside down, and the page is turned when its lines then
    read well, and clearly better than as columns of upright characters (a page
    set in vertical text is read as it is: the recogniser reads its columns too,
    and they go to ``aside``). An upside-down page: most long lines classified
    180°, and read better turned over.
    """
    import numpy as np

    wide = [q for q in quads if (s := sc.quad_sides(q))[0] >= 3 * s[1] > 0]
    tall = [q for q in quads if (s := sc.quad_sides(q))[1] >= 3 * s[0] > 0]
    if len(tall) >= 6 and len(tall) > 2 * len(wide):
        crops = crops_of(engine, image, _spread(tall))
        flipped = _share_upside_down(engine, crops) > 0.5
        if flipped:
            crops = [np.rot90(c, 2) for c in crops]
        scores = [score for _, score in read_crops(engine, crops)]
        turned = sum(scores) / len(scores) if scores else 0.0
        if turned >= UPRIGHT_SCORE and turned - _cells_score(engine, image, _spread(tall, 8)) >= VERTICAL_MARGIN:
            return 3 if flipped else 1
        return 0
    if len(wide) >= 6:
        crops = crops_of(engine, image, _spread(wide))
        if _share_upside_down(engine, crops) >= FLIP_SHARE:
            as_is = [score for _, score in read_crops(engine, crops)]
            over = [score for _, score in read_crops(engine, [np.rot90(c, 2) for c in crops])]
            if sum(over) > sum(as_is):
                return 2
    return 0


def _cells_score(engine: Any, image: Any, quads: list[Any]) -> float:
    """How well tall lines read as columns of upright characters: each cut into square
    cells read one by one. Genuinely vertical text reads well so (it is not a page on
    its side, though the recogniser reads its columns turned as well); a horizontal line
    lying on its side does not (its characters lie on their side)."""
    import numpy as np

    from .ocr_engine import as_rgb, line_crops

    scores: list[float] = []
    for quad in quads:
        (crop,) = line_crops(image, [quad], turn=False)
        height, width = crop.shape[:2]
        count = max(2, round(height / max(width, 1)))
        cells = [as_rgb(np.ascontiguousarray(crop[int(i * height / count) : int((i + 1) * height / count)]))
                 for i in range(count)]
        scores.extend(score for _, score in read_crops(engine, cells))
    return sum(scores) / len(scores) if scores else 0.0


def _spread(quads: list[Any], count: int = TURN_SAMPLE) -> list[Any]:
    step = max(1, len(quads) // count)
    return quads[::step][:count]


def _share_upside_down(engine: Any, crops: list[Any]) -> float:
    import numpy as np

    if not crops:
        return 0.0
    _, labels, _ = engine.text_cls([np.ascontiguousarray(c) for c in crops])
    return sum(1 for label, score in labels if "180" in str(label) and float(score) >= 0.9) / len(crops)


def level(gray: Any, degrees: float) -> Any:
    """The page image turned by ``degrees`` about its centre (same canvas, paper-white corners),
    as ``ocr_lines.rotated_entries`` turns the boxes."""
    import cv2

    height, width = gray.shape
    matrix = cv2.getRotationMatrix2D((width / 2, height / 2), -degrees, 1.0)
    return cv2.warpAffine(gray, matrix, (width, height), flags=cv2.INTER_LINEAR, borderValue=255)
