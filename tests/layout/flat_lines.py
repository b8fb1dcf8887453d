"""Helpers of the layout tests on flattened text: paragraphs cut into printed lines of a
column's width (no indent), and the blocks layout reads back from them."""

from __future__ import annotations

from yuanzhi.layout.text_layout import lines_to_blocks
from yuanzhi.read.text import text_to_document


def flat(paragraphs: list[str], width: int = 22) -> list[str]:
    """Paragraphs cut into lines of ``width`` characters, no indent."""
    lines: list[str] = []
    for paragraph in paragraphs:
        lines.extend(paragraph[k : k + width] for k in range(0, len(paragraph), width))
    return lines


def kinds(lines: list[str]) -> list[tuple[str, str]]:
    """(kind, text) of each block layout reads from the printed ``lines``."""
    document = text_to_document("\n".join(lines) + "\n", "t.txt")
    return [(b.kind, b.text) for b in lines_to_blocks(document)]
