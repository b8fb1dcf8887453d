"""The load generator of bench/load_bench.py, run as its own process.

    .venv/bin/python -m bench.load_client --url http://127.0.0.1:8765 --targets T.json \\
        --clients 50 --duration 60 --out RESULT.json

``--clients`` closed-loop clients (asyncio tasks sharing one httpx connection
pool of as many connections): each sends a request, reads the whole answer,
and sends the next at once, for ``--duration`` seconds. Each request picks a
route kind uniformly (home, search with 1-4 character and two-word queries,
article, person, organization, chronicle; each as the HTML page and as its
JSON twin) and a target of that kind at random (``--targets``: the JSON
written by load_bench). A request is an error when it times out, fails on the
connection, answers a status other than 200, or its body says "database is
locked". Writes per request: kind, status, seconds, error class.

Why not wrk: its latency histogram is one for the whole run (per-route
percentiles need a Lua script per kind and a run per kind), it cannot read
the body for "database is locked", and on this 2-core machine both compete
with the server for the same CPU anyway; this client costs about 1 ms of CPU
per request and reports its own CPU time so that cost is visible.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import resource
import time
from typing import Any
from urllib.parse import quote

KINDS = (
    "home",
    "search1",
    "search2",
    "search3",
    "search4",
    "search_2words",
    "article",
    "person",
    "org",
    "chronicle",
)


def url_for(kind: str, api: bool, targets: dict[str, Any], rng: random.Random) -> str:
    prefix = "/api" if api else ""
    if kind == "home":
        return "/api/home" if api else "/"
    if kind.startswith("search"):
        q = rng.choice(targets["queries"][kind])
        return f"{prefix}/search?q={quote(q)}"
    if kind == "article":
        return f"{prefix}/articles/{quote(rng.choice(targets['articles']), safe='')}"
    if kind == "person":
        return f"{prefix}/people/{quote(rng.choice(targets['people']), safe='')}"
    if kind == "org":
        return f"{prefix}/orgs/{quote(rng.choice(targets['orgs']), safe='')}"
    if kind == "chronicle":
        return f"{prefix}/chronicle/{rng.choice(targets['years'])}"
    raise ValueError(kind)


async def client_loop(
    http: Any, number: int, targets: dict[str, Any], deadline: float, seed: int, out: list[tuple]
) -> None:
    import httpx

    rng = random.Random(seed * 1000 + number)
    while time.monotonic() < deadline:
        kind = rng.choice(KINDS)
        api = rng.random() < 0.5
        url = url_for(kind, api, targets, rng)
        label = f"{kind}:{'api' if api else 'html'}"
        started = time.perf_counter()
        error = ""
        status = 0
        try:
            response = await http.get(url)
            status = response.status_code
            body = response.content
            if status != 200:
                error = f"status {status}"
            elif b"database is locked" in body:
                error = "database is locked"
        except httpx.TimeoutException:
            error = "timeout"
        except httpx.HTTPError as exc:
            error = type(exc).__name__
        out.append((label, status, time.perf_counter() - started, error, url if error else ""))


async def run(args: argparse.Namespace) -> dict[str, Any]:
    import httpx

    targets = json.loads(open(args.targets, encoding="utf-8").read())
    limits = httpx.Limits(
        max_connections=args.clients,
        max_keepalive_connections=args.clients,
        keepalive_expiry=args.keepalive,
    )
    records: list[tuple] = []
    async with httpx.AsyncClient(
        base_url=args.url, limits=limits, timeout=args.timeout, headers={"Accept": "*/*"}
    ) as http:
        started = time.monotonic()
        deadline = started + args.duration
        await asyncio.gather(
            *(
                client_loop(http, n, targets, deadline, args.seed, records)
                for n in range(args.clients)
            )
        )
        elapsed = time.monotonic() - started
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return {
        "elapsed": elapsed,
        "clients": args.clients,
        "client_cpu_s": usage.ru_utime + usage.ru_stime,
        "records": records,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--url", required=True)
    parser.add_argument("--targets", required=True)
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--duration", type=float, default=60.0)
    parser.add_argument(
        "--timeout", type=float, default=30.0, help="seconds before a request counts as a timeout"
    )
    parser.add_argument(
        "--keepalive",
        type=float,
        default=2.0,
        help="seconds an idle connection is kept (below uvicorn's 5 s keep-alive timeout)",
    )
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", required=True)
    args = parser.parse_args(argv)
    result = asyncio.run(run(args))
    with open(args.out, "w", encoding="utf-8") as handle:
        json.dump(result, handle, ensure_ascii=False)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
