"""Checks that a synthetic issue's truth agrees with its text (used by the tests)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from typing import Any

from yuanzhi.layout.normalize import content_chars

from .metrics import article_fields, conservation_problems, split_sentences


def is_subsequence(needle: str, haystack: str, start: int = 0) -> int:
    """Index after the last matched character of ``needle`` in ``haystack``, or -1."""
    position = start
    for char in needle:
        position = haystack.find(char, position)
        if position < 0:
            return -1
        position += 1
    return position


def truth_problems(text: str, truth: Mapping[str, Any]) -> list[str]:
    """Ways the truth disagrees with the text it describes (empty when it agrees)."""
    problems = list(conservation_problems(text, truth))
    stream = content_chars(text)
    for article in truth["articles"]:
        for field in article_fields(article):
            if is_subsequence(content_chars(field), stream) < 0:
                problems.append(f"{article['id']}: field not in the text in order: {field[:30]}")
        if not article_fields(article):
            problems.append(f"{article['id']}: an article with no text")
        for subheading in article["subheadings"]:
            if subheading not in article["paragraphs"]:
                problems.append(f"{article['id']}: subheading not among paragraphs: {subheading}")
    sentences = Counter(
        content_chars(s)
        for article in truth["articles"]
        for field in article_fields(article)
        for s in split_sentences(field)
    )
    repeated = [s for s, n in sentences.items() if n > 1]
    if repeated:
        problems.append(f"{len(repeated)} sentences repeated in the issue, e.g. {repeated[0][:30]}")
    return problems
