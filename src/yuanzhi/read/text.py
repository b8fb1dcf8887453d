"""Read flattened newsletter text (one printed line per line) into a Document.

Encodings are detected, not assumed: BOMs first (UTF-8, UTF-16), then strict
UTF-8, then the Chinese legacy encodings (GB18030 ⊇ GBK, Big5) ranked by how
much of the decoded text is common CJK, with charset-normalizer as the last word.
"""

from __future__ import annotations

import codecs
import hashlib
import re
from pathlib import Path

from ..errors import BinaryInputError, EmptyInputError, EncodingError, TooLargeError
from ..han import is_basic_han
from ..model import Document, Line, Page

# a real issue is ~30 KB; 1 MB is thirty issues. Parsing grows faster than the text (every
# headline is weighed against every body): bench/fuzz_bench.py saw 3 MB take minutes
MAX_TEXT_BYTES = 1_000_000

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_CJK = re.compile(r"[\u4e00-\u9fff]")
# the 3,500 most common characters cover >99% of modern text; a rough proxy is the
# GB2312 level-1 block, which GB18030 decodes to code points below U+9FA6
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


def decode_bytes(data: bytes, source: str) -> tuple[str, str]:
    """Return (text, encoding name) or raise a named InputError."""
    if not data.strip():
        raise EmptyInputError(source, "the file is empty", "give a newsletter issue's text or PDF")
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(name)
            except UnicodeDecodeError as exc:
                raise EncodingError(
                    source,
                    f"starts with a {name} byte-order mark but does not decode ({exc.reason} at byte {exc.start})",
                    "convert it to UTF-8",
                ) from None
            if _plausibility(text) < 0.3:
                raise EncodingError(source, f"starts with a {name} byte-order mark but is not {name} text", "is it a binary file?")
            return text, name.replace("-sig", "")
    if _looks_like_utf16(data):
        for name in ("utf-16-le", "utf-16-be"):
            try:
                text = data.decode(name)
            except UnicodeDecodeError:
                continue
            if _cjk_share(text) > 0.2:
                return text, name
    if b"\x00" in data[:65536]:
        raise BinaryInputError(source, "is a binary file, not text", "give the issue's extracted text, a PDF or page images")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    best: tuple[float, str, str] | None = None
    for name in ("gb18030", "big5"):
        try:
            text = data.decode(name)
        except UnicodeDecodeError:
            continue
        score = _plausibility(text)
        if best is None or score > best[0]:
            best = (score, text, name)
    if best is None or best[0] < 0.3:
        guess = _charset_normalizer_guess(data)
        if guess is not None:
            return guess
        raise EncodingError(
            source,
            "is not valid UTF-8, GB18030/GBK, Big5 or UTF-16 text",
            "convert it to UTF-8 (e.g. iconv -f ENCODING -t UTF-8)",
        )
    return best[1], best[2]


def _looks_like_utf16(data: bytes) -> bool:
    """UTF-16 without a BOM: ASCII characters leave a zero in every other byte."""
    sample = data[:4096]
    if len(sample) < 4:
        return False
    half = len(sample) / 2
    return max(sample[0::2].count(0), sample[1::2].count(0)) > 0.1 * half


def _cjk_share(text: str) -> float:
    visible = [c for c in text if not c.isspace()]
    if not visible:
        return 0.0
    return sum(1 for c in visible if _CJK.match(c)) / len(visible)


def _plausibility(text: str) -> float:
    """Share of visible characters that are common CJK or ASCII, minus controls."""
    visible = [c for c in text if not c.isspace()]
    if not visible:
        return 0.0
    common = sum(1 for c in visible if ("\u4e00" <= c <= "\u9fa5") or c.isascii() or "\u3000" <= c <= "\u303f" or "\uff00" <= c <= "\uffef")
    controls = len(_CONTROL.findall(text))
    # Big5 decoding of GB bytes yields rare characters; GB decoding of Big5 yields
    # characters in the rarer GB18030 four-byte range
    rare = sum(1 for c in visible if ord(c) > 0xFFFF or "\ue000" <= c <= "\uf8ff")
    return (common - 3 * rare - 5 * controls) / len(visible) + _common_char_bonus(text)


_VERY_COMMON = set("的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严龙飞")


def _common_char_bonus(text: str) -> float:
    cjk = [c for c in text if is_basic_han(c)]
    if not cjk:
        return 0.0
    return sum(1 for c in cjk if c in _VERY_COMMON) / len(cjk)


def _charset_normalizer_guess(data: bytes) -> tuple[str, str] | None:
    from charset_normalizer import from_bytes

    match = from_bytes(data[:200_000]).best()
    if match is None or match.encoding is None:
        return None
    try:
        text = data.decode(match.encoding)
    except (UnicodeDecodeError, LookupError):
        return None
    if _plausibility(text) < 0.5:
        return None
    return text, match.encoding


def text_to_document(text: str, source: str, sha256: str = "", warnings: tuple[str, ...] = ()) -> Document:
    """Split text into printed lines and pages.

    Form feeds separate pages. Many extractors put a blank line after every
    printed line; when blank lines alternate with text that regularly, they carry
    no information and are dropped, otherwise a blank line is kept as an empty
    Line (a paragraph hint for the layout stage).
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROL.sub("", text.replace("\x0c", "\f"))
    raw_pages = text.split("\f")
    all_lines = text.replace("\f", "\n").split("\n")
    double_spaced = _is_double_spaced(all_lines)
    pages: list[Page] = []
    index = 0
    source_line = 0
    for number, raw in enumerate(raw_pages, start=1):
        lines: list[Line] = []
        for raw_line in raw.split("\n"):
            source_line += 1
            stripped = raw_line.rstrip()
            if not stripped.strip():
                if double_spaced:
                    continue
                if lines and lines[-1].text == "":
                    continue
                stripped = ""
            lines.append(Line(text=stripped, page=number, index=index, source_line=source_line))
            index += 1
        while lines and lines[-1].text == "":
            lines.pop()
        pages.append(Page(number=number, lines=tuple(lines)))
    # a trailing form feed makes an empty last page
    while len(pages) > 1 and not pages[-1].lines:
        pages.pop()
    return Document(source=source, kind="text", pages=tuple(pages), sha256=sha256, warnings=warnings)


def _is_double_spaced(lines: list[str]) -> bool:
    nonblank = [i for i, line in enumerate(lines) if line.strip()]
    if len(nonblank) < 6:
        return False
    gaps = [b - a for a, b in zip(nonblank, nonblank[1:], strict=False)]
    return sum(1 for g in gaps if g >= 2) >= 0.8 * len(gaps)


def read_text(path: Path, source: str | None = None, max_bytes: int = MAX_TEXT_BYTES) -> Document:
    source = source or str(path)
    size = path.stat().st_size
    if size > max_bytes:
        raise TooLargeError(
            source,
            f"is {size / 1e6:.1f} MB, larger than the {max_bytes / 1e6:.0f} MB a newsletter issue can be",
            "split it into issues, one file each",
        )
    data = path.read_bytes()
    text, encoding = decode_bytes(data, source)
    warnings: list[str] = []
    if encoding not in ("utf-8", "utf-8-sig", "ascii"):
        warnings.append(f"{source}: decoded as {encoding}")
    if _columns_side_by_side(text):
        warnings.append(
            f"{source}: many lines hold two columns side by side (text extracted with a layout option such as "
            "pdftotext -layout?); extract one printed line per line, or give yuanzhi the PDF itself"
        )
    return text_to_document(text, source, hashlib.sha256(data).hexdigest(), tuple(warnings))


_WIDE_GAP = re.compile(r"\S[ \u3000]{4,}\S")


def _columns_side_by_side(text: str) -> bool:
    lines = [line for line in text.splitlines() if line.strip()]
    return len(lines) >= 10 and sum(1 for line in lines if _WIDE_GAP.search(line)) > 0.3 * len(lines)
