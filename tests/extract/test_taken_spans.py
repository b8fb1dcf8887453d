"""TakenSpans answers as a scan of its spans would, however the spans lie."""

from __future__ import annotations

import random

from yuanzhi.extract.taken_spans import TakenSpans, covers, crosses, next_start


def _random_spans(rng: random.Random, size: int) -> list[tuple[int, int]]:
    spans = []
    for _ in range(rng.randint(0, 12)):
        a = rng.randint(-2, size + 2)
        spans.append((a, a + rng.randint(-1, 6)))  # empty, reversed and past-the-end spans too
    return spans


def test_index_answers_as_the_scan() -> None:
    rng = random.Random(7)
    for _ in range(300):
        size = rng.randint(0, 30)
        spans = _random_spans(rng, size)
        taken = TakenSpans(size, spans[: len(spans) // 2])
        taken.extend(spans[len(spans) // 2 :])
        assert list(taken) == spans
        for position in range(-3, size + 4):
            assert covers(taken, position) == covers(spans, position)
            assert next_start(taken, position) == next_start(spans, position)
            for end in range(position - 2, position + 6):
                assert crosses(taken, position, end) == crosses(spans, position, end)


def test_mirror_takes_every_span_added() -> None:
    blocked = TakenSpans(20, [(0, 2)])
    used = TakenSpans(20, mirror=blocked)
    used.append((5, 8))
    used.extend([(10, 12)])
    assert list(used) == [(5, 8), (10, 12)]
    assert list(blocked) == [(0, 2), (5, 8), (10, 12)]
    assert blocked.covers(6) and not used.covers(1)
    assert blocked.next_start(2) == 5


def test_plain_list_scanned() -> None:
    spans = [(3, 5), (9, 9)]
    assert covers(spans, 4) and not covers(spans, 5)
    assert crosses(spans, 8, 10)  # the empty span at 9 lies inside 8..10
    assert next_start(spans, 3) == 9 and next_start(spans, 9) is None
