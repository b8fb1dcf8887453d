"""Scan benchmark: generated pages as images of any resolution and quality, read by yuanzhi
and by the OCR engine alone; bad pages.

    .venv/bin/python -m bench.scan_bench [--pages 2] [--seed 3000] [--conditions png72,...]
                                         [--wide 72dpi,...] [--wide-seed 0] [--no-bad]

Two families of pages, each saved WITHOUT a resolution in the file:

* ``--conditions``: one-page issues of tests/synth/generate.py typeset by
  tests/synth/render_pdf.py (A3, 10-pt body), rasterized at the condition's
  resolution and degraded (JPEG quality, skew, noise, uneven light, blur,
  newsprint; two or four pages in one image for a spread or a dense
  broadsheet with 7-px body type); seeds 3000.. (development);
* ``--wide``: helper A's scan conditions (bench/scan_conditions.py: the wide
  generator of tests/synth/wide, its dev seeds 0..; never its held-out seeds).

For every page:

* character recall: the share of the page's printed content characters
  (as a multiset) found in yuanzhi's whole output (articles, sidebars,
  bylines, furniture, unassigned), in its articles only, and in the text of
  the OCR engine run directly on the same image file (``RapidOCR()`` with
  its default settings): the gap is what yuanzhi loses;
* article B-cubed F1 against the page's truth, strict and OCR-tolerant
  (tests/synth/fuzzy_metrics.py);
* CPU seconds per page of yuanzhi (process time: the OCR engine's two
  threads both count) and wall seconds.

Bad pages (blank, all photo, turned 90°, upside down, 20000 px a side, a
truncated JPEG, text named .png) are parsed in a child process: the outcome
must be a warning or a named error within seconds, never a traceback or a hang.
"""

from __future__ import annotations

import argparse
import io
import json
import random
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from tests.synth.fuzzy_metrics import fuzzy_score_issue  # noqa: E402
from tests.synth.generate import generate_issue  # noqa: E402
from tests.synth.metrics import article_fields, mean, score_issue  # noqa: E402
from tests.synth.render_pdf import render_issue  # noqa: E402

from yuanzhi.layout.normalize import content_chars  # noqa: E402


@dataclass(frozen=True)
class Condition:
    dpi: float
    jpeg: int | None = None  # JPEG quality, None keeps PNG
    skew: float = 0.0  # degrees, counter-clockwise
    noise: float = 0.0  # standard deviation of added grey-level noise
    light: float = 0.0  # darkening of the page's darkest corner (0..1), a smooth gradient
    blur: float = 0.0  # Gaussian blur radius in pixels (a scanner's or camera's softness)
    paper: int = 255  # grey level of the paper (yellowed newsprint is darker than white)
    tiles: int = 1  # 2: two pages side by side (a spread); 4: 2x2 pages (a dense broadsheet)


CONDITIONS: dict[str, Condition] = {
    "png72": Condition(72),
    "png100": Condition(100),
    "png150": Condition(150),
    "png300": Condition(300),
    "jpeg60_100": Condition(100, jpeg=60),
    "skew2_100": Condition(100, skew=2.0),
    "noise_100": Condition(100, noise=18.0),
    "light_100": Condition(100, light=0.45),
    "all_72": Condition(72, jpeg=60, skew=2.0, noise=12.0, light=0.3),
    "all_150": Condition(150, jpeg=60, skew=2.0, noise=12.0, light=0.3),
    "small8px_jpeg": Condition(58, jpeg=60),  # body type 8 px high
    # like a newspaper page image found online: about 1000 px wide, soft, on newsprint
    "scanner_85": Condition(85, jpeg=70, skew=0.5, noise=6.0, blur=0.6, paper=228),
    # a two-page spread about 1500 px wide with 9-px body type, soft, on newsprint
    "spread_9px": Condition(65, jpeg=70, noise=4.0, blur=0.6, paper=232, tiles=2),
    # a dense broadsheet about 1200x1650 px with 7-px body type (four pages' articles)
    "broadsheet_7px": Condition(50, jpeg=70, noise=4.0, blur=0.4, paper=230, tiles=4),
}
DEFAULT = ("png72", "png100", "png150", "png300", "jpeg60_100", "skew2_100", "noise_100", "all_72",
           "small8px_jpeg", "scanner_85", "spread_9px", "broadsheet_7px")


WIDE_DEFAULT = ("72dpi", "100dpi", "150dpi", "300dpi", "jpeg60", "skew2", "noise", "uneven_light", "photos",
                "real_scan_like")


def degrade(gray: Any, condition: Condition, rng: random.Random) -> Any:
    """The rendered page (PIL greyscale) as the condition's scanner/camera would give it."""
    import numpy as np
    from PIL import Image, ImageFilter

    image = gray
    if condition.blur:
        image = image.filter(ImageFilter.GaussianBlur(condition.blur))
    if condition.paper < 255:
        image = image.point(lambda v: v * condition.paper // 255)
    if condition.skew:
        image = image.rotate(condition.skew, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=condition.paper)
    if condition.light or condition.noise:
        array = np.asarray(image, dtype=np.float32)
        if condition.light:
            h, w = array.shape
            yy, xx = np.mgrid[0:h, 0:w]
            corner = (rng.random() < 0.5, rng.random() < 0.5)
            dist = (np.abs(xx / w - corner[0]) + np.abs(yy / h - corner[1])) / 2
            array = array * (1.0 - condition.light * (1.0 - dist) ** 2)
        if condition.noise:
            noise = np.random.default_rng(rng.randrange(1 << 30)).normal(0, condition.noise, array.shape)
            array = array + noise
        image = Image.fromarray(np.clip(array, 0, 255).astype(np.uint8))
    return image


def save(image: Any, path: Path, condition: Condition) -> Path:
    """Write the image with no resolution in the file."""
    if condition.jpeg:
        path = path.with_suffix(".jpg")
        image.save(path, format="JPEG", quality=condition.jpeg)
    else:
        path = path.with_suffix(".png")
        buffer = io.BytesIO()
        image.save(buffer, format="PNG")  # PIL writes no pHYs chunk unless asked
        path.write_bytes(buffer.getvalue())
    return path


@dataclass(frozen=True)
class SourcePage:
    seed: int
    pdf: Path
    truth: dict[str, Any]
    reference: Counter[str]  # the printed content characters of the page
    others: tuple[Path, ...] = ()  # pages printed beside this one in the same image


def make_pages(directory: Path, count: int, seed: int) -> list[SourcePage]:
    import pymupdf

    pages: list[SourcePage] = []
    number = seed
    while len(pages) < count:
        truth = generate_issue(number, pages=1, articles_per_page=(3, 5)).truth
        pdf = directory / f"page_{number}.pdf"
        truth = render_issue(truth, pdf, seed=number)
        with pymupdf.open(str(pdf)) as doc:
            if doc.page_count == 1:
                text = "".join(doc[0].get_text().split())
                pages.append(SourcePage(number, pdf, truth, Counter(content_chars(text))))
        number += 1
    return pages


def rasterize(pdf: Path, dpi: float) -> Any:
    import pymupdf
    from PIL import Image

    with pymupdf.open(str(pdf)) as doc:
        pixmap = doc[0].get_pixmap(dpi=round(dpi), colorspace=pymupdf.csGRAY)
        return Image.frombytes("L", (pixmap.width, pixmap.height), pixmap.samples)


def combine(pages: list[SourcePage]) -> SourcePage:
    """One-page issues printed in one image (truth and reference of all)."""
    first = pages[0]
    truth = dict(first.truth)
    truth["articles"] = [dict(a, id=f"{n}{a['id']}") for n, page in enumerate(pages) for a in page.truth["articles"]]
    truth["furniture"] = [f for page in pages for f in page.truth.get("furniture", [])]
    reference: Counter[str] = Counter()
    for page in pages:
        reference += page.reference
    return SourcePage(first.seed, first.pdf, truth, reference, tuple(page.pdf for page in pages[1:]))


def render(page: SourcePage, name: str, condition: Condition, directory: Path) -> Path:
    from PIL import Image

    gray = rasterize(page.pdf, condition.dpi)
    if page.others:
        parts = [gray, *(rasterize(pdf, condition.dpi) for pdf in page.others)]
        across = 2
        rows = (len(parts) + across - 1) // across
        sheet = Image.new("L", (across * gray.width, rows * gray.height), 255)
        for n, part in enumerate(parts):
            sheet.paste(part, ((n % across) * gray.width, (n // across) * gray.height))
        gray = sheet
    image = degrade(gray, condition, random.Random(f"{page.seed}/{name}"))
    return save(image, directory / f"{name}_{page.seed}", condition)


def recall(reference: Counter[str], text: str) -> float:
    found = Counter(content_chars(text))
    total = sum(reference.values())
    return sum((reference & found).values()) / total if total else 0.0


def whole_output(issue: dict[str, Any]) -> tuple[str, str]:
    """(every text field, the articles' fields only) of a contract dict."""
    inside = "".join("".join(article_fields(a)) + _bylines(a) for a in issue["articles"])
    return inside + "".join(issue.get("furniture", [])) + "".join(issue.get("unassigned", [])), inside


def _bylines(article: dict[str, Any]) -> str:
    return "".join((b.get("department") or "") + "".join(b.get("authors") or []) for b in article.get("bylines") or [])


def engine_direct() -> Callable[[Path], str]:
    from rapidocr_onnxruntime import RapidOCR

    engine = RapidOCR()

    def read(path: Path) -> str:
        result, _ = engine(str(path))
        return "".join(str(entry[1]) for entry in result or [])

    return read


def yuanzhi_read(path: Path) -> tuple[dict[str, Any], list[str]]:
    from yuanzhi.contract import issue_to_json
    from yuanzhi.pipeline import parse_file

    issue = parse_file(path)
    return issue_to_json(issue), list(issue.warnings) if hasattr(issue, "warnings") else []


@dataclass(frozen=True)
class Case:
    path: Path  # the page image
    truth: dict[str, Any]
    reference: Counter[str]  # the printed content characters


def own_cases(name: str, condition: Condition, pages: list[SourcePage], directory: Path, count: int) -> list[Case]:
    """``count`` images; a condition of k tiles puts k different pages in each."""
    k = condition.tiles
    chosen = [combine(pages[i * k : i * k + k]) if k > 1 else pages[i] for i in range(count)]
    return [Case(render(page, name, condition, directory), page.truth, page.reference) for page in chosen]


def wide_cases(name: str, directory: Path, count: int, first_seed: int) -> list[Case]:
    """Helper A's scan conditions (bench/scan_conditions.py) on the wide generator's dev seeds."""
    from bench.scan_conditions import CONDITIONS as WIDE
    from bench.scan_conditions import scan_page
    from bench.wide_bench import layer_chars

    condition = next(c for c in WIDE if c.name == name)
    out = []
    for seed in range(first_seed, first_seed + count):
        page = scan_page(condition, seed, directory)
        out.append(Case(page.path, page.truth, layer_chars(page.truth)))
    return out


def run_cases(name: str, cases: list[Case], direct: Callable[[Path], str] | None) -> dict[str, Any]:
    rows: list[dict[str, Any]] = []
    for case in cases:
        started, cpu = time.perf_counter(), time.process_time()
        error = ""
        try:
            predicted, _ = yuanzhi_read(case.path)
        except Exception as exc:  # noqa: BLE001 - the bench counts a crash as a failure
            error = f"{type(exc).__name__}: {exc}"
            predicted = {"articles": [], "furniture": [], "unassigned": []}
        row: dict[str, Any] = {"seconds": time.perf_counter() - started, "cpu": time.process_time() - cpu,
                               "error": error}
        everything, inside = whole_output(predicted)
        row["recall"] = recall(case.reference, everything)
        row["recall_articles"] = recall(case.reference, inside)
        if direct is not None:
            row["engine_recall"] = recall(case.reference, direct(case.path))
        row["bcubed"] = score_issue(case.truth, predicted)["bcubed_f1"]
        row["bcubed_fuzzy"] = fuzzy_score_issue(case.truth, predicted)["bcubed_f1"]
        rows.append(row)
    keys = ("recall", "recall_articles", "engine_recall", "bcubed", "bcubed_fuzzy", "seconds", "cpu")
    summary = {key: mean(r[key] for r in rows) for key in keys if all(key in r for r in rows)}
    summary["errors"] = sum(1 for r in rows if r["error"])
    summary["pages"] = len(rows)
    for r in rows:
        if r["error"]:
            print(f"  {name}: {r['error']}")
    return summary


BAD_CHILD = """
import json, sys
from yuanzhi.errors import YuanzhiError
from yuanzhi.pipeline import parse_file
try:
    issue = parse_file(sys.argv[1])
except YuanzhiError as error:
    print(json.dumps({"outcome": "named error", "message": str(error)}))
else:
    print(json.dumps({"outcome": "warning" if issue.warnings else "no warning", "message": " | ".join(issue.warnings)}))
"""


def bad_pages(directory: Path, seed: int) -> list[tuple[str, Path]]:
    """Helper A's bad pages (blank, all photo, turned 90°, 20000 px a side) and a few more."""
    from PIL import Image

    from bench.scan_conditions import BAD_PAGES, bad_page

    out = [(name, bad_page(name, seed, directory)) for name in BAD_PAGES]
    page = make_pages(directory, 1, seed + 7000)[0]
    upright = directory / "upright.png"
    render(page, "bad_upright", Condition(100), directory).rename(upright)
    with Image.open(upright) as image:
        image.transpose(Image.Transpose.ROTATE_180).save(directory / "upside_down.png")
        image.save(directory / "whole.jpg", quality=85)
    data = (directory / "whole.jpg").read_bytes()
    (directory / "truncated.jpg").write_bytes(data[: len(data) // 2])
    (directory / "not_an_image.png").write_text("第一版 要闻\n这不是图片\n", encoding="utf-8")
    out += [("upside_down", directory / "upside_down.png"), ("truncated_jpeg", directory / "truncated.jpg"),
            ("not_an_image", directory / "not_an_image.png")]
    return out


def run_bad_page(path: Path, timeout: float = 120.0) -> dict[str, Any]:
    import subprocess

    started = time.perf_counter()
    try:
        done = subprocess.run([sys.executable, "-c", BAD_CHILD, str(path)], capture_output=True, text=True,
                              timeout=timeout, check=False, cwd=REPO)
    except subprocess.TimeoutExpired:
        return {"outcome": "HANG", "message": f"no answer in {timeout:.0f} s", "seconds": timeout}
    seconds = time.perf_counter() - started
    if done.returncode != 0 or not done.stdout.strip():
        last = (done.stderr.strip().splitlines() or ["(no output)"])[-1]
        return {"outcome": "TRACEBACK" if "Traceback" in done.stderr else f"exit {done.returncode}",
                "message": last, "seconds": seconds}
    return {**json.loads(done.stdout.strip().splitlines()[-1]), "seconds": seconds}


def print_row(name: str, s: dict[str, Any]) -> None:
    engine = s.get("engine_recall")
    gap = f"{s['recall'] - engine:+.3f}" if engine is not None else "   -  "
    engine_text = f"{engine:.3f}" if engine is not None else "  -  "
    print(f"  {name:<15} {s['recall']:>7.3f} {s['recall_articles']:>9.3f} {engine_text:>7} {gap:>7} "
          f"{s['bcubed']:>7.3f} {s['bcubed_fuzzy']:>7.3f} {s['cpu']:>7.1f} {s['seconds']:>7.1f} {s['errors']:>4}",
          flush=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--pages", type=int, default=2, help="pages per condition (default 2)")
    parser.add_argument("--seed", type=int, default=3000, help="first generator seed (default 3000)")
    parser.add_argument("--conditions", default=",".join(DEFAULT),
                        help=f"comma-separated, from {', '.join(CONDITIONS)}")
    parser.add_argument("--wide", default=",".join(WIDE_DEFAULT),
                        help="comma-separated conditions of bench/scan_conditions.py ('' skips them)")
    parser.add_argument("--wide-seed", type=int, default=0, help="first dev seed of the wide generator (default 0)")
    parser.add_argument("--no-bad", action="store_true", help="skip the bad pages")
    parser.add_argument("--no-engine", action="store_true", help="skip the engine-alone baseline")
    parser.add_argument("--json", dest="json_out", help="also write the figures to this JSON file")
    args = parser.parse_args(argv)
    names = [n for n in args.conditions.split(",") if n]
    unknown = [n for n in names if n not in CONDITIONS]
    if unknown:
        print(f"unknown condition(s): {', '.join(unknown)}", file=sys.stderr)
        return 2
    from yuanzhi.read.scan import shared_engine

    wide = [n for n in args.wide.split(",") if n]
    results: dict[str, Any] = {}
    with tempfile.TemporaryDirectory(prefix="yuanzhi_scan_bench_") as tmp:
        directory = Path(tmp)
        tiles = max([CONDITIONS[n].tiles for n in names] or [1])
        pages = make_pages(directory, args.pages * tiles, args.seed) if names else []
        direct = None if args.no_engine else engine_direct()
        shared_engine()  # built once per process, before timing
        header = (f"  {'condition':<15} {'recall':>7} {'in arts.':>9} {'engine':>7} {'gap':>7} "
                  f"{'B3':>7} {'B3~ocr':>7} {'CPU s':>7} {'wall s':>7} {'err':>4}")
        if names:
            print(f"\nScanned pages (tests/synth generator): {args.pages} image(s) per condition, seeds "
                  f"{pages[0].seed}..{pages[-1].seed}; recall = share of the printed characters found")
            print(header)
        for name in names:
            summary = run_cases(name, own_cases(name, CONDITIONS[name], pages, directory, args.pages), direct)
            results[name] = summary
            print_row(name, summary)
        if wide:
            print(f"\nScan conditions of the wide generator (bench/scan_conditions.py), dev seeds "
                  f"{args.wide_seed}..{args.wide_seed + args.pages - 1}")
            print(header)
        for name in wide:
            summary = run_cases(name, wide_cases(name, directory, args.pages, args.wide_seed), direct)
            results["wide/" + name] = summary
            print_row(name, summary)
        if not args.no_bad:
            print("\nBad pages (yuanzhi parse in a child process; never a traceback or a hang)")
            for name, path in bad_pages(directory, args.wide_seed):
                outcome = run_bad_page(path)
                results["bad/" + name] = outcome
                print(f"  {name:<15} {outcome['outcome']:<12} {outcome['seconds']:>6.1f} s  {outcome['message'][:150]}",
                      flush=True)
    if args.json_out:
        Path(args.json_out).write_text(json.dumps(results, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
