"""Lay out an issue spec as flattened text and write down the truth beside it.

One structured source (``IssueSpec``) gives both the printed text and the
contract-shaped truth, so the two cannot disagree. A page is a print program:
furniture lines, headline groups (``Head``) and article bodies (``Body``) in the
order the extractor emitted them, so a headline can sit away from its body and
an article can run ``（下转四版）`` on one page and ``（上接一版）`` on another.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import Any, Literal

from yuanzhi.layout.normalize import normalize_text

from .typeset import add_layout_spaces, format_byline, page_word, wrap


@dataclass(frozen=True)
class Para:
    text: str  # clean text (what the truth holds)
    subheading: bool = False


@dataclass(frozen=True)
class SidebarSpec:
    title: str
    paragraphs: tuple[str, ...]


@dataclass(frozen=True)
class ArticleSpec:
    id: str
    title: str | None  # as printed (may hold a space between 主题 parts)
    paragraphs: tuple[Para, ...]
    subtitle: str | None = None
    kicker: str | None = None
    editor_note: str | None = None  # printed as "编者按：…"; the truth keeps the label
    sidebars: tuple[SidebarSpec, ...] = ()
    byline: tuple[tuple[str | None, tuple[str, ...]], ...] = ()
    # layout
    width: float = 20.0
    width_change: tuple[int, float] | None = None  # (paragraph index, new width)
    split: tuple[int, int] | None = None  # continuation cut: (paragraph index, char offset)
    editor_note_long: bool = False  # printed as long unwrapped lines, like a PDF's text box
    editor_note_first: bool = False  # printed before the headline
    sidebar_after_byline: bool = False
    byline_two_lines: bool = False
    head_indent: bool = False  # a stray leading space before the headline
    sidebar_width: float | None = None


@dataclass(frozen=True)
class Furniture:
    text: str


@dataclass(frozen=True)
class Head:
    article: str


@dataclass(frozen=True)
class Body:
    article: str
    part: Literal["all", "first", "second"] = "all"


PageItem = Furniture | Head | Body


@dataclass(frozen=True)
class IssueSpec:
    source: str
    articles: tuple[ArticleSpec, ...]
    pages: tuple[tuple[PageItem, ...], ...]
    title: str | None = None
    date: str | None = None
    number: str | None = None
    spacing: Literal["double", "single", "para"] = "double"
    # articles printed single-spaced with a blank line between paragraphs even
    # though the issue is double-spaced (the seed has such a stretch)
    para_spaced: frozenset[str] = field(default_factory=frozenset)
    form_feeds: bool = False
    layout_spaces: float = 0.35
    name_spacing: float = 0.6
    indent: float = 2.0  # first-line indent of paragraphs, in ems
    seed: int = 0


@dataclass
class _Out:
    # (text, paragraph end, article id or "")
    lines: list[tuple[str, bool, str]] = field(default_factory=list)

    def block(self, lines: list[str], article: str = "") -> None:
        for i, line in enumerate(lines):
            self.lines.append((line, i == len(lines) - 1, article))


def render(spec: IssueSpec) -> tuple[str, dict[str, Any]]:
    """Return (flattened text, truth dict)."""
    rng = random.Random(spec.seed)
    by_id = {a.id: a for a in spec.articles}
    placed_pages: dict[str, set[int]] = {a.id: set() for a in spec.articles}
    part_page: dict[tuple[str, str], int] = {}
    for number, items in enumerate(spec.pages, start=1):
        for item in items:
            if isinstance(item, Body):
                part_page[(item.article, item.part)] = number
    furniture: list[str] = []
    page_texts: list[str] = []
    for number, items in enumerate(spec.pages, start=1):
        out = _Out()
        for item in items:
            if isinstance(item, Furniture):
                out.block([item.text])
                furniture.append(normalize_text(item.text))
                continue
            article = by_id[item.article]
            placed_pages[article.id].add(number)
            if isinstance(item, Head):
                for line in _head_lines(article, rng, spec):
                    out.block([line], article.id)
            else:
                _body(out, article, item.part, part_page, rng, spec)
        page_texts.append(_join(out.lines, spec))
    separator = "\f" if spec.form_feeds else ("\n\n" if spec.spacing == "double" else "\n")
    text = separator.join(page_texts)
    truth = {
        "source": spec.source,
        "date": spec.date,
        "title": spec.title,
        "number": spec.number,
        "pages": len(spec.pages),
        "articles": [_truth(by_id[aid], placed_pages[aid]) for aid in _reading_order(spec)],
        "furniture": furniture,
    }
    return text, truth


def _reading_order(spec: IssueSpec) -> list[str]:
    """Article ids by first appearance in print (a displaced headline counts too)."""
    order: list[str] = []
    for items in spec.pages:
        for item in items:
            if isinstance(item, Head | Body) and item.article not in order:
                order.append(item.article)
    order.extend(a.id for a in spec.articles if a.id not in order)
    return order


def _join(lines: list[tuple[str, bool, str]], spec: IssueSpec) -> str:
    chunks: list[str] = []
    for text, para_end, article in lines:
        if spec.spacing == "double" and article not in spec.para_spaced:
            chunks.append(text + "\n\n")
        elif spec.spacing == "para" or article in spec.para_spaced:
            chunks.append(text + ("\n\n" if para_end else "\n"))
        else:
            chunks.append(text + "\n")
    return "".join(chunks)


def _head_lines(article: ArticleSpec, rng: random.Random, spec: IssueSpec) -> list[str]:
    lines: list[str] = []
    note = _note_lines(article, rng, spec)
    if article.editor_note_first:
        lines.extend(note)
    if article.kicker:
        lines.append(article.kicker)
    if article.title:
        lines.append((" " if article.head_indent else "") + article.title)
    if article.subtitle:
        lines.append(article.subtitle)
    if not article.editor_note_first:
        lines.extend(note)
    return lines


def _note_lines(article: ArticleSpec, rng: random.Random, spec: IssueSpec) -> list[str]:
    if not article.editor_note:
        return []
    text = "编者按：" + add_layout_spaces(article.editor_note, rng, spec.layout_spaces)
    if article.editor_note_long:
        return wrap(text, max(60.0, article.width * 3))
    return wrap(text, article.width, spec.indent)


def _split_point(article: ArticleSpec) -> tuple[int, int] | None:
    if article.split is None:
        return None
    index, offset = article.split
    return index, max(1, min(offset, len(article.paragraphs[index].text) - 1))


def _body(
    out: _Out,
    article: ArticleSpec,
    part: str,
    part_page: dict[tuple[str, str], int],
    rng: random.Random,
    spec: IssueSpec,
) -> None:
    split = _split_point(article)
    paragraphs = list(article.paragraphs)
    first_marker = last_marker = ""
    if part == "all" or split is None:
        chosen = [(p.text, p.subheading, i) for i, p in enumerate(paragraphs)]
    elif part == "first":
        index, offset = split
        chosen = [(p.text, p.subheading, i) for i, p in enumerate(paragraphs[:index])]
        chosen.append((paragraphs[index].text[:offset], False, index))
        other = part_page.get((article.id, "second"), 0)
        last_marker = f"（下转{page_word(other)}版）"
    else:
        index, offset = split
        chosen = [(paragraphs[index].text[offset:], False, index)]
        chosen += [(p.text, p.subheading, i) for i, p in enumerate(paragraphs) if i > index]
        other = part_page.get((article.id, "first"), 0)
        first_marker = f"（上接{page_word(other)}版）"
    width = article.width
    with_tail = part in ("all", "second")
    for n, (text, subheading, index) in enumerate(chosen):
        if article.width_change and index >= article.width_change[0]:
            width = article.width_change[1]
        printed = add_layout_spaces(text, rng, spec.layout_spaces)
        if n == 0 and first_marker:
            printed = first_marker + printed
        resumed = n == 0 and bool(first_marker)  # text after 上接 continues a paragraph
        lines = [printed] if subheading else wrap(printed, width, 0.0 if resumed else spec.indent)
        if n == len(chosen) - 1 and last_marker:
            lines[-1] += last_marker
        out.block(lines, article.id)
    if not with_tail:
        return
    if not article.sidebar_after_byline:
        _sidebars(out, article, rng, spec)
    if article.byline:
        entries = [(d, list(a)) for d, a in article.byline]
        out.block(
            format_byline(entries, rng, spec.name_spacing, article.byline_two_lines), article.id
        )
    if article.sidebar_after_byline:
        _sidebars(out, article, rng, spec)


def _sidebars(out: _Out, article: ArticleSpec, rng: random.Random, spec: IssueSpec) -> None:
    width = article.sidebar_width or article.width
    for sidebar in article.sidebars:
        out.block([sidebar.title], article.id)
        for text in sidebar.paragraphs:
            out.block(wrap(add_layout_spaces(text, rng, spec.layout_spaces), width, spec.indent), article.id)


def _truth(article: ArticleSpec, pages: set[int]) -> dict[str, Any]:
    def norm(text: str | None) -> str | None:
        return normalize_text(text) if text else None

    return {
        "id": article.id,
        "title": norm(article.title),
        "subtitle": norm(article.subtitle),
        "kicker": norm(article.kicker),
        "editor_note": norm("编者按：" + article.editor_note) if article.editor_note else None,
        "paragraphs": [normalize_text(p.text) for p in article.paragraphs],
        "subheadings": [normalize_text(p.text) for p in article.paragraphs if p.subheading],
        "sidebars": [
            {
                "title": normalize_text(s.title),
                "paragraphs": [normalize_text(p) for p in s.paragraphs],
            }
            for s in article.sidebars
        ],
        "bylines": [{"department": d, "authors": list(a)} for d, a in article.byline],
        "pages": sorted(pages),
        "continued": article.split is not None,
    }
