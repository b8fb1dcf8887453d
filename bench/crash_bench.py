"""Crash safety: kill -9 an ingest at random moments, then check what it left.

    .venv/bin/python -m bench.crash_bench                    # 20 kills of a 30-issue ingest
    .venv/bin/python -m bench.crash_bench --kills 5 --mode cluster --workers 2

The issues (generated text issues and born-digital PDFs, cached under
test-artifacts/cluster-bench/) are first ingested without interruption: that
archive's canonical dump (archive/integrity.py) is the reference. Then, for
each kill: a fresh archive, ``yuanzhi ingest`` in its own process group,
SIGKILL to the whole group at a random moment within the uninterrupted run's
duration, and on what is left:

* check — ``check_archive``: database integrity, foreign keys, the search
  index's structure and one entry per article, no gap in any issue's articles,
  facts or page images;
* whole — every issue stored is exactly the reference's issue (articles,
  bylines, mentions, facts, page images): no half-written issue;
* search — each query's hits are the reference's hits among the stored issues;
* rerun — the same ingest run again to the end gives the reference archive.

A table per backend: SQLite by default, PostgreSQL with ``--pg URL`` (a fresh
database per run; e.g. the URL ``scripts/pg-start.sh`` prints). The killed
process is the ingest (and its workers); the database server keeps running.
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from bench.cluster_bench import PostgresDatabases, SqliteFiles, corpus  # noqa: E402
from yuanzhi.archive.integrity import canonical_dump, check_archive  # noqa: E402
from yuanzhi.archive.store import open_archive  # noqa: E402
from yuanzhi.errors import ArchiveError  # noqa: E402

YUANZHI = [str(Path(sys.executable).with_name("yuanzhi"))]


def ingest_command(files: list[Path], db: str, mode: str, workers: int) -> list[str]:
    command = [*YUANZHI, "ingest", *map(str, files), "--db", db]
    if mode == "cluster":
        command += ["--workers", str(workers)]
    return command


def run_to_end(command: list[str]) -> float:
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"ingest failed ({done.returncode}): {done.stderr.strip()[-500:]}")
    return time.perf_counter() - started


def run_and_kill(command: list[str], after: float) -> bool:
    """Start the ingest in its own process group and SIGKILL the group after ``after`` s.

    Returns False when the ingest finished before the kill."""
    process = subprocess.Popen(
        command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True
    )
    try:
        process.wait(timeout=after)
        return False
    except subprocess.TimeoutExpired:
        pass
    os.killpg(process.pid, signal.SIGKILL)  # the ingest and any worker processes it started
    process.wait()
    return True


def examine(db: str, reference: dict[str, Any]) -> dict[str, Any]:
    """What a killed ingest left: check, whole issues, search agreement."""
    try:
        archive = open_archive(db, create=False)
    except ArchiveError as error:
        if "no archive" not in str(error):
            return {"issues": 0, "check": f"cannot open: {error}", "half": 0, "search": False}
        return {"issues": 0, "check": "ok (no archive yet)", "half": 0, "search": True}
    with archive:
        report = check_archive(archive)
        dump = canonical_dump(archive)
    half = [s for s, part in dump["issues"].items() if part != reference["issues"].get(s)]
    stored_articles = {a[0] for part in dump["issues"].values() for a in part["articles"]}
    search_ok = all(
        dump["search"][q] == [a for a in hits if a in stored_articles]
        for q, hits in reference["search"].items()
    )
    return {
        "issues": len(dump["issues"]),
        "check": "ok" if report.ok else f"{len(report.problems)} problems: {report.problems[0]}",
        "half": len(half),
        "search": search_ok,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--kills", type=int, default=20)
    parser.add_argument("--text", type=int, default=22, help="text issues")
    parser.add_argument("--pdf", type=int, default=8, help="PDF issues (page images too)")
    parser.add_argument("--mode", choices=("plain", "cluster"), default="plain")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--seed", type=int, default=9)
    parser.add_argument(
        "--pg",
        metavar="URL",
        help="PostgreSQL instead of SQLite: a database URL on a server where this role may"
        " create databases (e.g. the URL scripts/pg-start.sh prints)",
    )
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    files = [*corpus("text", args.text), *corpus("pdf", args.pdf)]
    rng.shuffle(files)  # PDFs and text interleaved
    rows: list[tuple[str, ...]] = []
    failures = 0
    with tempfile.TemporaryDirectory(prefix="crash-bench-") as tmp:
        backend = PostgresDatabases(args.pg) if args.pg else SqliteFiles(Path(tmp))
        ref_db = backend.fresh("reference")
        duration = run_to_end(ingest_command(files, ref_db, args.mode, args.workers))
        with open_archive(ref_db, create=False) as archive:
            reference = canonical_dump(archive)
        backend.drop("reference")
        print(
            f"backend {backend.name}, {args.mode} ingest of {len(files)} issues"
            f" ({args.text} text, {args.pdf} PDF): {duration:.1f} s uninterrupted",
            flush=True,
        )
        for n in range(1, args.kills + 1):
            limit, killed, tries = duration, False, 0
            while not killed and tries < 4:  # the ingest may run faster than the reference did
                at = rng.uniform(0.3, limit)
                db = backend.fresh(f"killed{n}")
                started = time.perf_counter()
                killed = run_and_kill(ingest_command(files, db, args.mode, args.workers), at)
                limit = min(limit, time.perf_counter() - started)
                tries += 1
            found = examine(db, reference)
            run_to_end(ingest_command(files, db, args.mode, args.workers))
            with open_archive(db, create=False) as archive:
                rerun_ok = canonical_dump(archive) == reference and check_archive(archive).ok
            ok = (
                found["check"].startswith("ok")
                and not found["half"]
                and found["search"]
                and rerun_ok
            )
            failures += not ok
            rows.append(
                (
                    str(n),
                    f"{at:.1f}",
                    "yes" if killed else "finished first",
                    str(found["issues"]),
                    found["check"],
                    str(found["half"]),
                    "yes" if found["search"] else "NO",
                    "yes" if rerun_ok else "NO",
                )
            )
            print(" | ".join(rows[-1]), file=sys.stderr, flush=True)
            backend.drop(f"killed{n}")
    head = (
        "kill",
        "at s",
        "killed",
        "issues stored",
        "check",
        "half-written",
        "search agrees",
        "rerun = reference",
    )
    widths = [max(len(r[i]) for r in (head, *rows)) for i in range(len(head))]
    print(" | ".join(h.ljust(w) for h, w in zip(head, widths, strict=True)))
    print("-|-".join("-" * w for w in widths))
    for row in rows:
        print(" | ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)))
    print(
        f"{len(rows) - failures} of {len(rows)} kills left a whole archive that a rerun completed"
    )
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
