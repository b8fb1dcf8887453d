"""How close a predicted issue is to the truth: pure functions over contract dicts.

Both sides are contract-shaped issue dicts (``{"articles": [...], "furniture":
[...], "unassigned": [...]}``; see docs/contract.md). Matching works on content
characters (letters, digits, CJK: ``layout.normalize.content_chars``), so it does
not care how a parser joined lines, where it put punctuation-only fragments or
whether it split a paragraph differently.

* ``bcubed``: sentence-level B-cubed precision/recall/F1 of article membership;
* ``title_accuracy``, ``byline_accuracy``: per truth article, against the
  predicted article holding most of its sentences;
* ``paragraph_f1``: predicted paragraph breaks against true ones;
* ``paragraph_contiguity``: share of true paragraphs found whole in one field;
* ``conservation_problems``: every content character of the input appears once.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from yuanzhi.layout.normalize import content_chars, normalize_text

Issue = Mapping[str, Any]
Article = Mapping[str, Any]

HEAD_FIELDS = ("kicker", "title", "subtitle", "editor_note")
# labels a parser may keep or drop without being wrong
LABELS = ("编者按",)
_SENTENCE = re.compile(r".+?(?:[。！？!?]+[”’」』）)]*|$)", re.S)
MARKER = re.compile(
    r"[（(]\s*(?:下\s*转|上\s*接|转|接)\s*第?\s*[一二三四五六七八九十0-9０-９]+\s*版\s*[)）]"
    r"|(?:下\s*转|上\s*接)\s*第?\s*[一二三四五六七八九十0-9０-９]+\s*版"
)


# ---------------------------------------------------------------- fields


def article_fields(article: Article) -> list[str]:
    """An article's text fields in reading order (subheadings are paragraphs already)."""
    fields = [article.get(name) for name in HEAD_FIELDS]
    out = [f for f in fields if f]
    out.extend(p for p in article.get("paragraphs") or () if p)
    for sidebar in article.get("sidebars") or ():
        if sidebar.get("title"):
            out.append(sidebar["title"])
        out.extend(p for p in sidebar.get("paragraphs") or () if p)
    return out


def _byline_texts(article: Article) -> list[str]:
    texts: list[str] = []
    for byline in article.get("bylines") or ():
        if byline.get("department"):
            texts.append(byline["department"])
        texts.extend(a for a in byline.get("authors") or () if a)
        # an addition to the contract: roles such as 文/图/摄影 printed in the byline
        texts.extend(r for r in byline.get("roles") or () if r)
    return texts


def output_texts(issue: Issue) -> list[str]:
    """Every text field of an issue dict, each once (subheadings are not repeated)."""
    texts: list[str] = []
    for article in issue.get("articles") or ():
        texts.extend(article_fields(article))
        texts.extend(_byline_texts(article))
    texts.extend(t for t in issue.get("furniture") or () if t)
    texts.extend(t for t in issue.get("unassigned") or () if t)
    return texts


def split_sentences(text: str) -> list[str]:
    """Sentences end at 。！？ (with any closing quotes); a field's end ends one too."""
    pieces = [m.group(0).strip() for m in _SENTENCE.finditer(text)]
    return [p for p in pieces if content_chars(p)]


def _key(text: str) -> str:
    return content_chars(text)


def _unlabelled(key: str) -> str:
    for label in LABELS:
        if key.startswith(label):
            return key[len(label) :]
    return key


def norm_title(title: str | None) -> str | None:
    if title is None:
        return None
    text = normalize_text(title).replace(" ", "")
    return text or None


# ---------------------------------------------------------------- sentence matching


@dataclass(frozen=True)
class Item:
    truth: int  # index of the truth article
    key: str  # content characters of the sentence
    predicted: int | None  # index of the predicted article holding it, None if none


def match_sentences(truth: Issue, predicted: Issue) -> list[Item]:
    """Locate every truth sentence in the predicted articles (by content characters)."""
    texts = [_key("".join(article_fields(a))) for a in predicted.get("articles") or ()]
    raw: list[tuple[int, str, list[int]]] = []
    for t_index, article in enumerate(truth.get("articles") or ()):
        for field in article_fields(article):
            for sentence in split_sentences(field):
                key = _key(sentence)
                hits = [i for i, text in enumerate(texts) if key in text]
                if not hits and _unlabelled(key) != key and _unlabelled(key):
                    key = _unlabelled(key)
                    hits = [i for i, text in enumerate(texts) if key in text]
                raw.append((t_index, key, hits))
    votes: dict[int, Counter[int]] = {}
    for t_index, _, hits in raw:
        if len(hits) == 1:
            votes.setdefault(t_index, Counter())[hits[0]] += 1
    items: list[Item] = []
    for t_index, key, hits in raw:
        if not hits:
            items.append(Item(t_index, key, None))
            continue
        tally = votes.get(t_index, Counter())
        best = max(hits, key=lambda i: (tally[i], -i))
        items.append(Item(t_index, key, best))
    return items


def bcubed(items: Sequence[Item]) -> tuple[float, float, float]:
    """B-cubed precision, recall, F1 over items; unplaced items are singletons."""
    if not items:
        return 1.0, 1.0, 1.0
    by_truth = Counter(item.truth for item in items)
    by_pred = Counter(item.predicted for item in items if item.predicted is not None)
    both = Counter((item.truth, item.predicted) for item in items if item.predicted is not None)
    precision = recall = 0.0
    for item in items:
        if item.predicted is None:
            precision += 1.0
            recall += 1.0 / by_truth[item.truth]
            continue
        shared = both[(item.truth, item.predicted)]
        precision += shared / by_pred[item.predicted]
        recall += shared / by_truth[item.truth]
    precision /= len(items)
    recall /= len(items)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def best_matches(items: Sequence[Item], n_truth: int) -> list[int | None]:
    """For each truth article, the predicted article holding most of its sentences."""
    tallies: list[Counter[int]] = [Counter() for _ in range(n_truth)]
    for item in items:
        if item.predicted is not None:
            tallies[item.truth][item.predicted] += 1
    return [min(t, key=lambda i: (-t[i], i)) if t else None for t in tallies]


# ---------------------------------------------------------------- per-article accuracies


def title_accuracy(
    truth: Issue, predicted: Issue, items: Sequence[Item] | None = None
) -> tuple[int, int]:
    """(correct, total) titles; a truth title of null must be predicted null."""
    t_articles = list(truth.get("articles") or ())
    p_articles = list(predicted.get("articles") or ())
    items = match_sentences(truth, predicted) if items is None else items
    correct = 0
    for article, match in zip(t_articles, best_matches(items, len(t_articles)), strict=True):
        if match is None:
            continue
        if norm_title(article.get("title")) == norm_title(p_articles[match].get("title")):
            correct += 1
    return correct, len(t_articles)


def byline_set(article: Article) -> set[tuple[str | None, str | None]]:
    pairs: set[tuple[str | None, str | None]] = set()
    for byline in article.get("bylines") or ():
        department = byline.get("department")
        department = department.replace(" ", "") if department else None
        authors = [a.replace(" ", "") for a in byline.get("authors") or () if a]
        if not authors:
            pairs.add((department, None))
        for author in authors:
            pairs.add((department, author))
    return pairs


def byline_accuracy(
    truth: Issue, predicted: Issue, items: Sequence[Item] | None = None
) -> tuple[int, int]:
    """(correct, total): the (department, author) pairs of the matched article equal the truth's."""
    t_articles = list(truth.get("articles") or ())
    p_articles = list(predicted.get("articles") or ())
    items = match_sentences(truth, predicted) if items is None else items
    correct = 0
    for article, match in zip(t_articles, best_matches(items, len(t_articles)), strict=True):
        if match is not None and byline_set(article) == byline_set(p_articles[match]):
            correct += 1
    return correct, len(t_articles)


# ---------------------------------------------------------------- paragraphs

CONTEXT = 6


def _paragraph_runs(article: Article) -> list[list[str]]:
    runs = [[p for p in article.get("paragraphs") or () if p]]
    runs.extend([p for p in s.get("paragraphs") or () if p] for s in article.get("sidebars") or ())
    return runs


def paragraph_breaks(issue: Issue) -> Counter[str]:
    """Breaks between consecutive paragraphs, keyed by the content around them."""
    keys: Counter[str] = Counter()
    for article in issue.get("articles") or ():
        for run in _paragraph_runs(article):
            parts = [_key(p) for p in run]
            parts = [p for p in parts if p]
            stream = "".join(parts)
            offset = 0
            for part in parts[:-1]:
                offset += len(part)
                keys[
                    stream[max(0, offset - CONTEXT) : offset]
                    + "|"
                    + stream[offset : offset + CONTEXT]
                ] += 1
    return keys


def paragraph_f1(truth: Issue, predicted: Issue) -> tuple[float, float, float]:
    """Precision, recall, F1 of predicted paragraph breaks against the true ones."""
    true_breaks = paragraph_breaks(truth)
    predicted_breaks = paragraph_breaks(predicted)
    hits = sum((true_breaks & predicted_breaks).values())
    n_true, n_pred = sum(true_breaks.values()), sum(predicted_breaks.values())
    precision = hits / n_pred if n_pred else (1.0 if not n_true else 0.0)
    recall = hits / n_true if n_true else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def paragraph_contiguity(
    truth: Issue, predicted: Issue, close: Callable[[str, str], bool] | None = None
) -> tuple[int, int]:
    """(whole, total): true paragraphs found as one contiguous run inside one predicted field
    (or, with ``close``, in a field that ``close(paragraph, field)`` accepts)."""
    fields = [_key(t) for t in output_texts(predicted)]
    haystack = "\x00".join(fields)
    whole = total = 0
    for article in truth.get("articles") or ():
        for run in _paragraph_runs(article):
            for paragraph in run:
                key = _key(paragraph)
                if not key:
                    continue
                total += 1
                whole += key in haystack or (close is not None and any(close(key, f) for f in fields))
    return whole, total


# ---------------------------------------------------------------- conservation


def _strip_markers(text: str) -> str:
    return MARKER.sub("", text)


def conservation_problems(input_text: str, predicted: Issue, limit: int = 12) -> list[str]:
    """Every content character of the input once across the output's text fields.

    Continuation markers (（下转四版）…) may go, as the contract allows; everything
    else missing or extra is a problem, described with the characters involved.
    """
    expected = Counter(content_chars(_strip_markers(input_text)))
    produced: Counter[str] = Counter()
    for text in output_texts(predicted):
        produced.update(content_chars(_strip_markers(text)))
    problems: list[str] = []
    missing = expected - produced
    extra = produced - expected
    if missing:
        problems.append(
            f"{sum(missing.values())} content chars missing from the output: {_show(missing, limit)}"
        )
    if extra:
        problems.append(
            f"{sum(extra.values())} content chars in the output but not the input (or repeated): {_show(extra, limit)}"
        )
    return problems


def _show(counts: Counter[str], limit: int) -> str:
    shown = [f"{c}×{n}" if n > 1 else c for c, n in counts.most_common(limit)]
    more = len(counts) - limit
    return " ".join(shown) + (f" … (+{more} more)" if more > 0 else "")


# ---------------------------------------------------------------- one call for a bench


def score_issue(truth: Issue, predicted: Issue, input_text: str | None = None) -> dict[str, Any]:
    """All measures of one predicted issue, as numbers a bench can add up."""
    items = match_sentences(truth, predicted)
    precision, recall, f1 = bcubed(items)
    titles = title_accuracy(truth, predicted, items)
    bylines = byline_accuracy(truth, predicted, items)
    para_p, para_r, para_f1 = paragraph_f1(truth, predicted)
    whole, total = paragraph_contiguity(truth, predicted)
    scores: dict[str, Any] = {
        "bcubed_p": precision,
        "bcubed_r": recall,
        "bcubed_f1": f1,
        "titles_correct": titles[0],
        "bylines_correct": bylines[0],
        "articles": titles[1],
        "paragraph_p": para_p,
        "paragraph_r": para_r,
        "paragraph_f1": para_f1,
        "paragraphs_whole": whole,
        "paragraphs": total,
        "sentences_unplaced": sum(1 for item in items if item.predicted is None),
    }
    if input_text is not None:
        scores["conservation"] = conservation_problems(input_text, predicted)
    return scores


def mean(values: Iterable[float]) -> float:
    values = list(values)
    return sum(values) / len(values) if values else 0.0
