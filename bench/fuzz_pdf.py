"""PDF cases for bench/fuzz_bench.py: truncated, bit flips, broken xref, encrypted, hand-written structures."""

from __future__ import annotations

import io
import random
import zlib
from collections.abc import Callable

from bench.fuzz_corpus import MB, Corpus, cut, flip_bits, flip_bytes_in


def pdf_case(rng: random.Random, corpus: Corpus) -> tuple[str, bytes]:
    choice = rng.choices(list(PDF_MUTATIONS), [w for w, _ in PDF_MUTATIONS.values()])[0]
    return choice, PDF_MUTATIONS[choice][1](rng, corpus)


def _base_pdf(rng: random.Random, corpus: Corpus) -> bytes:
    return rng.choice(corpus.full_pdfs) if rng.random() < 0.04 else rng.choice(corpus.small_pdfs)


def _save(doc: object, **options: object) -> bytes:
    data: bytes = doc.tobytes(**options)  # type: ignore[attr-defined]
    doc.close()  # type: ignore[attr-defined]
    return data


def _encrypted(owner_only: bool) -> Callable[[random.Random, Corpus], bytes]:
    def make(rng: random.Random, corpus: Corpus) -> bytes:
        import pymupdf

        doc = pymupdf.open(stream=rng.choice(corpus.small_pdfs), filetype="pdf")
        method = rng.choice(
            [pymupdf.PDF_ENCRYPT_AES_256, pymupdf.PDF_ENCRYPT_RC4_128, pymupdf.PDF_ENCRYPT_AES_128]
        )
        return _save(
            doc,
            encryption=method,
            owner_pw="owner-secret",
            user_pw="" if owner_only else "user-secret",
            permissions=0 if owner_only else -1,
        )

    return make


def raw_pdf(objects: list[str], root: int = 1) -> bytes:
    """A PDF written by hand (valid offsets), for structures PyMuPDF would never write."""
    out = io.BytesIO()
    out.write(b"%PDF-1.7\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(f"{number} 0 obj\n{body}\nendobj\n".encode("latin-1"))
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for offset in offsets:
        out.write(f"{offset:010d} 00000 n \n".encode())
    out.write(
        f"trailer\n<< /Size {len(objects) + 1} /Root {root} 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    )
    return out.getvalue()


def stream(data: bytes, extra: str = "") -> str:
    return f"<< /Length {len(data)} {extra} >>\nstream\n" + data.decode("latin-1") + "\nendstream"


def _structural(rng: random.Random, corpus: Corpus) -> bytes:
    kind = rng.choice(
        [
            "zero-pages",
            "loop",
            "count-lies",
            "empty-mediabox",
            "huge-image",
            "flate-bomb",
            "no-contents",
            "negative-mediabox",
        ]
    )
    catalog = "<< /Type /Catalog /Pages 2 0 R >>"
    if kind == "zero-pages":
        return raw_pdf([catalog, "<< /Type /Pages /Kids [] /Count 0 >>"])
    if kind == "loop":
        return raw_pdf(
            [
                catalog,
                "<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>",
                "<< /Type /Pages /Parent 2 0 R /Kids [2 0 R] /Count 1 >>",
            ]
        )
    if kind == "count-lies":
        return raw_pdf(
            [
                catalog,
                "<< /Type /Pages /Kids [3 0 R] /Count 100000000 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 298 420] >>",
            ]
        )
    if kind in ("empty-mediabox", "negative-mediabox"):
        box = "[0 0 0 0]" if kind == "empty-mediabox" else "[0 0 -500 -99999]"
        content = b"BT /F1 12 Tf 20 40 Td (hello) Tj ET"
        return raw_pdf(
            [
                catalog,
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                f"<< /Type /Page /Parent 2 0 R /MediaBox {box} /Contents 4 0 R "
                "/Resources << /Font << /F1 5 0 R >> >> >>",
                stream(content),
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
            ]
        )
    if kind == "huge-image":
        side = rng.choice([50_000, 100_000, 30_000])
        pixels = zlib.compress(b"\xff" * 4096, 9)
        content = f"q {298} 0 0 {420} 0 0 cm /Im1 Do Q".encode()
        return raw_pdf(
            [
                catalog,
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 298 420] /Contents 4 0 R "
                "/Resources << /XObject << /Im1 5 0 R >> >> >>",
                stream(content),
                stream(
                    pixels,
                    f"/Type /XObject /Subtype /Image /Width {side} /Height {side} "
                    "/ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode",
                ),
            ]
        )
    if kind == "flate-bomb":
        compressor = zlib.compressobj(9)
        block = b" " * MB
        bomb = (
            b"".join(compressor.compress(block) for _ in range(rng.choice([64, 400])))
            + compressor.flush()
        )
        return raw_pdf(
            [
                catalog,
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 298 420] /Contents 4 0 R >>",
                stream(bomb, "/Filter /FlateDecode"),
            ]
        )
    return raw_pdf(
        [
            catalog,
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 298 420] >>",
        ]
    )


def _many_pages(rng: random.Random, corpus: Corpus) -> bytes:
    import pymupdf

    doc = pymupdf.open()
    count = rng.choice([600, 2000])
    text = rng.random() < 0.5
    for n in range(count):
        page = doc.new_page(width=298, height=420)
        if text:
            page.insert_text((20, 40), f"第{n + 1}版 院报", fontname="china-s", fontsize=10)
    return _save(doc, garbage=1)


def _huge_page(rng: random.Random, corpus: Corpus) -> bytes:
    import pymupdf

    doc = pymupdf.open()
    side = rng.choice([14_400, 7_200])  # 200 and 100 inches
    page = doc.new_page(width=side, height=side)
    for k, line in enumerate(rng.choice(corpus.texts).splitlines()[:40]):
        page.insert_text((72, 72 + 14 * k), line[:30], fontname="china-s", fontsize=10)
    return _save(doc)


def _broken_font(rng: random.Random, corpus: Corpus) -> bytes:
    data = rng.choice(corpus.small_pdfs)
    start = data.find(b"FontFile")
    if start < 0:
        return flip_bits(data, rng, 30)
    return flip_bytes_in(data, rng, start, min(len(data), start + 20_000), rng.randint(50, 500))


def _xref_broken(rng: random.Random, corpus: Corpus) -> bytes:
    data = _base_pdf(rng, corpus)
    at = data.rfind(b"startxref")
    mode = rng.choice(["garble", "remove", "offset"])
    if at < 0 or mode == "garble":
        xref = max(0, data.rfind(b"xref", 0, at if at > 0 else None))
        return flip_bytes_in(data, rng, xref, len(data), rng.randint(5, 60))
    if mode == "remove":
        return data[:at]
    return data[:at] + b"startxref\n" + str(rng.randrange(10**9)).encode() + b"\n%%EOF\n"


def _not_pdf(rng: random.Random, corpus: Corpus) -> bytes:
    return rng.choice(
        [
            b"%PDF-1.7\n",
            b"%PDF-",
            b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n" + rng.randbytes(5000),
            "<html><body>院报</body></html>".encode(),
            corpus.pngs[0],
            b"",
            b"   \n",
            rng.choice(corpus.texts).encode("utf-8")[:3000],
        ]
    )


PDF_MUTATIONS: dict[str, tuple[float, Callable[[random.Random, Corpus], bytes]]] = {
    "intact": (6, _base_pdf),
    "truncated": (16, lambda rng, c: cut(_base_pdf(rng, c), rng)),
    "bit-flips": (20, lambda rng, c: flip_bits(_base_pdf(rng, c), rng, rng.choice([1, 3, 10, 50]))),
    "xref-broken": (10, _xref_broken),
    "encrypted-user-password": (4, _encrypted(owner_only=False)),
    "encrypted-owner-only": (4, _encrypted(owner_only=True)),
    "structural": (14, _structural),
    "many-pages": (0.4, _many_pages),
    "huge-page": (1, _huge_page),
    "broken-font": (8, _broken_font),
    "not-a-pdf": (6, _not_pdf),
}
