"""Why articles go wrong: classify title and byline errors, and membership errors by feature.

    .venv/bin/python -m bench.text_explain [--n 200] [--seed 0] [--examples 3]

For each generated issue the parser's output is matched to the truth (the
predicted article holding most of a truth article's sentences). A wrong title
is put in one class (kicker taken as title, subtitle taken as title, another
article's title, a body line, null for a real title, …); membership errors
(a truth article whose sentences are split, or that shares its predicted
article with another) are counted per feature of the truth article (kicker,
subtitle, editor's note, sidebar, continued, no byline, two departments, no
headline) so the rate shows which layouts are hard.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from tests.synth.generate import generate_issue  # noqa: E402
from tests.synth.metrics import best_matches, byline_set, match_sentences, norm_title  # noqa: E402

from bench.text_bench import parse_knobs, yuanzhi_parser  # noqa: E402
from yuanzhi.layout.normalize import content_chars  # noqa: E402


def features(article: dict[str, Any]) -> list[str]:
    out = []
    checks = {
        "no headline": article["title"] is None,
        "continued": article["continued"],
        "kicker": bool(article["kicker"]),
        "subtitle": bool(article["subtitle"]),
        "editor's note": bool(article["editor_note"]),
        "sidebar": bool(article["sidebars"]),
        "no byline": not article["bylines"],
        "two departments": len(article["bylines"]) > 1,
        "subheadings": bool(article["subheadings"]),
    }
    out = [name for name, present in checks.items() if present]
    return out + ["(all articles)"]


def title_error(
    truth: dict[str, Any], predicted: dict[str, Any], titles: set[str | None]
) -> str | None:
    expected, got = norm_title(truth["title"]), norm_title(predicted["title"])
    if expected == got:
        return None
    first = content_chars(truth["paragraphs"][0])[:8] if truth["paragraphs"] else ""
    if expected is None:
        return "truth has no headline, a title was predicted"
    if got is None:
        return "real headline, predicted null"
    if truth["kicker"] and got == norm_title(truth["kicker"]):
        return "kicker taken as the title"
    if truth["kicker"] and got == norm_title(truth["kicker"] + truth["title"]):
        return "kicker and title merged"
    if truth["subtitle"] and got == norm_title(truth["subtitle"]):
        return "subtitle taken as the title"
    if got.startswith(expected):
        return "title merged with the line after it"
    if got in titles:
        return "another article's headline"
    if any(norm_title(s) == got for s in truth["subheadings"]):
        return "a subheading taken as the title"
    if content_chars(got)[:8] == first:
        return "the first body line taken as the title"
    if any(content_chars(got)[:10] in content_chars(p) for p in truth["paragraphs"]):
        return "a body line taken as the title"
    return "other (a line of another article, a kicker/subtitle of another article, furniture)"


def explain(n: int, seed: int, examples: int, knobs: dict[str, Any] | None = None) -> int:
    parse = yuanzhi_parser()
    if parse is None:
        print("parser unavailable")
        return 1
    title_errors: Counter[str] = Counter()
    byline_errors: Counter[str] = Counter()
    shown: dict[str, list[str]] = defaultdict(list)
    wrong: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for s in range(seed, seed + n):
        issue = generate_issue(s, **(knobs or {}))
        try:
            predicted = parse(issue.text, issue.truth["source"])
        except Exception as exc:  # noqa: BLE001 - count and go on
            title_errors[f"parser raised {type(exc).__name__}"] += 1
            continue
        truth = issue.truth
        items = match_sentences(truth, predicted)
        matches = best_matches(items, len(truth["articles"]))
        titles = {norm_title(a["title"]) for a in truth["articles"]}
        for index, (article, match) in enumerate(zip(truth["articles"], matches, strict=True)):
            mine = [item for item in items if item.truth == index]
            shared = any(item.predicted == match and item.truth != index for item in items)
            split = match is None or any(item.predicted != match for item in mine)
            for feature in features(article):
                total[feature] += 1
                wrong[feature] += shared or split
            if match is None:
                title_errors["no sentence of the article found in any predicted article"] += 1
                continue
            got = predicted["articles"][match]
            kind = title_error(article, got, titles)
            if kind:
                title_errors[kind] += 1
                if len(shown[kind]) < examples:
                    shown[kind].append(
                        f"seed {s} {article['id']}: truth {article['title']!r} → predicted {got['title']!r}"
                    )
            if byline_set(article) != byline_set(got):
                if not article["bylines"]:
                    kind = "byline predicted where the article has none (usually a neighbour's)"
                elif not got["bylines"]:
                    kind = "byline missing (the article was merged or cut before it)"
                else:
                    kind = "byline differs"
                byline_errors[kind] += 1
                if len(shown[kind]) < examples:
                    shown[kind].append(
                        f"seed {s} {article['id']}: truth {article['bylines']} → predicted {got['bylines']}"
                    )
    for heading, counter in (("Title errors", title_errors), ("Byline errors", byline_errors)):
        print(f"\n{heading} (seeds {seed}..{seed + n - 1}):")
        for kind, count in counter.most_common():
            print(f"  {count:5d}  {kind}")
            for line in shown.get(kind, []):
                print(f"           {line}")
    print(
        "\nMembership errors by feature of the truth article (split, or sharing a predicted article):"
    )
    for feature in sorted(total, key=lambda f: -wrong[f] / total[f]):
        print(
            f"  {feature:16s} {wrong[feature]:5d}/{total[feature]:5d} = {wrong[feature] / total[feature]:.2f}"
        )
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=200)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--examples", type=int, default=3)
    parser.add_argument(
        "--knob",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="generator knob, repeatable",
    )
    args = parser.parse_args(argv)
    return explain(args.n, args.seed, args.examples, parse_knobs(args.knob))


if __name__ == "__main__":
    raise SystemExit(main())
