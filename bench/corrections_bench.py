"""Do corrections find their anchor again after a re-parse? (corrections/anchors.py)

Generated issues with known truth (tests/synth) stand for a first parse. Each is
then "parsed again" with the changes a different parser version or a rescan
brings, each with a known truth of where every article and paragraph went:

* article ids renumbered, and a new article found at a random place (20%);
* OCR slips: a share of the CJK characters replaced by other characters;
* a boundary moved: an article's first paragraph read as the end of the
  previous article (10% of articles);
* a headline lost (title None, 10%);
* an article no longer found at all (5%): its corrections should be stale.

For every article, its fingerprint is looked up in the re-parse
(find_article), and for every body paragraph its text (find_paragraph). Counted:
found where it went (right), reported stale although it is there (lost: safe
but the editor must redo it), found in the wrong place (wrong: the harmful
case), and, for articles no longer there, stale (right) or not.

    python -m bench.corrections_bench [--n 100] [--seed 7000] [--rates 0 0.01 0.03 0.05]
"""

from __future__ import annotations

import argparse
import random
from dataclasses import dataclass, replace

from tests.synth.generate import generate_issue

from yuanzhi import model
from yuanzhi.corrections.anchors import Found, find_article, find_paragraph, fingerprint

CJK = [chr(c) for c in range(0x4E00, 0x9FA6)]


@dataclass
class Tally:
    right: int = 0
    lost: int = 0
    wrong: int = 0
    gone_stale: int = 0
    gone_found: int = 0

    def row(self, name: str) -> str:
        there = self.right + self.lost + self.wrong
        gone = self.gone_stale + self.gone_found

        def pct(n: int, d: int) -> str:
            return f"{n / d:.3f}" if d else "–"

        return (
            f"| {name} | {there} | {pct(self.right, there)} | {pct(self.lost, there)} | {pct(self.wrong, there)}"
            f" | {gone} | {pct(self.gone_stale, gone)} |"
        )


def as_issue(truth: dict) -> model.Issue:  # type: ignore[type-arg]
    articles = tuple(
        model.Article(
            id=a["id"],
            title=a["title"],
            paragraphs=tuple(a["paragraphs"]),
            subheadings=tuple(a["subheadings"]),
        )
        for a in truth["articles"]
    )
    return model.Issue(source=truth["source"], articles=articles, date=truth["date"])


def slip(text: str, rate: float, rng: random.Random) -> str:
    return "".join(
        rng.choice(CJK) if "\u4e00" <= ch <= "\u9fa5" and rng.random() < rate else ch for ch in text
    )


def reparse(
    issue: model.Issue, rate: float, rng: random.Random
) -> tuple[model.Issue, dict[int, int | None], dict[tuple[int, int], tuple[int, int]]]:
    """A changed parse, where each old article went (None: gone), and where each old paragraph went."""
    kept: list[tuple[int, model.Article]] = []
    for i, a in enumerate(issue.articles):
        if rng.random() < 0.05:
            continue
        a = replace(
            a,
            title=None if rng.random() < 0.1 else (slip(a.title, rate, rng) if a.title else None),
            paragraphs=tuple(slip(p, rate, rng) for p in a.paragraphs),
        )
        kept.append((i, a))
    # boundary moved: first paragraph of an article read as the end of the previous one
    paragraph_map: dict[tuple[int, int], tuple[int, int]] = {}
    out: list[tuple[int | None, model.Article, list[tuple[int, int]]]] = [
        (i, a, [(i, j) for j in range(len(a.paragraphs))]) for i, a in kept
    ]
    for k in range(1, len(out)):
        i, a, origins = out[k]
        if len(a.paragraphs) > 2 and rng.random() < 0.1:
            pi, pa, porigins = out[k - 1]
            out[k - 1] = (
                pi,
                replace(pa, paragraphs=(*pa.paragraphs, a.paragraphs[0])),
                [*porigins, origins[0]],
            )
            out[k] = (i, replace(a, paragraphs=a.paragraphs[1:]), origins[1:])
    if rng.random() < 0.2:
        at = rng.randrange(len(out) + 1)
        extra = model.Article(
            id="new", title="本期导读", paragraphs=("本期刊登多篇消息，欢迎职工投稿。",)
        )
        out.insert(at, (None, extra, []))
    article_map: dict[int, int | None] = {i: None for i in range(len(issue.articles))}
    articles = []
    for n, (i, a, origins) in enumerate(out):
        articles.append(replace(a, id=f"r{n + 1}"))
        if i is not None:
            article_map[i] = n
        for j, origin in enumerate(origins):
            paragraph_map[origin] = (n, j)
    return replace(issue, articles=tuple(articles)), article_map, paragraph_map


def run(n: int, seed: int, rate: float) -> tuple[Tally, Tally]:
    articles, paragraphs = Tally(), Tally()
    for s in range(seed, seed + n):
        issue = as_issue(generate_issue(s).truth)
        rng = random.Random(s * 31 + int(rate * 1000))
        again, article_map, paragraph_map = reparse(issue, rate, rng)
        for i, article in enumerate(issue.articles):
            found = find_article(again.articles, fingerprint(article, issue.source))
            expected = article_map[i]
            if expected is None:
                if isinstance(found, Found):
                    articles.gone_found += 1
                else:
                    articles.gone_stale += 1
            elif not isinstance(found, Found):
                articles.lost += 1
            elif found.index == expected:
                articles.right += 1
            else:
                articles.wrong += 1
            for j, text in enumerate(article.paragraphs):
                if text in article.subheadings or len(text) < 12:
                    continue  # short subheads repeat across stories; editors move body paragraphs
                place = find_paragraph(again.articles, text, prefer=expected)
                where = paragraph_map.get((i, j))
                if where is None:
                    if place is None:
                        paragraphs.gone_stale += 1
                    else:
                        paragraphs.gone_found += 1
                elif place is None:
                    paragraphs.lost += 1
                elif (place.article, place.paragraph) == where:
                    paragraphs.right += 1
                else:
                    paragraphs.wrong += 1
    return articles, paragraphs


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=100, help="generated issues")
    parser.add_argument(
        "--seed",
        type=int,
        default=7000,
        help="first seed (7000+: never looked at while building anchors)",
    )
    parser.add_argument(
        "--rates", type=float, nargs="+", default=[0.0, 0.01, 0.03, 0.05], help="OCR slip rates"
    )
    args = parser.parse_args(argv)
    print(f"Anchors after a re-parse: {args.n} generated issues from seed {args.seed}")
    print(
        "\n| anchor, OCR slips | there | found right | stale (lost) | found wrong | gone | gone → stale |"
    )
    print("|---|---|---|---|---|---|---|")
    for rate in args.rates:
        articles, paragraphs = run(args.n, args.seed, rate)
        print(articles.row(f"article, {rate:.0%}"))
        print(paragraphs.row(f"paragraph, {rate:.0%}"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
