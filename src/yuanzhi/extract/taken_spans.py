"""The spans of one sentence that hold no (more) name: patients, and people already read. A list
of (start, end) that also keeps, as it grows, which characters the spans cover and where each
starts, so asking whether a place is taken costs the same on a sentence of any length (a
column printed without stops is one sentence of thousands of characters and hundreds of names).

It is a list: whoever only iterates the spans reads them as before."""

from __future__ import annotations

from bisect import bisect_right, insort
from collections.abc import Iterable, Sequence

Span = tuple[int, int]


class TakenSpans(list[Span]):
    """(start, end) spans of a sentence of ``size`` characters; ``mirror`` (if given) takes every
    span added here too (the people read so far are also among the spans no name may cross)."""

    def __init__(self, size: int, spans: Iterable[Span] = (), mirror: TakenSpans | None = None) -> None:
        super().__init__()
        self._covered = bytearray(max(size, 0))
        self._starts: list[int] = []
        self._odd: list[Span] = []  # empty (or reversed) spans, and spans past the sentence: read one by one
        self._mirror = mirror
        self.extend(spans)

    def append(self, span: Span) -> None:
        super().append(span)
        a, b = span
        insort(self._starts, a)
        if 0 <= a < b <= len(self._covered):
            self._covered[a:b] = b"\x01" * (b - a)
        else:
            self._odd.append(span)
        if self._mirror is not None:
            self._mirror.append(span)

    def extend(self, spans: Iterable[Span]) -> None:
        for span in list(spans):
            self.append(span)

    def covers(self, position: int) -> bool:
        """Some span holds ``position`` (a <= position < b)."""
        if 0 <= position < len(self._covered) and self._covered[position]:
            return True
        return any(a <= position < b for a, b in self._odd)

    def crosses(self, start: int, end: int) -> bool:
        """Some span overlaps start..end (a < end and start < b)."""
        low, high = max(start, 0), min(end, len(self._covered))
        if low < high and self._covered.find(1, low, high) >= 0:
            return True
        if start >= end:
            return any(a < end and start < b for a, b in self)
        return any(a < end and start < b for a, b in self._odd)

    def next_start(self, position: int) -> int | None:
        """The first start of a span after ``position``, or None."""
        at = bisect_right(self._starts, position)
        return self._starts[at] if at < len(self._starts) else None


def covers(spans: Sequence[Span], position: int) -> bool:
    """Some span holds ``position``; read from the index when ``spans`` keeps one."""
    if isinstance(spans, TakenSpans):
        return spans.covers(position)
    return any(a <= position < b for a, b in spans)


def crosses(spans: Sequence[Span], start: int, end: int) -> bool:
    """Some span overlaps start..end; read from the index when ``spans`` keeps one."""
    if isinstance(spans, TakenSpans):
        return spans.crosses(start, end)
    return any(a < end and start < b for a, b in spans)


def next_start(spans: Sequence[Span], position: int) -> int | None:
    """The first start of a span after ``position``, or None."""
    if isinstance(spans, TakenSpans):
        return spans.next_start(position)
    ahead = [a for a, _b in spans if a > position]
    return min(ahead) if ahead else None
