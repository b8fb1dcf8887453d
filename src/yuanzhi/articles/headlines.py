"""Match headlines to the bodies they head.

Flattened text often prints a headline far from its body (the extractor emits
a spanning headline at the end of the page's text, or two headlines one after
the other). Every headline is therefore matched to a body by content: a global
assignment (Hungarian) over all headline units and all bodies, scored by how
much of the headline's vocabulary the body uses (IDF-weighted character
bigrams), plus a bonus when the headline sits right above the body. A body that
no headline matches well keeps no title rather than stealing another's.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

ADJACENT_BONUS = 0.45
MIN_SCORE = 0.2  # an assignment needs at least this score (adjacency counts)
CLEAR_MATCH = 0.2  # a headline matches a distant body when it shares this much …
CLEAR_MARGIN = 2.0  # … and this many times more than with any other body
UNSEEN_WEIGHT = 0.25  # words no body uses cannot tell bodies apart: they weigh less

_TOKEN_CHARS = re.compile(r"[0-9A-Za-z\u4e00-\u9fff]+")


def bigrams(text: str) -> set[str]:
    """The character bigrams of a text's letter/digit/CJK runs (a lone character counts alone)."""
    grams: set[str] = set()
    for run in _TOKEN_CHARS.findall(text):
        if len(run) == 1:
            grams.add(run)
        grams.update(run[k : k + 2] for k in range(len(run) - 1))
    return grams


@dataclass(frozen=True)
class Vocabulary:
    """Inverse document frequencies of bigrams over the bodies of one issue."""

    idf: dict[str, float]
    default: float

    @classmethod
    def of(cls, bodies: Sequence[str]) -> Vocabulary:
        df: Counter[str] = Counter()
        for text in bodies:
            df.update(bigrams(text))
        n = max(1, len(bodies))
        idf = {gram: math.log((n + 1) / (count + 0.5)) for gram, count in df.items()}
        return cls(idf, UNSEEN_WEIGHT * math.log((n + 1) / 1.5))

    def weight(self, gram: str) -> float:
        return self.idf.get(gram, self.default)


def similarities(headline: str, bodies: Sequence[set[str]], vocabulary: Vocabulary) -> list[float]:
    """For each body, the share of the headline's (IDF-weighted) bigrams it uses."""
    weights = {g: vocabulary.weight(g) for g in bigrams(headline)}
    total = sum(weights.values())
    if not total:
        return [0.0] * len(bodies)
    return [sum(w for g, w in weights.items() if g in body) / total for body in bodies]


def clear_best(scores: Sequence[float]) -> int | None:
    """The body a headline clearly belongs to by content, if any."""
    if not scores:
        return None
    ranked = sorted(range(len(scores)), key=scores.__getitem__, reverse=True)
    best = ranked[0]
    second = scores[ranked[1]] if len(ranked) > 1 else 0.0
    if scores[best] >= CLEAR_MATCH and scores[best] >= CLEAR_MARGIN * second:
        return best
    return None


def split_group(line_scores: Sequence[Sequence[float]], adjacent: int | None) -> list[list[int]]:
    """Split one headline group (consecutive headline lines) into units.

    ``line_scores[k][p]`` is line k's similarity to body p; ``adjacent`` is the
    body right below the group. A line that clearly belongs to a body other than
    the one its neighbour belongs to starts a unit of its own; lines with no
    clear body (kickers like 再出发) stay with their neighbours.
    """
    targets: list[int | None] = []
    for scores in line_scores:
        best = clear_best(scores)
        if best is None and adjacent is not None and scores and scores[adjacent] > 0:
            best = adjacent
        targets.append(best)
    units: list[list[int]] = []
    current: list[int] = []
    current_target: int | None = None
    for k, target in enumerate(targets):
        if current and target is not None and current_target is not None and target != current_target:
            units.append(current)
            current, current_target = [], None
        current.append(k)
        if target is not None:
            current_target = target
    if current:
        units.append(current)
    return units


def score_row(scores: Sequence[float], adjacent: int | None) -> list[float]:
    """Assignment scores of one headline unit: the adjacent body gets a bonus;
    a distant body counts only when the headline clearly belongs to it."""
    best = clear_best(scores)
    row = [s if p == best else min(s, MIN_SCORE * 0.5) for p, s in enumerate(scores)]
    if adjacent is not None:
        row[adjacent] = scores[adjacent] + ADJACENT_BONUS
    return row


def assign(scores: Sequence[Sequence[float]]) -> dict[int, int]:
    """Hungarian assignment of units (rows) to bodies (columns), best total
    score, keeping only pairs scoring at least MIN_SCORE."""
    if not scores or not scores[0]:
        return {}
    from scipy.optimize import linear_sum_assignment  # imported when text needs it (about 0.5 s)

    rows, cols = linear_sum_assignment([[-s for s in row] for row in scores])
    return {int(r): int(c) for r, c in zip(rows, cols, strict=True) if scores[r][c] >= MIN_SCORE}
