"""Scan conditions for the wide bench: generated pages as images with no resolution
in the file, one condition at a time, and bad pages.

Each condition renders single-page issues of the wide generator
(tests/synth/wide) and degrades them (tests/synth/wide/degrade.py): 72, 100,
150 and 300 dpi; JPEG quality 60; 2° skew; Gaussian noise; uneven light;
photos on the page; and a real-scan-like JPEG of an A3 page about 1000 px wide
(body text 8–12 px high). Bad pages: blank, all photo, rotated 90°, 20000 px a side.
"""

from __future__ import annotations

import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from tests.synth.wide import degrade  # noqa: E402
from tests.synth.wide.issue import generate  # noqa: E402


@dataclass(frozen=True)
class Condition:
    name: str
    dpi: float = 150.0
    jpeg: int | None = None
    skew: float = 0.0
    noise: float = 0.0
    light: float = 0.0
    photos: bool = False
    real_scan: bool = False  # an A3 page about 1000 px wide with a scanner's look
    size: str = "A4"


CONDITIONS = (
    Condition("72dpi", 72),
    Condition("100dpi", 100),
    Condition("150dpi", 150),
    Condition("300dpi", 300),
    Condition("jpeg60", 150, jpeg=60),
    Condition("skew2", 150, skew=2.0),
    Condition("noise", 150, noise=14.0),
    Condition("uneven_light", 150, light=0.45),
    Condition("photos", 150, photos=True),
    Condition("real_scan_like", jpeg=70, real_scan=True, size="A3"),
)
BAD_PAGES = ("blank", "all_photo", "rotated90", "huge_20000px")


@dataclass(frozen=True)
class ScanPage:
    condition: str
    seed: int
    path: Path
    truth: dict[str, Any]
    size_px: tuple[int, int]


def scan_page(condition: Condition, seed: int, directory: Path) -> ScanPage:
    issue = generate(seed, pages=1, size=condition.size, photo_rate=1.0 if condition.photos else 0.0)
    if condition.real_scan:
        image = degrade.scanner_look(degrade.rasterize_width(issue.pdf, 0, 1000), seed)
    else:
        image = degrade.rasterize(issue.pdf, 0, condition.dpi)
    if condition.skew:
        image = degrade.skew(image, condition.skew)
    if condition.noise:
        image = degrade.noise(image, condition.noise, seed)
    if condition.light:
        image = degrade.lighting(image, condition.light, seed)
    suffix = ".jpg" if condition.jpeg else ".png"
    path = degrade.save(image, directory / f"{condition.name}_{seed}{suffix}", condition.jpeg)
    return ScanPage(condition.name, seed, path, issue.truth, image.size)


def bad_page(name: str, seed: int, directory: Path) -> Path:
    path = directory / f"bad_{name}_{seed}.png"
    if name == "blank":
        return degrade.blank_page(path)
    if name == "all_photo":
        return degrade.all_photo(path.with_suffix(".jpg"), seed)
    if name == "rotated90":
        issue = generate(seed, pages=1, size="A4", photo_rate=0.0)
        return degrade.rotated(degrade.rasterize(issue.pdf, 0, 150), path)
    if name == "huge_20000px":
        return degrade.huge_png(path)
    raise KeyError(name)


# ---------------------------------------------------------------- the --scan report of bench/wide_bench.py

BAD_CHILD = """
import json, sys, time
from yuanzhi.errors import YuanzhiError
from yuanzhi.pipeline import parse_file
try:
    issue = parse_file(sys.argv[1])
except YuanzhiError as error:
    print(json.dumps({"outcome": "named error", "message": str(error)}))
else:
    print(json.dumps({"outcome": "warning" if issue.warnings else "no warning",
                      "message": " | ".join(issue.warnings), "articles": len(issue.articles)}))
"""


def ocr_direct(engine: Any, path: Path) -> dict[str, Any]:
    """The OCR engine run directly on the image, its lines as one article."""
    from .wide_bench import one_stream

    result, _ = engine(str(path))
    return one_stream("\n".join(item[1] for item in result or ()))


def run_bad_page(path: Path, timeout: float = 120.0) -> dict[str, Any]:
    import json
    import subprocess
    import time

    started = time.perf_counter()
    try:
        done = subprocess.run([sys.executable, "-c", BAD_CHILD, str(path)], capture_output=True, text=True,
                              timeout=timeout, check=False)
    except subprocess.TimeoutExpired:
        return {"outcome": "HANG", "message": f"no answer in {timeout:.0f} s", "seconds": timeout}
    seconds = time.perf_counter() - started
    if done.returncode != 0 or not done.stdout.strip():
        last = (done.stderr.strip().splitlines() or ["(no output)"])[-1]
        kind = "TRACEBACK" if "Traceback" in done.stderr else f"exit {done.returncode}"
        return {"outcome": kind, "message": last, "seconds": seconds}
    return {**json.loads(done.stdout.strip().splitlines()[-1]), "seconds": seconds}


def scan_report(args: Any, seeds: range) -> list[str]:
    import tempfile
    import time

    from rapidocr_onnxruntime import RapidOCR
    from tests.synth.fuzzy_metrics import fuzzy_score_issue
    from tests.synth.metrics import score_issue

    import yuanzhi

    from .wide_bench import kept, layer_chars, output_chars, yuanzhi_parse

    wanted = [c for c in args.conditions.split(",") if c]
    unknown = [c for c in wanted if c not in {c.name for c in CONDITIONS}]
    if unknown:
        raise SystemExit(f"unknown condition(s) {', '.join(unknown)}; choose from "
                         f"{', '.join(c.name for c in CONDITIONS)}")
    conditions = [c for c in CONDITIONS if not wanted or c.name in wanted]
    engine = RapidOCR()
    lines = [f"yuanzhi from {Path(yuanzhi.__file__).parent}",
             f"scan conditions on seed set {args.seeds}: seeds {seeds.start}..{seeds.start + args.scan_pages - 1}, "
             f"{args.scan_pages} single-page issue(s) per condition, no resolution in the files"]
    print("\n".join(lines), flush=True)
    table = ["| condition | pages | image px | OCR direct: char recall | yuanzhi: char recall | Δ | yuanzhi in articles "
             "| B³ F1 strict | B³ F1 OCR-tolerant | titles (tolerant) | yuanzhi s/page | OCR s/page | warnings |",
             "|---|---|---|---|---|---|---|---|---|---|---|---|---|"]
    with tempfile.TemporaryDirectory(prefix="yuanzhi_wide_scan_") as tmp:
        directory = Path(args.save) if args.save else Path(tmp)
        directory.mkdir(parents=True, exist_ok=True)
        for condition in conditions:
            sums: Counter[str] = Counter()
            strict, fuzzy, titles, articles, warnings = [], [], 0, 0, 0
            size = (0, 0)
            for seed in list(seeds)[: args.scan_pages]:
                page = scan_page(condition, seed, directory)
                size = page.size_px
                reference = layer_chars(page.truth)
                started = time.perf_counter()
                try:
                    predicted = yuanzhi_parse(page.path)
                except Exception as exc:  # noqa: BLE001 - counted as losing the page
                    print(f"  {condition.name} seed {seed}: {type(exc).__name__}: {exc}")
                    predicted = {"articles": [], "furniture": [], "unassigned": [], "warnings": [str(exc)]}
                sums["yz_s"] += time.perf_counter() - started
                started = time.perf_counter()
                direct = ocr_direct(engine, page.path)
                sums["ocr_s"] += time.perf_counter() - started
                sums["ref"] += sum(reference.values())
                sums["ocr"] += kept(reference, output_chars(direct))[0]
                sums["yz"] += kept(reference, output_chars(predicted))[0]
                sums["yz_art"] += kept(reference, output_chars(predicted, articles_only=True))[0]
                strict.append(score_issue(page.truth, predicted)["bcubed_f1"])
                f = fuzzy_score_issue(page.truth, predicted)
                fuzzy.append(f["bcubed_f1"])
                titles, articles = titles + f["titles_correct"], articles + f["articles"]
                warnings += len(predicted.get("warnings") or ())
            n, ref = len(strict), max(1, sums["ref"])
            table.append(f"| {condition.name} | {n} | {size[0]}×{size[1]} | {sums['ocr'] / ref:.3f} | "
                         f"{sums['yz'] / ref:.3f} | {(sums['yz'] - sums['ocr']) / ref:+.3f} | {sums['yz_art'] / ref:.3f} | "
                         f"{sum(strict) / n:.3f} | {sum(fuzzy) / n:.3f} | {titles / max(1, articles):.3f} | "
                         f"{sums['yz_s'] / n:.1f} | {sums['ocr_s'] / n:.1f} | {warnings} |")
            print(table[-1], flush=True)
        bad = ["| bad page | outcome | seconds | message |", "|---|---|---|---|"]
        for name in () if args.no_bad else BAD_PAGES:
            result = run_bad_page(bad_page(name, seeds.start, directory))
            bad.append(f"| {name} | {result['outcome']} | {result['seconds']:.1f} | {result['message'][:160]} |")
            print(bad[-1], flush=True)
    return ["", *lines, "", *table, "", *(bad if not args.no_bad else [])]
