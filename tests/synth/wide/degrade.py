"""Generated pages as scanned images: rasterized at a chosen resolution, then
degraded (JPEG, skew, noise, uneven light, a scanner's look), and saved with
no resolution in the file. Also the bad pages a user may feed in.
"""

from __future__ import annotations

import io
import struct
import zlib
from pathlib import Path

import numpy as np
from PIL import Image, ImageFilter


def rasterize(pdf: bytes, page: int = 0, dpi: float = 150.0) -> Image.Image:
    """One page of a PDF as an RGB image (PyMuPDF)."""
    import pymupdf

    with pymupdf.open(stream=pdf, filetype="pdf") as doc:
        pix = doc[page].get_pixmap(dpi=int(round(dpi)), alpha=False)
        return Image.frombytes("RGB", (pix.width, pix.height), pix.samples)


def rasterize_width(pdf: bytes, page: int, width_px: int) -> Image.Image:
    """One page rendered so that it is ``width_px`` pixels wide."""
    import pymupdf

    with pymupdf.open(stream=pdf, filetype="pdf") as doc:
        zoom = width_px / doc[page].rect.width
        pix = doc[page].get_pixmap(matrix=pymupdf.Matrix(zoom, zoom), alpha=False)
        return Image.frombytes("RGB", (pix.width, pix.height), pix.samples)


def skew(image: Image.Image, degrees: float) -> Image.Image:
    return image.rotate(degrees, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=(255, 255, 255))


def noise(image: Image.Image, sigma: float, seed: int) -> Image.Image:
    data = np.asarray(image, dtype=np.float32)
    data = data + np.random.default_rng(seed).normal(0.0, sigma, data.shape[:2])[..., None]
    return Image.fromarray(np.clip(data, 0, 255).astype(np.uint8), "RGB")


def lighting(image: Image.Image, strength: float, seed: int) -> Image.Image:
    """Darken the page unevenly: a diagonal gradient and a dim corner, as under a desk lamp."""
    rng = np.random.default_rng(seed)
    w, h = image.size
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    angle = rng.uniform(0, 2 * np.pi)
    ramp = (np.cos(angle) * xx / w + np.sin(angle) * yy / h)
    ramp = (ramp - ramp.min()) / max(1e-6, float(ramp.max() - ramp.min()))
    cy, cx = rng.uniform(0, h), rng.uniform(0, w)
    spot = np.exp(-((yy - cy) ** 2 + (xx - cx) ** 2) / (2 * (0.35 * max(w, h)) ** 2))
    factor = 1.0 - strength * (0.7 * ramp + 0.3 * (1 - spot))
    data = np.asarray(image, dtype=np.float32) * factor[..., None]
    return Image.fromarray(np.clip(data, 0, 255).astype(np.uint8), "RGB")


def scanner_look(image: Image.Image, seed: int) -> Image.Image:
    """Yellowed paper, a slight blur, grain and a tilt of half a degree."""
    rng = np.random.default_rng(seed)
    data = np.asarray(image.filter(ImageFilter.GaussianBlur(0.6)), dtype=np.float32)
    paper = np.array([rng.uniform(232, 246), rng.uniform(226, 240), rng.uniform(205, 225)], dtype=np.float32)
    data = data / 255.0 * paper
    data += rng.normal(0, 6, data.shape[:2])[..., None]
    out = Image.fromarray(np.clip(data, 0, 255).astype(np.uint8), "RGB")
    return out.rotate(rng.uniform(-0.6, 0.6), resample=Image.Resampling.BICUBIC, expand=False,
                      fillcolor=tuple(int(v) for v in paper))


def save(image: Image.Image, path: Path, quality: int | None = None) -> Path:
    """PNG, or JPEG when ``quality`` is given; never with a resolution in the file."""
    image.info.pop("dpi", None)
    if quality is None:
        image.save(path, format="PNG")
    else:
        image.save(path, format="JPEG", quality=quality)
    return path


def stated_dpi(path: Path) -> object:
    """The resolution a file states, if any (tests check it states none)."""
    with Image.open(path) as image:
        return image.info.get("dpi")


# ---------------------------------------------------------------- bad pages


def blank_page(path: Path, size: tuple[int, int] = (1240, 1754)) -> Path:
    return save(Image.new("RGB", size, (255, 255, 255)), path)


def all_photo(path: Path, seed: int, size: tuple[int, int] = (1240, 1754)) -> Path:
    rng = np.random.default_rng(seed)
    small = rng.integers(0, 255, (size[1] // 16, size[0] // 16, 3), dtype=np.uint8)
    image = Image.fromarray(small, "RGB").resize(size, Image.Resampling.BICUBIC)
    return save(noise(image, 20, seed), path, quality=85)


def rotated(image: Image.Image, path: Path) -> Path:
    return save(image.transpose(Image.Transpose.ROTATE_90), path)


def huge_png(path: Path, side: int = 20_000) -> Path:
    """A white square PNG of ``side`` pixels a side, 1 bit deep, written row by row (cheap)."""
    row = b"\x00" + b"\xff" * ((side + 7) // 8)
    packer = zlib.compressobj(9)
    body = io.BytesIO()
    for _ in range(side):
        body.write(packer.compress(row))
    body.write(packer.flush())

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", side, side, 1, 0, 0, 0, 0)
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", body.getvalue())
                     + chunk(b"IEND", b""))
    return path
