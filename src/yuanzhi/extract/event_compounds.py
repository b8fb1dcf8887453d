"""Two event cues written as one compound word (``科普大赛``, ``健康知识竞赛``): the compound names one
activity, and of the two types the first that fits in GOLD_SPEC §13's order is its type (a science
contest is a ``competition``, not ``outreach``), whichever cue is written first."""

from __future__ import annotations

from collections.abc import Sequence

from .occasion_news import first_that_fits


def compound_type(sentence: str, at: int, kind: str, cues: Sequence[tuple[str, str]]) -> str:
    """The type of the cue at ``at`` (of type ``kind``) with the cues that continue it without a
    break (written right after it, in one run of Han characters); ``kind`` when none does."""
    kinds = {kind}
    ends = [at + len(cue) for cue, k in cues if k == kind and sentence.startswith(cue, at)]
    end = max(ends) if ends else at
    while True:
        after = [(cue, k) for cue, k in cues if sentence.startswith(cue, end)]
        if not after:
            return first_that_fits(kinds)
        cue, k = max(after, key=lambda c: len(c[0]))
        kinds.add(k)
        end += len(cue)
