"""Cluster ingest throughput: pages/s for 1, 2 and 4 Dask workers beside a plain ingest.

    .venv/bin/python -m bench.cluster_bench                 # 12 PDF + 24 text issues, 1/2/4 workers
    .venv/bin/python -m bench.cluster_bench --pdf 4 --text 8 --workers 1 2

With ``--pg URL`` (a PostgreSQL database URL whose role may create databases,
e.g. the one ``scripts/pg-start.sh`` prints) every run is repeated on a fresh
PostgreSQL database, and the cluster runs once more with the workers writing
the issues themselves instead of the client.

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
import os
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


class SqliteFiles:
    """A fresh SQLite file per run, in a temporary folder."""

    name = "sqlite"

    def __init__(self, folder: Path):
        self.folder = folder

    def fresh(self, label: str) -> str:
        self.drop(label)
        return str(self.folder / f"{label}.db")

    def drop(self, label: str) -> None:
        for suffix in ("", "-wal", "-shm"):
            Path(str(self.folder / f"{label}.db") + suffix).unlink(missing_ok=True)

    def size(self, label: str) -> int:
        return sum(f.stat().st_size for f in self.folder.glob(f"{label}.db*"))


class PostgresDatabases:
    """A fresh database per run on the PostgreSQL server of ``url`` (CREATE DATABASE rights)."""

    name = "postgresql"

    def __init__(self, url: str, prefix: str = "crash"):
        from sqlalchemy import create_engine
        from sqlalchemy.engine import make_url

        self.url = make_url(url)
        if self.url.drivername in ("postgresql", "postgres"):
            self.url = self.url.set(drivername="postgresql+psycopg")
        self.admin = create_engine(self.url, isolation_level="AUTOCOMMIT")
        self.prefix = prefix

    def fresh(self, label: str) -> str:
        from sqlalchemy import create_engine, text

        name = self._name(label)
        self.drop(label)
        with self.admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        target = self.url.set(database=name)
        engine = create_engine(target, isolation_level="AUTOCOMMIT")
        with engine.connect() as conn:
            conn.execute(text("CREATE EXTENSION IF NOT EXISTS pg_trgm"))
        engine.dispose()
        return target.render_as_string(hide_password=False)

    def drop(self, label: str) -> None:
        from sqlalchemy import text

        with self.admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{self._name(label)}" WITH (FORCE)'))

    def _name(self, label: str) -> str:
        return f"{self.url.database}_{self.prefix}_{label}"

    def size(self, label: str) -> int:
        from sqlalchemy import text

        with self.admin.connect() as conn:
            return int(
                conn.execute(text(f"SELECT pg_database_size('{self._name(label)}')")).scalar()
            )


def _pages(db: str) -> int:
    with open_archive(db, create=False) as archive:
        return sum(i.pages or 0 for i in archive.list_issues())


def _rss() -> int:
    import psutil

    return int(psutil.Process().memory_info().rss)


def _cpu() -> float:
    import psutil

    times = psutil.Process().cpu_times()
    return float(times.user + times.system)


def _warm(path: str) -> None:
    job = make_job([Path(path)], None, ship=False)
    if not isinstance(job, Failed):
        run_job(job)


def plain(files: list[Path], backend: Any) -> dict[str, Any]:
    """The `yuanzhi ingest` loop in this process, after one warm-up issue."""
    with open_archive(backend.fresh("warm")) as archive:
        ingest_paths(archive, [files[0]])
    backend.drop("warm")
    db = backend.fresh("plain")
    started, cpu = time.perf_counter(), _cpu()
    with open_archive(db) as archive:
        for paths in group_inputs(files):
            ingest_paths(archive, paths)
    result = {"seconds": time.perf_counter() - started, "cpu": _cpu() - cpu, "pages": _pages(db)}
    backend.drop("plain")
    return result


def on_cluster(files: list[Path], client: Any, backend: Any, direct: bool) -> dict[str, Any]:
    label = "direct" if direct else "client"
    db = backend.fresh(label)
    cpu_before = sum(client.run(_cpu).values()) + _cpu()
    began = time.perf_counter()
    with open_archive(db) as archive:
        outcomes = list(
            ingest_on_cluster(
                archive, group_inputs(files), client, workers_write=db if direct else None
            )
        )
    seconds = time.perf_counter() - began
    cpu = sum(client.run(_cpu).values()) + _cpu() - cpu_before
    failed = [o for o in outcomes if o.status == "failed"]
    result = {
        "seconds": seconds,
        "cpu": cpu,
        "pages": _pages(db),
        "failed": len(failed),
        "first_error": failed[0].error if failed else None,
    }
    backend.drop(label)
    return result


def parse_all(files: list[Path]) -> list[Parsed]:
    parsed = []
    for paths in group_inputs(files):
        job = make_job(paths, None, ship=False)
        got = job if isinstance(job, Failed) else run_job(job)
        if isinstance(got, Parsed):
            parsed.append(got)
    return parsed


def write_only(parsed: list[Parsed], backend: Any) -> dict[str, Any]:
    """Time Archive.ingest alone, on issues parsed beforehand."""
    db = backend.fresh("write")
    with open_archive(db) as archive:  # the empty archive's size is not the issues'
        pass
    empty = backend.size("write")
    started = time.perf_counter()
    with open_archive(db) as archive:
        for got in parsed:
            archive.ingest(got.issue, got.facts, page_images=got.page_images)
    seconds = time.perf_counter() - started
    size = backend.size("write") - empty
    backend.drop("write")
    return {
        "seconds": seconds,
        "issues": len(parsed),
        "pages": sum(p.issue.pages or 0 for p in parsed),
        "bytes": size,
    }


def _row(
    kind: str, backend: str, run: str, n: int, got: dict[str, Any], start: str = "—", mb: str = "—"
) -> tuple[str, ...]:
    return (
        kind,
        backend,
        run,
        str(n),
        str(got["pages"]),
        f"{got['seconds']:.1f}",
        f"{got['pages'] / got['seconds']:.1f}",
        f"{1000 * got['cpu'] / max(1, got['pages']):.0f}",
        start,
        mb,
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pdf", type=int, default=12, help="PDF issues (0: none)")
    parser.add_argument("--text", type=int, default=24, help="text issues (0: none)")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2, 4])
    parser.add_argument(
        "--pg",
        metavar="URL",
        help="also PostgreSQL: a database URL whose role may create databases",
    )
    args = parser.parse_args(argv)
    rows: list[tuple[str, ...]] = []
    writes: list[tuple[str, ...]] = []
    with tempfile.TemporaryDirectory(prefix="cluster-bench-") as tmp:
        backends: list[Any] = [SqliteFiles(Path(tmp))]
        if args.pg:
            backends.append(PostgresDatabases(args.pg, prefix="bench"))
        for kind, n in (("pdf", args.pdf), ("text", args.text)):
            if n <= 0:
                continue
            files = corpus(kind, n)
            for backend in backends:
                got = plain(files, backend)
                rows.append(_row(kind, backend.name, "plain", n, got))
                print(f"  {kind} {backend.name} plain: {got}", file=sys.stderr, flush=True)
            for workers in args.workers:
                started = time.perf_counter()
                with local_client(workers) as client:
                    ready = f"{time.perf_counter() - started:.1f}"
                    client.run(_warm, str(files[0]))
                    for backend in backends:
                        for direct in (False, True) if backend.name == "postgresql" else (False,):
                            got = on_cluster(files, client, backend, direct)
                            memory = max(client.run(_rss).values()) / 2**20
                            run = f"{workers} worker{'s' if workers > 1 else ''}"
                            run += ", workers write" if direct else ""
                            rows.append(
                                _row(kind, backend.name, run, n, got, ready, f"{memory:.0f}")
                            )
                            print(
                                f"  {kind} {backend.name} {run}: {got}", file=sys.stderr, flush=True
                            )
            parsed = parse_all(files)
            for backend in backends:
                got = write_only(parsed, backend)
                writes.append(
                    (
                        kind,
                        backend.name,
                        str(got["issues"]),
                        str(got["pages"]),
                        f"{got['seconds']:.2f}",
                        f"{got['issues'] / got['seconds']:.0f}",
                        f"{got['pages'] / got['seconds']:.0f}",
                        f"{got['bytes'] / got['pages'] / 1000:.0f}",
                    )
                )
    head = (
        "input",
        "database",
        "run",
        "issues",
        "pages",
        "s",
        "pages/s",
        "CPU ms/page",
        "start s",
        "worker MB",
    )
    _table(head, rows)
    print()
    _table(
        ("input", "database", "issues", "pages", "write s", "issues/s", "pages/s", "KB/page"),
        writes,
    )
    print(f"\nload average after the run: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    return 0


def _table(head: tuple[str, ...], rows: list[tuple[str, ...]]) -> None:
    widths = [max(len(r[i]) for r in (head, *rows)) for i in range(len(head))]
    print(" | ".join(h.ljust(w) for h, w in zip(head, widths, strict=True)))
    print("-|-".join("-" * w for w in widths))
    for row in rows:
        print(" | ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)))


if __name__ == "__main__":
    raise SystemExit(main())
