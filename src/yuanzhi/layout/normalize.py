"""Normalize printed text: remove layout spaces, keep meaningful ones.

PDF extractors insert spaces wherever the typesetter justified a line or set a
name with letter spacing: ``5 月 11 日``, ``于 歌``, ``5· 12``. In Chinese text
a space is never meaningful, so a space with a CJK character or full-width
punctuation on either side goes; spaces between Latin words or numbers stay
(``ALK 阳性`` → ``ALK阳性`` but ``Da Vinci Xi`` stays), except between digits
set in Chinese text, which letter spacing spread (``手术6 4 1台`` → ``手术641台``).
"""

from __future__ import annotations

import re
import unicodedata

_CJK_CLASS = (
    "\u2e80-\u2fdf"  # radicals
    "\u3000-\u303f"  # CJK punctuation
    "\u3040-\u30ff"  # kana
    "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"  # ideographs
    "\uff00-\uffef"  # full-width forms
    "\u2018-\u201f\u2026\u2014\u00b7\u2022"  # curly quotes, ellipsis, dash, middle dots
)
_SPACES = "[ \t\u00a0\u2002-\u200b\u3000]+"
_CJK_SPACE_ANY = re.compile(f"(?<=[{_CJK_CLASS}]){_SPACES}|{_SPACES}(?=[{_CJK_CLASS}])")
_MULTI_SPACE = re.compile(_SPACES)
# digits letter-spaced inside Chinese text (手术6 4 1台): one number, the spaces are layout
# (single characters spaced alike, Chinese on both sides: table cells such as 床位 12 15 stay apart)
_SPACED_DIGITS = re.compile(f"(?<=[{_CJK_CLASS}])[0-9](?: [0-9.%])+(?=[{_CJK_CLASS}])")
_WIDE = set("WF")


def normalize_text(text: str) -> str:
    """Remove layout spaces around CJK characters; fold other space runs to one."""
    text = text.replace("\ufeff", "")
    text = _CJK_SPACE_ANY.sub("", text)
    text = _MULTI_SPACE.sub(" ", text)
    if " " in text:
        text = _SPACED_DIGITS.sub(lambda m: m.group().replace(" ", ""), text)
    return text.strip()


def display_width(text: str) -> float:
    """Width of printed text in ems: CJK and full-width forms 1, others about 0.5.

    Spaces count a quarter: in justified lines they stand for the slack the
    typesetter spread, not for characters.
    """
    width = 0.0
    for char in text:
        if char in " \t\u00a0":
            width += 0.25
        elif char == "\u3000":
            width += 1.0
        elif unicodedata.east_asian_width(char) in _WIDE or char in "“”‘’…—·":
            width += 1.0
        else:
            width += 0.55
    return width


_CJK_PUNCT = set("，。、；：？！（）《》〈〉「」『』【】“”‘’")


def width_range(text: str) -> tuple[float, float]:
    """The narrowest and widest a printed line of this text can be, in ems.

    Ideographs are exactly 1 em. Full-width punctuation may be compressed to half
    an em in justified lines; digits and Latin letters take 0.5–0.6 em; spaces
    inside a line are the typesetter's stretch (0–0.5 em).
    """
    lo = hi = 0.0
    for char in text:
        if char in " \t\u00a0":
            hi += 0.5
        elif char in _CJK_PUNCT:
            lo += 0.5
            hi += 1.0
        elif char.isascii():
            lo += 0.45
            hi += 0.65
        elif unicodedata.east_asian_width(char) in _WIDE or char in "…—·":
            lo += 1.0
            hi += 1.0
        else:
            lo += 0.5
            hi += 1.0
    return lo, hi


_CONTENT = re.compile(r"[0-9A-Za-z\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]")


def content_chars(text: str) -> str:
    """The characters the conservation rule counts: letters, digits, CJK."""
    return "".join(_CONTENT.findall(text))
