"""Readings of a sentence that may overlap (organizations, patients): the leftmost stands, and of
readings that start together the longest; a reading inside or across one kept is dropped."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol, TypeVar


class _Span(Protocol):
    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


S = TypeVar("S", bound=_Span)


def leftmost_longest(spans: Iterable[S]) -> list[S]:
    """晋城大医院 and 晋城大医院新生儿科 read at one place: 晋城大医院新生儿科 stands."""
    kept: list[S] = []
    for span in sorted(spans, key=lambda s: (s.start, -(s.end - s.start))):
        if kept and span.start < kept[-1].end:
            continue
        kept.append(span)
    return kept
