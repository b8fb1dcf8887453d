"""PDF benchmark: rebuild generated issues typeset as PDFs and measure against their truth.

    .venv/bin/python -m bench.pdf_bench [--pages 40] [--seed 0] [--scan-pages 1] [--no-big]
                                        [--wide-pages 60] [--wide-seeds dev|heldout|heldout-b|heldout-c]

Truth issues come from tests/synth/generate.py and are typeset by
tests/synth/render_pdf.py on A3 pages (4–6 columns, spanning headlines,
side-by-side articles, sidebars, continuations) with the content stream in
reading order, row by row, or shuffled (rotating per issue). Systems:

* yuanzhi: ``pipeline.parse_file`` (PyMuPDF spans → geometric layout → assembler);
* PyMuPDF ``page.get_text()``, ``get_text(sort=True)`` and pdfplumber
  ``extract_text()``: the plain text of each treated as one article stream,
  one paragraph per line (what these tools give without a layout model).

Measures (tests/synth/metrics.py): paragraph contiguity, article B-cubed F1,
title accuracy, sentence recall (truth body sentences found inside some
article), pages/s on one core. (b) The same systems on helper A's wide
generator (tests/synth/wide: 1-8 columns, mixed grids, photos, tables,
partial-width heads, six stream orders), through bench/wide_bench.py; ``make
bench`` runs its held-out seeds, developers use ``--wide-seeds dev``. (c) Cold
start: import, segmenter and parse times of one issue in a fresh process
(bench/cold_start.py). Scans: the first pages of a smaller issue
rasterized at 150 dpi and read by OCR: character accuracy against the
born-digital text, article measures beside born-digital, seconds/page. A
500-page PDF (one issue's pages repeated): time and peak memory, in a child
process so its peak is its own.
"""

from __future__ import annotations

import argparse
import difflib
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from tests.synth.fuzzy_metrics import THRESHOLD, fuzzy_score_issue  # noqa: E402
from tests.synth.generate import generate_issue  # noqa: E402
from tests.synth.metrics import mean, score_issue  # noqa: E402
from tests.synth.render_pdf import render_issue  # noqa: E402
from tests.synth.render_scan import render_scans  # noqa: E402

from yuanzhi.layout.normalize import content_chars, normalize_text  # noqa: E402

from .cold_start import cold_start, describe  # noqa: E402
from .wide_bench import sentence_recall  # noqa: E402

ORDERS = ("reading", "rows", "shuffled")
Parser = Callable[[Path], dict[str, Any]]


def yuanzhi_pdf(path: Path, extra: tuple[Path, ...] = ()) -> dict[str, Any]:
    from yuanzhi.contract import issue_to_json
    from yuanzhi.pipeline import parse_file

    return issue_to_json(parse_file(path, extra=extra))


def one_stream(text: str) -> dict[str, Any]:
    """A tool's plain text as one article: one paragraph per non-empty line."""
    lines = [normalize_text(line) for line in text.splitlines()]
    paragraphs = [line for line in lines if line]
    article = {"id": "s1", "title": None, "subtitle": None, "kicker": None, "editor_note": None,
               "paragraphs": paragraphs, "subheadings": [], "sidebars": [], "bylines": [],
               "pages": [], "continued": False}
    return {"articles": [article], "furniture": [], "unassigned": []}


def pymupdf_text(sort: bool) -> Parser:
    def parse(path: Path) -> dict[str, Any]:
        import pymupdf

        with pymupdf.open(str(path)) as pdf:
            return one_stream("\n".join(page.get_text(sort=sort) for page in pdf))

    return parse


def pdfplumber_text(path: Path) -> dict[str, Any]:
    import pdfplumber

    with pdfplumber.open(str(path)) as pdf:
        return one_stream("\n".join(page.extract_text() or "" for page in pdf.pages))


SYSTEMS: list[tuple[str, Parser]] = [
    ("yuanzhi", yuanzhi_pdf),
    ("PyMuPDF get_text()", pymupdf_text(False)),
    ("PyMuPDF get_text(sort=True)", pymupdf_text(True)),
    ("pdfplumber extract_text()", pdfplumber_text),
]


def make_corpus(directory: Path, pages: int, seed: int) -> list[tuple[Path, dict[str, Any], int]]:
    """Render generated issues until there are ``pages`` PDF pages."""
    corpus: list[tuple[Path, dict[str, Any], int]] = []
    total = 0
    number = seed
    while total < pages:
        truth = generate_issue(number).truth
        order = ORDERS[number % len(ORDERS)]
        path = directory / f"synth_{number:05d}_{order}.pdf"
        rendered = render_issue(truth, path, seed=number, order=order)
        corpus.append((path, rendered, rendered["pages"]))
        total += rendered["pages"]
        number += 1
    return corpus


def summarize(scores: list[dict[str, Any]], seconds: float, pages: int, errors: int,
              cpu: float = 0.0) -> dict[str, Any]:
    paragraphs = sum(s["paragraphs"] for s in scores)
    articles = sum(s["articles"] for s in scores)
    sentences = sum(s["sentences"] for s in scores)
    return {
        "contiguity": sum(s["paragraphs_whole"] for s in scores) / paragraphs if paragraphs else 0.0,
        "bcubed_f1": mean(s["bcubed_f1"] for s in scores),
        "title_accuracy": sum(s["titles_correct"] for s in scores) / articles if articles else 0.0,
        "sentence_recall": sum(s["sentences_found"] for s in scores) / sentences if sentences else 0.0,
        "pages_per_second": pages / seconds if seconds else 0.0,
        "cpu_pages_per_second": pages / cpu if cpu else 0.0,
        "errors": errors,
    }


def run_system(parse: Parser, corpus: list[tuple[Path, dict[str, Any], int]]) -> dict[str, Any]:
    scores = []
    errors = 0
    elapsed = cpu = 0.0
    try:  # warm up: imports and lexicons load once per process, not per page
        parse(corpus[0][0])
    except Exception:  # noqa: BLE001 - counted below
        pass
    for path, truth, _ in corpus:
        started, cpu_started = time.perf_counter(), time.process_time()
        try:
            predicted = parse(path)
        except Exception as exc:  # noqa: BLE001 - the bench counts a crash as a failure
            print(f"  error on {path.name}: {type(exc).__name__}: {exc}")
            predicted = {"articles": [], "furniture": [], "unassigned": []}
            errors += 1
        elapsed += time.perf_counter() - started
        cpu += time.process_time() - cpu_started
        found, total = sentence_recall(truth, predicted)
        scores.append({**score_issue(truth, predicted), "sentences_found": found, "sentences": total})
    return summarize(scores, elapsed, sum(p for *_, p in corpus), errors, cpu)


def print_table(title: str, rows: list[tuple[str, dict[str, Any]]]) -> None:
    print(f"\n{title}")
    print(f"  {'system':<30} {'contiguity':>10} {'B-cubed F1':>10} {'titles':>8} {'sentences':>9} {'pages/s':>9} "
          f"{'CPU p/s':>8} {'errors':>6}")
    for name, row in rows:
        print(f"  {name:<30} {row['contiguity']:>10.3f} {row['bcubed_f1']:>10.3f} "
              f"{row['title_accuracy']:>8.3f} {row['sentence_recall']:>9.3f} {row['pages_per_second']:>9.1f} "
              f"{row['cpu_pages_per_second']:>8.1f} {row['errors']:>6}")
    print("  (pages/s: wall clock; CPU p/s: this process's CPU time, the figure for one core on a shared machine)")


def wide_section(directory: Path, seeds: str, pages: int) -> dict[str, Any]:
    """(b): pages of helper A's wide generator, through its own harness (bench/wide_bench.py)."""
    from . import wide_bench

    directory.mkdir(parents=True, exist_ok=True)
    seed_range = wide_bench.SEED_SETS[seeds]
    corpus = wide_bench.make_corpus(directory, seed_range, pages)
    count = sum(t["issue"]["pages"] for *_, t in corpus)
    results = []
    cpu: dict[str, float] = {}
    for key in ("yuanzhi", "pymupdf"):
        name, parse = wide_bench.SYSTEMS[key]
        rows, seconds, errors = wide_bench.run_system(_cpu_timed(parse, cpu, name), corpus)
        cpu.pop(name + " warm-up", None)
        results.append((name, wide_bench.summary(rows), seconds, errors))
    print(f"\n(b) Wide generator (tests/synth/wide, written without looking at the parser): {seeds} seeds "
          f"{corpus[0][0]}..{corpus[-1][0]}, {len(corpus)} issues, {count} pages")
    for line in wide_bench.main_table(results, count):
        print("  " + line)
    print("  CPU pages/s (this process's CPU time): " + ", ".join(
        f"{name} {count / cpu[name]:.1f}" for name, *_ in results if cpu.get(name)))
    return {name: {**summary, "pages_per_second": count / seconds if seconds else 0.0,
                   "cpu_pages_per_second": count / cpu[name] if cpu.get(name) else 0.0, "errors": errors}
            for name, summary, seconds, errors in results}


def _cpu_timed(parse: Parser, totals: dict[str, float], name: str) -> Parser:
    """``parse`` adding its CPU seconds to ``totals[name]`` (the first call, a warm-up,
    to ``totals[name + ' warm-up']``)."""
    def timed(path: Path) -> dict[str, Any]:
        key = name if name in totals else name + " warm-up"
        started = time.process_time()
        try:
            return parse(path)
        finally:
            totals[key] = totals.get(key, 0.0) + time.process_time() - started
            totals.setdefault(name, 0.0)
    return timed


def all_text(issue: dict[str, Any]) -> str:
    parts: list[str] = []
    for article in issue["articles"]:
        for key in ("kicker", "title", "subtitle", "editor_note"):
            if article.get(key):
                parts.append(article[key])
        parts.extend(article["paragraphs"])
        for sidebar in article["sidebars"]:
            parts.extend([sidebar.get("title") or "", *sidebar["paragraphs"]])
    parts.extend(issue.get("furniture", []))
    parts.extend(issue.get("unassigned", []))
    return content_chars("".join(parts))


def char_accuracy(reference: str, ocr: str) -> float:
    """Share of the reference characters the OCR text reproduces, in order."""
    if not reference:
        return 0.0
    matcher = difflib.SequenceMatcher(None, reference, ocr, autojunk=False)
    return sum(block.size for block in matcher.get_matching_blocks()) / len(reference)


def scan_bench(directory: Path, seed: int, pages: int) -> dict[str, Any]:
    """OCR the first ``pages`` pages of a generated issue of that many pages.

    Article measures are given twice: strict (a truth sentence must appear
    verbatim, so one misread character loses it) and OCR-tolerant (difflib
    ratio >= THRESHOLD against the aligned stretch: tests/synth/fuzzy_metrics.py).
    """
    from yuanzhi.read.scan import shared_engine

    per_page = (2, 3) if pages <= 1 else (3, 5)  # (2, 3) fits a two-page issue on one A3 page
    truth = generate_issue(seed, pages=max(1, pages), articles_per_page=per_page).truth
    pdf = directory / "scan_source.pdf"
    truth = render_issue(truth, pdf, seed=seed)
    keep = list(range(1, min(pages, truth["pages"]) + 1))
    images = render_scans(pdf, directory / "scans", pages=keep)
    born = yuanzhi_pdf(pdf)
    shared_engine()  # built once per process, like the imports the PDF warm-up loads
    started = time.perf_counter()
    cpu = time.process_time()
    scanned = yuanzhi_pdf(images[0], extra=tuple(images[1:]))
    seconds = (time.perf_counter() - started) / len(images)
    cpu_seconds = (time.process_time() - cpu) / len(images)
    complete = len(keep) == truth["pages"]
    result: dict[str, Any] = {
        "pages": len(images),
        "seconds_per_page": seconds,
        "cpu_seconds_per_page": cpu_seconds,
        "char_accuracy": char_accuracy(all_text(born), all_text(scanned)),
    }
    if complete:
        for name, predicted in (("born_digital", born), ("scan", scanned)):
            for label, scorer in (("", score_issue), ("_fuzzy", fuzzy_score_issue)):
                score = scorer(truth, predicted)
                result[name + label] = {
                    "bcubed_f1": score["bcubed_f1"],
                    "title_accuracy": score["titles_correct"] / max(1, score["articles"]),
                    "contiguity": score["paragraphs_whole"] / max(1, score["paragraphs"]),
                }
    return result


# the child's own peak: VmHWM starts afresh at exec (ru_maxrss would keep the forked parent's)
BIG_CHILD = """
import re, resource, sys, time
from pathlib import Path
from yuanzhi.pipeline import parse_file
started = time.perf_counter()
issue = parse_file(sys.argv[1])
elapsed = time.perf_counter() - started
status = Path("/proc/self/status")
found = re.search(r"VmHWM:\\s+(\\d+) kB", status.read_text()) if status.exists() else None
peak_kb = int(found.group(1)) if found else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(elapsed, peak_kb, len(issue.articles))
"""


def big_pdf(directory: Path, corpus: list[tuple[Path, dict[str, Any], int]], pages: int = 500) -> dict[str, Any]:
    import pymupdf

    path = directory / "big.pdf"
    with pymupdf.open() as out:
        while out.page_count < pages:
            for source, *_ in corpus:
                with pymupdf.open(str(source)) as pdf:
                    out.insert_pdf(pdf, to_page=min(pdf.page_count, pages - out.page_count) - 1)
                if out.page_count >= pages:
                    break
        out.save(str(path), garbage=3, deflate=True)
        count = out.page_count
    env = dict(os.environ, OMP_NUM_THREADS="1")
    done = subprocess.run([sys.executable, "-c", BIG_CHILD, str(path)], capture_output=True, text=True,
                          env=env, check=False)
    if done.returncode != 0:
        return {"pages": count, "error": done.stderr.strip().splitlines()[-1:]}
    seconds, peak_kb, articles = done.stdout.split()
    return {"pages": count, "seconds": float(seconds), "pages_per_second": count / float(seconds),
            "peak_rss_mb": int(peak_kb) / 1024, "articles": int(articles),
            "file_mb": path.stat().st_size / 1e6}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--pages", type=int, default=40, help="PDF pages to generate (default 40)")
    parser.add_argument("--seed", type=int, default=0, help="first seed (default 0)")
    parser.add_argument("--scan-pages", type=int, default=1, help="pages to OCR (0 skips; slow)")
    parser.add_argument("--no-big", action="store_true", help="skip the 500-page PDF")
    parser.add_argument("--wide-pages", type=int, default=60,
                        help="section (b): pages of the wide generator (tests/synth/wide; 0 skips)")
    parser.add_argument("--wide-seeds", choices=("dev", "heldout", "heldout-b", "heldout-c"), default="dev",
                        help="section (b): dev seeds (looked at while developing) or held-out ones")
    parser.add_argument("--json", dest="json_out", help="also write the figures to this JSON file")
    args = parser.parse_args(argv)
    results: dict[str, Any] = {}
    with tempfile.TemporaryDirectory(prefix="yuanzhi_pdf_bench_") as tmp:
        directory = Path(tmp)
        corpus = make_corpus(directory, args.pages, args.seed)
        pages = sum(p for *_, p in corpus)
        rows = [(name, run_system(parse, corpus)) for name, parse in SYSTEMS]
        print_table(f"(a) Generated PDF issues (tests/synth/render_pdf.py): {len(corpus)} issues, {pages} pages "
                    f"(stream orders {', '.join(ORDERS)}), seeds {args.seed}..", rows)
        results["born_digital"] = dict(rows)
        if args.wide_pages > 0:
            results["wide"] = wide_section(directory / "wide", args.wide_seeds, args.wide_pages)
        sample = next((path for path, *_ in corpus), None)
        if sample is not None:
            text = directory / "cold_text.txt"
            text.write_text(generate_issue(args.seed).text, encoding="utf-8")
            results["cold_start"] = cold_start(sample, text)
            print(f"\nCold start of one issue in a fresh process: {describe(results['cold_start'])}")
        if args.scan_pages > 0:
            scan = scan_bench(directory, args.seed + 1000, args.scan_pages)
            results["scan"] = scan
            print(f"\nScans at 150 dpi ({scan['pages']} page(s), OCR): {scan['seconds_per_page']:.1f} s/page "
                  f"({scan['cpu_seconds_per_page']:.1f} CPU s/page), "
                  f"character accuracy vs the text layer {scan['char_accuracy']:.3f}")
            for name in ("born_digital", "scan", "born_digital_fuzzy", "scan_fuzzy"):
                if name in scan:
                    s = scan[name]
                    label = (name.replace("_fuzzy", "") + f" (OCR-tolerant, ratio>={THRESHOLD})"
                             if name.endswith("_fuzzy") else name + " (strict)")
                    print(f"  {label:<40} B-cubed F1 {s['bcubed_f1']:.3f}  titles {s['title_accuracy']:.3f}  "
                          f"contiguity {s['contiguity']:.3f}")
        if not args.no_big:
            big = big_pdf(directory, corpus)
            results["big"] = big
            if "error" in big:
                print(f"\n{big['pages']}-page PDF: failed: {big['error']}")
            else:
                print(f"\n{big['pages']}-page PDF ({big['file_mb']:.1f} MB): {big['seconds']:.1f} s "
                      f"({big['pages_per_second']:.1f} pages/s), peak memory {big['peak_rss_mb']:.0f} MB, "
                      f"{big['articles']} articles")
    if args.json_out:
        Path(args.json_out).write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
