"""Which layout difficulty costs what: yuanzhi on generated issues with one difficulty at a time.

    .venv/bin/python -m bench.text_ablation [--n 100] [--seed 0]

"clean" turns every difficulty off (each article: headline, body, byline, in
order); each further row turns exactly one back on, at a high rate, so its
effect on B-cubed F1, title and byline accuracy and paragraph F1 stands alone.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from tests.synth.generate import generate_issue  # noqa: E402

from bench.text_bench import print_table, run_one, summarize, yuanzhi_parser  # noqa: E402

CLEAN: dict[str, Any] = {
    "displaced": 0,
    "no_title": 0,
    "continuation": 0,
    "kicker": 0,
    "subtitle": 0,
    "editor_note": 0,
    "sidebar": 0,
    "no_byline": 0,
    "byline_two_lines": 0,
    "two_departments": 0,
    "handwritten": 0,
    "width_change": 0,
    "head_indent": 0,
    "subheadings": 0,
    "furniture": 0,
}

DIFFICULTIES: list[tuple[str, dict[str, Any]]] = [
    ("clean", {}),
    ("+ displaced headline", {"displaced": 1.0}),
    ("+ article without headline", {"no_title": 1.0}),
    ("+ continuation 下转/上接", {"continuation": 1.0}),
    ("+ kickers", {"kicker": 0.5}),
    ("+ subtitles", {"subtitle": 0.5}),
    ("+ editor's notes", {"editor_note": 0.4}),
    ("+ sidebars", {"sidebar": 0.4}),
    ("+ articles without byline", {"no_byline": 0.3}),
    ("+ two-line bylines", {"byline_two_lines": 0.5}),
    ("+ two-department bylines", {"two_departments": 0.5}),
    ("+ subheadings", {"subheadings": 0.5}),
    ("+ furniture", {"furniture": 1.0}),
    ("+ width changes", {"width_change": 0.5}),
    ("+ single spacing, no form feeds", {"spacing": "single", "form_feeds": False}),
    ("all on (the defaults)", None),
]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=100)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    parse = yuanzhi_parser()
    if parse is None:
        print("parser unavailable")
        return 1
    rows = []
    for name, extra in DIFFICULTIES:
        knobs = {} if extra is None else {**CLEAN, **extra}
        runs = []
        for seed in range(args.seed, args.seed + args.n):
            issue = generate_issue(seed, **knobs)
            runs.append(run_one(parse, issue.text, issue.truth["source"], issue.truth))
        rows.append((name, summarize(runs)))
    print_table(f"yuanzhi, one difficulty at a time (n={args.n} issues per row)", rows)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
