"""Cold start: what one `yuanzhi parse` pays before and while it parses, in a fresh process.

    .venv/bin/python -m bench.cold_start ISSUE.pdf [ISSUE.txt]

A child interpreter times, in order: importing the library (``yuanzhi.pipeline``,
``yuanzhi.contract``), loading the word segmenter (``layout.words.dictionary``:
jieba's dictionary as a SQLite cache, built on the very first use on a machine),
parsing the PDF, then parsing a text issue (the only parse that needs the
segmenter). Each figure is wall-clock seconds of that step alone.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

CHILD = """
import json, sys, time
started = time.perf_counter()
import yuanzhi.contract, yuanzhi.pipeline
imported = time.perf_counter()
from yuanzhi.layout import words
words.dictionary()
segmenter = time.perf_counter()
yuanzhi.contract.issue_to_json(yuanzhi.pipeline.parse_file(sys.argv[1]))
pdf = time.perf_counter()
text = None
if len(sys.argv) > 2:
    yuanzhi.contract.issue_to_json(yuanzhi.pipeline.parse_file(sys.argv[2]))
    text = time.perf_counter() - pdf
print(json.dumps({"import": imported - started, "segmenter": segmenter - imported,
                  "parse_pdf": pdf - segmenter, "parse_text": text}))
"""


def cold_start(pdf: Path, text: Path | None = None) -> dict[str, Any]:
    """Seconds for import, segmenter, PDF parse (and text parse) in a fresh interpreter."""
    command = [sys.executable, "-c", CHILD, str(pdf)] + ([str(text)] if text else [])
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        return {"error": (done.stderr.strip().splitlines() or ["?"])[-1]}
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def describe(figures: dict[str, Any]) -> str:
    if "error" in figures:
        return f"cold start failed: {figures['error']}"
    line = (f"import {figures['import']:.2f} s, segmenter {figures['segmenter']:.2f} s, "
            f"parse one PDF issue {figures['parse_pdf']:.2f} s")
    if figures.get("parse_text") is not None:
        line += f", parse one text issue {figures['parse_text']:.2f} s"
    return line


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if not args:
        print(__doc__)
        return 2
    print(describe(cold_start(Path(args[0]), Path(args[1]) if len(args) > 1 else None)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
