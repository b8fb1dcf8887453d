"""Held-out measures that bench/facts_bench.py does not score, read from yuanzhi's own JSON.

    .venv/bin/python bench/heldout_extra.py facts heldout10 heldout11 heldout12
    .venv/bin/python bench/heldout_extra.py dates        # tests/gold/issues_dating.json
    .venv/bin/python bench/heldout_extra.py boundaries   # tests/gold/boundaries.json

`facts` runs `yuanzhi facts FILE --json` on each held-out article and scores the gold keys
`listed_leaders` ([name, org] of people named only in a leadership list), `partnerships`
([[parties], kind], parties after alias resolution, deduplicated) and `org_aliases`
([canonical, alias]). `dates` runs `yuanzhi parse FILE --json` and compares issue.date
with the gold month; `boundaries` compares each article's title and the first and last
ten characters of its body. yuanzhi's own command line runs in this process (its app built
and the segmenter loaded once, each command invoked as `yuanzhi …` would be, its JSON read
from the captured output), and yuanzhi is imported as this process imports it, so
`PYTHONPATH=/other/checkout/src` measures another version of the code.
"""

from __future__ import annotations

import argparse
import json
import re
from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
NEWS = ROOT / "tests" / "fixtures" / "news"
GOLD = ROOT / "tests" / "gold"
COLLECTIVE = re.compile(r"^(院|医院|集团|公司)?(领导|领导班子成员|班子成员|领导班子)$|^院班子成员$|^院领导班子成员$")


@cache
def _app() -> Any:
    from yuanzhi.cli import build_app

    return build_app()


def run_yuanzhi(*args: str) -> dict[str, Any]:
    """`yuanzhi ARGS` run in this process; its JSON output (the same bytes a subprocess prints)."""
    from typer.testing import CliRunner

    done = CliRunner().invoke(_app(), list(args), prog_name="yuanzhi")
    if done.exit_code != 0:
        problem = done.stderr.strip() or (repr(done.exception) if done.exception else "")
        raise RuntimeError(f"yuanzhi {' '.join(args)} failed: {problem[-300:]}")
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def prf(tp: int, fp: int, fn: int) -> str:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return f"P {p:.3f}  R {r:.3f}  F1 {f:.3f}  (tp {tp}, fp {fp}, fn {fn})"


def alias_map(out: dict[str, Any]) -> dict[str, str]:
    mapping = {}
    for org in out.get("organizations", []):
        for key in ("aliases", "also_known_as", "names"):
            for alias in org.get(key) or []:
                if alias != org["name"]:
                    mapping[alias] = org["name"]
    return mapping


def listed(out: dict[str, Any]) -> set[tuple[str | None, str | None]]:
    found: set[tuple[str | None, str | None]] = set()
    for item in out.get("listed_leaders", []) or []:
        if isinstance(item, dict):
            found.add((item.get("name") or item.get("person"), item.get("org")))
        else:
            found.add((item[0], item[1] if len(item) > 1 else None))
    for person in out.get("people", []):
        for pos in person["positions"]:
            if COLLECTIVE.match(pos["title"]) or pos.get("listed") or pos.get("role") == "listed":
                found.add((person["name"], pos["org"]))
    return found


def score_facts(prefixes: Sequence[str], verbose: bool) -> None:
    ll = [0, 0, 0, 0]  # tp(name+org), fp, fn, names found
    invented = 0
    ps = [0, 0, 0, 0, 0]  # tp, fp, fn, kind right among tp, predicted before dedup
    al = [0, 0, 0]  # gold pairs, resolved explicitly, not split
    misses: list[str] = []
    for prefix in prefixes:
        for gold_path in sorted((GOLD / "facts").glob(f"{prefix}_*.json")):
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
            out = run_yuanzhi("facts", str(NEWS / (gold_path.stem + ".txt")), "--date", gold["date"], "--json")
            label = gold_path.stem
            gl = {(n, o) for n, o in gold.get("listed_leaders", [])}
            pl = listed(out)
            ll[0] += len(gl & pl)
            ll[1] += len(pl - gl)
            ll[2] += len(gl - pl)
            ll[3] += len({n for n, _ in gl} & {n for n, _ in pl})
            titled = {p["name"]: [q["title"] for q in p["positions"]] for p in out.get("people", [])}
            for name, _org in gl:
                extra = [t for t in titled.get(name, []) if not COLLECTIVE.match(t)]
                invented += bool(extra)
                if extra:
                    misses.append(f"{label} LEADER-GIVEN-POST {name} {extra}")
            misses += [f"{label} LEADER MISS {x}" for x in sorted(gl - pl, key=str)]
            misses += [f"{label} LEADER FALSE {x}" for x in sorted(pl - gl, key=str)]
            amap = alias_map(out)
            pred: dict[frozenset[str], str] = {}
            for part in out.get("partnerships", []):
                ps[4] += 1
                pred.setdefault(frozenset(amap.get(p, p) for p in part["parties"]), part["kind"])
            gp = {frozenset(parties): kind for parties, kind in gold.get("partnerships", [])}
            for parties, kind in gp.items():
                if parties in pred:
                    ps[0] += 1
                    ps[3] += pred[parties] == kind
                else:
                    ps[2] += 1
                    misses.append(f"{label} PARTNER MISS {sorted(parties)} {kind}")
            for parties, kind in pred.items():
                if parties not in gp:
                    ps[1] += 1
                    misses.append(f"{label} PARTNER FALSE {sorted(parties)} {kind}")
            names = {o["name"] for o in out.get("organizations", [])}
            names |= {p for part in out.get("partnerships", []) for p in part["parties"]}
            names |= {q["org"] for p in out.get("people", []) for q in p["positions"] if q["org"]}
            for canon, alias in gold.get("org_aliases", []):
                al[0] += 1
                al[1] += amap.get(alias) == canon
                split = alias in names
                al[2] += not split
                if amap.get(alias) != canon:
                    misses.append(f"{label} ALIAS {'SPLIT' if split else 'unresolved'} {alias} -> {canon}")
    print(f"== facts extra: {', '.join(prefixes)}")
    print(f"listed leaders (name, org)  {prf(ll[0], ll[1], ll[2])}; names found {ll[3]}/{ll[0] + ll[2]}; "
          f"given an individual post {invented}")
    print(f"partnerships (parties)      {prf(ps[0], ps[1], ps[2])}; kind right {ps[3]}/{ps[0]}; "
          f"{ps[4]} predicted before dedup")
    print(f"org aliases                 resolved {al[1]}/{al[0]}; alias not split off as its own name {al[2]}/{al[0]}")
    if verbose:
        for line in misses:
            print("   ", line)


def score_dates(verbose: bool) -> None:
    gold = json.loads((GOLD / "issues_dating.json").read_text(encoding="utf-8"))
    right = 0
    for name, month in gold.items():
        issue = run_yuanzhi("parse", str(ROOT / "tests" / "fixtures" / "issues_dating" / name), "--json")["issue"]
        got = (issue.get("date") or "")[:7]
        right += got == month
        if verbose or got != month:
            print(f"    {name}: gold {month}, got {issue.get('date')} ({issue.get('date_source')}"
                  f"{', confidence ' + str(issue['date_confidence']) if 'date_confidence' in issue else ''})")
    print(f"== issue dates: month right {right}/{len(gold)}")


def squash(text: str | None) -> str:
    return re.sub(r"\s+", "", text or "")


def score_boundaries(verbose: bool) -> None:
    gold = json.loads((GOLD / "boundaries.json").read_text(encoding="utf-8"))
    total = titles = bodies = files_right = 0
    for name, entry in gold.items():
        out = run_yuanzhi("parse", str(ROOT / "tests" / "fixtures" / "boundaries" / name), "--json")
        arts = [(squash(a["title"]), squash("".join(a["paragraphs"]))) for a in out["articles"]]
        ok_file = len(arts) == len(entry["articles"])
        for want in entry["articles"]:
            total += 1
            title = squash(want["title"])
            match = [body for t, body in arts if t == title]
            titles += bool(match)
            whole = any(b.startswith(want["body_start"]) and b.endswith(want["body_end"]) for b in match)
            bodies += whole
            ok_file &= whole
            if not whole:
                got = match[0][:10] + "…" + match[0][-10:] if match else "no article with this title"
                print(f"    {name}: {want['title']} — want {want['body_start']}…{want['body_end']}, got {got}")
        files_right += ok_file
        if verbose or not ok_file:
            print(f"    {name}: {len(arts)} articles for {len(entry['articles'])}: {[t for t, _ in arts]}")
    print(f"== boundaries: titles {titles}/{total}, bodies whole {bodies}/{total}, issues exactly right {files_right}/{len(gold)}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("measure", choices=["facts", "dates", "boundaries"])
    parser.add_argument("prefixes", nargs="*", default=["heldout10", "heldout11", "heldout12"])
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args(argv)
    if args.measure == "facts":
        score_facts(args.prefixes, args.verbose)
    elif args.measure == "dates":
        score_dates(args.verbose)
    else:
        score_boundaries(args.verbose)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
