"""Generate flattened newsletter issues with known truth, deterministic per seed.

    generate_issue(seed, **knobs) -> SynthIssue(text, truth)

Words come from ``compose`` (corpus templates and hand-written articles); the
layout decisions are made here and printed by ``flatten``: 1–4 pages, form feeds
or none, column widths of 10–30 ems per article (sometimes changing inside one),
displaced headlines, articles with no headline, continuations across pages,
kickers, subtitles, editor's notes (sometimes as long unwrapped lines),
sidebars before or after the byline, bylines over two lines or with two
departments, articles with no byline, page furniture, blank-line doubling on or
off, layout spaces. ``python -m tests.synth.generate SEED`` prints an issue.
"""

from __future__ import annotations

import random
import sys
from dataclasses import dataclass, field, replace
from typing import Any

from .compose import KINDS, Composer, Content, load_corpus
from .flatten import ArticleSpec, Body, Furniture, Head, IssueSpec, PageItem, render

DEFAULTS: dict[str, Any] = {
    "pages": None,  # 1–4 when None
    "articles_per_page": None,  # (min, max); (2, 5) when None
    "spacing": None,  # "double" | "para" | "single"; random when None
    "form_feeds": None,  # bool; random when None
    "layout_spaces": None,  # rate 0–0.5; random when None
    "name_spacing": None,
    "min_width": 10.0,
    "max_width": 30.0,
    "displaced": 0.35,  # chance an issue has a displaced headline
    "no_title": 0.12,  # chance an issue has an article printed without headline
    "continuation": 0.45,  # chance a multi-page issue continues an article
    "kicker": 0.15,
    "subtitle": 0.2,
    "editor_note": 0.07,
    "editor_note_long": 0.5,
    "sidebar": 0.12,
    "sidebar_after_byline": 0.4,
    "no_byline": 0.1,
    "byline_two_lines": 0.12,
    "two_departments": 0.12,
    "width_change": 0.12,
    "para_spaced": 0.15,
    "subheadings": 0.3,
    "handwritten": 0.3,
    "furniture": 0.85,
    "head_indent": 0.1,
    "indent": 0.9,  # chance an issue indents paragraphs' first lines two ems, as newspapers do
}


@dataclass(frozen=True)
class SynthIssue:
    seed: int
    text: str
    truth: dict[str, Any]
    knobs: dict[str, Any] = field(default_factory=dict)


def generate_issue(seed: int, **knobs: Any) -> SynthIssue:
    unknown = set(knobs) - set(DEFAULTS)
    if unknown:
        raise TypeError(
            f"unknown knobs: {', '.join(sorted(unknown))}; known: {', '.join(DEFAULTS)}"
        )
    k = {**DEFAULTS, **knobs}
    rng = random.Random(seed)
    k["pages"] = k["pages"] or rng.choice((1, 2, 2, 3, 4, 4))
    k["articles_per_page"] = k["articles_per_page"] or (2, 5)
    k["spacing"] = k["spacing"] or rng.choices(("double", "para", "single"), (0.6, 0.2, 0.2))[0]
    k["form_feeds"] = rng.random() < 0.5 if k["form_feeds"] is None else k["form_feeds"]
    k["layout_spaces"] = rng.uniform(0, 0.5) if k["layout_spaces"] is None else k["layout_spaces"]
    k["name_spacing"] = rng.uniform(0, 0.8) if k["name_spacing"] is None else k["name_spacing"]
    k["indent_ems"] = 2.0 if rng.random() < k["indent"] else 0.0
    spec = _issue_spec(seed, rng, k)
    text, truth = render(spec)
    return SynthIssue(seed=seed, text=text, truth=truth, knobs=k)


# ---------------------------------------------------------------- building the spec


def _issue_spec(seed: int, rng: random.Random, k: dict[str, Any]) -> IssueSpec:
    composer = Composer(load_corpus(), rng)
    year, month = rng.randint(2019, 2026), rng.randint(1, 12)
    day = rng.randint(1, 28)
    number, total = rng.randint(1, 24), rng.randint(30, 420)
    hospital = composer.hospital["name"]
    paper = hospital + rng.choice(("报", "报", "院报"))
    articles: list[ArticleSpec] = []
    pages: list[list[PageItem]] = []
    masthead = False
    for page in range(1, k["pages"] + 1):
        items: list[PageItem] = []
        if rng.random() < k["furniture"]:
            if page == 1:
                masthead = True
                items += [
                    Furniture(line)
                    for line in _masthead(rng, paper, year, month, day, number, total)
                ]
            else:
                items.append(Furniture(_running_head(rng, composer, paper, year, month, day, page)))
        low, high = k["articles_per_page"]
        for _ in range(rng.randint(low, high)):
            content = _content(composer, rng, month, k)
            article = _layout(content, f"a{len(articles) + 1}", rng, k)
            articles.append(article)
            items += [Head(article.id), Body(article.id)]
        if rng.random() < k["furniture"] * 0.25:
            items.append(
                Furniture(
                    f"责任编辑：{_spaced(composer.person(), rng)} 校对：{_spaced(composer.person(), rng)}"
                )
            )
        pages.append(items)
    by_id = {a.id: a for a in articles}
    if k["pages"] > 1 and rng.random() < k["continuation"]:
        _continue(pages, by_id, rng)
    if rng.random() < k["no_title"]:
        _drop_title(pages, by_id, rng)
    if rng.random() < k["displaced"]:
        _displace(pages, by_id, rng)
    articles = [by_id[a.id] for a in articles]
    para_spaced = frozenset(a.id for a in articles if rng.random() < k["para_spaced"])
    return IssueSpec(
        source=f"synth_{seed:05d}.txt",
        articles=tuple(articles),
        pages=tuple(tuple(p) for p in pages),
        title=paper if masthead else None,
        date=f"{year:04d}-{month:02d}-{day:02d}" if masthead else None,
        number=str(number) if masthead else None,
        spacing=k["spacing"],
        para_spaced=para_spaced if k["spacing"] == "double" else frozenset(),
        form_feeds=k["form_feeds"],
        layout_spaces=k["layout_spaces"],
        name_spacing=k["name_spacing"],
        indent=k["indent_ems"],
        seed=seed,
    )


def _content(composer: Composer, rng: random.Random, month: int, k: dict[str, Any]) -> Content:
    if rng.random() < k["handwritten"] / 4:
        content = composer.handwritten()
        if content is not None:
            return content
    return composer.article(rng.choice(KINDS), month, k)


def _layout(
    content: Content, article_id: str, rng: random.Random, k: dict[str, Any]
) -> ArticleSpec:
    width = round(rng.uniform(k["min_width"], k["max_width"]))
    change = None
    if len(content.paragraphs) > 2 and rng.random() < k["width_change"]:
        change = (
            rng.randint(1, len(content.paragraphs) - 1),
            float(round(rng.uniform(k["min_width"], k["max_width"]))),
        )
    return ArticleSpec(
        id=article_id,
        title=content.title,
        paragraphs=content.paragraphs,
        subtitle=content.subtitle,
        kicker=content.kicker,
        editor_note=content.editor_note,
        sidebars=content.sidebars,
        byline=content.byline,
        width=float(width),
        width_change=change,
        editor_note_long=rng.random() < k["editor_note_long"],
        editor_note_first=rng.random() < 0.4,
        sidebar_after_byline=rng.random() < k["sidebar_after_byline"],
        byline_two_lines=rng.random() < k["byline_two_lines"],
        head_indent=rng.random() < k["head_indent"],
        sidebar_width=float(round(rng.uniform(k["min_width"], 20)))
        if content.sidebars and rng.random() < 0.5
        else None,
    )


def _spaced(name: str, rng: random.Random) -> str:
    return f"{name[0]} {name[1]}" if len(name) == 2 and rng.random() < 0.5 else name


def _masthead(
    rng: random.Random, paper: str, year: int, month: int, day: int, number: int, total: int
) -> list[str]:
    weekday = rng.choice(("星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日"))
    date = f"{year}年{month}月{day}日"
    shapes = [
        [paper, f"{date} {weekday} 第{number}期（总第{total}期）"],
        [paper, f"{year}年第{number}期 总第{total}期 {date}"],
        [f"{paper} 第{number}期", f"{date} {weekday}"],
        [paper, f"{date} 第{number}期（总第{total}期） 内部资料 免费交流"],
    ]
    return rng.choice(shapes)


def _running_head(
    rng: random.Random, composer: Composer, paper: str, year: int, month: int, day: int, page: int
) -> str:
    sections = composer.corpus.entities["sections"]
    section = rng.choice(sections)
    word = "一二三四五六七八"[page - 1]
    shapes = [
        f"第{page}版 {section}",
        f"{paper} {year}年{month}月{day}日 第{word}版",
        f"{section} 第{page}版 责任编辑：{_spaced(composer.person(), rng)}",
        f"{year}年{month}月{day}日 第 {page} 版 {section}",
    ]
    return rng.choice(shapes)


# ---------------------------------------------------------------- moving things around


def _bodies(pages: list[list[PageItem]]) -> list[tuple[int, int, Body]]:
    return [
        (p, i, item)
        for p, items in enumerate(pages)
        for i, item in enumerate(items)
        if isinstance(item, Body)
    ]


def _ends_with_byline(body: Body, by_id: dict[str, ArticleSpec]) -> bool:
    article = by_id[body.article]
    if body.part == "first" or not article.byline:
        return False
    return not (article.sidebars and article.sidebar_after_byline)


def _headless_ok(
    pages: list[list[PageItem]], by_id: dict[str, ArticleSpec], page: int, index: int
) -> bool:
    """A body printed without its headline must be separable: the body printed
    before it ended with a byline (or it opens the issue)."""
    before = [b for b in _bodies(pages) if (b[0], b[1]) < (page, index)]
    if not before:
        return True
    return _ends_with_byline(before[-1][2], by_id)


def _head_right_before(pages: list[list[PageItem]], page: int, index: int, article: str) -> bool:
    if index == 0:
        return False
    before = pages[page][index - 1]
    return isinstance(before, Head) and before.article == article


def _candidates(
    pages: list[list[PageItem]], by_id: dict[str, ArticleSpec]
) -> list[tuple[int, int, Body]]:
    out = []
    for page, index, body in _bodies(pages):
        article = by_id[body.article]
        if (
            body.part != "all"
            or not article.title
            or not _head_right_before(pages, page, index, body.article)
        ):
            continue
        # the article after must still start with its own headline
        if _headless_ok(pages, by_id, page, index):
            out.append((page, index, body))
    return out


def _continue(
    pages: list[list[PageItem]], by_id: dict[str, ArticleSpec], rng: random.Random
) -> None:
    options = []
    for page, index, body in _bodies(pages):
        article = by_id[body.article]
        splittable = [
            i
            for i, p in enumerate(article.paragraphs)
            if not p.subheading and len(p.text) >= 24 and i >= 1
        ]
        if page < len(pages) - 1 and body.part == "all" and splittable:
            options.append((page, index, body, splittable))
    if not options:
        return
    page, index, body, splittable = rng.choice(options)
    article = by_id[body.article]
    para = rng.choice(splittable)
    text = article.paragraphs[para].text
    cuts = [
        i
        for i in range(len(text) // 4, 3 * len(text) // 4)
        if "\u4e00" <= text[i - 1] <= "\u9fff" and "\u4e00" <= text[i] <= "\u9fff"
    ]
    if not cuts:
        return
    by_id[article.id] = replace(article, split=(para, rng.choice(cuts)))
    pages[page][index] = Body(article.id, "first")
    target = rng.randint(page + 1, len(pages) - 1)
    items = pages[target]
    first_article = next(
        (i for i, item in enumerate(items) if not isinstance(item, Furniture)), len(items)
    )
    positions = [first_article]
    positions += [
        i + 1 for i, item in enumerate(items) if isinstance(item, Body) and i + 1 < len(items)
    ]
    items.insert(rng.choice(positions), Body(article.id, "second"))


def _drop_title(
    pages: list[list[PageItem]], by_id: dict[str, ArticleSpec], rng: random.Random
) -> None:
    options = _candidates(pages, by_id)
    if not options:
        return
    page, index, body = rng.choice(options)
    article = by_id[body.article]
    by_id[article.id] = replace(article, title=None, kicker=None, subtitle=None, editor_note=None)
    del pages[page][index - 1]


def _displace(
    pages: list[list[PageItem]], by_id: dict[str, ArticleSpec], rng: random.Random
) -> None:
    options = [
        o for o in _candidates(pages, by_id) if sum(isinstance(i, Head) for i in pages[o[0]]) >= 2
    ]
    if not options:
        return
    page, index, body = rng.choice(options)
    items = pages[page]
    head = items.pop(index - 1)
    # at the foot of the page, or just before another headline on the same page
    spots = [len(items)] + [i for i, item in enumerate(items) if isinstance(item, Head)]
    spots = [s for s in spots if s != index - 1]
    items.insert(rng.choice(spots), head)


def main(argv: list[str] | None = None) -> int:
    import json

    args = sys.argv[1:] if argv is None else argv
    seed = int(args[0]) if args else 0
    issue = generate_issue(seed)
    print(issue.text)
    if "--truth" in args:
        print(json.dumps(issue.truth, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
