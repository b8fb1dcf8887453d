"""Load: concurrent readers against `yuanzhi serve` while an ingest writes the same archive.

    .venv/bin/python -m bench.load_bench                      # SQLite and PostgreSQL, 50 clients, 60 s
    .venv/bin/python -m bench.load_bench --backends sqlite --clients 20 --duration 15
    .venv/bin/python -m bench.load_bench --quick

For each backend:

1. a fresh archive with ``--base`` generated text issues (tests/synth, cached
   under test-artifacts/load-bench/), ingested by ``yuanzhi ingest``;
2. the targets read from it: article ids, people, organizations, years, and
   search queries cut from the articles' own text (1, 2, 3 and 4 characters,
   and two words of one article separated by a space);
3. ``yuanzhi serve --db …`` started as a user starts it: one uvicorn process,
   routes in its default thread pool of 40 threads, each request with an
   archive connection of its own (web/deps.py ArchivePool). One process
   because Python runs one core per process and, on this 2-core machine, the
   ingest takes the other; SQLite readers under WAL never wait for the
   writer, and PostgreSQL readers never do;
4. an ingest loop in its own process: generated issues, one after another,
   each parsed, its facts extracted and written in one transaction (the
   library's ``ingest_paths``, as ``yuanzhi ingest`` does), until told to stop;
5. the load generator (bench/load_client.py) in its own process: ``--clients``
   closed-loop clients for ``--duration`` seconds over home, search, article,
   person, organization and chronicle, each as the page and its JSON twin;
6. afterwards the server log is searched for tracebacks and "database is
   locked", and ``check_archive`` must find the archive whole.

Prints requests/s, p50/p95/p99 per route kind and the errors (target: none),
the issues the ingest wrote meanwhile, and the server's CPU and memory.
PostgreSQL: ``--pg URL`` (CREATE DATABASE rights), else $YUANZHI_TEST_PG,
else the throwaway cluster of scripts/pg-start.sh.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

CACHE = REPO / "test-artifacts" / "load-bench"
BASE_SEED = 7000  # the cluster bench's issues (shared cache)
LOOP_SEED = 9100
YUANZHI = str(Path(sys.executable).with_name("yuanzhi"))
HAN = re.compile(r"[\u4e00-\u9fff]+")


# ---------------------------------------------------------------- inputs


def generated(seeds: range, folder: Path) -> list[Path]:
    from tests.synth.generate import generate_issue

    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for seed in seeds:
        path = folder / f"院报-{seed}.txt"
        if not path.exists():
            path.write_text(generate_issue(seed).text, encoding="utf-8")
        paths.append(path)
    return paths


def ingest_base(db: str, files: list[Path]) -> float:
    started = time.perf_counter()
    done = subprocess.run(
        [YUANZHI, "ingest", *map(str, files), "--db", db], capture_output=True, text=True
    )
    if done.returncode != 0:
        raise SystemExit(f"base ingest failed: {done.stderr.strip()[-500:]}")
    return time.perf_counter() - started


def collect_targets(db: str, seed: int, per_kind: int = 300) -> dict[str, Any]:
    """What the clients ask for: ids, names and queries that exist in the archive."""
    from yuanzhi.archive.store import open_archive

    rng = random.Random(seed)
    with open_archive(db, create=False) as archive:
        ids = [a.id for a in archive.list_articles(limit=5000)]
        facts = archive.facts()
        people = sorted({p.name for p in facts.people})
        orgs = sorted({o.name for o in facts.organizations})
        years = archive.years()
        texts = []
        for article_id in rng.sample(ids, min(len(ids), 150)):
            body = " ".join(archive.get_article(article_id).article.paragraphs)
            runs = [run for run in HAN.findall(body) if len(run) >= 4]
            if runs:
                texts.append(runs)
    queries: dict[str, list[str]] = {}
    for n in (1, 2, 3, 4):
        queries[f"search{n}"] = []
        for _ in range(per_kind):
            run = rng.choice(rng.choice(texts))
            start = rng.randrange(len(run) - n + 1)
            queries[f"search{n}"].append(run[start : start + n])
    queries["search_2words"] = []
    for _ in range(per_kind):
        runs = rng.choice(texts)
        words = []
        for _ in range(2):
            run = rng.choice(runs)
            start = rng.randrange(len(run) - 1)
            words.append(run[start : start + 2])
        queries["search_2words"].append(" ".join(words))
    if not (ids and people and orgs and years):
        raise SystemExit(
            f"the base archive is too thin: {len(ids)} articles, {len(people)} people, {len(orgs)} orgs"
        )
    return {"articles": ids, "people": people, "orgs": orgs, "years": years, "queries": queries}


# ---------------------------------------------------------------- the writer


def ingest_loop(db: str, stop: Path, out: Path, files: list[Path]) -> int:
    """Ingest ``files`` one by one (then again, each changed) until ``stop`` exists."""
    from yuanzhi.archive.intake import ingest_paths
    from yuanzhi.archive.store import open_archive
    from yuanzhi.errors import YuanzhiError

    log: list[dict[str, Any]] = []
    round_ = 0
    with open_archive(db) as archive, tempfile.TemporaryDirectory() as spare:
        while not stop.exists():
            for path in files:
                if stop.exists():
                    break
                source = path
                if round_:  # the same name with new content: a replace, not a no-op
                    source = Path(spare) / path.name
                    source.write_text(
                        path.read_text(encoding="utf-8") + f"\n（第{round_}轮）\n", encoding="utf-8"
                    )
                started = time.perf_counter()
                try:
                    result = ingest_paths(archive, [source]).result
                    status = result.status
                except YuanzhiError as error:
                    status = f"failed: {error}"
                log.append(
                    {"file": path.name, "status": status, "seconds": time.perf_counter() - started}
                )
            round_ += 1
    out.write_text(json.dumps(log, ensure_ascii=False), encoding="utf-8")
    return 0


# ---------------------------------------------------------------- the server


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def start_server(db: str, port: int, log: Path) -> subprocess.Popen[bytes]:
    handle = log.open("wb")
    process = subprocess.Popen(
        [YUANZHI, "serve", "--db", db, "--host", "127.0.0.1", "--port", str(port)],
        stdout=handle,
        stderr=subprocess.STDOUT,
    )
    import httpx

    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"yuanzhi serve exited ({process.returncode}); see {log}")
        try:
            if httpx.get(f"http://127.0.0.1:{port}/api/home", timeout=5).status_code == 200:
                return process
        except httpx.HTTPError:
            pass
        time.sleep(0.3)
    process.kill()
    raise SystemExit(f"yuanzhi serve did not answer within 90 s; see {log}")


def stop(process: subprocess.Popen[bytes], sig: int = signal.SIGINT, wait: float = 30) -> None:
    if process.poll() is None:
        process.send_signal(sig)
        try:
            process.wait(timeout=wait)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def server_log_problems(log: Path) -> dict[str, int]:
    text = log.read_text(encoding="utf-8", errors="replace")
    return {
        "tracebacks": text.count("Traceback (most recent call last)"),
        "database is locked": text.count("database is locked"),
        "500 answers": len(re.findall(r'" 500\b', text)),
    }


# ---------------------------------------------------------------- one backend


def run_backend(name: str, db: str, args: argparse.Namespace, work: Path) -> dict[str, Any]:
    import psutil

    from yuanzhi.archive.integrity import check_archive
    from yuanzhi.archive.store import open_archive

    base = generated(range(BASE_SEED, BASE_SEED + args.base), CACHE / "base")
    loop_files = generated(range(LOOP_SEED, LOOP_SEED + args.loop_files), CACHE / "loop")
    print(f"[{name}] ingesting {len(base)} base issues…", flush=True)
    base_s = ingest_base(db, base)
    targets = collect_targets(db, args.seed)
    targets_path = work / f"targets-{name}.json"
    targets_path.write_text(json.dumps(targets, ensure_ascii=False), encoding="utf-8")
    print(
        f"[{name}] base: {len(targets['articles'])} articles, {len(targets['people'])} people,"
        f" {len(targets['orgs'])} organizations, years {targets['years']} ({base_s:.0f} s)",
        flush=True,
    )
    port = free_port()
    log = work / f"server-{name}.log"
    server = start_server(db, port, log)
    stop_file = work / f"stop-{name}"
    stop_file.unlink(missing_ok=True)
    loop_out = work / f"ingest-{name}.json"
    writer = None
    if not args.no_ingest:
        writer = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "bench.load_bench",
                "--ingest-loop",
                db,
                str(stop_file),
                str(loop_out),
                *map(str, loop_files),
            ],
            cwd=REPO,
        )
        time.sleep(args.writer_head_start)  # the writer is inside its first transactions
    proc = psutil.Process(server.pid)
    cpu_before = sum(proc.cpu_times()[:2])
    result_path = work / f"load-{name}.json"
    print(f"[{name}] {args.clients} clients for {args.duration:.0f} s…", flush=True)
    subprocess.run(
        [
            sys.executable,
            "-m",
            "bench.load_client",
            "--url",
            f"http://127.0.0.1:{port}",
            "--targets",
            str(targets_path),
            "--clients",
            str(args.clients),
            "--duration",
            str(args.duration),
            "--seed",
            str(args.seed),
            "--out",
            str(result_path),
        ],
        cwd=REPO,
        check=True,
    )
    server_cpu = sum(proc.cpu_times()[:2]) - cpu_before
    server_rss = proc.memory_info().rss
    threads = proc.num_threads()
    stop_file.touch()
    ingested: list[dict[str, Any]] = []
    if writer is not None:
        writer.wait(timeout=600)
        ingested = json.loads(loop_out.read_text(encoding="utf-8")) if loop_out.exists() else []
    stop(server)
    with open_archive(db, create=False) as archive:
        problems = list(check_archive(archive).problems)
    load = json.loads(result_path.read_text(encoding="utf-8"))
    return {
        "backend": name,
        "load": load,
        "ingested": ingested,
        "server_cpu_s": server_cpu,
        "server_rss_mb": server_rss / 2**20,
        "server_threads": threads,
        "log": server_log_problems(log),
        "check": problems,
        "base_articles": len(targets["articles"]),
    }


# ---------------------------------------------------------------- the report


def percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))]


def table(result: dict[str, Any]) -> str:
    load = result["load"]
    elapsed = load["elapsed"]
    by_label: dict[str, list[tuple]] = defaultdict(list)
    for record in load["records"]:
        by_label[record[0]].append(record)
    lines = [
        "| route kind | requests | req/s | p50 ms | p95 ms | p99 ms | errors |",
        "|---|---|---|---|---|---|---|",
    ]
    for label in sorted(by_label, key=lambda k: (k.split(":")[0], k)):
        records = by_label[label]
        times = [r[2] * 1000 for r in records]
        errors = sum(1 for r in records if r[3])
        lines.append(
            f"| {label} | {len(records)} | {len(records) / elapsed:.1f} | {percentile(times, 0.5):.0f}"
            f" | {percentile(times, 0.95):.0f} | {percentile(times, 0.99):.0f} | {errors} |"
        )
    every = load["records"]
    times = [r[2] * 1000 for r in every]
    errors = [r for r in every if r[3]]
    lines.append(
        f"| **all** | {len(every)} | **{len(every) / elapsed:.1f}** | {percentile(times, 0.5):.0f}"
        f" | {percentile(times, 0.95):.0f} | {percentile(times, 0.99):.0f} | **{len(errors)}** |"
    )
    written = [r for r in result["ingested"] if not str(r["status"]).startswith("failed")]
    failed = [r for r in result["ingested"] if str(r["status"]).startswith("failed")]
    kinds: dict[str, int] = defaultdict(int)
    for record in errors:
        kinds[record[3]] += 1
    lines.append("")
    lines.append(
        f"{result['backend']}: {load['clients']} clients, {elapsed:.0f} s; base archive {result['base_articles']} articles;"
        f" ingest wrote {len(written)} issues meanwhile"
        + (
            f" (mean {statistics.mean(r['seconds'] for r in written):.1f} s each, parse included)"
            if written
            else ""
        )
        + (f", {len(failed)} FAILED: {failed[0]['status']}" if failed else "")
    )
    lines.append(
        f"server: {result['server_cpu_s']:.0f} CPU s ({result['server_cpu_s'] / elapsed:.2f} cores), "
        f"{result['server_rss_mb']:.0f} MB RSS, {result['server_threads']} threads; "
        f"load client {load['client_cpu_s']:.0f} CPU s; log: "
        + ", ".join(f"{k} {v}" for k, v in result["log"].items())
    )
    lines.append("errors: " + (", ".join(f"{k} ×{v}" for k, v in kinds.items()) or "none"))
    for record in errors[:5]:
        lines.append(f"  e.g. {record[0]} {record[4]} → {record[3]} after {record[2]:.1f} s")
    lines.append(
        "check_archive: " + ("whole" if not result["check"] else "; ".join(result["check"][:5]))
    )
    return "\n".join(lines)


# ---------------------------------------------------------------- main


def pg_url(given: str | None) -> str | None:
    if given:
        return given
    if os.environ.get("YUANZHI_TEST_PG"):
        return os.environ["YUANZHI_TEST_PG"]
    done = subprocess.run(
        [str(REPO / "scripts" / "pg-start.sh"), str(REPO / ".build" / "pg")],
        capture_output=True,
        text=True,
    )
    return done.stdout.strip() if done.returncode == 0 else None


def main(argv: list[str] | None = None) -> int:
    args_in = list(sys.argv[1:] if argv is None else argv)
    if args_in[:1] == ["--ingest-loop"]:
        db, stop_file, out, *files = args_in[1:]
        return ingest_loop(db, Path(stop_file), Path(out), [Path(f) for f in files])
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--backends", nargs="+", default=["sqlite", "postgresql"], choices=["sqlite", "postgresql"]
    )
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--duration", type=float, default=60.0)
    parser.add_argument(
        "--base", type=int, default=40, help="generated issues in the archive before the load"
    )
    parser.add_argument(
        "--loop-files", type=int, default=40, help="generated issues the ingest loop cycles through"
    )
    parser.add_argument("--writer-head-start", type=float, default=3.0)
    parser.add_argument("--no-ingest", action="store_true", help="readers only (a baseline)")
    parser.add_argument("--pg", help="PostgreSQL server URL with CREATE DATABASE rights")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--json", type=Path, help="also write the raw results here")
    parser.add_argument(
        "--keep", type=Path, help="keep the archives, server logs and raw results in this folder"
    )
    parser.add_argument("--quick", action="store_true", help="20 clients, 15 s, 12 base issues")
    args = parser.parse_args(args_in)
    if args.quick:
        args.clients, args.duration, args.base, args.loop_files = 20, 15.0, 12, 12
    results = []
    with tempfile.TemporaryDirectory(prefix="yuanzhi-load-") as folder:
        work = Path(folder)
        if args.keep:
            work = args.keep
            work.mkdir(parents=True, exist_ok=True)
            for old in work.glob("load.db*"):
                old.unlink()
        for name in args.backends:
            if name == "sqlite":
                db = str(work / "load.db")
            else:
                url = pg_url(args.pg)
                if not url:
                    print(
                        "postgresql: no server (give --pg URL, or install Debian's postgresql); skipped"
                    )
                    continue
                from bench.cluster_bench import PostgresDatabases

                databases = PostgresDatabases(url, prefix="load")
                db = databases.fresh("run")
            result = run_backend(name, db, args, work)
            results.append(result)
            print(f"\n### {name}\n\n{table(result)}\n", flush=True)
            if name == "postgresql":
                databases.drop("run")
    if args.json:
        args.json.write_text(json.dumps(results, ensure_ascii=False), encoding="utf-8")
    bad = sum(
        sum(1 for r in res["load"]["records"] if r[3])
        + len(res["check"])
        + res["log"]["tracebacks"]
        for res in results
    )
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
