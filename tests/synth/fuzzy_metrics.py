"""OCR-tolerant versions of the article measures in ``metrics``.

The strict measures find a truth sentence only when its content characters
appear verbatim in one predicted article: one misread character (甲 read as
申) and the sentence counts as lost, its article as broken, which blames the
layout for the recogniser's error. Here a sentence (paragraph, title) that is
not found verbatim is matched where an aligned stretch of the predicted text
has a difflib ratio of at least ``threshold`` (0.9: one wrong character in
ten) with it. Benches report both, labelled: strict numbers are the headline.
"""

from __future__ import annotations

import difflib
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from .metrics import (
    Issue,
    Item,
    _key,
    article_fields,
    bcubed,
    best_matches,
    match_sentences,
    norm_title,
    paragraph_contiguity,
)

THRESHOLD = 0.9


def aligned_ratio(key: str, text: str, gram: int = 3) -> float:
    """difflib ratio between ``key`` and the stretch of ``text`` it aligns with best
    (1.0 when ``key`` occurs verbatim). Every place where a few characters of
    ``key`` occur is tried: the longest common run may sit in another sentence
    that repeats a name."""
    if not key:
        return 0.0
    if key in text:
        return 1.0
    gram = min(gram, len(key))
    starts: set[int] = set()
    for offset in range(len(key) - gram + 1):
        piece = key[offset : offset + gram]
        found = text.find(piece)
        while found >= 0:
            starts.add(found - offset)
            found = text.find(piece, found + 1)
    slack = len(key) // 5 + 2
    best = 0.0
    for start in sorted(starts):
        window = text[max(0, start - slack) : start + len(key) + slack]
        blocks = [b for b in difflib.SequenceMatcher(None, window, key, autojunk=False).get_matching_blocks() if b.size]
        if not blocks:
            continue
        span = blocks[-1].a + blocks[-1].size - blocks[0].a
        best = max(best, 2.0 * sum(b.size for b in blocks) / (len(key) + span))
    return best


def fuzzy_match_sentences(truth: Issue, predicted: Issue, threshold: float = THRESHOLD) -> list[Item]:
    """``metrics.match_sentences``, then each unplaced sentence goes to the predicted
    article holding the closest stretch, when that is close enough."""
    texts = [_key("".join(article_fields(a))) for a in predicted.get("articles") or ()]
    items = match_sentences(truth, predicted)
    out: list[Item] = []
    for item in items:
        if item.predicted is None and texts:
            ratios = [aligned_ratio(item.key, text) for text in texts]
            best = max(range(len(texts)), key=lambda i: (ratios[i], -i))
            if ratios[best] >= threshold:
                item = replace(item, predicted=best)
        out.append(item)
    return out


def fuzzy_contiguity(truth: Issue, predicted: Issue, threshold: float = THRESHOLD) -> tuple[int, int]:
    """(whole, total): true paragraphs found in one predicted field, verbatim or close enough."""
    return paragraph_contiguity(truth, predicted, lambda key, field: aligned_ratio(key, field) >= threshold)


def _titles_close(a: str | None, b: str | None, threshold: float) -> bool:
    a, b = norm_title(a), norm_title(b)
    if a is None or b is None:
        return a == b
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio() >= threshold


def fuzzy_title_accuracy(truth: Issue, predicted: Issue, items: Sequence[Item],
                         threshold: float = THRESHOLD) -> tuple[int, int]:
    t_articles = list(truth.get("articles") or ())
    p_articles = list(predicted.get("articles") or ())
    correct = 0
    for article, match in zip(t_articles, best_matches(items, len(t_articles)), strict=True):
        if match is not None and _titles_close(article.get("title"), p_articles[match].get("title"), threshold):
            correct += 1
    return correct, len(t_articles)


def fuzzy_score_issue(truth: Issue, predicted: Issue, threshold: float = THRESHOLD) -> dict[str, Any]:
    """B-cubed F1, titles and contiguity with OCR-tolerant matching (same keys as ``score_issue``)."""
    items = fuzzy_match_sentences(truth, predicted, threshold)
    precision, recall, f1 = bcubed(items)
    titles = fuzzy_title_accuracy(truth, predicted, items, threshold)
    whole, total = fuzzy_contiguity(truth, predicted, threshold)
    return {
        "bcubed_p": precision,
        "bcubed_r": recall,
        "bcubed_f1": f1,
        "titles_correct": titles[0],
        "articles": titles[1],
        "paragraphs_whole": whole,
        "paragraphs": total,
        "sentences_unplaced": sum(1 for item in items if item.predicted is None),
    }
