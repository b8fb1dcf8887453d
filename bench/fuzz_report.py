"""The table bench/fuzz_bench.py prints: outcomes per kind and route, per mutation, peak RSS, slowest cases."""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Any

SHARES = {"text": 0.5, "pdf": 0.3, "image": 0.2}


GOOD = ("ok", "ok+warnings", "named error")
OUTCOMES = (
    "ok",
    "ok+warnings",
    "named error",
    "bad message",
    "traceback",
    "hang",
    "crash",
    "memory",
)


def report(results: list[dict[str, Any]], wall: float) -> str:
    lines = [
        "| kind | route | cases | " + " | ".join(OUTCOMES) + " | peak RSS MB | slowest s |",
        "|---|---|---|" + "---|" * len(OUTCOMES) + "---|---|",
    ]
    groups: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for r in results:
        groups[(r["kind"], r["route"])].append(r)
    for (kind, route), rows in sorted(groups.items()):
        counts = Counter(r["outcome"] for r in rows)
        lines.append(
            f"| {kind} | {route} | {len(rows)} | "
            + " | ".join(str(counts.get(o, 0)) for o in OUTCOMES)
            + f" | {max(r['peak_mb'] for r in rows):.0f} | {max(r['seconds'] for r in rows):.1f} |"
        )
    counts = Counter(r["outcome"] for r in results)
    lines.append(
        f"| **all** | | **{len(results)}** | "
        + " | ".join(f"**{counts.get(o, 0)}**" for o in OUTCOMES)
        + f" | {max(r['peak_mb'] for r in results):.0f} | {max(r['seconds'] for r in results):.1f} |"
    )
    lines.append("")
    labels: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for r in results:
        labels[(r["kind"], r["label"])][r["outcome"]] += 1
    lines.append(
        "per mutation: "
        + "; ".join(
            f"{k}/{lab} {sum(c.values())}"
            + (
                " (" + ", ".join(f"{o} {n}" for o, n in c.items() if o not in GOOD) + ")"
                if any(o not in GOOD for o in c)
                else ""
            )
            for (k, lab), c in sorted(labels.items())
        )
    )
    lines.append("")
    peak = max(results, key=lambda r: r["peak_mb"])
    lines.append(
        f"peak RSS {peak['peak_mb']:.0f} MB: {peak['kind']}:{peak['seed']} ({peak['label']}, {peak['route']},"
        f" {peak['bytes'] / 2**20:.1f} MB input)"
    )
    for kind in SHARES:
        rows = [r for r in results if r["kind"] == kind]
        if rows:
            slow = max(rows, key=lambda r: r["seconds"])
            median = sorted(r["seconds"] for r in rows)[len(rows) // 2]
            lines.append(
                f"slowest {kind}: {slow['seconds']:.1f} s ({_cpu(slow)}) {kind}:{slow['seed']} ({slow['label']},"
                f" {slow['route']}, {slow['bytes'] / 2**20:.1f} MB); median {median * 1000:.0f} ms"
            )
    lines.append(f"{len(results)} cases in {wall:.0f} s ({len(results) / wall:.1f}/s)")
    bad = [r for r in results if r["outcome"] not in GOOD]
    if bad:
        lines.append("")
        lines.append("failures (replay with --replay KIND:SEED[:ROUTE]):")
        seen: Counter[str] = Counter()
        for r in bad:
            key = r["outcome"] + " " + (r["detail"].strip().splitlines() or ["?"])[-1][:160]
            seen[key] += 1
            if seen[key] <= 2:
                lines.append(
                    f"- {r['outcome']} {r['kind']}:{r['seed']}:{r['route']} ({r['label']}, {r['seconds']:.1f} s, {_cpu(r)}):"
                    f" {r['detail'].strip()[-600:]}"
                )
        lines.append("distinct: " + "; ".join(f"{k} ×{n}" for k, n in seen.most_common()))
    return "\n".join(lines)


def _cpu(result: dict[str, Any]) -> str:
    return f"{result['cpu_s']:.1f} CPU s" if "cpu_s" in result else "CPU s not recorded"
