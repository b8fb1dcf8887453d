"""Text cases for bench/fuzz_bench.py: encodings, BOMs, control characters, long lines, huge files."""

from __future__ import annotations

import random
from collections.abc import Callable

from bench.fuzz_corpus import MB, Corpus, flip_bits


def _excerpt(rng: random.Random, corpus: Corpus, low: int = 80, high: int = 4000) -> str:
    text = rng.choice(corpus.texts)
    size = rng.randint(low, min(high, len(text)))
    start = rng.randrange(max(1, len(text) - size))
    return text[start : start + size]


def _traditional(text: str) -> str:
    try:
        import opencc

        return str(opencc.OpenCC("s2t").convert(text))
    except ImportError:
        return text


CONTROLS = [chr(c) for c in range(0, 32) if chr(c) not in "\n"] + [
    "\x7f",
    "\u200b",
    "\u2028",
    "\u2029",
    "\ufeff",
    "\u202e",
    "\u00a0",
    "\u3000",
]


def text_case(rng: random.Random, corpus: Corpus) -> tuple[str, bytes]:
    choice = rng.choices(list(TEXT_MUTATIONS), [w for w, _ in TEXT_MUTATIONS.values()])[0]
    return choice, TEXT_MUTATIONS[choice][1](rng, corpus)


def _encoded(
    encoding: str, bom: bytes = b"", traditional: bool = False
) -> Callable[[random.Random, Corpus], bytes]:
    def make(rng: random.Random, corpus: Corpus) -> bytes:
        text = _excerpt(rng, corpus, 200, 40_000)
        if traditional:
            text = _traditional(text)
        return bom + text.encode(encoding, errors="replace")

    return make


def _controls(rng: random.Random, corpus: Corpus) -> bytes:
    chars = list(_excerpt(rng, corpus))
    for _ in range(rng.randint(1, max(2, len(chars) // 5))):
        chars.insert(rng.randrange(len(chars) + 1), rng.choice(CONTROLS))
    return "".join(chars).encode("utf-8")


def _nuls(rng: random.Random, corpus: Corpus) -> bytes:
    data = bytearray(_excerpt(rng, corpus).encode("utf-8"))
    for _ in range(rng.randint(1, 20)):
        data.insert(rng.randrange(len(data) + 1), 0)
    return bytes(data)


def _surrogates(rng: random.Random, corpus: Corpus) -> bytes:
    chars = list(_excerpt(rng, corpus))
    for _ in range(rng.randint(1, 10)):
        chars.insert(rng.randrange(len(chars) + 1), chr(rng.randrange(0xD800, 0xE000)))
    return "".join(chars).encode(rng.choice(["utf-16-le", "utf-8"]), errors="surrogatepass")


def _random_code_points(rng: random.Random, corpus: Corpus) -> bytes:
    ranges = [
        (0x20, 0x7F),
        (0x4E00, 0x9FFF),
        (0x3000, 0x303F),
        (0xFF00, 0xFFEF),
        (0x20000, 0x2A6DF),
        (0x1F300, 0x1FAFF),
        (0xE000, 0xF8FF),
        (0x0590, 0x06FF),
        (0x0300, 0x036F),
    ]
    out = []
    for _ in range(rng.randint(1, 5000)):
        low, high = rng.choice(ranges)
        out.append(chr(rng.randint(low, high)))
        if rng.random() < 0.03:
            out.append("\n")
    return "".join(out).encode(rng.choice(["utf-8", "utf-16", "gb18030"]))


def _long_line(rng: random.Random, corpus: Corpus) -> bytes:
    text = _excerpt(rng, corpus, 500, 5000).replace("\n", "")
    size = rng.choice([100_000, 400_000, 1_000_000])
    return (text * (size // max(1, len(text)) + 1))[:size].encode("utf-8")


def _many_lines(rng: random.Random, corpus: Corpus) -> bytes:
    text = _excerpt(rng, corpus, 500, 5000).replace("\n", "")
    count = rng.choice([20_000, 100_000])
    width = rng.choice([1, 2, 3])
    return "\n".join(text[i % len(text) : i % len(text) + width] for i in range(count)).encode(
        "utf-8"
    )


REPEATS = [
    "（护理部 于歌）\n",
    "下转第2版\n",
    "上接第1版\n",
    "2024年5月11日\n",
    "院长\n",
    "——\n",
    "【健康小科普】\n",
    "通讯员 王某某\n",
    "第1版\n",
    "（化名）\n",
    "患者张某\n",
    "党委书记、院长王某、副院长李某、\n",
    "《《《（（（【【【\n",
    "）））】】】》》》\n",
    "1234567890\n",
    "　　\n",
]


def _repetitive(rng: random.Random, corpus: Corpus) -> bytes:
    unit = rng.choice(REPEATS)
    return (unit * rng.choice([1000, 10_000])).encode("utf-8")


def _brackets(rng: random.Random, corpus: Corpus) -> bytes:
    chars = list(_excerpt(rng, corpus, 200, 3000))
    for _ in range(rng.randint(20, 400)):
        chars.insert(rng.randrange(len(chars) + 1), rng.choice("（(【《“「『）)】》”」』"))
    return "".join(chars).encode("utf-8")


def _byte_flips(rng: random.Random, corpus: Corpus) -> bytes:
    data = _excerpt(rng, corpus).encode(rng.choice(["utf-8", "gb18030", "utf-16"]))
    return flip_bits(data, rng, rng.randint(1, 40))


def _cut_mid_char(rng: random.Random, corpus: Corpus) -> bytes:
    data = _excerpt(rng, corpus).encode(
        rng.choice(["utf-8", "gb18030", "utf-16-le", "big5"]), errors="replace"
    )
    return data[: rng.randrange(1, len(data))] if len(data) > 1 else data


def _mixed(rng: random.Random, corpus: Corpus) -> bytes:
    a, b = _excerpt(rng, corpus), _excerpt(rng, corpus)
    return a.encode("utf-8") + b.encode(
        rng.choice(["gb18030", "big5", "utf-16-le"]), errors="replace"
    )


def _random_bytes(rng: random.Random, corpus: Corpus) -> bytes:
    return rng.randbytes(rng.choice([1, 7, 100, 4096, 100_000]))


def _disguised(rng: random.Random, corpus: Corpus) -> bytes:
    return rng.choice(
        [
            corpus.pngs[0],
            corpus.small_pdfs[0][:5000],
            b"PK\x03\x04" + rng.randbytes(2000),
            b"\x7fELF\x02\x01\x01" + rng.randbytes(3000),
            b"GIF89a" + rng.randbytes(500),
        ]
    )


def _boms(rng: random.Random, corpus: Corpus) -> bytes:
    text = _excerpt(rng, corpus, 50, 2000)
    return rng.choice(
        [
            b"\xef\xbb\xbf",
            b"\xff\xfe",
            b"\xfe\xff",
            b"\xef\xbb\xbf" * 3,
            b"\xff\xfe" + text.encode("utf-8"),  # UTF-16 BOM, UTF-8 body
            b"\xef\xbb\xbf" + text.encode("gb18030"),  # UTF-8 BOM, GB18030 body
            b"\xfe\xff" + text.encode("utf-16-le"),  # BE BOM, LE body
            b"\xef\xbb\xbf" + "\n".join(" " * 40 for _ in range(50)).encode(),
        ]
    )


def _blank(rng: random.Random, corpus: Corpus) -> bytes:
    return rng.choice(
        [
            b"",
            b" ",
            b"\n" * 10_000,
            b" \t\r\n" * 500,
            "　".encode() * 3000,
            b"\r" * 5000,
            b"\x0c" * 100,
            "。，、".encode() * 500,
            b"a",
            "院".encode(),
        ]
    )


def _huge(rng: random.Random, corpus: Corpus) -> bytes:
    text = rng.choice(corpus.texts)
    size = rng.choice([2 * MB, 8 * MB, 21 * MB])
    data = text.encode("utf-8")
    return (data * (size // len(data) + 1))[:size]


TEXT_MUTATIONS: dict[str, tuple[float, Callable[[random.Random, Corpus], bytes]]] = {
    "excerpt-utf8": (8, lambda rng, c: _excerpt(rng, c).encode("utf-8")),
    "utf8-bom": (3, _encoded("utf-8", b"\xef\xbb\xbf")),
    "gb18030": (5, _encoded("gb18030")),
    "big5-traditional": (4, _encoded("big5", traditional=True)),
    "big5-of-simplified": (2, _encoded("big5")),
    "utf16le-bom": (3, _encoded("utf-16-le", b"\xff\xfe")),
    "utf16be-bom": (2, _encoded("utf-16-be", b"\xfe\xff")),
    "utf16le-no-bom": (3, _encoded("utf-16-le")),
    "utf16be-no-bom": (2, _encoded("utf-16-be")),
    "mismatched-bom": (4, _boms),
    "mixed-encodings": (4, _mixed),
    "control-chars": (6, _controls),
    "nul-bytes": (3, _nuls),
    "lone-surrogates": (3, _surrogates),
    "bit-flips": (8, _byte_flips),
    "cut-mid-char": (5, _cut_mid_char),
    "random-bytes": (5, _random_bytes),
    "random-code-points": (5, _random_code_points),
    "binary-named-txt": (3, _disguised),
    "long-line": (1.2, _long_line),
    "many-lines": (1.2, _many_lines),
    "repetitive": (2, _repetitive),
    "unbalanced-brackets": (4, _brackets),
    "blank-or-tiny": (4, _blank),
    "huge": (0.25, _huge),
}
