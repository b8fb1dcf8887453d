"""Benchmark of fact extraction against the gold files.

    .venv/bin/python bench/facts_bench.py            # fixtures + the seed when present
    .venv/bin/python bench/facts_bench.py --verbose  # list every miss and false alarm
    .venv/bin/python bench/facts_bench.py --heldout heldout3  # only these held-out batches, each apart
    .venv/bin/python bench/facts_bench.py --heldout none      # no held-out batch
    .venv/bin/python bench/facts_bench.py --flatten   # each fixture re-flowed into printed lines first
    .venv/bin/python bench/facts_bench.py --lines     # the old line reader (extract/plain.py) instead

Fixtures are read as users' text is (``yuanzhi facts FILE``): parsed by yuanzhi.pipeline.parse_text
(layout, articles, bylines, the issue's own hospital from all it prints). ``--flatten`` re-flows each
fixture (a paragraph per line) into printed lines of 16–26 characters first, as a PDF's text layer
prints them (bench/flatten_text.py), so every batch's gold measures the flattened form too.
``--lines`` reads each fixture with extract/plain.text_to_issue (one article, a line a paragraph),
the bench's reader until wave 14, when the parser read every batch at least as well.

Measures (name, title) precision/recall/F1, organization agreement for matched
pairs (a department named alone or with its hospital is one organization), appointment
F1, event F1 on (date, type) and on dates, patients listed as people (must be 0),
beside the baseline of bench/baselines_facts.py; on batches whose gold has them,
listed leaders, partnerships and organization aliases after the knowledge merge
(bench/facts_keys.py); and the time to extract the facts of a 30,000-character issue.
By default every held-out batch of tests/gold/facts is scored apart; first-contact
figures of each batch are kept in bench/results/.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from baselines_facts import baseline_pairs  # noqa: E402
from facts_keys import KeyScores, report_keys, score_keys  # noqa: E402

from yuanzhi.extract.facts import issue_to_facts  # noqa: E402
from yuanzhi.extract.lexicon_loader import default_lexicon  # noqa: E402
from yuanzhi.extract.patients import find_patients  # noqa: E402
from yuanzhi.extract.plain import text_to_issue  # noqa: E402
from yuanzhi.model import Article, Facts, Issue  # noqa: E402

FIXTURES = ROOT / "tests" / "fixtures" / "news"
GOLD = ROOT / "tests" / "gold" / "facts"
SEEDS = ROOT / ".." / "shared" / "seeds"
SEED_FILE = "000_97d26edf5ada38ae.txt"


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, predicted: set, gold: set, label: str = "") -> None:  # type: ignore[type-arg]
        self.tp += len(predicted & gold)
        self.fp += len(predicted - gold)
        self.fn += len(gold - predicted)
        for item in sorted(map(str, gold - predicted)):
            self.misses.append(f"{label} MISS {item}")
        for item in sorted(map(str, predicted - gold)):
            self.misses.append(f"{label} FALSE {item}")

    def prf(self) -> tuple[float, float, float]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f


@dataclass
class Scores:
    pairs: Tally = field(default_factory=Tally)
    baseline: Tally = field(default_factory=Tally)
    appointments: Tally = field(default_factory=Tally)
    events: Tally = field(default_factory=Tally)
    event_dates: Tally = field(default_factory=Tally)
    org_agree: int = 0
    org_total: int = 0
    patients_as_people: int = 0
    documents: int = 0
    org_total_gold: int = 0
    org_found: int = 0
    org_kind_parent: int = 0
    keys: KeyScores = field(default_factory=KeyScores)


LAST_CPU = 0.0  # CPU seconds of the best timing run (less sensitive to a busy machine)
USE_PARSER = True  # read fixtures with the lead's parser; --lines: with plain.text_to_issue
FLATTEN = False  # --flatten: re-flow each fixture into printed lines first (flatten_text.py)


def load_issue(text_path: Path, date: str | None) -> Issue:
    text = text_path.read_text(encoding="utf-8")
    if FLATTEN:
        from flatten_text import flatten

        text = flatten(text, text_path.name)
    if USE_PARSER:
        from yuanzhi.pipeline import parse_text

        return parse_text(text, source=text_path.name, date=date)
    return text_to_issue(text, source=text_path.name, date=date)


def seed_issue(path: Path, date: str | None) -> Issue:
    """The seed as one article (the lead's parser is used when it is available)."""
    text = path.read_text(encoding="utf-8")
    try:
        from yuanzhi.pipeline import parse_text

        return parse_text(text, source=path.name, date=date)
    except (ImportError, ModuleNotFoundError, NotImplementedError):
        from yuanzhi.layout.normalize import normalize_text

        paragraphs, buffer = [], ""
        for line in text.splitlines():
            line = normalize_text(line)
            if not line:
                continue
            buffer += line
            if line.endswith(("。", "！", "？", "）", "”")):
                paragraphs.append(buffer)
                buffer = ""
        if buffer:
            paragraphs.append(buffer)
        return Issue(source=path.name, articles=(Article(id="1", title=None, paragraphs=tuple(paragraphs)),), date=date)


def score(facts: Facts, gold: dict, issue: Issue, scores: Scores, label: str) -> None:  # type: ignore[type-arg]
    lexicon = default_lexicon()
    predicted = {(p.name, pos.title) for p in facts.people for pos in p.positions}
    expected = {(n, t) for n, t, _o in gold["people"]}
    scores.pairs.add(predicted, expected, label)
    scores.baseline.add(baseline_pairs(issue), expected, label + " baseline")
    orgs = {(p.name, pos.title): set() for p in facts.people for pos in p.positions}  # type: ignore[var-annotated]
    for p in facts.people:
        for pos in p.positions:
            orgs[(p.name, pos.title)].add(pos.org)
    full = _full_names(facts, gold)
    for name, title, org in gold["people"]:
        if (name, title) in predicted and org is not None:  # null: the text does not say
            scores.org_total += 1
            if full(org) in {full(o) for o in orgs[(name, title)] if o}:
                scores.org_agree += 1
            else:
                scores.pairs.misses.append(f"{label} ORG {name} {title}: {org} vs {sorted(map(str, orgs[(name, title)]))}")
    scores.appointments.add(
        {(a.person, a.title, a.action, a.date) for a in facts.appointments},
        {tuple(a) for a in gold["appointments"]},
        label + " appt",
    )
    scores.events.add({(e.date, e.type) for e in facts.events}, {tuple(e) for e in gold["events"]}, label + " event")
    scores.event_dates.add({e.date for e in facts.events}, {e[0] for e in gold["events"]}, label + " date")
    known_orgs = {o.name: o for o in facts.organizations}
    for name, kind, parent in gold.get("organizations", []):
        scores.org_total_gold += 1
        found = known_orgs.get(name)
        if found is None:
            scores.pairs.misses.append(f"{label} ORG-MISS {name}")
            continue
        scores.org_found += 1
        if found.kind == kind and found.parent == parent:
            scores.org_kind_parent += 1
        else:
            scores.pairs.misses.append(f"{label} ORG-KIND {name}: {kind}/{parent} vs {found.kind}/{found.parent}")
    patients = set(gold.get("patients", []))
    for person in facts.people:
        whole = [s for s in find_patients(person.name, lexicon) if s.end - s.start == len(person.name)]
        if person.name in patients or whole:
            scores.patients_as_people += 1
            scores.pairs.misses.append(f"{label} PATIENT-AS-PERSON {person.name}")
    scores.documents += 1


def _full_names(facts: Facts, gold: dict) -> Callable[[str], str]:  # type: ignore[type-arg]
    """One spelling per unit: a department named alone (疼痛科, parent 临江市人民医院) and with its
    hospital (临江市人民医院疼痛科) are the same organization, as the gold and the facts may write it."""
    departments = {o.name: o.parent for o in facts.organizations if o.kind == "department" and o.parent}
    for name, kind, parent in gold.get("organizations", []):
        if kind == "department" and parent:
            departments.setdefault(name, parent)

    def full(org: str) -> str:
        parent = departments.get(org)
        return parent + org if parent and not org.startswith(parent) else org

    return full


def run_fixtures(scores: Scores, pattern: str = "[0-9]*.json") -> None:
    for gold_path in sorted(GOLD.glob(pattern)):
        text_path = FIXTURES / (gold_path.stem + ".txt")
        if not text_path.exists():
            continue
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        issue = load_issue(text_path, gold.get("date"))
        facts = issue_to_facts(issue)
        score(facts, gold, issue, scores, gold_path.stem)
        if any(key in gold for key in ("listed_leaders", "partnerships", "org_aliases")):
            from yuanzhi.knowledge.resolve import merge_facts

            score_keys(merge_facts([facts]), gold, scores.keys, gold_path.stem)


def heldout_batches() -> list[str]:
    """The held-out batch prefixes of tests/gold/facts (heldout3, heldout4, …), in order, then the
    breadth sweeps (kinds1, kinds2, …: many kinds of body, written blind)."""
    def ordered(pattern: str) -> list[str]:
        prefixes = {p.name.split("_", 1)[0] for p in GOLD.glob(pattern)}
        return sorted(prefixes, key=lambda b: int("".join(c for c in b if c.isdigit()) or 0))

    return ordered("heldout*_*.json") + ordered("kinds*_*.json")


def run_seed(scores: Scores) -> bool:
    path = SEEDS / SEED_FILE
    gold_path = GOLD / "seed_000.json"
    if not path.exists() or not gold_path.exists():
        return False
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    issue = seed_issue(path, gold.get("date"))
    score(issue_to_facts(issue), gold, issue, scores, "seed_000")
    return True


def timing(target_chars: int = 30_000) -> tuple[float, float, int]:
    """(tokenizer and word-tag build, facts of the issue) seconds for an issue of ~target_chars.

    The issue is the seed's articles (distinct real text) topped up with the fixtures;
    without the seed, the fixtures repeat (sentences then repeat too, which flatters the
    tokenizer cache).
    """
    articles: list[Article] = []
    total = 0
    if (SEEDS / SEED_FILE).exists():
        for article in seed_issue(SEEDS / SEED_FILE, None).articles:
            articles.append(article)
            total += len(article.text)
    paths = sorted(FIXTURES.glob("*.txt"))
    index = 0
    while total < target_chars and paths:
        issue = load_issue(paths[index % len(paths)], None)
        article = issue.articles[0]
        articles.append(Article(id=str(index), title=article.title, paragraphs=article.paragraphs))
        total += len(article.text)
        index += 1
    big = Issue(source="bench", articles=tuple(articles), date="2024-06")
    from yuanzhi.extract import segment

    segment._cached.cache_clear()
    segment.word_tags.cache_clear()
    start = time.perf_counter()
    segment.default_tokenizer()
    segment.word_tags()
    first = time.perf_counter() - start
    runs = []
    for _ in range(3):
        start, cpu = time.perf_counter(), time.process_time()
        issue_to_facts(big)
        runs.append((time.perf_counter() - start, time.process_time() - cpu))
    best = min(runs)
    global LAST_CPU
    LAST_CPU = best[1]
    return first, best[0], total


def unpunctuated_timing() -> list[tuple[int, float]]:
    """CPU seconds for one article of a single sentence without punctuation (a run of names,
    posts and bodies, as a column flattened without its stops) at two lengths: the second twice
    the first, so the ratio shows how the reader scales where no sentence end bounds its work."""
    chunk = "青川市人民医院党委书记院长周志明副院长韩雪梅带领心内科团队开展义诊活动"
    out = []
    for times in (300, 600):
        issue = Issue(source="bench", articles=(Article(id="1", title=None, paragraphs=(chunk * times,)),))
        cpu = time.process_time()
        issue_to_facts(issue)
        out.append((len(chunk) * times, time.process_time() - cpu))
    return out


def report(name: str, scores: Scores, verbose: bool) -> None:
    p, r, f = scores.pairs.prf()
    bp, br, bf = scores.baseline.prf()
    print(f"== {name} ({scores.documents} documents)")
    print(f"(name, title)   P {p:.3f}  R {r:.3f}  F1 {f:.3f}   [baseline P {bp:.3f} R {br:.3f} F1 {bf:.3f}]")
    agree = scores.org_agree / scores.org_total if scores.org_total else 1.0
    print(f"org agreement   {agree:.3f} ({scores.org_agree}/{scores.org_total} matched pairs)")
    if scores.org_total_gold:
        print(
            f"organizations   recall {scores.org_found / scores.org_total_gold:.3f}, "
            f"kind+parent right {scores.org_kind_parent / max(1, scores.org_found):.3f} of found"
        )
    print("appointments    P {:.3f}  R {:.3f}  F1 {:.3f}".format(*scores.appointments.prf()))
    print("events (d,type) P {:.3f}  R {:.3f}  F1 {:.3f}".format(*scores.events.prf()))
    print("event dates     P {:.3f}  R {:.3f}  F1 {:.3f}".format(*scores.event_dates.prf()))
    print(f"patients listed as people: {scores.patients_as_people}")
    report_keys(scores.keys, verbose)
    if verbose:
        for tally in (scores.pairs, scores.appointments, scores.events):
            for line in tally.misses:
                if " baseline " not in line:
                    print("   ", line)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verbose", action="store_true", help="list misses and false alarms")
    parser.add_argument("--no-timing", action="store_true")
    parser.add_argument("--parser", action="store_true",
                        help="read fixtures with yuanzhi.pipeline.parse_text (the default; kept for old commands)")
    parser.add_argument("--lines", action="store_true",
                        help="read fixtures with the line reader extract/plain.text_to_issue instead of the parser")
    parser.add_argument("--flatten", action="store_true",
                        help="re-flow each fixture into printed lines of 16-26 characters first "
                             "(bench/flatten_text.py), as a PDF's text layer prints them")
    parser.add_argument("--heldout", action="append", default=[], metavar="PREFIX",
                        help="score only these held-out batches PREFIX_*.json, each apart (default: every "
                             "batch in tests/gold/facts; 'none' for none)")
    args = parser.parse_args(argv)
    global USE_PARSER, FLATTEN
    if args.lines and args.parser:
        parser.error("--lines and --parser choose different readers")
    USE_PARSER = not args.lines
    FLATTEN = args.flatten
    if FLATTEN and not USE_PARSER:
        parser.error("--flatten needs the parser (the line reader reads a paragraph per line)")
    fixtures = Scores()
    run_fixtures(fixtures)
    report("fixtures", fixtures, args.verbose)
    batches = args.heldout or heldout_batches()
    for prefix in (b for b in batches if b != "none"):
        batch = Scores()
        run_fixtures(batch, f"{prefix}_*.json")
        report(f"held-out batch {prefix}", batch, args.verbose)
    seed = Scores()
    if run_seed(seed):
        report("seed", seed, args.verbose)
    else:
        print(f"== seed: skipped ({SEEDS / SEED_FILE} or its gold file is absent)")
    if not args.no_timing:
        first, warm, chars = timing()
        print(f"time for a {chars}-character issue: {warm:.3f} s wall, {LAST_CPU:.3f} s CPU (best of 3; plus {first:.3f} s once per process to build the tokenizer)")
        print(f"speed after the segmenter is loaded: {chars / warm:,.0f} characters/s wall, {chars / LAST_CPU:,.0f} CPU")
        (short, short_cpu), (long, long_cpu) = unpunctuated_timing()
        print(
            f"one sentence without punctuation: {short:,} characters {short_cpu:.2f} s CPU, {long:,} characters "
            f"{long_cpu:.2f} s CPU (x{long_cpu / max(short_cpu, 1e-9):.1f} for twice the length; 2 is linear)"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
