"""Article corrections applied to one parsed issue: retitle, move a paragraph, split, merge.

``apply_article_corrections(issue, corrections)`` takes the parser's issue and
the issue's corrections in the order they were made, applies each to the
result of the ones before (so a correction made after a split can name the new
article), and says for each what happened. A correction whose anchor is not
found is ``stale`` with the reason; one the parse already satisfies is
``applied`` with a note. Nothing here reads or writes the archive.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from .. import model
from .anchors import find_article, find_in_article, find_paragraph, norm, short, similarity
from .model import Correction, Merge, MoveParagraph, Outcome, Retitle, Split

SENTENCE_END = "。！？!?…；;”’」』）)"
Articles = list[model.Article]


def apply_article_corrections(
    issue: model.Issue, corrections: Sequence[tuple[int, Correction]]
) -> tuple[model.Issue, dict[int, Outcome]]:
    """The corrected issue and each correction's outcome (by correction id)."""
    articles = list(issue.articles)
    outcomes: dict[int, Outcome] = {}
    for cid, correction in sorted(corrections, key=lambda item: item[0]):
        if isinstance(correction, Retitle):
            articles, outcomes[cid] = retitle(articles, correction)
        elif isinstance(correction, MoveParagraph):
            articles, outcomes[cid] = move_paragraph(articles, correction)
        elif isinstance(correction, Split):
            articles, outcomes[cid] = split(articles, correction, cid)
        elif isinstance(correction, Merge):
            articles, outcomes[cid] = merge(articles, correction)
    if articles == list(issue.articles):
        return issue, outcomes
    return replace(issue, articles=tuple(articles)), outcomes


def _heads(article: model.Article) -> dict[str, str | None]:
    return {"title": article.title, "subtitle": article.subtitle, "kicker": article.kicker}


def _ref(article: model.Article) -> dict[str, str | None]:
    return {"id": article.id, "title": article.title}


def retitle(articles: Articles, c: Retitle) -> tuple[Articles, Outcome]:
    found = find_article(articles, c.article)
    if isinstance(found, str):
        return articles, Outcome("stale", found)
    article = articles[found.index]
    changes = {
        name: (value or None)
        for name, value in (("title", c.title), ("subtitle", c.subtitle), ("kicker", c.kicker))
        if value is not None
    }
    new = replace(article, **changes)  # type: ignore[arg-type]
    before, after = _heads(article), _heads(new)
    if new == article:
        return articles, Outcome(
            "applied", "the parse already reads so", (article.id,), before, after
        )
    out = list(articles)
    out[found.index] = new
    return out, Outcome("applied", "", (article.id,), before, after)


def _without_paragraph(article: model.Article, index: int) -> model.Article:
    text = article.paragraphs[index]
    paragraphs = article.paragraphs[:index] + article.paragraphs[index + 1 :]
    subheadings = article.subheadings
    if text in subheadings and text not in paragraphs:
        subheadings = tuple(s for s in subheadings if s != text)
    return replace(article, paragraphs=paragraphs, subheadings=subheadings)


def _is_empty(article: model.Article) -> bool:
    return not (article.title or article.paragraphs or article.sidebars or article.editor_note)


def move_paragraph(articles: Articles, c: MoveParagraph) -> tuple[Articles, Outcome]:
    target = find_article(articles, c.target)
    if isinstance(target, str):
        return articles, Outcome("stale", f"target: {target}")
    origin = find_article(articles, c.origin)
    prefer = origin.index if not isinstance(origin, str) else None
    place = find_paragraph(articles, c.paragraph, prefer=prefer)
    if place is None:
        return articles, Outcome(
            "stale", f"paragraph 「{short(c.paragraph)}」 is no longer in the issue"
        )
    source, goal = articles[place.article], articles[target.index]
    before = {
        "paragraph": source.paragraphs[place.paragraph],
        "from": _ref(source),
        "to": _ref(goal),
    }
    if place.article == target.index:
        note = "the parse already puts it there"
        return articles, Outcome("applied", note, (goal.id,), before, {"article": _ref(goal)})
    text = source.paragraphs[place.paragraph]
    was_subheading = text in source.subheadings
    emptied = _without_paragraph(source, place.paragraph)
    paragraphs = (text, *goal.paragraphs) if c.at == "start" else (*goal.paragraphs, text)
    subheadings = goal.subheadings + (
        (text,) if was_subheading and text not in goal.subheadings else ()
    )
    moved = replace(goal, paragraphs=paragraphs, subheadings=subheadings)
    out = list(articles)
    out[target.index] = moved
    out[place.article] = emptied
    if _is_empty(emptied):
        del out[place.article]
    after = {"article": _ref(moved), "at": c.at, "emptied": _is_empty(emptied)}
    return out, Outcome("applied", "", (source.id, goal.id), before, after)


def split(articles: Articles, c: Split, cid: int) -> tuple[Articles, Outcome]:
    found = find_article(articles, c.article)
    if isinstance(found, str):
        return articles, Outcome("stale", found)
    article = articles[found.index]
    at = find_in_article(article, c.paragraph)
    if at is None or at == 0:
        starts = [
            a
            for a in articles
            if a.paragraphs and similarity(norm(a.paragraphs[0]), norm(c.paragraph)) >= 0.9
        ]
        title_starts = [
            a for a in articles if c.title_from_paragraph and norm(a.title) == norm(c.paragraph)
        ]
        if (starts or title_starts) and at is None:
            done = (starts or title_starts)[0]
            return articles, Outcome(
                "applied", "the parse already starts an article there", (done.id,)
            )
        where = "is the article's first paragraph" if at == 0 else "is no longer in the article"
        return articles, Outcome("stale", f"split point 「{short(c.paragraph)}」 {where}")
    rest = article.paragraphs[at:]
    title = c.title or None
    if c.title_from_paragraph:
        title, rest = rest[0], rest[1:]
    kept = article.paragraphs[:at]
    first = replace(
        article,
        paragraphs=kept,
        subheadings=tuple(s for s in article.subheadings if s in kept),
    )
    second = model.Article(
        id=f"{article.id}-s{cid}",
        title=title,
        paragraphs=rest,
        subheadings=tuple(s for s in article.subheadings if s in rest),
        pages=article.pages,
    )
    out = list(articles)
    out[found.index : found.index + 1] = [first, second]
    before = {"article": _ref(article), "paragraphs": len(article.paragraphs)}
    after = {"articles": [_ref(first), _ref(second)], "paragraphs": [len(kept), len(rest)]}
    return out, Outcome("applied", "", (article.id, second.id), before, after)


def _joins(last: str, following: str) -> bool:
    """A sentence the page break cut: the first piece does not end a sentence."""
    return bool(last and following) and last.rstrip()[-1:] not in SENTENCE_END


def merge(articles: Articles, c: Merge) -> tuple[Articles, Outcome]:
    one, two = find_article(articles, c.first), find_article(articles, c.second)
    if isinstance(one, str) or isinstance(two, str):
        reasons = [r for r in (one, two) if isinstance(r, str)]
        return articles, Outcome("stale", "; ".join(reasons))
    if one.index == two.index:
        article = articles[one.index]
        return articles, Outcome(
            "applied", "the parse already reads them as one article", (article.id,)
        )
    i, j = sorted((one.index, two.index))
    head, tail = articles[i], articles[j]
    paragraphs = list(head.paragraphs)
    subheadings = list(head.subheadings)
    following = list(tail.paragraphs)
    second_headline = bool(tail.title and head.title and not _same_headline(head.title, tail.title))
    if second_headline and tail.title:
        following.insert(0, tail.title)  # a second headline is kept, as a subheading
        subheadings.append(tail.title)
    elif paragraphs and following and _joins(paragraphs[-1], following[0]):
        paragraphs[-1] = paragraphs[-1] + following.pop(0)
    paragraphs.extend(following)
    subheadings.extend(s for s in tail.subheadings if s not in subheadings)
    merged = replace(
        head,
        title=head.title or tail.title,
        subtitle=head.subtitle or tail.subtitle,
        kicker=head.kicker or tail.kicker,
        editor_note=head.editor_note or tail.editor_note,
        paragraphs=tuple(paragraphs),
        subheadings=tuple(subheadings),
        sidebars=head.sidebars + tail.sidebars,
        bylines=head.bylines + tuple(b for b in tail.bylines if b not in head.bylines),
        pages=tuple(sorted(set(head.pages) | set(tail.pages))),
        continued=head.continued or tail.continued or set(head.pages) != set(tail.pages),
        regions=head.regions + tail.regions,
        lines=_span(head.lines, tail.lines),
    )
    out = list(articles)
    out[i] = merged
    del out[j]
    before = {"articles": [_ref(head), _ref(tail)]}
    return out, Outcome("applied", "", (head.id, tail.id), before, {"article": _ref(merged)})


def _same_headline(a: str, b: str) -> bool:
    """A continuation repeats its headline (or a shortened form of it)."""
    x, y = norm(a), norm(b)
    return x == y or (min(len(x), len(y)) >= 4 and (x in y or y in x)) or similarity(x, y) >= 0.6


def _span(a: tuple[int, int] | None, b: tuple[int, int] | None) -> tuple[int, int] | None:
    if a is None or b is None:
        return a or b
    return (min(a[0], b[0]), max(a[1], b[1]))
