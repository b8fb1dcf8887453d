"""Word boundaries at line breaks.

A typesetter breaks a line wherever the column is full, so inside a paragraph
a line break falls in the middle of a word about half the time (救 | 死扶伤,
泌 | 尿功能). A headline or heading always ends at a word boundary. Segmenting
the few characters around a break with jieba (its dictionary ships with the
package; no downloads) tells whether a word runs across it.
"""

from __future__ import annotations

import logging
import re
from functools import lru_cache
from typing import Any

_IDEOGRAPHS = re.compile(r"[\u4e00-\u9fff]+")
CONTEXT = 6


@lru_cache(maxsize=1)
def _tokenizer() -> Any:
    import jieba

    jieba.setLogLevel(logging.WARNING)
    tokenizer = jieba.Tokenizer()
    tokenizer.initialize()
    return tokenizer


def word_runs_across(before: str, after: str) -> bool:
    """Does a dictionary word of two or more characters span the break between
    ``before`` (a line's end) and ``after`` (the next line's start)?"""
    left = _IDEOGRAPHS.findall(before[-CONTEXT:])
    right = _IDEOGRAPHS.findall(after[:CONTEXT])
    if not left or not right or not before[-1:] or not after[:1]:
        return False
    if not (_IDEOGRAPHS.fullmatch(before[-1]) and _IDEOGRAPHS.fullmatch(after[0])):
        return False
    a, b = left[-1], right[0]
    position = 0
    for word in _tokenizer().lcut(a + b, HMM=False):
        start, position = position, position + len(word)
        if start < len(a) < position and len(word) >= 2:
            return True
    return False
