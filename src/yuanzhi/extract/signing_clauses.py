"""The parties of a signing are named in the clause of its verb: ``甲医院与乙县卫生健康局签订…协议，
医院某中心正式与乙县人民医院及13家卫生院联网运行`` — the bodies of the next clause are what the
agreement connects, not sides of it (GOLD_SPEC §13: one partnership per signing, its parties)."""

from __future__ import annotations

import re
from collections.abc import Sequence

_CLAUSE = re.compile(r"[，,；;。！？]")


def signing_clause(sentence: str, cues: Sequence[str]) -> tuple[int, int] | None:
    """(start, end) of the clause where the first signing cue of ``cues`` is written, or None."""
    at = min((i for i in (sentence.find(cue) for cue in cues) if i >= 0), default=-1)
    if at < 0:
        return None
    before = [m.end() for m in _CLAUSE.finditer(sentence, 0, at)]
    after = _CLAUSE.search(sentence, at)
    return (before[-1] if before else 0, after.start() if after else len(sentence))


def clause_parties(sentence: str, parties: list[tuple[int, str]], cues: Sequence[str]) -> list[tuple[int, str]]:
    """``parties`` (position, name) kept to the signing's clause when it names two or more of them."""
    span = signing_clause(sentence, cues)
    if span is None:
        return parties
    inside = [(at, name) for at, name in parties if span[0] <= at < span[1]]
    return inside if len({name for _at, name in inside}) >= 2 else parties
