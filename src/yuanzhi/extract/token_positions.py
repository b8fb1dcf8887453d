"""Where a position falls among jieba's tokens: ``(word, start, end)`` in order, one after another."""

from __future__ import annotations

import bisect

Token = tuple[str, int, int]


def token_starting(tokens: list[Token], position: int) -> int | None:
    """The index of the token that starts at ``position``, or None (the position falls inside one)."""
    at = bisect.bisect_left(tokens, position, key=lambda t: t[1])
    return at if at < len(tokens) and tokens[at][1] == position else None


def token_over(tokens: list[Token], position: int) -> Token | None:
    """The token that starts before ``position`` and ends after it, or None."""
    at = bisect.bisect_right(tokens, position, key=lambda t: t[1]) - 1
    if at < 0:
        return None
    token = tokens[at]
    return token if token[1] < position < token[2] else None
