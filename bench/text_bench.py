"""Text benchmark: rebuild generated flattened issues and measure against their truth.

    .venv/bin/python -m bench.text_bench [--n 200] [--seed 0] [--fail-dir /tmp/synth_fail]

For yuanzhi (``yuanzhi.pipeline.parse_text``) and a plain baseline that splits at
bylines (bench/baselines.py): sentence-level B-cubed P/R/F1 of article membership,
title accuracy, byline accuracy, paragraph-break F1, paragraph contiguity,
conservation failures, parser errors, issues/s; the parse time of a ~30,000
character issue (median of 5); and the same measures on the bundled demo sample
against tests/gold/demo_issue.json. The worst issues (lowest yuanzhi B-cubed F1,
then most wrong titles) are written to --fail-dir as text, truth and prediction.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from tests.synth.generate import generate_issue  # noqa: E402
from tests.synth.metrics import mean, score_issue  # noqa: E402

from bench.baselines import split_at_bylines  # noqa: E402

DEMO_TEXT = REPO / "src" / "yuanzhi" / "samples" / "demo_issue.txt"
DEMO_GOLD = REPO / "tests" / "gold" / "demo_issue.json"

Parser = Callable[[str, str], dict[str, Any]]


def yuanzhi_parser() -> Parser | None:
    """``parse_text`` as a text → contract-dict function, or None when it is not there yet."""
    try:
        from yuanzhi.contract import issue_to_json
        from yuanzhi.pipeline import parse_text
    except ImportError:
        return None

    def parse(text: str, source: str) -> dict[str, Any]:
        return issue_to_json(parse_text(text, source=source))

    try:
        parse("测试\n\n（办公室 张三）\n", "probe.txt")
    except (ImportError, NotImplementedError):
        return None
    except Exception:  # noqa: BLE001 - a probe: a parser that fails here still gets benchmarked
        pass
    return parse


def baseline_parser(text: str, source: str) -> dict[str, Any]:
    return split_at_bylines(text)


EMPTY: dict[str, Any] = {"articles": [], "furniture": [], "unassigned": []}


def run_one(parser: Parser, text: str, source: str, truth: dict[str, Any]) -> dict[str, Any]:
    started = time.perf_counter()
    error = None
    try:
        predicted = parser(text, source)
    except Exception as exc:  # noqa: BLE001 - the bench counts a crash as a failure
        predicted = EMPTY
        error = f"{type(exc).__name__}: {exc}\n{traceback.format_exc(limit=4)}"
    elapsed = time.perf_counter() - started
    scores = score_issue(truth, predicted, text)
    scores.update(seconds=elapsed, error=error, predicted=predicted)
    return scores


def parse_knobs(pairs: list[str]) -> dict[str, Any]:
    """``["displaced=0", "spacing=single"]`` → generator keyword arguments."""
    knobs: dict[str, Any] = {}
    for pair in pairs:
        name, _, value = pair.partition("=")
        try:
            knobs[name] = json.loads(value)
        except json.JSONDecodeError:
            knobs[name] = value
        if isinstance(knobs[name], list):
            knobs[name] = tuple(knobs[name])
    return knobs


def summarize(runs: list[dict[str, Any]]) -> dict[str, Any]:
    articles = sum(r["articles"] for r in runs) or 1
    paragraphs = sum(r["paragraphs"] for r in runs) or 1
    seconds = sum(r["seconds"] for r in runs) or 1e-9
    return {
        "issues": len(runs),
        "bcubed_p": mean(r["bcubed_p"] for r in runs),
        "bcubed_r": mean(r["bcubed_r"] for r in runs),
        "bcubed_f1": mean(r["bcubed_f1"] for r in runs),
        "title_acc": sum(r["titles_correct"] for r in runs) / articles,
        "byline_acc": sum(r["bylines_correct"] for r in runs) / articles,
        "paragraph_f1": mean(r["paragraph_f1"] for r in runs),
        "contiguity": sum(r["paragraphs_whole"] for r in runs) / paragraphs,
        "conservation_failures": sum(1 for r in runs if r.get("conservation")),
        "errors": sum(1 for r in runs if r["error"]),
        "issues_per_s": len(runs) / seconds,
    }


COLUMNS = [
    ("B³ P", "bcubed_p", "{:.4f}"),
    ("B³ R", "bcubed_r", "{:.4f}"),
    ("B³ F1", "bcubed_f1", "{:.4f}"),
    ("title acc", "title_acc", "{:.4f}"),
    ("byline acc", "byline_acc", "{:.4f}"),
    ("para F1", "paragraph_f1", "{:.4f}"),
    ("contiguity", "contiguity", "{:.4f}"),
    ("conserv. fails", "conservation_failures", "{}"),
    ("errors", "errors", "{}"),
    ("issues/s", "issues_per_s", "{:.1f}"),
]


def print_table(title: str, rows: list[tuple[str, dict[str, Any] | None]]) -> None:
    header = ["system"] + [c[0] for c in COLUMNS]
    body = []
    for name, summary in rows:
        if summary is None:
            body.append([name, "parser unavailable"] + [""] * (len(COLUMNS) - 1))
        else:
            body.append([name] + [fmt.format(summary[key]) for _, key, fmt in COLUMNS])
    try:
        from rich.console import Console
        from rich.table import Table

        table = Table(title=title)
        for column in header:
            table.add_column(column, justify="left" if column == "system" else "right")
        for row in body:
            table.add_row(*row)
        Console(width=160).print(table)
    except ImportError:
        print(title)
        widths = [max(len(str(r[i])) for r in [header, *body]) for i in range(len(header))]
        for row in [header, *body]:
            print("  ".join(str(c).rjust(w) for c, w in zip(row, widths, strict=True)))


def big_issue(seed: int, target: int = 30_000) -> str:
    """A ~30,000-character issue: pages of generated 4-page issues, added until the target."""
    pages: list[str] = []
    step = 0
    while sum(len(p) + 1 for p in pages) < target:
        issue = generate_issue(seed + step, pages=4, articles_per_page=(4, 6), form_feeds=True)
        for page in issue.text.split("\f"):
            if sum(len(p) + 1 for p in pages) < target:
                pages.append(page)
        step += 1
    return "\f".join(pages)


def time_big(parser: Parser, text: str, repeats: int = 5) -> float | None:
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        try:
            parser(text, "big.txt")
        except Exception:  # noqa: BLE001 - timing only
            return None
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def write_failures(
    directory: Path, worst: list[tuple[int, str, dict[str, Any], dict[str, Any]]]
) -> None:
    directory.mkdir(parents=True, exist_ok=True)
    for old in [*directory.glob("synth_*.txt"), *directory.glob("synth_*.json")]:
        old.unlink()  # the worst cases of an earlier run
    for seed, text, truth, run in worst:
        stem = directory / f"synth_{seed:05d}"
        stem.with_suffix(".txt").write_text(text, encoding="utf-8")
        (directory / f"synth_{seed:05d}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1), encoding="utf-8"
        )
        (directory / f"synth_{seed:05d}.pred.json").write_text(
            json.dumps(run["predicted"], ensure_ascii=False, indent=1), encoding="utf-8"
        )
        notes = {k: v for k, v in run.items() if k != "predicted"}
        (directory / f"synth_{seed:05d}.scores.json").write_text(
            json.dumps(notes, ensure_ascii=False, indent=1, default=str), encoding="utf-8"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=200, help="generated issues (default 200)")
    parser.add_argument("--seed", type=int, default=0, help="first seed (default 0)")
    parser.add_argument("--fail-dir", default="/tmp/synth_fail", help="where the worst issues go")
    parser.add_argument("--worst", type=int, default=5, help="how many worst issues to write")
    parser.add_argument("--json", dest="json_out", help="also write the figures to this JSON file")
    parser.add_argument(
        "--knob",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="generator knob, repeatable (e.g. --knob displaced=0 --knob spacing=single); see tests/synth/generate.py DEFAULTS",
    )
    parser.add_argument("--no-big", action="store_true", help="skip the 30,000-character timing")
    args = parser.parse_args(argv)
    knobs = parse_knobs(args.knob)

    systems: list[tuple[str, Parser | None]] = [
        ("yuanzhi", yuanzhi_parser()),
        ("baseline: split at bylines", baseline_parser),
    ]
    runs: dict[str, list[dict[str, Any]]] = {name: [] for name, _ in systems}
    issues = []
    for seed in range(args.seed, args.seed + args.n):
        issue = generate_issue(seed, **knobs)
        issues.append(issue)
        for name, parse in systems:
            if parse is not None:
                runs[name].append(run_one(parse, issue.text, issue.truth["source"], issue.truth))
    mean_chars = mean(len(i.text) for i in issues)
    rows = [(name, summarize(runs[name]) if parse is not None else None) for name, parse in systems]
    print_table(
        f"Generated flattened issues: n={args.n}, seeds {args.seed}..{args.seed + args.n - 1}, "
        f"mean {mean_chars:.0f} chars" + (f", knobs {knobs}" if knobs else ""),
        rows,
    )

    results: dict[str, Any] = {"generated": dict(rows)}
    if DEMO_TEXT.exists() and DEMO_GOLD.exists():
        text = DEMO_TEXT.read_text(encoding="utf-8")
        gold = json.loads(DEMO_GOLD.read_text(encoding="utf-8"))
        demo_rows = []
        for name, parse in systems:
            demo_rows.append(
                (name, summarize([run_one(parse, text, "demo_issue.txt", gold)]) if parse else None)
            )
        print_table(
            "Demo sample (src/yuanzhi/samples/demo_issue.txt) vs tests/gold/demo_issue.json",
            demo_rows,
        )
        results["demo"] = dict(demo_rows)

    if not args.no_big:
        text = big_issue(args.seed)
        print(f"\nParse time of a {len(text):,}-character issue (median of 5):")
        for name, parse in systems:
            seconds = time_big(parse, text) if parse else None
            print(
                f"  {name}: "
                + (f"{seconds * 1000:.0f} ms" if seconds is not None else "unavailable or failed")
            )
            results.setdefault("big_issue_seconds", {})[name] = seconds

    yz = runs.get("yuanzhi") or []
    if yz:
        order = sorted(
            range(len(yz)),
            key=lambda i: (yz[i]["bcubed_f1"], yz[i]["titles_correct"] - yz[i]["articles"]),
        )
        worst = [
            (issues[i].seed, issues[i].text, issues[i].truth, yz[i]) for i in order[: args.worst]
        ]
        write_failures(Path(args.fail_dir), worst)
        print(
            f"\nWorst {len(worst)} issues written to {args.fail_dir}: "
            + ", ".join(
                f"seed {s} (B³ F1 {r['bcubed_f1']:.3f}, titles {r['titles_correct']}/{r['articles']})"
                for s, _, _, r in worst
            )
        )
        errors = [(issues[i].seed, r["error"]) for i, r in enumerate(yz) if r["error"]]
        for seed, error in errors[:3]:
            print(f"  parser error on seed {seed}: {error.splitlines()[0]}")
    if args.json_out:
        Path(args.json_out).write_text(
            json.dumps(results, ensure_ascii=False, indent=1, default=str), encoding="utf-8"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
