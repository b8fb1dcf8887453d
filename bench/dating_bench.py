"""Dating and boundary benchmark: issue dates right to the month, articles cut where a reader cuts them.

    .venv/bin/python -m bench.dating_bench [--seeds DIR] [--show]

Sources, each with gold written before the code was tuned on it:

* the real seed issues (``../shared/seeds``; gold date and articles in
  ``tests/gold/seed_*_articles.json``; skipped when the folder is absent);
* helper D's blind dating fixtures (``tests/fixtures/issues_dating``, gold
  ``tests/gold/issues_dating.json``) and boundary fixtures
  (``tests/fixtures/boundaries``, gold ``tests/gold/boundaries.json``).

Measures: month accuracy (the issue's ``YYYY-MM`` equals the gold's), year
accuracy, mean confidence of right and wrong answers; boundary precision,
recall and F1 of article starts (an article starts where a gold article's body
starts), and the share of issues whose articles all come out whole.

First contact is the code before the dating and boundary work (commit
63a4f00); run it by putting that tree first on the path:

    git archive 63a4f00 | tar -x -C /tmp/base
    PYTHONPATH=/tmp/base/src .venv/bin/python -m bench.dating_bench
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
GOLD = REPO / "tests" / "gold"
FIXTURES = REPO / "tests" / "fixtures"
SEEDS = REPO.parent / "shared" / "seeds"


@dataclass
class DateCase:
    source: str
    path: Path
    gold: str  # YYYY-MM (or longer)
    given_name: str | None = None  # the file name the case is parsed under, if not its own


@dataclass
class BoundaryCase:
    source: str
    path: Path
    starts: list[str]  # the first characters of each gold article's body, in order
    titles: list[str | None] = field(default_factory=list)
    ends: list[str | None] = field(default_factory=list)  # the last characters, when the gold gives them


# ---------------------------------------------------------------- cases


def seed_cases(seeds: Path) -> tuple[list[DateCase], list[BoundaryCase]]:
    dates: list[DateCase] = []
    bounds: list[BoundaryCase] = []
    for gold_path in sorted(GOLD.glob("seed_*_articles.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        path = seeds / gold["seed"]
        if not path.exists():
            continue
        if gold.get("date"):
            dates.append(DateCase(f"seed {gold['seed']}", path, gold["date"]))
        bounds.append(
            BoundaryCase(
                f"seed {gold['seed']}",
                path,
                [a["body_start"] for a in gold["articles"]],
                [a.get("title") for a in gold["articles"]],
            )
        )
    return dates, bounds


# ---------------------------------------------------------------- scoring


def _parse(path: Path, name: str | None = None) -> Any:
    from yuanzhi.pipeline import parse_file, parse_text

    if name is None:
        return parse_file(path)
    return parse_text(path.read_text(encoding="utf-8"), source=name)


def score_dates(cases: list[DateCase], show: bool) -> dict[str, Any]:
    right_month = right_year = 0
    confidences: dict[bool, list[float]] = {True: [], False: []}
    for case in cases:
        issue = _parse(case.path, case.given_name)
        predicted = issue.date or ""
        ok = predicted[:7] == case.gold[:7]
        right_month += ok
        right_year += predicted[:4] == case.gold[:4]
        confidence = getattr(issue, "date_confidence", None)
        if confidence is not None:
            confidences[ok].append(confidence)
        if show or not ok:
            mark = "ok " if ok else "BAD"
            evidence = "; ".join(getattr(issue, "date_evidence", ()) or ())
            print(f"  {mark} {case.source}: gold {case.gold}, got {predicted or '-'} ({issue.date_source}, "
                  f"confidence {confidence}) {evidence}")
    n = len(cases)
    return {
        "n": n,
        "month": right_month / n if n else None,
        "year": right_year / n if n else None,
        "conf_right": _mean(confidences[True]),
        "conf_wrong": _mean(confidences[False]),
    }


def article_starts(issue: Any) -> list[str]:
    return [a.paragraphs[0] if a.paragraphs else (a.title or "") for a in issue.articles]


def _squash(text: str | None) -> str:
    return "".join((text or "").split())


def score_boundaries(cases: list[BoundaryCase], show: bool) -> dict[str, Any]:
    true_pos = predicted_n = gold_n = whole = titles_right = bodies_whole = 0
    for case in cases:
        issue = _parse(case.path)
        starts = article_starts(issue)
        found = sum(1 for g in case.starts if any(s.startswith(g) for s in starts))
        extra = sum(1 for s in starts if not any(s.startswith(g) for g in case.starts))
        true_pos += found
        gold_n += len(case.starts)
        predicted_n += len(starts)
        bodies = {_squash(a.title): "".join(a.paragraphs) for a in issue.articles}
        right = 0
        for k, start in enumerate(case.starts):
            title = case.titles[k] if k < len(case.titles) else None
            end = case.ends[k] if k < len(case.ends) else None
            body = bodies.get(_squash(title)) if title else None
            titles_right += body is not None
            ok_body = body is not None and body.startswith(start) and (end is None or body.endswith(end))
            bodies_whole += ok_body
            right += ok_body
        ok = found == len(case.starts) and extra == 0 and right == len(case.starts)
        whole += ok
        if show or not ok:
            mark = "ok " if ok else "BAD"
            print(f"  {mark} {case.source}: {found}/{len(case.starts)} gold starts found, {extra} extra, "
                  f"{right} titled and whole; titles {[a.title for a in issue.articles]}")
    precision = true_pos / predicted_n if predicted_n else None
    recall = true_pos / gold_n if gold_n else None
    f1 = 2 * precision * recall / (precision + recall) if precision and recall else 0.0
    return {
        "n": len(cases),
        "precision": precision,
        "recall": recall,
        "f1": f1,
        "titles": f"{titles_right}/{gold_n}",
        "bodies": f"{bodies_whole}/{gold_n}",
        "whole": f"{whole}/{len(cases)}",
    }


def _mean(values: list[float]) -> float | None:
    return sum(values) / len(values) if values else None


def _fmt(value: Any) -> str:
    if value is None:
        return "—"
    return f"{value:.3f}" if isinstance(value, float) else str(value)


def _print_table(title: str, header: list[str], rows: Iterator[list[Any]]) -> None:
    print(f"\n{title}")
    print("| " + " | ".join(header) + " |")
    print("|" + "---|" * len(header))
    for row in rows:
        print("| " + " | ".join(_fmt(v) for v in row) + " |")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=Path, default=SEEDS, help="folder of the real seed issues")
    parser.add_argument("--show", action="store_true", help="print every case, not only the wrong ones")
    args = parser.parse_args(argv)
    if str(REPO) not in sys.path:
        sys.path.insert(0, str(REPO))
    import yuanzhi

    print(f"yuanzhi from {Path(yuanzhi.__file__).parent}")
    seed_dates, seed_bounds = seed_cases(args.seeds)
    fixture_dates, fixture_bounds = fixture_cases()
    date_rows = []
    for name, cases in (("seed issues", seed_dates), ("D's dating fixtures", fixture_dates)):
        print(f"\ndates, {name}:")
        result = score_dates(cases, args.show)
        date_rows.append(
            [name, result["n"], result["month"], result["year"], result["conf_right"], result["conf_wrong"]]
        )
    _print_table("Issue dates", ["cases", "n", "month acc", "year acc", "confidence when right", "when wrong"], iter(date_rows))
    bound_rows = []
    for name, bcases in (("seed issues", seed_bounds), ("D's boundary fixtures", fixture_bounds)):
        print(f"\nboundaries, {name}:")
        result = score_boundaries(bcases, args.show)
        bound_rows.append(
            [name, result["n"], result["precision"], result["recall"], result["f1"], result["titles"], result["bodies"], result["whole"]]
        )
    _print_table(
        "Article boundaries",
        ["cases", "n", "start P", "start R", "start F1", "titles right", "bodies whole", "issues exactly right"],
        iter(bound_rows),
    )
    return 0


def fixture_cases() -> tuple[list[DateCase], list[BoundaryCase]]:
    """Helper D's blind fixtures (gold committed before yuanzhi ran on them)."""
    dates: list[DateCase] = []
    bounds: list[BoundaryCase] = []
    dating_gold = GOLD / "issues_dating.json"
    if dating_gold.exists():
        for name, date in json.loads(dating_gold.read_text(encoding="utf-8")).items():
            dates.append(DateCase(name, FIXTURES / "issues_dating" / name, date))
    boundary_gold = GOLD / "boundaries.json"
    if boundary_gold.exists():
        for name, entry in json.loads(boundary_gold.read_text(encoding="utf-8")).items():
            articles = entry["articles"]
            bounds.append(
                BoundaryCase(
                    name,
                    FIXTURES / "boundaries" / name,
                    [a["body_start"] for a in articles],
                    [a.get("title") for a in articles],
                    [a.get("body_end") for a in articles],
                )
            )
    return dates, bounds


if __name__ == "__main__":
    raise SystemExit(main())
