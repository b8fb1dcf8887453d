"""Paragraph ends in flattened text: does the layout end a paragraph where the printer did?

The old held-out fixtures (heldout3 … heldout16) print one paragraph per line, so their paragraph
ends are known. ``flatten_text.flatten`` re-flows each into printed lines of one column width, the
way a PDF's text layer prints them; the parser (pipeline: read → layout → articles) then has to find
the paragraph ends again. Scored over every line break inside a file:

* paragraph ends: precision and recall of the breaks the layout puts between blocks against the
  breaks between the original lines;
* false headings: heading blocks (headline, subheading, kicker …) made of a piece of a paragraph
  the flattener cut into several lines (a real headline line is printed whole);
* articles: every fixture is one article, so each article past the first is a false split.

The already flattened rounds 17–19 (heldout43 … heldout48, no paragraph truth) report the articles
per file against gold's one article.

    .venv/bin/python bench/paragraph_bench.py            # the figures
    .venv/bin/python bench/paragraph_bench.py --verbose  # each wrong break, with its two lines
"""

from __future__ import annotations

import argparse
import hashlib
import re
import sys
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures" / "news"
sys.path.insert(0, str(Path(__file__).resolve().parent))

TRUTH_BATCHES = range(3, 17)  # printed one paragraph per line
FLAT_BATCHES = range(43, 49)  # rounds 17–19, printed already flattened
_TEXT_KINDS = {"body", "sidebar", "editor_note"}


def _files(batches: range) -> list[Path]:
    return [p for b in batches for p in sorted(FIXTURES.glob(f"heldout{b}_*.txt"))]


def _blocks_and_issue(text: str, name: str):  # type: ignore[no-untyped-def]
    from yuanzhi.pipeline import blocks_to_issue, document_to_blocks
    from yuanzhi.read.text import text_to_document

    document = text_to_document(text, name, hashlib.sha256(text.encode("utf-8")).hexdigest())
    blocks = document_to_blocks(document)
    return blocks, blocks_to_issue(blocks, document)


def _origins(original: str, printed: list[str]) -> list[int]:
    """For each printed line, the index of the original line (paragraph) it came from."""
    paragraphs = [line.strip() for line in original.splitlines() if line.strip()]
    origin: list[int] = []
    k, used = 0, 0
    for line in printed:
        while k < len(paragraphs) and used >= len(paragraphs[k]):
            k, used = k + 1, 0
        origin.append(k)
        used += len(line)
    return origin


class Tally:
    def __init__(self) -> None:
        self.true_breaks = self.found = self.right = 0
        self.false_headings = self.heading_blocks = 0
        self.files = self.extra_articles = self.split_files = 0
        self.misses: list[str] = []

    def line(self, label: str) -> str:
        p = self.right / self.found if self.found else 1.0
        r = self.right / self.true_breaks if self.true_breaks else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return (
            f"{label:<10} files {self.files:3d}  paragraph ends P {p:.3f} R {r:.3f} F1 {f:.3f} "
            f"({self.right}/{self.found} found, {self.true_breaks} true)  false headings "
            f"{self.false_headings}/{self.heading_blocks}  articles past one {self.extra_articles} "
            f"in {self.split_files} files"
        )


def score_truth(path: Path, tally: Tally, verbose: bool) -> None:
    from flatten_text import flatten

    original = path.read_text(encoding="utf-8")
    printed = flatten(original, path.name).splitlines()
    origin = _origins(original, printed)
    blocks, issue = _blocks_and_issue("\n".join(printed) + "\n", path.name)
    block_of: dict[int, int] = {}
    for b, block in enumerate(blocks):
        for line in block.lines:
            if line.source_line is not None:
                block_of[line.source_line - 1] = b
    tally.files += 1
    for k in range(len(printed) - 1):
        true = origin[k] != origin[k + 1]
        found = block_of.get(k) != block_of.get(k + 1)
        tally.true_breaks += true
        tally.found += found
        tally.right += true and found
        if true != found and verbose:
            what = "MISSED" if true else "FALSE "
            tally.misses.append(f"{what} {path.name}:{k + 1}  {printed[k]}‖{printed[k + 1]}")
    cut = {o for o in origin if origin.count(o) > 1}  # paragraphs the flattener cut into lines
    for block in blocks:
        if block.kind in _TEXT_KINDS or block.kind in ("byline", "marker", "furniture"):
            continue
        tally.heading_blocks += 1
        lines = [line.source_line - 1 for line in block.lines if line.source_line is not None]
        if any(origin[k] in cut for k in lines):
            tally.false_headings += 1
            if verbose:
                text = block.text[:40]
                tally.misses.append(f"HEAD   {path.name}:{lines[0] + 1}  {block.kind} {text}")
    _articles(path.name, issue, tally, verbose)


def _articles(name: str, issue, tally: Tally, verbose: bool) -> None:  # type: ignore[no-untyped-def]
    extra = max(0, len(issue.articles) - 1)
    tally.extra_articles += extra
    tally.split_files += extra > 0
    if extra and verbose:
        titles = " | ".join((a.title or "-")[:20] for a in issue.articles)
        tally.misses.append(f"SPLIT  {name}: {len(issue.articles)} articles: {titles}")


def score_flat(path: Path, tally: Tally, verbose: bool) -> None:
    text = path.read_text(encoding="utf-8")
    blocks, issue = _blocks_and_issue(text, path.name)
    tally.files += 1
    for block in blocks:
        if block.kind not in _TEXT_KINDS and block.kind not in ("byline", "marker", "furniture"):
            tally.heading_blocks += 1
    _articles(path.name, issue, tally, verbose)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--verbose", action="store_true", help="list each wrong break")
    parser.add_argument("--only", help="a batch prefix (heldout9) or a file name part")
    args = parser.parse_args(argv)
    pattern = re.compile(re.escape(args.only) + ("_" if args.only and args.only[-1].isdigit() else "")) if args.only else None
    truth, flat = Tally(), Tally()
    for path in _files(TRUTH_BATCHES):
        if pattern is None or pattern.search(path.name):
            score_truth(path, truth, args.verbose)
    for path in _files(FLAT_BATCHES):
        if pattern is None or pattern.search(path.name):
            score_flat(path, flat, args.verbose)
    for miss in truth.misses + flat.misses:
        print(miss)
    print(truth.line("re-flowed"))
    print(
        f"{'flat r17-19':<10} files {flat.files:3d}  heading blocks {flat.heading_blocks}  "
        f"articles past one {flat.extra_articles} in {flat.split_files} files"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
