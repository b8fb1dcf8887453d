"""Cluster ingest throughput: pages/s for 1, 2 and 4 Dask workers beside a plain ingest.

    .venv/bin/python -m bench.cluster_bench                 # 12 PDF + 24 text issues, 1/2/4 workers
    .venv/bin/python -m bench.cluster_bench --pdf 4 --text 8 --workers 1 2

Issues are generated (tests/synth: text issues, and the same truth typeset as
born-digital PDFs) and cached under test-artifacts/cluster-bench/. For each
kind of input it reports:

* plain — the loop `yuanzhi ingest` runs (parse + facts + page images + write,
  one process), after one warm-up issue;
* N workers — `ingest_on_cluster` on a local cluster of N worker processes,
  warmed up (every worker has parsed one issue), the client writing;
* the cluster's start-up time, and the workers' memory after the run;
* write only — `Archive.ingest` of already-parsed issues (the one writer's
  ceiling: issues/s and pages/s it can store).

The machine has 2 cores shared with other work: 4 workers on 2 cores measure
the overhead of oversubscription, not a speed-up. Numbers are indicative.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from yuanzhi.archive.intake import group_inputs, ingest_paths  # noqa: E402
from yuanzhi.archive.store import open_archive  # noqa: E402
from yuanzhi.cluster.engine import ingest_on_cluster  # noqa: E402
from yuanzhi.cluster.jobs import Failed, Parsed, make_job, run_job  # noqa: E402
from yuanzhi.cluster.local import local_client  # noqa: E402

CACHE = REPO / "test-artifacts" / "cluster-bench"
SEED = 7000


def corpus(kind: str, n: int) -> list[Path]:
    """n generated issues of one kind (cached): "pdf" or "text"."""
    from tests.synth.generate import generate_issue

    folder = CACHE / kind
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        seed = SEED + i
        path = folder / f"院报-{seed}.{'pdf' if kind == 'pdf' else 'txt'}"
        if not path.exists():
            synth = generate_issue(seed)
            if kind == "pdf":
                from tests.synth.render_pdf import render_issue

                render_issue(synth.truth, path, seed=seed)
            else:
                path.write_text(synth.text, encoding="utf-8")
        paths.append(path)
    return paths


def _pages(db: Path) -> int:
    with open_archive(db, create=False) as archive:
        return sum(i.pages or 0 for i in archive.list_issues())


def plain(files: list[Path], folder: Path) -> tuple[float, int]:
    warm = folder / "warm.db"
    with open_archive(warm) as archive:
        ingest_paths(archive, [files[0]])
    db = folder / "plain.db"
    started = time.perf_counter()
    with open_archive(db) as archive:
        for paths in group_inputs(files):
            ingest_paths(archive, paths)
    return time.perf_counter() - started, _pages(db)


def _rss() -> int:
    import psutil

    return int(psutil.Process().memory_info().rss)


def _warm(path: str) -> None:
    job = make_job([Path(path)], None, ship=False)
    if not isinstance(job, Failed):
        run_job(job)


def on_cluster(files: list[Path], workers: int, folder: Path) -> dict[str, Any]:
    started = time.perf_counter()
    with local_client(workers) as client:
        ready = time.perf_counter() - started
        client.run(_warm, str(files[0]))
        db = folder / f"cluster-{workers}.db"
        began = time.perf_counter()
        with open_archive(db) as archive:
            outcomes = list(ingest_on_cluster(archive, group_inputs(files), client))
        seconds = time.perf_counter() - began
        memory = client.run(_rss)
    failed = [o for o in outcomes if o.status == "failed"]
    return {
        "seconds": seconds,
        "pages": _pages(db),
        "ready": ready,
        "rss_mb": max(memory.values()) / 2**20,
        "failed": len(failed),
        "first_error": failed[0].error if failed else None,
    }


def write_only(files: list[Path], folder: Path) -> tuple[float, int, int]:
    """Time Archive.ingest alone, on issues parsed beforehand."""
    parsed = []
    for paths in group_inputs(files):
        job = make_job(paths, None, ship=False)
        got = job if isinstance(job, Failed) else run_job(job)
        if isinstance(got, Parsed):
            parsed.append(got)
    started = time.perf_counter()
    with open_archive(folder / "write.db") as archive:
        for got in parsed:
            archive.ingest(got.issue, got.facts, page_images=got.page_images)
    seconds = time.perf_counter() - started
    return seconds, len(parsed), sum(p.issue.pages or 0 for p in parsed)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pdf", type=int, default=12, help="PDF issues (0: none)")
    parser.add_argument("--text", type=int, default=24, help="text issues (0: none)")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2, 4])
    args = parser.parse_args(argv)
    rows: list[tuple[str, ...]] = []
    writes: list[tuple[str, ...]] = []
    for kind, n in (("pdf", args.pdf), ("text", args.text)):
        if n <= 0:
            continue
        files = corpus(kind, n)
        with tempfile.TemporaryDirectory(prefix="cluster-bench-") as tmp:
            folder = Path(tmp)
            seconds, pages = plain(files, folder)
            rows.append(
                (
                    kind,
                    "plain",
                    str(n),
                    str(pages),
                    f"{seconds:.1f}",
                    f"{pages / seconds:.1f}",
                    "—",
                    "—",
                )
            )
            print(f"  {kind} plain: {pages} pages in {seconds:.1f} s", file=sys.stderr, flush=True)
            for workers in args.workers:
                got = on_cluster(files, workers, folder)
                rows.append(
                    (
                        kind,
                        f"{workers} worker{'s' if workers > 1 else ''}",
                        str(n),
                        str(got["pages"]),
                        f"{got['seconds']:.1f}",
                        f"{got['pages'] / got['seconds']:.1f}",
                        f"{got['ready']:.1f}",
                        f"{got['rss_mb']:.0f}",
                    )
                )
                print(f"  {kind} {workers} workers: {got}", file=sys.stderr, flush=True)
            seconds, issues, pages = write_only(files, folder)
            writes.append(
                (
                    kind,
                    "sqlite",
                    str(issues),
                    str(pages),
                    f"{seconds:.2f}",
                    f"{issues / seconds:.0f}",
                    f"{pages / seconds:.0f}",
                )
            )
    head = ("input", "run", "issues", "pages", "s", "pages/s", "start s", "worker MB")
    _table(head, rows)
    print()
    _table(("input", "database", "issues", "pages", "write s", "issues/s", "pages/s"), writes)
    return 0


def _table(head: tuple[str, ...], rows: list[tuple[str, ...]]) -> None:
    widths = [max(len(r[i]) for r in (head, *rows)) for i in range(len(head))]
    print(" | ".join(h.ljust(w) for h, w in zip(head, widths, strict=True)))
    print("-|-".join("-" * w for w in widths))
    for row in rows:
        print(" | ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)))


if __name__ == "__main__":
    raise SystemExit(main())
