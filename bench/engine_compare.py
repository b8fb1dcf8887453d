"""Ray or Dask distributed for the cluster ingest: start-up, memory, pages/s (docs/scaling.md).

    .venv/bin/python -m bench.engine_compare dask 2
    VENV_WITH_RAY/bin/python -m bench.engine_compare ray 2   # Ray is not a dependency

Runs the worker's real job (cluster/jobs.run_job: read → layout → assemble →
extract, page images) on generated PDF and text issues (bench.cluster_bench's
cache) on a local cluster of N single-threaded worker processes, each warmed
up first, and prints: seconds until the cluster is ready, processes, memory of
the whole process tree (idle and after the run), pages/s per kind, stop time.
For Ray, install it into a separate virtualenv and make yuanzhi importable
there (e.g. a .pth file naming this checkout's src and .venv site-packages).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from bench.cluster_bench import corpus  # noqa: E402
from yuanzhi.cluster.jobs import Failed, Parsed, make_job, run_job  # noqa: E402


def job(path: str) -> int:
    made = make_job([Path(path)], None, ship=False)
    got = made if isinstance(made, Failed) else run_job(made)
    return (got.issue.pages or 0) if isinstance(got, Parsed) else 0


def tree() -> tuple[float, int]:
    import psutil

    me = psutil.Process()
    procs = [me, *me.children(recursive=True)]
    return sum(p.memory_info().rss for p in procs if p.is_running()) / 2**20, len(procs)


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if len(args) != 2 or args[0] not in ("ray", "dask"):
        print("usage: python -m bench.engine_compare ray|dask WORKERS", file=sys.stderr)
        return 2
    engine, workers = args[0], int(args[1])
    files = {"pdf": corpus("pdf", 16), "text": corpus("text", 24)}
    base, _ = tree()
    started = time.perf_counter()
    run: Any
    if engine == "ray":
        import ray

        ray.init(num_cpus=workers, include_dashboard=False, log_to_driver=False)
        remote = ray.remote(num_cpus=1)(job)
        ray.get([remote.remote(str(files["text"][0])) for _ in range(workers)])

        def run(paths: list[str]) -> list[int]:
            return list(ray.get([remote.remote(p) for p in paths]))
    else:
        from distributed import Client, LocalCluster

        cluster = LocalCluster(
            n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None
        )
        client = Client(cluster)
        client.run(job, str(files["text"][0]))

        def run(paths: list[str]) -> list[int]:
            return list(client.gather(client.map(job, paths, pure=False)))

    ready = time.perf_counter() - started
    idle, processes = tree()
    rates = []
    for kind, paths in files.items():
        began = time.perf_counter()
        pages = sum(run([str(p) for p in paths]))
        rates.append(f"{kind} {pages} pages {pages / (time.perf_counter() - began):.1f} pages/s")
    after, _ = tree()
    began = time.perf_counter()
    if engine == "ray":
        ray.shutdown()
    else:
        client.close()
        cluster.close()
    print(
        f"{engine} workers={workers} ready={ready:.1f}s processes={processes}"
        f" memory idle={idle - base:.0f}MB after={after - base:.0f}MB; {'; '.join(rates)};"
        f" stop={time.perf_counter() - began:.1f}s"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
