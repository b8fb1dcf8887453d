"""`make bench`: every benchmark in turn, ours beside the plain extractors.

    python -m bench            # all, default sizes (hours on 2 cores: fuzz 10,000 cases
                               # 40-60 min, crash 20 kills per backend, search 100,000 articles)
    python -m bench text facts # some of them (make bench text facts)
    python -m bench --quick    # smaller sizes, for a quick look (make bench BENCH_ARGS=--quick)

Each section is also runnable alone: python -m bench.text_bench --help, etc.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable

from . import (
    cluster_bench,
    corrections_bench,
    crash_bench,
    dating_bench,
    facts_bench,
    fuzz_bench,
    load_bench,
    paragraph_bench,
    pdf_bench,
    scan_bench,
    search_bench,
    text_bench,
    web_bench,
)

SECTIONS: dict[str, tuple[Callable[[list[str] | None], int | None], list[str], list[str]]] = {
    # name: (main, default args, --quick args)
    "text": (text_bench.main, ["--n", "200"], ["--n", "60", "--no-big"]),
    "pdf": (pdf_bench.main, ["--pages", "40", "--scan-pages", "2", "--wide-seeds", "heldout"],
            ["--pages", "12", "--scan-pages", "1", "--no-big", "--wide-seeds", "heldout", "--wide-pages", "20"]),
    "scan": (scan_bench.main, ["--pages", "2"], ["--pages", "1", "--conditions", "png150,broadsheet_7px",
                                                  "--wide", "real_scan_like"]),
    "facts": (facts_bench.main, [], []),
    "dating": (dating_bench.main, [], []),
    "paragraphs": (paragraph_bench.main, [], []),
    "search": (search_bench.main, [], ["--n", "20000"]),
    "web": (web_bench.main, [], ["--repeat", "10"]),
    "cluster": (cluster_bench.main, [], ["--pdf", "4", "--text", "8", "--workers", "1", "2"]),
    "crash": (crash_bench.main, [], ["--kills", "5"]),
    "load": (load_bench.main, [], ["--quick"]),
    "fuzz": (fuzz_bench.main, ["--cases", "10000"], ["--quick"]),
    "corrections": (corrections_bench.main, [], ["--n", "20", "--rates", "0", "0.03"]),
}


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if "-h" in args or "--help" in args:
        print(__doc__)
        return 0
    quick = "--quick" in args
    names = [a for a in args if not a.startswith("-")] or list(SECTIONS)
    unknown = [n for n in names if n not in SECTIONS]
    if unknown:
        print(f"unknown section(s): {', '.join(unknown)}; choose from {', '.join(SECTIONS)}", file=sys.stderr)
        return 2
    status = 0
    for name in names:
        run, default, small = SECTIONS[name]
        print(f"\n==== {name} ====", flush=True)
        started = time.perf_counter()
        result = run(small if quick else default)
        status = status or int(result or 0)
        print(f"({name}: {time.perf_counter() - started:.0f} s)", flush=True)
    return status


if __name__ == "__main__":
    raise SystemExit(main())
