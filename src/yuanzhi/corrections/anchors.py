"""Finding a correction's anchor again in a (re-)parsed issue.

Text is compared normalized (NFKC, no whitespace), exactly first, then
fuzzily: difflib's ratio on the first ``WINDOW`` characters, after a cheap
character-bigram prefilter, must reach ``FUZZY`` (0.9: an OCR slip or a few
characters the parser now keeps or drops, not another paragraph).

An article is found by its fingerprint: its first paragraph must match the
anchor's first paragraph, or, under the same title, one of its next two (the
parser may have given it a paragraph more at the top), or its first paragraph
the anchor's second (the parser gave its top paragraph to the article before);
or its title must equal
the anchor's title, be the only such title in the issue, and its top paragraph
be at least half like the anchor's. When two articles match about equally, the id the
article had when the correction was made breaks the tie; otherwise the anchor
is ambiguous and the correction is reported stale.
"""

from __future__ import annotations

import difflib
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from .. import model
from .model import ArticleAnchor

FUZZY = 0.9  # similarity a fuzzy match must reach
WINDOW = 600  # characters compared by difflib (long paragraphs: their start decides)
HEAD = 3  # paragraphs at an article's top where its anchor paragraph may now sit
TIE = 0.02  # scores this close are a tie


def norm(text: str | None) -> str:
    """Text as compared: NFKC (full-width forms folded), whitespace removed."""
    if not text:
        return ""
    return "".join(unicodedata.normalize("NFKC", text).split())


def _bigrams(text: str) -> set[str]:
    return {text[i : i + 2] for i in range(len(text) - 1)} or {text}


def similarity(a: str, b: str) -> float:
    """0–1 similarity of two normalized texts (1.0 only when equal)."""
    if a == b:
        return 1.0
    if not a or not b:
        return 0.0
    shorter, longer = sorted((len(a), len(b)))
    if 2 * shorter / (shorter + longer) < FUZZY - 0.2:  # ratio can never get there
        return 2 * shorter / (shorter + longer) * 0.5
    ga, gb = _bigrams(a[:WINDOW]), _bigrams(b[:WINDOW])
    dice = 2 * len(ga & gb) / (len(ga) + len(gb))
    if dice < 0.5:
        return dice * 0.5
    matcher = difflib.SequenceMatcher(None, a[:WINDOW], b[:WINDOW], autojunk=False)
    return min(matcher.ratio(), 0.999)


def fingerprint(article: model.Article, source: str) -> ArticleAnchor:
    return ArticleAnchor(
        source=source,
        title=article.title,
        first_paragraph=article.paragraphs[0] if article.paragraphs else "",
        local_id=article.id,
        second_paragraph=article.paragraphs[1] if len(article.paragraphs) > 1 else "",
    )


@dataclass(frozen=True)
class Found:
    index: int  # the article's position in the issue
    score: float


def find_article(articles: Sequence[model.Article], anchor: ArticleAnchor) -> Found | str:
    """The article the anchor names, or why none can be named (a reason for `stale`)."""
    want_title = norm(anchor.title)
    want_first = norm(anchor.first_paragraph)
    want_second = norm(anchor.second_paragraph)
    titled = [i for i, a in enumerate(articles) if want_title and norm(a.title) == want_title]
    scored: list[tuple[float, int]] = []
    for i, article in enumerate(articles):
        heads = [norm(p) for p in article.paragraphs[:HEAD]]
        title = similarity(want_title, norm(article.title)) if want_title else 0.0
        same_title = title >= FUZZY or not (want_title or article.title)
        if want_first:
            # lower down, the paragraph names the article only under the same title
            body = max(
                (similarity(want_first, h) for k, h in enumerate(heads) if k == 0 or same_title),
                default=0.0,
            )
            if want_second and same_title and heads and body < FUZZY:
                # the top paragraph went to the article before: the next one now opens it
                body = max(body, similarity(want_second, heads[0]) - TIE)
        else:
            body = 1.0 if not heads else 0.0
        if body >= FUZZY or (titled == [i] and not want_first):
            scored.append((body + 0.5 * title, i))
        elif titled == [i] and body >= 0.5:  # same, only title: the top paragraph was re-read
            scored.append((body + 0.5 * title, i))
    if not scored:
        what = f"「{_short(anchor.title or anchor.first_paragraph)}」"
        return f"article {what} is no longer in {anchor.source}"
    scored.sort(reverse=True)
    best, index = scored[0]
    tied = [i for score, i in scored if best - score <= TIE]
    if len(tied) > 1:
        hinted = [i for i in tied if articles[i].id == anchor.local_id]
        if len(hinted) != 1:
            return f"{len(tied)} articles of {anchor.source} match 「{_short(anchor.title or anchor.first_paragraph)}」 equally"
        index = hinted[0]
    return Found(index, best)


@dataclass(frozen=True)
class Place:
    article: int
    paragraph: int
    score: float


def find_paragraph(
    articles: Sequence[model.Article], text: str, prefer: int | None = None
) -> Place | None:
    """Where a paragraph is now: exactly anywhere (``prefer``'s article first), else nearly in ``prefer``'s."""
    want = norm(text)
    order = list(range(len(articles)))
    if prefer is not None and 0 <= prefer < len(articles):
        order.remove(prefer)
        order.insert(0, prefer)
    for i in order:
        for j, paragraph in enumerate(articles[i].paragraphs):
            if norm(paragraph) == want:
                return Place(i, j, 1.0)
    if prefer is None or not 0 <= prefer < len(articles):
        return None
    # a near match only inside the article it was in: formulaic sentences elsewhere
    # (为进一步提高…，我院举办…) can be as near as an OCR slip
    best: Place | None = None
    for j, paragraph in enumerate(articles[prefer].paragraphs):
        score = similarity(want, norm(paragraph))
        if score >= FUZZY and (best is None or score > best.score + TIE):
            best = Place(prefer, j, score)
    return best


def find_in_article(article: model.Article, text: str) -> int | None:
    """The index of a paragraph of one article (exact, then fuzzy)."""
    place = find_paragraph([article], text)
    return place.paragraph if place is not None else None


def quote_matches(quote: str, wanted: str) -> bool:
    """Is an evidence sentence the wanted one (same sentence, or nearly)?"""
    a, b = norm(quote), norm(wanted)
    return bool(a and b) and (a == b or similarity(a, b) >= FUZZY)


def _short(text: str | None, limit: int = 24) -> str:
    text = (text or "").strip()
    return text if len(text) <= limit else text[: limit - 1] + "…"


def short(text: str | None, limit: int = 24) -> str:
    return _short(text, limit)
