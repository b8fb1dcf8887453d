"""Split article text into sentences with offsets; fold traditional characters.

Extraction works on simplified text. When the input is traditional, each
sentence keeps its original form so that evidence quotes what was printed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..errors import LexiconError
from ..lexicon_file import lexicon_entries

_END = re.compile(r"[^。！？；!?\n]*(?:[。！？；!?]+[”’』」）)]*|\n|$)")
# a numbered row run into the text before it (a list's rows joined into one paragraph:
# ``（按姓氏笔画排序）1．某某…2．某某…``): each row is a sentence of its own
_ROW_START = re.compile(r"(?<=[^\d．.\s])(?=\d{1,2}[．.][\u4e00-\u9fff])")


@dataclass(frozen=True)
class Sentence:
    text: str  # simplified text the extractors read
    original: str  # as printed (traditional input stays traditional)
    paragraph: int  # index of the paragraph in the article (-1: title)


@lru_cache(maxsize=1)
def _converter():  # noqa: ANN202 - opencc has no type hints
    import opencc

    return opencc.OpenCC("t2s")


def to_simplified(text: str) -> str:
    """Traditional → simplified; text that is already simplified comes back unchanged."""
    if not text or text.isascii():
        return text
    try:
        text.encode("gb2312")  # GB2312 holds simplified characters only: nothing to convert
        return text
    except UnicodeEncodeError:
        pass
    converted: str = _converter().convert(text)
    if len(converted) == len(text):  # a character is folded only into one in common use (GBK)
        converted = "".join(new if new == old or _common(new) else old for old, new in zip(text, converted, strict=True))
    return converted.translate(_variants())


def _common(char: str) -> bool:
    """``char`` is a character in common use: GBK holds it (汤圞 stays, not t2s's rare 𪢮)."""
    try:
        char.encode("gbk")
    except UnicodeEncodeError:
        return False
    return True


_VARIANTS_FILE = Path(__file__).parent / "lexicon" / "traditional_variants.tsv"


@lru_cache(maxsize=1)
def _variants() -> dict[int, str]:
    """Variant characters t2s keeps (衞 → 卫), by code point (lexicon/traditional_variants.tsv)."""
    table: dict[int, str] = {}
    for number, line in lexicon_entries(_VARIANTS_FILE):
        variant, _, simplified = line.partition("\t")
        if len(variant) != 1 or len(simplified.strip()) != 1:
            raise LexiconError(str(_VARIANTS_FILE), number, f"expected 'variant<TAB>simplified', got {line!r}")
        table[ord(variant)] = simplified.strip()
    return table


_STANDARD_FILE = Path(__file__).parent / "lexicon" / "standard_forms.txt"


@lru_cache(maxsize=1)
def _standard_forms() -> frozenset[str]:
    """Characters t2s folds that are standard simplified characters (lexicon/standard_forms.txt)."""
    return frozenset(line.strip() for _number, line in lexicon_entries(_STANDARD_FILE))


def fold_name(name: str) -> str:
    """A person's name folded to simplified characters, standard ones kept as printed (宁采蘋, not 宁采苹)."""
    folded = to_simplified(name)
    if folded == name or len(folded) != len(name):
        return folded
    kept = _standard_forms()
    return "".join(old if old in kept else new for old, new in zip(name, folded, strict=True))


# A text is traditional when it prints several distinct traditional characters; one or two
# variant characters inside a proper name (a place spelt 蘋川 in a simplified article) are
# part of the name and are kept as printed (GOLD_SPEC §2).
_TRADITIONAL_MIN_DISTINCT = 3


def is_traditional(paragraphs: list[str]) -> bool:
    """Whether these paragraphs are a traditional text (≥ 3 distinct characters to fold)."""
    text = "".join(paragraphs)
    converted = to_simplified(text)
    if converted == text:
        return False
    if len(converted) != len(text):
        return True
    changed = {old for old, new in zip(text, converted, strict=True) if old != new}
    return len(changed) >= _TRADITIONAL_MIN_DISTINCT


def split_sentences(text: str) -> list[str]:
    """Sentences of one paragraph, end punctuation (and closing quotes) kept."""
    out: list[str] = []
    for match in _END.finditer(text):
        piece = match.group(0).strip()
        if piece:
            out.extend(_ROW_START.split(piece) if "．" in piece or "." in piece else (piece,))
    return out


def paragraph_sentences(paragraphs: list[str], paragraph_base: int = 0, fold: bool = True) -> list[Sentence]:
    """Sentences of every paragraph, simplified (when fold), each with its printed form."""
    out = []
    for index, paragraph in enumerate(paragraphs):
        simplified = to_simplified(paragraph) if fold else paragraph
        same_length = len(simplified) == len(paragraph)
        originals = split_sentences(paragraph) if same_length else []
        pieces = split_sentences(simplified)
        if not same_length or len(originals) != len(pieces):
            originals = pieces
        for piece, original in zip(pieces, originals, strict=True):
            out.append(Sentence(piece, original, index + paragraph_base))
    return out
