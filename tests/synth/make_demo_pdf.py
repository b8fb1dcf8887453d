"""Render the demo issue's gold truth (tests/gold/demo_issue.json) to a PDF sample.

    .venv/bin/python -m tests.synth.make_demo_pdf [OUT]

Writes src/yuanzhi/samples/demo_issue.pdf by default (fonts subset: small
enough to commit). The gold file stays the truth for it: articles, titles,
paragraphs; the PDF's own pages are decided by the typesetter.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from tests.synth.render_pdf import render_issue

REPO = Path(__file__).resolve().parents[2]
GOLD = REPO / "tests" / "gold" / "demo_issue.json"
OUT = REPO / "src" / "yuanzhi" / "samples" / "demo_issue.pdf"


def make_demo_pdf(out: Path = OUT, seed: int = 7) -> dict:
    truth = json.loads(GOLD.read_text(encoding="utf-8"))
    return render_issue(truth, out, seed=seed, order="shuffled")


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    out = Path(args[0]) if args else OUT
    truth = make_demo_pdf(out)
    print(f"wrote {out} ({out.stat().st_size // 1024} KB, {truth['pages']} pages, {len(truth['articles'])} articles)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
