"""What kind of Han character a character is: one named test per meaning.

``is_cjk`` is the wide test (the basic block and extension A, U+3400–U+9FFF);
``is_basic_han`` is the basic block only (U+4E00–U+9FFF), what several readers
of names and places have always tested. They differ only on extension A
characters (rare characters of names and old texts). No imports: every stage may
use it.
"""

from __future__ import annotations


def is_cjk(char: str) -> bool:
    """A CJK ideograph (basic block and extension A)."""
    return "\u3400" <= char <= "\u9fff"


def is_basic_han(char: str) -> bool:
    """A CJK ideograph of the basic block (U+4E00–U+9FFF), extension A not included."""
    return "\u4e00" <= char <= "\u9fff"
