"""Open page images and vet them, before any OCR.

One file may hold one page (PNG, JPEG, BMP, WebP) or several (a multi-page
TIFF, as scanners write). Every page comes out as an 8-bit greyscale array
turned upright as the camera recorded it (EXIF orientation), transparency on
white paper, 16-bit scans scaled to 8 bits. What cannot be a newsletter page
raises ImageError naming the file and page: not an image, too small, larger
than ``MAX_PIXELS`` (checked from the header, before decoding: no decompression
bomb is ever decoded). A JPEG larger than that is decoded at a half, a
quarter or an eighth of its size (libjpeg's own reduction, memory bounded),
with a warning. A truncated file is read as far as it goes, with a warning.
A blank page is returned marked blank: the caller decides.
"""

from __future__ import annotations

import io
import threading
import warnings as pywarnings
from dataclasses import dataclass
from typing import Any

from ..errors import ImageError

MIN_SIDE_PX = 300  # smaller images cannot hold a readable newsletter page
MAX_PIXELS = 90_000_000  # a 600-dpi A3 scan is 70 megapixels
MAX_FRAMES = 500  # pages in one multi-page TIFF
INK_BELOW_PAPER = 60  # grey levels: a pixel this much darker than the paper is ink
BLANK_INK = 1e-4  # a page with a smaller share of ink pixels is blank (dust, grain)
_TRUNCATED = threading.Lock()


def render_size(width: float, height: float, dpi: float, max_pixels: int = MAX_PIXELS) -> tuple[float, int, int]:
    """(dpi, width px, height px) to render a page of ``width`` x ``height`` points at: ``dpi``,
    or a whole dpi low enough that the image stays within ``max_pixels`` (a page 200 inches wide
    would otherwise be rendered at gigapixels)."""
    import math

    def pixels(at: float) -> tuple[int, int]:
        return round(width * at / 72.0), round(height * at / 72.0)

    w, h = pixels(dpi)
    if w * h > max_pixels:
        dpi = float(max(1, math.floor(dpi * math.sqrt(max_pixels / (w * h)))))
        w, h = pixels(dpi)
    return dpi, w, h


@dataclass(frozen=True)
class PageImage:
    gray: Any  # 2-D uint8 array, paper light, ink dark
    dpi: float | None  # the resolution the file states, if any
    blank: bool = False
    warnings: tuple[str, ...] = ()


def open_page_images(data: bytes, name: str, page: int) -> list[PageImage]:
    """The pages of one image file (``page``: the number of its first page, for messages)."""
    from PIL import Image, ImageSequence, UnidentifiedImageError

    hint = "give PNG/JPEG/TIFF scans of the pages"
    try:
        with pywarnings.catch_warnings():
            pywarnings.simplefilter("ignore", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data))
    except Image.DecompressionBombError:
        raise ImageError(name, "is far too large to be a page scan (a decompression bomb?)",
                         "scan at 600 dpi or less", page=page) from None
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError, EOFError) as exc:
        raise ImageError(name, f"is not a decodable image ({exc.__class__.__name__})", hint, page=page) from None
    with image:
        frames = getattr(image, "n_frames", 1) if image.format == "TIFF" else 1
        if frames > MAX_FRAMES:
            raise ImageError(name, f"holds {frames} pages, more than one issue ({MAX_FRAMES} at most)", page=page)
        out: list[PageImage] = []
        for number, frame in enumerate(ImageSequence.Iterator(image) if frames > 1 else [image]):
            out.append(_one_page(frame, name, page + number))
        return out


def _one_page(image: Any, name: str, page: int) -> PageImage:
    from PIL import ImageOps, UnidentifiedImageError

    notes: list[str] = []
    width, height = image.size
    if width * height > MAX_PIXELS:
        factor = _draft_factor(image, width * height)
        if factor == 1:
            raise ImageError(name, f"is {width}x{height} px ({width * height / 1e6:.0f} megapixels), more than a page "
                                   f"scan needs ({MAX_PIXELS / 1e6:.0f} at most)",
                             "scan at 600 dpi or less, or save the page as JPEG", page=page)
        notes.append(f"{name} (page {page}): {width}x{height} px, read at 1/{factor} of its size")
    dpi = _stated_dpi(image.info.get("dpi"))
    try:
        _load(image)
    except OSError as exc:
        if "truncated" not in str(exc).lower():
            raise ImageError(name, f"is not a decodable image ({exc.__class__.__name__})",
                             "give PNG/JPEG/TIFF scans of the pages", page=page) from None
        _load(image, truncated=True)
        notes.append(f"{name} (page {page}): the image file is truncated; read as far as it goes")
    except (UnidentifiedImageError, ValueError, SyntaxError, EOFError) as exc:
        raise ImageError(name, f"is not a decodable image ({exc.__class__.__name__})",
                         "give PNG/JPEG/TIFF scans of the pages", page=page) from None
    try:
        upright = ImageOps.exif_transpose(image) or image
    except (OSError, ValueError, SyntaxError, KeyError, TypeError):
        upright = image  # a broken EXIF block: keep the pixels as stored
    gray = to_gray(upright)
    if min(gray.shape) < MIN_SIDE_PX:
        raise ImageError(name, f"is too small to be a newsletter page ({gray.shape[1]}x{gray.shape[0]} px)",
                         f"scan at 150 dpi or more (at least {MIN_SIDE_PX} px a side)", page=page)
    return PageImage(gray=gray, dpi=dpi, blank=is_blank(gray), warnings=tuple(notes))


def _draft_factor(image: Any, pixels: int) -> int:
    """Ask libjpeg to decode at 1/2, 1/4 or 1/8 so that the page fits ``MAX_PIXELS``; 1 if it cannot."""
    if image.format != "JPEG":
        return 1
    for factor in (2, 4, 8):
        if pixels / (factor * factor) <= MAX_PIXELS:
            width, height = image.size
            image.draft("L", (width // factor, height // factor))
            return factor if image.size[0] * image.size[1] <= MAX_PIXELS else 1
    return 1


def _load(image: Any, truncated: bool = False) -> None:
    from PIL import ImageFile

    if not truncated:
        image.load()
        return
    with _TRUNCATED:  # a module setting of Pillow: set only while this page loads
        before = ImageFile.LOAD_TRUNCATED_IMAGES
        ImageFile.LOAD_TRUNCATED_IMAGES = True
        try:
            image.load()
        finally:
            ImageFile.LOAD_TRUNCATED_IMAGES = before


def _stated_dpi(value: object) -> float | None:
    """The horizontal resolution a file states (TIFF gives a rational), if it is one."""
    if not isinstance(value, tuple) or not value:
        return None
    try:
        dpi = float(value[0])
    except (TypeError, ValueError, ZeroDivisionError):
        return None
    return dpi if 1 < dpi < 100_000 else None


def to_gray(image: Any) -> Any:
    """An 8-bit greyscale array: transparency composed on white, 16-bit and float scaled."""
    import numpy as np
    from PIL import Image

    mode = image.mode
    if mode in ("RGBA", "LA", "PA") or (mode == "P" and "transparency" in image.info):
        rgba = image.convert("RGBA")
        paper = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        return np.asarray(Image.alpha_composite(paper, rgba).convert("L"))
    if mode.startswith("I") or mode == "F":
        values = np.asarray(image, dtype=np.float32)
        top = 65535.0 if mode.startswith("I;16") else float(values.max()) or 1.0
        return np.clip(values * (255.0 / top), 0, 255).astype(np.uint8)
    return np.asarray(image.convert("L"))


def is_blank(gray: Any) -> bool:
    """No printed text: hardly a pixel (``BLANK_INK`` of them) is clearly darker than
    the paper once the scanner's grain is smoothed away (3x3 mean)."""
    import cv2
    import numpy as np

    step = max(1, int((gray.size / 4_000_000) ** 0.5))
    sample = np.ascontiguousarray(gray[::step, ::step])
    smooth = cv2.blur(sample, (3, 3))
    paper = float(np.median(smooth))
    ink = np.count_nonzero(smooth < paper - INK_BELOW_PAPER)
    return bool(ink < BLANK_INK * smooth.size)
