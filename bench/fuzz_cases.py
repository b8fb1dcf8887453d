"""Bad input for bench/fuzz_bench.py: one case = (kind, seed) → files, built the same way every time.

``build_corpus`` makes (once, cached under test-artifacts/fuzz-bench/corpus/)
the good input that mutations start from: generated issue texts
(tests/synth), small born-digital PDFs set with PyMuPDF's CJK font, two full
generated newspaper PDFs (tests/synth/render_pdf) and small page images
rendered from the PDFs. ``make_case`` picks a mutation by weight from the
case's seed and writes its file(s) into a folder; the label names the mutation.
The corpus is bench/fuzz_corpus.py; the mutations bench/fuzz_text.py,
bench/fuzz_pdf.py and bench/fuzz_images.py.

Text: excerpts and whole issues in UTF-8 (BOM or not), GB18030, Big5,
UTF-16 LE/BE (BOM or not), mismatched BOMs, mixed encodings, control
characters, NULs, lone surrogates, byte flips, cuts inside a character,
random bytes and random code points, very long lines, very many lines,
repetitive text (bylines, markers, dates ×10,000), unbalanced brackets,
binary files named .txt, empty, whitespace only, huge (over and under the
size limit). PDF: intact, truncated, bit flips, broken or missing xref,
encrypted (user password; owner password only), zero pages, a page tree that
loops, thousands of pages, a page of 200 inches, an empty media box, an
embedded image declaring 50,000 px, a content stream that inflates to 400 MB,
a broken font, not a PDF at all. Images: intact PNG/JPEG/TIFF/BMP/WebP,
truncated, bit flips, wrong magic, 1×1, headers declaring huge dimensions,
a real decompression bomb, 600-frame TIFF, odd modes (1-bit, CMYK, 16-bit,
float, alpha, palette), broken EXIF, blank, empty.
"""

from __future__ import annotations

import random
from pathlib import Path

from bench.fuzz_corpus import Corpus, build_corpus, load_corpus
from bench.fuzz_images import image_case
from bench.fuzz_pdf import pdf_case
from bench.fuzz_text import text_case

__all__ = ["build_corpus", "load_corpus", "make_case"]


def make_case(kind: str, seed: int, folder: Path, corpus: Corpus) -> tuple[str, list[Path]]:
    """Write case ``(kind, seed)`` into ``folder``; (mutation label, files)."""
    rng = random.Random(f"{kind}:{seed}")
    folder.mkdir(parents=True, exist_ok=True)
    if kind == "text":
        label, data = text_case(rng, corpus)
        paths = [folder / f"case-{seed}.txt"]
        paths[0].write_bytes(data)
    elif kind == "pdf":
        label, data = pdf_case(rng, corpus)
        paths = [folder / f"case-{seed}.pdf"]
        paths[0].write_bytes(data)
    else:
        label, suffix, data = image_case(rng, corpus)
        paths = [folder / f"case-{seed}{suffix}"]
        paths[0].write_bytes(data)
        if rng.random() < 0.1:  # a second page of the same issue
            _, suffix2, data2 = image_case(rng, corpus)
            paths.append(folder / f"case-{seed}-p2{suffix2}")
            paths[1].write_bytes(data2)
    return label, paths
