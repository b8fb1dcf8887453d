"""Image cases for bench/fuzz_bench.py: truncated, wrong magic, huge headers, bombs, odd modes."""

from __future__ import annotations

import io
import random
import struct
import zlib
from collections.abc import Callable

from bench.fuzz_corpus import CORPUS, Corpus, flip_bits, flip_bytes_in


def image_case(rng: random.Random, corpus: Corpus) -> tuple[str, str, bytes]:
    """(mutation, file suffix, bytes)."""
    choice = rng.choices(list(IMAGE_MUTATIONS), [w for w, _ in IMAGE_MUTATIONS.values()])[0]
    suffix, data = IMAGE_MUTATIONS[choice][1](rng, corpus)
    return choice, suffix, data


def _encode(image: object, fmt: str, **options: object) -> bytes:
    out = io.BytesIO()
    image.save(out, format=fmt, **options)  # type: ignore[attr-defined]
    return out.getvalue()


FORMATS = {"PNG": ".png", "JPEG": ".jpg", "TIFF": ".tif", "BMP": ".bmp", "WEBP": ".webp"}


def _page(rng: random.Random, corpus: Corpus) -> object:
    from PIL import Image

    return Image.open(io.BytesIO(rng.choice(corpus.pngs))).convert("L")


def _intact(rng: random.Random, corpus: Corpus) -> tuple[str, bytes]:
    fmt = rng.choice(list(FORMATS))
    return FORMATS[fmt], _encode(_page(rng, corpus), fmt)


def _mutated(how: str) -> Callable[[random.Random, Corpus], tuple[str, bytes]]:
    def make(rng: random.Random, corpus: Corpus) -> tuple[str, bytes]:
        fmt = rng.choice(list(FORMATS))
        data = _encode(_page(rng, corpus), fmt)
        if how == "truncated":
            return FORMATS[fmt], data[: rng.randrange(8, len(data))]
        return FORMATS[fmt], flip_bits(data, rng, rng.choice([1, 5, 30]))

    return make


def _wrong_magic(rng: random.Random, corpus: Corpus) -> tuple[str, bytes]:
    suffix = rng.choice(list(FORMATS.values()))
    return suffix, rng.choice(
        [
            rng.choice(corpus.texts).encode()[:5000],
            rng.choice(corpus.small_pdfs),
            rng.randbytes(3000),
            b"\x89PNG\r\n\x1a\n" + rng.randbytes(200),
            b"\xff\xd8\xff\xe0" + rng.randbytes(500),
            b"II*\x00" + rng.randbytes(100),
        ]
    )


def _tiny(rng: random.Random, corpus: Corpus) -> tuple[str, bytes]:
    from PIL import Image

    side = rng.choice([1, 2, 10, 299])
    fmt = rng.choice(list(FORMATS))
    return FORMATS[fmt], _encode(Image.new("L", (side, rng.choice([1, side, 5000])), 255), fmt)


def _png_chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def png_header_only(width: int, height: int, color: int = 0) -> bytes:
    header = struct.pack(">IIBBBBB", width, height, 8, color, 0, 0, 0)
    rows = zlib.compress(b"\x00" + b"\xff" * min(width, 4096), 9)
    return (
        b"\x89PNG\r\n\x1a\n"
        + _png_chunk(b"IHDR", header)
        + _png_chunk(b"IDAT", rows)
        + _png_chunk(b"IEND", b"")
    )


def _jpeg_declaring(width: int, height: int, base: bytes) -> bytes:
    """A real small JPEG whose SOF marker is rewritten to declare ``width`` x ``height``."""
    at = base.find(b"\xff\xc0")
    if at < 0:
        return base
    return base[: at + 5] + struct.pack(">HH", height, width) + base[at + 9 :]


def _huge_header(rng: random.Random, corpus: Corpus) -> tuple[str, bytes]:
    width, height = rng.choice(
        [
            (50_000, 50_000),
            (12_000, 12_000),
            (100_000, 1),
            (1, 100_000),
            (65_535, 65_535),
            (20_000, 20_000),
        ]
    )
    if rng.random() < 0.5:
        return ".png", png_header_only(width, height, rng.choice([0, 2, 6]))
    base = _encode(_page(rng, corpus), "JPEG")
    return ".jpg", _jpeg_declaring(min(width, 65_535), min(height, 65_535), base)


def _bomb(rng: random.Random, corpus: Corpus) -> tuple[str, bytes]:
    """A real PNG of ``side``² white pixels, a few hundred KB on disk (cached: slow to make)."""
    side = rng.choice([12_000, 20_000])
    cache = CORPUS / f"bomb-{side}.png"
    if not cache.exists():
        row = b"\x00" + b"\xff" * side
        compressor = zlib.compressobj(9)
        body = b"".join(compressor.compress(row) for _ in range(side)) + compressor.flush()
        header = struct.pack(">IIBBBBB", side, side, 8, 0, 0, 0, 0)
        cache.write_bytes(
            b"\x89PNG\r\n\x1a\n"
            + _png_chunk(b"IHDR", header)
            + _png_chunk(b"IDAT", body)
            + _png_chunk(b"IEND", b"")
        )
    return ".png", cache.read_bytes()


def _many_frames(rng: random.Random, corpus: Corpus) -> tuple[str, bytes]:
    from PIL import Image

    count = rng.choice([3, 600])
    page = _page(rng, corpus)
    frames = (
        [page] + [Image.new("L", (400, 400), 255) for _ in range(count - 1)]
        if count > 3
        else [page] * 3
    )
    out = io.BytesIO()
    frames[0].save(out, format="TIFF", save_all=True, append_images=frames[1:])  # type: ignore[attr-defined]
    return ".tif", out.getvalue()


def _modes(rng: random.Random, corpus: Corpus) -> tuple[str, bytes]:
    page = _page(rng, corpus)
    mode = rng.choice(["1", "CMYK", "I;16", "F", "LA", "P", "RGBA", "I"])
    converted = page.convert(mode) if mode not in ("I;16",) else page.convert("I").convert("I;16")  # type: ignore[attr-defined]
    fmt = {
        "1": "PNG",
        "CMYK": "JPEG",
        "I;16": "PNG",
        "F": "TIFF",
        "LA": "PNG",
        "P": "PNG",
        "RGBA": "WEBP",
        "I": "TIFF",
    }[mode]
    return FORMATS[fmt], _encode(converted, fmt)


def _bad_exif(rng: random.Random, corpus: Corpus) -> tuple[str, bytes]:
    from PIL import Image

    page = _page(rng, corpus)
    exif = Image.Exif()
    exif[0x0112] = rng.choice([0, 9, 255, 65535, 3, 6, 8])  # orientation, valid and not
    data = _encode(page, "JPEG", exif=exif.tobytes())
    at = data.find(b"Exif")
    return ".jpg", flip_bytes_in(data, rng, at, at + 60, rng.randint(0, 8)) if at > 0 else data


def _blank_image(rng: random.Random, corpus: Corpus) -> tuple[str, bytes]:
    from PIL import Image

    fmt = rng.choice(list(FORMATS))
    return FORMATS[fmt], _encode(Image.new("L", (800, 1100), rng.choice([255, 0, 128])), fmt)


IMAGE_MUTATIONS: dict[str, tuple[float, Callable[[random.Random, Corpus], tuple[str, bytes]]]] = {
    "intact": (0.6, _intact),
    "truncated": (4, _mutated("truncated")),
    "bit-flips": (10, _mutated("bit-flips")),
    "wrong-magic": (10, _wrong_magic),
    "tiny": (8, _tiny),
    "huge-dimensions-header": (10, _huge_header),
    "decompression-bomb": (3, _bomb),
    "many-frames": (0.6, _many_frames),
    "odd-modes": (1, _modes),
    "broken-exif": (0.8, _bad_exif),
    "blank": (3, _blank_image),
    "empty": (2, lambda rng, c: (rng.choice(list(FORMATS.values())), b"")),
}
