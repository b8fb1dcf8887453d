"""Write generated issues: python -m tests.synth.wide SEED [SEED...] --out DIR [--png DPI]."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from .degrade import rasterize, save
from .issue import generate


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").strip())
    parser.add_argument("seeds", type=int, nargs="+")
    parser.add_argument("--out", type=Path, default=Path("wide_out"))
    parser.add_argument("--png", type=int, default=0, help="also write each page as a PNG at this dpi")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    for seed in args.seeds:
        issue = generate(seed, path=args.out / f"wide_{seed}.pdf")
        (args.out / f"wide_{seed}.json").write_text(json.dumps(issue.truth, ensure_ascii=False, indent=1),
                                                    encoding="utf-8")
        for page in range(len(issue.pages) if args.png else 0):
            save(rasterize(issue.pdf, page, args.png), args.out / f"wide_{seed}_p{page + 1}.png")
        print(f"{args.out / f'wide_{seed}.pdf'}: {len(issue.pages)} page(s), {len(issue.truth['articles'])} articles")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
