"""What the dating cue readers share of reading a text: its spaces taken out, its sentences, a
count written in digits or Chinese numerals, a regex alternation of lexicon words, the short quote
a cue carries, and months counted as one index (year * 12 + month - 1) and back.

The readers' own words are data (lexicon/*.tsv, read by role_lexicon); nothing here is a word list.
"""

from __future__ import annotations

import re

CN_DIGITS = {"〇": 0, "零": 0, "○": 0, "Ｏ": 0, "O": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
NUM = r"\d{1,3}|[一二三四五六七八九十百零〇两]{1,6}"  # a count: digits or Chinese numerals (cn_number)
SENTENCE = re.compile(r"[^。！？；]+")  # a sentence of a flattened text
_SPACE = re.compile(r"\s+")


def despaced(text: str) -> str:
    """The text without spaces and line breaks."""
    return _SPACE.sub("", text)


def cn_number(text: str) -> int | None:
    """0-999 in digits or Chinese numerals (七十五, 一百一十五, 一百零三, 两)."""
    if text.isdigit():
        return int(text)
    total = digit = 0
    for ch in text:
        if ch == "百":
            total, digit = total + (digit or 1) * 100, 0
        elif ch == "十":
            total, digit = total + (digit or 1) * 10, 0
        elif ch == "两":
            digit = 2
        elif ch in CN_DIGITS:
            digit = CN_DIGITS[ch]
        else:
            return None
    return total + digit


def alternation(names: list[str]) -> str:
    """A regex matching any of ``names``, the longest first where several start at one place."""
    return "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))


def cue_quote(text: str, limit: int = 24) -> str:
    """The text a cue quotes: without spaces, cut to ``limit`` characters with an ellipsis."""
    text = re.sub(r"\s+", "", text)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def month_index(year: int, month: int) -> int:
    """The month counted from year 0 (year * 12 + month - 1): months apart are indices apart."""
    return year * 12 + month - 1


def year_month(index: int) -> tuple[int, int]:
    """The (year, month) of a month index."""
    return index // 12, index % 12 + 1


def issue_months(first: int, last: int) -> dict[int, frozenset[int] | None]:
    """The issue months of month indices first..last, by year (None: all twelve)."""
    out: dict[int, frozenset[int] | None] = {}
    for year in range(first // 12, last // 12 + 1):
        months = frozenset(i % 12 + 1 for i in range(max(first, year * 12), min(last, year * 12 + 11) + 1))
        out[year] = None if len(months) == 12 else months
    return out
