"""Set text into lines: glyph advances from the real fonts, Chinese line-breaking
rules (no closing punctuation at a line start, no opening one at a line end, no
number cut in two), justified full lines, ragged last lines.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .fonts import advance

NO_START = set("，。、；：？！）」』”’》〉…%·")
NO_END = set("（「『“‘《〈")
_ASCII = re.compile(r"[0-9A-Za-z.%+\-/]")
SPACES = (" ", "\u3000")


@dataclass(frozen=True)
class Fonts:
    cjk: str
    latin: str | None = None  # digits and Latin drawn in this face when set

    def face(self, char: str) -> str:
        return self.latin if self.latin and char.isascii() and not char.isspace() else self.cjk


@dataclass(frozen=True)
class SetLine:
    """One printed line: characters with their faces and advances, and where they go."""

    text: str
    faces: tuple[str, ...]
    widths: tuple[float, ...]
    size: float
    start: float = 0.0  # offset of the first character from the line's left edge
    spacing: float = 0.0  # added after each character (justification, letter spacing)

    def offsets(self) -> list[float]:
        out: list[float] = []
        x = self.start
        for w in self.widths:
            out.append(x)
            x += w + self.spacing
        return out

    @property
    def extent(self) -> float:
        """Distance from the line's left edge to the end of the last glyph."""
        return self.start + sum(self.widths) + self.spacing * max(0, len(self.widths) - 1)

    def aligned(self, width: float, align: str) -> SetLine:
        """The same line placed left, centred or right in ``width``."""
        free = width - (sum(self.widths) + self.spacing * max(0, len(self.widths) - 1))
        start = {"left": 0.0, "center": free / 2, "right": free}[align]
        return SetLine(self.text, self.faces, self.widths, self.size, max(0.0, start), self.spacing)


def measure(text: str, fonts: Fonts, size: float) -> tuple[tuple[str, ...], tuple[float, ...]]:
    faces = tuple(fonts.face(ch) for ch in text)
    widths = tuple(advance(face, ch) * size for face, ch in zip(faces, text, strict=True))
    return faces, widths


def set_line(text: str, fonts: Fonts, size: float, spacing: float = 0.0) -> SetLine:
    faces, widths = measure(text, fonts, size)
    return SetLine(text, faces, widths, size, 0.0, spacing)


def _ascii_pair(text: str, j: int) -> bool:
    return 0 < j < len(text) and bool(_ASCII.match(text[j - 1])) and bool(_ASCII.match(text[j]))


def break_points(text: str, widths: tuple[float, ...], width: float, first_indent: float,
                 size: float, squeeze: bool) -> list[tuple[int, int]]:
    """[(start, end)] of each line; ``squeeze`` lets a line take a closing mark by
    tightening its spacing, else the last character moves down with it."""
    lines: list[tuple[int, int]] = []
    i, n = 0, len(text)
    while i < n:
        avail = width - (first_indent if not lines else 0.0)
        j, acc = i, 0.0
        while j < n and acc + widths[j] <= avail + 0.01:
            acc += widths[j]
            j += 1
        if j == i:
            j = i + 1
        if j < n:
            if text[j] in NO_START:
                if squeeze and acc + widths[j] <= avail + 0.6 * size and (j + 1 >= n or text[j + 1] not in NO_START):
                    j += 1
                else:
                    while j > i + 1 and text[j] in NO_START:
                        j -= 1
            while j > i + 1 and text[j - 1] in NO_END:
                j -= 1
            k = j
            while k > i + 1 and _ascii_pair(text, k):
                k -= 1
            if k > i + 1 and j - k < 10:
                j = k
        lines.append((i, j))
        i = j
    return lines


def set_paragraph(text: str, fonts: Fonts, size: float, width: float, indent_em: float = 2.0,
                  squeeze: bool = True, last_align: str = "left", justify: bool = True) -> list[SetLine]:
    """A paragraph as justified lines of ``width`` points (the last one ragged)."""
    faces, widths = measure(text, fonts, size)
    indent = indent_em * size
    spans = break_points(text, widths, width, indent, size, squeeze)
    out: list[SetLine] = []
    for number, (i, j) in enumerate(spans):
        start = indent if number == 0 else 0.0
        natural = sum(widths[i:j])
        last = number == len(spans) - 1
        spacing = 0.0
        if justify and not last and j - i > 1:
            spacing = (width - start - natural) / (j - i - 1)
        line = SetLine(text[i:j], faces[i:j], widths[i:j], size, start, spacing)
        if last and last_align != "left":
            line = line.aligned(width, last_align)
        out.append(line)
    return out


def break_balanced(text: str, fonts: Fonts, size: float, width: float, max_lines: int = 2) -> list[str] | None:
    """A headline in at most ``max_lines`` lines of similar length, or None if it cannot fit."""
    _, widths = measure(text, fonts, size)
    if sum(widths) <= width + 0.01:
        return [text]
    if max_lines < 2:
        return None
    best: tuple[float, int] | None = None
    total = sum(widths)
    acc = 0.0
    for cut in range(1, len(text)):
        acc += widths[cut - 1]
        if acc > width + 0.01 or total - acc > width + 0.01:
            continue
        if text[cut] in NO_START or text[cut - 1] in NO_END or _ascii_pair(text, cut):
            continue
        score = abs(acc - (total - acc)) - (size * 3 if text[cut - 1] in SPACES or text[cut] in SPACES else 0)
        if best is None or score < best[0]:
            best = (score, cut)
    if best is None:
        return None
    cut = best[1]
    return [text[:cut].rstrip(" \u3000"), text[cut:].lstrip(" \u3000")]
