"""Good input for the bad-input cases of bench/fuzz_bench.py, and the byte mutations they share.

``build_corpus`` makes (once, cached under test-artifacts/fuzz-bench/corpus/)
the good input that mutations start from: generated issue texts
(tests/synth), small born-digital PDFs set with PyMuPDF's CJK font, two full
generated newspaper PDFs (tests/synth/render_pdf) and small page images
rendered from the PDFs.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO / "test-artifacts" / "fuzz-bench" / "corpus"
TEXT_SEEDS = range(8800, 8816)
MB = 1024 * 1024


@dataclass
class Corpus:
    texts: list[str]
    small_pdfs: list[bytes]
    full_pdfs: list[bytes]
    pngs: list[bytes]  # small page images, greyscale


def build_corpus(folder: Path = CORPUS) -> None:
    """Write the good inputs the mutations start from (skipped when already there)."""
    folder.mkdir(parents=True, exist_ok=True)
    if (folder / "done").exists():
        return
    import pymupdf
    from tests.synth.generate import generate_issue

    texts = [generate_issue(seed).text for seed in TEXT_SEEDS]
    for n, text in enumerate(texts):
        (folder / f"text-{n}.txt").write_text(text, encoding="utf-8")
    for n, text in enumerate(texts[:6]):
        (folder / f"small-{n}.pdf").write_bytes(small_pdf(text, pages=1 + n % 3))
    from tests.synth.render_pdf import render_issue

    for n, seed in enumerate(TEXT_SEEDS[:2]):
        render_issue(generate_issue(seed).truth, folder / f"full-{n}.pdf", seed=seed)
    for n in range(4):
        with pymupdf.open(folder / f"small-{n}.pdf") as pdf:
            pix = pdf[0].get_pixmap(dpi=110, colorspace=pymupdf.csGRAY)
            (folder / f"page-{n}.png").write_bytes(pix.tobytes("png"))
    (folder / "done").write_text("ok")


def small_pdf(text: str, pages: int = 1) -> bytes:
    """An A6 PDF with a text layer: a headline and the text's first lines, CJK font."""
    import pymupdf

    lines = [line.strip() for line in text.splitlines() if line.strip()]
    doc = pymupdf.open()
    for p in range(pages):
        page = doc.new_page(width=298, height=420)
        page.insert_text(
            (20, 40), lines[0][:14] if lines else "院报", fontname="china-s", fontsize=14
        )
        y = 64.0
        for line in lines[1 + p * 28 : 1 + (p + 1) * 28]:
            page.insert_text((20, y), line[:22], fontname="china-s", fontsize=10)
            y += 12.5
    out = doc.tobytes()
    doc.close()
    return out


def load_corpus(folder: Path = CORPUS) -> Corpus:
    return Corpus(
        texts=[
            (folder / f"text-{n}.txt").read_text(encoding="utf-8") for n in range(len(TEXT_SEEDS))
        ],
        small_pdfs=[(folder / f"small-{n}.pdf").read_bytes() for n in range(6)],
        full_pdfs=[(folder / f"full-{n}.pdf").read_bytes() for n in range(2)],
        pngs=[(folder / f"page-{n}.png").read_bytes() for n in range(4)],
    )


# ---------------------------------------------------------------- byte mutations


def flip_bits(data: bytes, rng: random.Random, count: int) -> bytes:
    out = bytearray(data)
    for _ in range(count):
        i = rng.randrange(len(out))
        out[i] ^= 1 << rng.randrange(8)
    return bytes(out)


def flip_bytes_in(data: bytes, rng: random.Random, start: int, end: int, count: int) -> bytes:
    out = bytearray(data)
    for _ in range(count):
        out[rng.randrange(start, max(start + 1, end))] = rng.randrange(256)
    return bytes(out)


def cut(data: bytes, rng: random.Random) -> bytes:
    return data[: rng.randrange(1, max(2, len(data)))]
