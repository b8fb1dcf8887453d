"""Fonts the wide generator may draw with, registered once per process with reportlab.

CJK faces come from Debian packages (deps/apt-packages.txt): fonts-wqy-microhei
is required; fonts-wqy-zenhei, fonts-arphic-uming and fonts-arphic-ukai add
other glyph metrics (proportional quotes, half-width Latin) when installed. A
face that lacks a character of the vocabulary is not offered.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from .vocab import load_vocab

# name: (file, sub-font index, kind); the name is also the name in the PDF
CJK_FACES = {
    "WQYMicroHei": ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", 0, "hei"),
    "WQYZenHei": ("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", 0, "hei"),
    "ARPLUMingCN": ("/usr/share/fonts/truetype/arphic/uming.ttc", 0, "song"),
    "ARPLUKaiCN": ("/usr/share/fonts/truetype/arphic/ukai.ttc", 0, "kai"),
}
LATIN_FACES = {
    "DejaVuSans": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "DejaVuSerif": "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
}
REQUIRED = "WQYMicroHei"
EXTRA_CHARS = "0123456789%.（）“”：；，。、！？——…□/　·第版下转上接期总年月日星期一二三四五六日"


class FontError(RuntimeError):
    """The required CJK font is missing."""


def _register(name: str, path: str, index: int = 0) -> bool:
    if name in pdfmetrics.getRegisteredFontNames():
        return True
    if not Path(path).exists():
        return False
    pdfmetrics.registerFont(TTFont(name, path, subfontIndex=index))
    return True


@lru_cache(maxsize=1)
def cjk_faces() -> dict[str, str]:
    """Usable CJK faces (name → kind), in a fixed order."""
    needed = set(load_vocab().all_text() + EXTRA_CHARS) - {" ", "\u3000", "{", "}", "|"}
    usable: dict[str, str] = {}
    for name, (path, index, kind) in CJK_FACES.items():
        if not _register(name, path, index):
            continue
        glyphs = pdfmetrics.getFont(name).face.charToGlyph  # type: ignore[attr-defined]
        if all(ord(ch) in glyphs for ch in needed):
            usable[name] = kind
    if REQUIRED not in usable:
        raise FontError(f"{CJK_FACES[REQUIRED][0]} is missing or incomplete: apt-get install fonts-wqy-microhei")
    return usable


@lru_cache(maxsize=1)
def latin_faces() -> tuple[str, ...]:
    return tuple(name for name, path in LATIN_FACES.items() if _register(name, path))


@lru_cache(maxsize=200_000)
def advance(font: str, char: str) -> float:
    """Advance width of one character at 1 pt."""
    if char == " ":
        return 0.5
    if char == "\u3000":
        return 1.0
    return pdfmetrics.stringWidth(char, font, 1.0)
