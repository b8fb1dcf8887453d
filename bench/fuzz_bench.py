"""Bad input: thousands of generated cases through the library, `yuanzhi parse` and the upload route.

    .venv/bin/python -m bench.fuzz_bench                 # 10,000 cases, about 10-15 minutes on 2 cores
    .venv/bin/python -m bench.fuzz_bench --quick         # 600 cases, a smoke check
    .venv/bin/python -m bench.fuzz_bench --replay pdf:123[:upload]   # one case, in this process
    .venv/bin/python -m bench.fuzz_bench --skip 600 --jsonl B.jsonl  # resume a run; each case saved at once
    .venv/bin/python -m bench.fuzz_bench --report A.json B.jsonl     # the table of saved runs together

Cases (bench/fuzz_cases.py) are text (about half), PDF and page images,
each mutated from good input by a named mutation chosen by the case's seed.
Each case goes one way: most through the library entry points
(``read_document`` → ``parse_document``, and for a third of them
``issues_to_facts``), about 5% through ``POST /api/upload`` (parse, facts,
ingest into an archive: TestClient over ``create_app``), about 1% through
``yuanzhi parse FILE`` in a process of its own.

The cases run in ``--workers`` child processes. The parent gives each case
``--timeout`` seconds (60): past that the worker is killed and the case is a
hang; a worker whose memory grows past ``--memory`` MB is killed and the
case is a memory failure; a worker that dies is a crash. Outcomes:

* ok / ok+warnings — a best-effort result;
* named error — a YuanzhiError whose message is one line naming the file
  (``yuanzhi parse``: exit 1, one ``error:`` line; upload: the result's error);
* bad message — a named error of more than one line or not naming the file;
* traceback — any other exception (upload: a 500), with its last frames.

Target: 0 tracebacks, bad messages, hangs, crashes and memory failures.
Peak RSS is each worker's high-water mark over the case (VmHWM, reset before
each case); the slowest case per kind is reported.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import traceback
from multiprocessing.connection import Connection, wait
from pathlib import Path
from typing import Any

from bench.fuzz_report import GOOD, SHARES, report

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

RESULTS = REPO / "test-artifacts" / "fuzz-bench"
YUANZHI = str(Path(sys.executable).with_name("yuanzhi"))
TOKEN = "fuzz-token-0123"


# ---------------------------------------------------------------- one case, in a worker


def _cpu_seconds() -> float:
    """CPU time of this process and its finished children (``yuanzhi parse``)."""
    import resource

    own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def _reset_peak() -> None:
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        pass


def _peak_mb() -> float:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _judge_message(message: str, paths: list[Path]) -> str:
    one_line = "\n" not in message.strip()
    names_file = any(p.name in message for p in paths)
    return "named error" if one_line and names_file else "bad message"


class CaseRunner:
    """Runs cases in this process (a worker, or --replay)."""

    def __init__(self, work: Path):
        from bench.fuzz_cases import build_corpus, load_corpus

        build_corpus()
        self.corpus = load_corpus()
        self.work = work
        self._client: Any = None

    def warm(self) -> None:
        from yuanzhi.pipeline import issues_to_facts, parse_text

        issues_to_facts([parse_text(self.corpus.texts[0][:3000])])

    def run(
        self, kind: str, seed: int, route: str, facts: bool, built: Any = None
    ) -> dict[str, Any]:
        from bench.fuzz_cases import make_case

        folder = self.work / f"{kind}-{seed}"
        label, paths = make_case(kind, seed, folder, self.corpus)
        if built is not None:  # the parent's clock starts now: building 2,000 pages is not the case
            built()
        size = sum(p.stat().st_size for p in paths)
        _reset_peak()
        started, cpu = time.perf_counter(), _cpu_seconds()
        try:
            outcome, detail = getattr(self, f"via_{route}")(paths, facts)
        except MemoryError:
            outcome, detail = "memory", "MemoryError"
        except BaseException as error:  # noqa: BLE001 - the point: any exception is a finding
            outcome, detail = "traceback", _trace(error)
        seconds, cpu = time.perf_counter() - started, _cpu_seconds() - cpu
        shutil.rmtree(folder, ignore_errors=True)
        return {
            "kind": kind,
            "seed": seed,
            "route": route,
            "label": label,
            "outcome": outcome,
            "detail": detail[:2000],
            "seconds": seconds,
            "cpu_s": cpu,  # on a loaded machine the wall time can be many times this
            "peak_mb": _peak_mb(),
            "bytes": size,
        }

    # each route: (outcome, detail)

    def via_lib(self, paths: list[Path], facts: bool) -> tuple[str, str]:
        from yuanzhi.errors import YuanzhiError
        from yuanzhi.pipeline import issues_to_facts, parse_document, read_document

        try:
            document = read_document(paths, source=str(paths[0]))
            issue = parse_document(document)
            if facts:
                issues_to_facts([issue])
        except YuanzhiError as error:
            return _judge_message(str(error), paths), str(error)
        warnings = list(issue.warnings)
        return ("ok+warnings" if warnings else "ok"), "; ".join(warnings)[:300]

    def via_cli(self, paths: list[Path], facts: bool) -> tuple[str, str]:
        done = subprocess.run(
            [YUANZHI, "parse", *map(str, paths)],
            capture_output=True,
            text=True,
            errors="replace",
            timeout=55,
        )
        errors = [line for line in done.stderr.splitlines() if line.startswith("error:")]
        if "Traceback" in done.stderr or done.returncode not in (0, 1):
            return "traceback", f"exit {done.returncode}: {done.stderr[-1500:]}"
        if done.returncode == 1 and len(errors) != 1:
            return "bad message", done.stderr[-500:]
        lines = [line for line in done.stderr.splitlines() if line.strip()]
        noise = [line for line in lines if not line.startswith(("warning:", "error:"))]
        if noise:  # what a user sees besides our own lines (a library printing to stderr)
            return "bad message", "stderr noise: " + " | ".join(noise[:3])[:500]
        if done.returncode == 1:
            return _judge_message(errors[0], paths), errors[0]
        warned = [line for line in lines if line.startswith("warning:")]
        return ("ok+warnings" if warned else "ok"), "; ".join(warned)[:300]

    def via_upload(self, paths: list[Path], facts: bool) -> tuple[str, str]:
        client = self._upload_client()
        files = [("files", (p.name, p.read_bytes(), "application/octet-stream")) for p in paths]
        response = client.post("/api/upload", files=files, headers={"X-Admin-Token": TOKEN})
        if response.status_code == 413:
            return _judge_message(
                response.json()["error"]["message"] + " " + paths[0].name, paths
            ), "413"
        if response.status_code != 200:
            return "traceback", f"{response.status_code}: {response.text[:1500]}"
        results = response.json()["results"]
        failed = [r for r in results if not r["ok"]]
        if failed:
            verdicts = [_judge_message(r["error"] or "", paths) for r in failed]
            worst = "bad message" if "bad message" in verdicts else "named error"
            return worst, "; ".join(r["error"] or "" for r in failed)
        warned = [w for r in results for w in r["warnings"]]
        return ("ok+warnings" if warned else "ok"), "; ".join(warned)[:300]

    def _upload_client(self) -> Any:
        if self._client is None:
            from fastapi.testclient import TestClient

            from yuanzhi.web import WebSettings, create_app

            settings = WebSettings(
                db=self.work / "uploads.db",
                admin_token=TOKEN,
                upload_dir=self.work / "up",
                max_upload_bytes=50 * 2**20,
            )
            self._client = TestClient(create_app(settings), raise_server_exceptions=True)
            self._client.__enter__()
        return self._client


def _trace(error: BaseException) -> str:
    frames = traceback.format_exception(error)
    ours = [f for f in frames if "yuanzhi" in f or "bench" in f]
    return "".join((ours[-4:] if ours else frames[-4:]) + frames[-1:])


def _label(kind: str, seed: int) -> str:
    """The mutation of a case whose worker was killed (cases are built the same way every time)."""
    from bench.fuzz_cases import load_corpus, make_case

    with tempfile.TemporaryDirectory() as folder:
        return make_case(kind, seed, Path(folder) / "case", load_corpus())[0]


def worker_main(conn: Connection, work: str) -> None:
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    log = os.open(os.path.join(work, "worker.log"), os.O_WRONLY | os.O_CREAT | os.O_APPEND)
    os.dup2(log, 1)  # MuPDF and library chatter: kept out of the report
    os.dup2(log, 2)
    runner = CaseRunner(Path(work))
    runner.warm()
    conn.send("ready")
    while True:
        message = conn.recv()
        if message is None:
            break
        conn.send(runner.run(*message, built=lambda: conn.send("built")))


# ---------------------------------------------------------------- the parent


class Worker:
    def __init__(self, ctx: Any, work: Path, number: int):
        self.folder = work / f"worker-{number}"
        self.folder.mkdir(parents=True, exist_ok=True)
        parent, child = ctx.Pipe()
        self.conn: Connection = parent
        self.process = ctx.Process(target=worker_main, args=(child, str(self.folder)), daemon=True)
        self.process.start()
        child.close()
        self.case: tuple[Any, ...] | None = None
        self.started = self.cpu = 0.0
        self.ready = False

    def give(self, case: tuple[Any, ...]) -> None:
        self.case, self.started, self.cpu = case, time.monotonic(), self.cpu_seconds()
        self.conn.send(case)

    def cpu_seconds(self) -> float:
        import psutil

        try:
            times = psutil.Process(self.process.pid).cpu_times()
        except psutil.Error:
            return 0.0
        return float(times.user + times.system)

    def kill(self) -> None:
        self.process.kill()
        self.process.join(10)
        shutil.rmtree(self.folder, ignore_errors=True)


def plan(
    count: int, seed: int, cli_share: float, upload_share: float
) -> list[tuple[str, int, str, bool]]:
    rng = random.Random(seed)
    cases = []
    for n in range(count):
        kind = rng.choices(list(SHARES), list(SHARES.values()))[0]
        draw = rng.random()
        route = (
            "cli" if draw < cli_share else "upload" if draw < cli_share + upload_share else "lib"
        )
        cases.append((kind, seed * 1_000_000 + n, route, rng.random() < 0.33))
    return cases


def run_all(
    cases: list[tuple[str, int, str, bool]], args: argparse.Namespace
) -> list[dict[str, Any]]:
    import psutil

    ctx = multiprocessing.get_context("spawn")
    work = Path(tempfile.mkdtemp(prefix="yuanzhi-fuzz-"))
    workers = [Worker(ctx, work, n) for n in range(args.workers)]
    spawned = len(workers)
    pending = list(reversed(cases))
    results: list[dict[str, Any]] = []
    args.jsonl.parent.mkdir(parents=True, exist_ok=True)
    log = args.jsonl.open("a", encoding="utf-8")

    def keep(result: dict[str, Any]) -> None:  # each case on disk at once: a stopped run keeps its cases
        result["at"] = time.time()
        results.append(result)
        log.write(json.dumps(result, ensure_ascii=False) + "\n")
        log.flush()

    started = time.monotonic()
    next_report = 500
    try:
        while pending or any(w.case for w in workers):
            for worker in workers:
                if worker.ready and worker.case is None and pending:
                    worker.give(pending.pop())
            for conn in wait([w.conn for w in workers], timeout=0.5):
                worker = next(w for w in workers if w.conn is conn)
                try:
                    message = conn.recv()
                except (EOFError, OSError):
                    continue  # died: handled below
                if message == "built":
                    worker.started, worker.cpu = time.monotonic(), worker.cpu_seconds()
                    continue
                if message == "ready":
                    worker.ready = True
                    continue
                keep(message)
                worker.case = None
            for n, worker in enumerate(workers):
                failure = None
                if worker.case is not None:
                    elapsed = time.monotonic() - worker.started
                    try:
                        rss = psutil.Process(worker.process.pid).memory_info().rss / 2**20
                    except psutil.Error:
                        rss = 0.0
                    if not worker.process.is_alive():
                        failure = (
                            "crash",
                            f"worker died (exit {worker.process.exitcode})",
                            elapsed,
                            rss,
                        )
                    elif elapsed > args.timeout:
                        failure = ("hang", f"no answer after {args.timeout:.0f} s", elapsed, rss)
                    elif rss > args.memory:
                        failure = (
                            "memory",
                            f"worker RSS {rss:.0f} MB > {args.memory} MB",
                            elapsed,
                            rss,
                        )
                elif not worker.process.is_alive():
                    failure = ("crash", "idle worker died", 0.0, 0.0)
                if failure is None:
                    continue
                outcome, detail, elapsed, rss = failure
                if worker.case is not None:
                    kind, seed, route, _ = worker.case
                    keep(
                        {
                            "kind": kind,
                            "seed": seed,
                            "route": route,
                            "label": _label(kind, seed),
                            "outcome": outcome,
                            "detail": detail,
                            "seconds": elapsed,
                            "cpu_s": max(0.0, worker.cpu_seconds() - worker.cpu),
                            "peak_mb": rss,
                            "bytes": 0,
                        }
                    )
                worker.kill()
                workers[n] = Worker(ctx, work, spawned)
                spawned += 1
            if len(results) >= next_report:
                rate = len(results) / (time.monotonic() - started)
                bad = sum(1 for r in results if r["outcome"] not in GOOD)
                print(
                    f"  {len(results)}/{len(cases)} cases, {rate:.1f}/s, {bad} failures", flush=True
                )
                next_report += 500
    except KeyboardInterrupt:  # Ctrl-C or SIGTERM: report the cases done
        print(f"  stopped after {len(results)} cases", flush=True)
    finally:
        log.close()
        for worker in workers:
            try:
                worker.conn.send(None)
            except (OSError, BrokenPipeError):
                pass
            worker.process.join(5)
            if worker.process.is_alive():
                worker.process.kill()
        shutil.rmtree(work, ignore_errors=True)
    return results


def replay(spec: str) -> int:
    kind, seed, *rest = spec.split(":")
    route = rest[0] if rest else "lib"
    with tempfile.TemporaryDirectory() as folder:
        runner = CaseRunner(Path(folder))
        result = runner.run(kind, int(seed), route, facts=True)
    print(json.dumps(result, ensure_ascii=False, indent=2))
    return 0 if result["outcome"] in GOOD else 1


def load_results(files: list[Path]) -> tuple[list[dict[str, Any]], float]:
    """Saved cases (--json or --jsonl files; the last answer per case wins) and their wall time."""
    by_case: dict[tuple[str, int], dict[str, Any]] = {}
    wall = 0.0
    for path in files:
        text = path.read_text(encoding="utf-8")
        rows = json.loads(text) if path.suffix == ".json" else [json.loads(x) for x in text.splitlines() if x]
        stamps = [r["at"] for r in rows if "at" in r]
        wall += (max(stamps) - min(stamps)) if len(stamps) > 1 else sum(r["seconds"] for r in rows) / 2
        by_case.update({(r["kind"], r["seed"]): r for r in rows})
    return list(by_case.values()), max(wall, 1.0)


def _stop(signum: int, frame: Any) -> None:
    raise KeyboardInterrupt


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cases", type=int, default=10_000)
    parser.add_argument("--workers", type=int, default=max(2, min(3, os.cpu_count() or 2)))
    parser.add_argument(
        "--timeout", type=float, default=60.0, help="seconds per case before it is a hang"
    )
    parser.add_argument(
        "--memory", type=int, default=3000, help="MB of RSS before a worker is killed"
    )
    parser.add_argument("--cli-share", type=float, default=0.01)
    parser.add_argument("--upload-share", type=float, default=0.05)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--quick", action="store_true", help="600 cases")
    parser.add_argument("--kinds", nargs="+", choices=list(SHARES), help="only these kinds")
    parser.add_argument("--replay", help="KIND:SEED[:ROUTE]: run one case here and print it")
    parser.add_argument("--json", type=Path, default=RESULTS / "last-run.json")
    parser.add_argument("--jsonl", type=Path, default=RESULTS / "last-run.jsonl",
                        help="each case appended as it ends")
    parser.add_argument("--skip", type=int, default=0, help="leave out the first N planned cases (resume)")
    parser.add_argument("--report", type=Path, nargs="+", help="only print the table of saved runs")
    args = parser.parse_args(argv)
    if args.replay:
        return replay(args.replay)
    if args.report:
        saved, wall = load_results(args.report)
        print(report(saved, wall))
        return 0 if all(r["outcome"] in GOOD for r in saved) else 1
    if args.quick:
        args.cases = 600
    from bench.fuzz_cases import build_corpus

    build_corpus()
    cases = plan(args.cases, args.seed, args.cli_share, args.upload_share)[args.skip :]
    if args.kinds:
        cases = [c for c in cases if c[0] in args.kinds]
    print(
        f"{len(cases)} cases on {args.workers} workers (timeout {args.timeout:.0f} s per case)…",
        flush=True,
    )
    args.jsonl.unlink(missing_ok=True)
    signal.signal(signal.SIGTERM, _stop)
    started = time.monotonic()
    results = run_all(cases, args)
    wall = time.monotonic() - started
    print(report(results, wall))
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(results, ensure_ascii=False), encoding="utf-8")
    return 0 if all(r["outcome"] in GOOD for r in results) else 1


if __name__ == "__main__":
    raise SystemExit(main())
