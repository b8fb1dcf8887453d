"""Train the statistical body reader (src/yuanzhi/extract/org_reader.py) on the gold of every round.

    .venv/bin/python bench/train_org_reader.py                      # the shipped model
    .venv/bin/python bench/train_org_reader.py --exclude heldout31 --exclude kinds1 \\
        --out /tmp/m.crfsuite --evaluate heldout31                  # a held-out look at one batch
    .venv/bin/python bench/train_org_reader.py --honest --out /tmp/honest.crfsuite
    YUANZHI_ORG_READER_MODEL=/tmp/honest.crfsuite .venv/bin/python bench/facts_bench.py --no-timing \\
        --heldout heldout31 … --heldout kinds1   # org right with a reader that never saw those batches

``--honest`` leaves out the batches no design choice of the reader may be fitted on (HONEST_EXCLUDE:
rounds 11-14, heldout31-38, and the kinds1 sweep); every figure used to choose a design of the
reader or of its use (org_reader_choice.py) is measured on them with that model, the shipped
model is then trained on everything.

Labels: for every gold file tests/gold/facts/<stem>.json with its text tests/fixtures/news/<stem>.txt,
the organizations of its people, listed leaders, partnerships, aliases and organizations that the
text prints verbatim mark every occurrence (longest first, no overlaps) as B/I; a gold name the text
never prints (an expanded form) labels nothing, except where a declared short form stands for its
full name at the start of the string (县审计局 + 社会保障审计股). Deterministic: files in sorted order,
fixed training parameters. Prints the training set's files and sizes; ``--evaluate`` prints span
precision and recall of the reader beside the rule finder's (article_orgs.read_article_orgs) against
the gold strings printed in the text.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from yuanzhi.extract.article_orgs import read_article_orgs  # noqa: E402
from yuanzhi.extract.facts import _article_sentences  # noqa: E402
from yuanzhi.extract.home_orgs import home_hospital  # noqa: E402
from yuanzhi.extract.lexicon_loader import default_lexicon  # noqa: E402
from yuanzhi.extract.org_reader import MODEL_FILE, bio_spans, load_reader  # noqa: E402
from yuanzhi.extract.org_reader_features import char_features, lexicon_marks  # noqa: E402
from yuanzhi.extract.plain import text_to_issue  # noqa: E402
from yuanzhi.extract.segment import default_tokenizer, tokens, word_tags  # noqa: E402

GOLD = ROOT / "tests" / "gold" / "facts"
FIXTURES = ROOT / "tests" / "fixtures" / "news"
PARAMS = {"c1": 0.05, "c2": 0.01, "max_iterations": 150, "feature.possible_transitions": True}
HONEST_EXCLUDE = tuple(f"heldout{n}" for n in range(31, 39)) + ("kinds1",)  # rounds 11-14 and kinds1


@dataclass
class Sentence:
    stem: str
    text: str
    gold: list[tuple[int, int]]  # spans of gold bodies printed verbatim
    rules: list[tuple[int, int]]  # spans the rule finder reads


def gold_strings(gold: dict) -> set[str]:  # type: ignore[type-arg]
    """Every organization string of a gold file, with short forms of its declared aliases."""
    names = {org for _n, _t, org in gold.get("people", []) if org}
    names |= {org for _n, org in gold.get("listed_leaders", []) if org}
    for parties, _kind in gold.get("partnerships", []):
        names |= {p for p in parties if p}
    names |= {name for name, _kind, _parent in gold.get("organizations", []) if name}
    aliases = [(full, short) for full, short in gold.get("org_aliases", []) if full and short]
    names |= {n for pair in aliases for n in pair}
    for full, short in aliases:
        names |= {short + n[len(full):] for n in list(names) if n.startswith(full) and len(n) > len(full)}
    return {n for n in names if len(n) >= 2}


def label(text: str, names: list[str]) -> list[tuple[int, int]]:
    """Occurrences of the names in ``text``, longest first, none overlapping."""
    taken = [False] * len(text)
    out = []
    for name in names:
        at = text.find(name)
        while at >= 0:
            if not any(taken[at : at + len(name)]):
                out.append((at, at + len(name)))
                for i in range(at, at + len(name)):
                    taken[i] = True
            at = text.find(name, at + 1)
    return sorted(out)


def read_file(gold_path: Path, tokenize) -> list[Sentence]:  # type: ignore[no-untyped-def]
    text_path = FIXTURES / (gold_path.stem + ".txt")
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    issue = text_to_issue(text_path.read_text(encoding="utf-8"), source=text_path.name, date=gold.get("date"))
    lexicon = default_lexicon()
    names = sorted(gold_strings(gold), key=lambda n: (-len(n), n))
    per_article = [_article_sentences(article) for article in issue.articles]
    home = home_hospital([s.text for ss in per_article for s in ss], tokenize, lexicon)
    out = []
    for sentences in per_article:
        known = read_article_orgs([s.text for s in sentences], tokenize, lexicon, home, [s.paragraph < 0 for s in sentences])
        for sentence, found in zip(sentences, known.per_sentence, strict=True):
            rules = sorted({(m.start, m.end) for m in found})
            out.append(Sentence(gold_path.stem, sentence.text, label(sentence.text, names), rules))
    return out


def tags_of(sentence: Sentence) -> list[str]:
    tags = ["O"] * len(sentence.text)
    for start, end in sentence.gold:
        tags[start] = "B"
        for i in range(start + 1, end):
            tags[i] = "I"
    return tags


def gold_files(exclude: list[str]) -> list[Path]:
    return [p for p in sorted(GOLD.glob("*.json"))
            if (FIXTURES / (p.stem + ".txt")).exists() and not any(p.stem.startswith(e + "_") for e in exclude)]


def train(files: list[Path], out: Path, tokenize, params: dict | None = None) -> None:  # type: ignore[no-untyped-def,type-arg]
    import pycrfsuite

    lexicon = default_lexicon()
    marks, tags = lexicon_marks(lexicon), word_tags()
    trainer = pycrfsuite.Trainer(verbose=False)
    sentences = chars = spans = 0
    for path in files:
        for sentence in read_file(path, tokenize):
            if not sentence.text:
                continue
            trainer.append(char_features(sentence.text, tokenize(sentence.text), tags, marks), tags_of(sentence))
            sentences += 1
            chars += len(sentence.text)
            spans += len(sentence.gold)
    params = params or PARAMS
    trainer.set_params(params)
    out.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(out))
    groups: dict[str, int] = {}
    for path in files:
        key = path.stem.split("_")[0] if path.stem.startswith(("heldout", "kinds", "seed")) else "fixtures"
        groups[key] = groups.get(key, 0) + 1
    print(f"trained on {len(files)} files ({', '.join(f'{k} {v}' for k, v in groups.items())}): "
          f"{sentences} sentences, {chars} characters, {spans} labelled bodies; params {params}")
    print(f"model {out}: {out.stat().st_size} bytes")


def evaluate(model: Path, prefixes: list[str], tokenize) -> None:  # type: ignore[no-untyped-def]
    reader = load_reader(model)
    assert reader is not None, f"no model at {model}"
    lexicon = default_lexicon()
    for prefix in prefixes:
        counts = {"reader": [0, 0, 0], "rules": [0, 0, 0]}  # tp, predicted, gold
        for path in gold_files([]):
            if not path.stem.startswith(prefix + "_"):
                continue
            for sentence in read_file(path, tokenize):
                gold = set(sentence.gold)
                for who, spans in (("reader", set(bio_spans(reader.tags(sentence.text, tokenize(sentence.text), lexicon)))),
                                   ("rules", set(sentence.rules))):
                    counts[who][0] += len(spans & gold)
                    counts[who][1] += len(spans)
                    counts[who][2] += len(gold)
        for who, (tp, predicted, total) in counts.items():
            p = tp / predicted if predicted else 1.0
            r = tp / total if total else 1.0
            print(f"{prefix} {who}: span P {p:.3f} R {r:.3f} ({tp}/{predicted} predicted, {tp}/{total} gold)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--exclude", action="append", default=[], metavar="PREFIX", help="leave batch PREFIX_* out")
    parser.add_argument("--honest", action="store_true",
                        help=f"leave out {', '.join(HONEST_EXCLUDE)} (the batches designs are measured on)")
    parser.add_argument("--c1", type=float, default=PARAMS["c1"], help="L1 regularisation")
    parser.add_argument("--c2", type=float, default=PARAMS["c2"], help="L2 regularisation")
    parser.add_argument("--out", type=Path, default=MODEL_FILE)
    parser.add_argument("--evaluate", action="append", default=[], metavar="PREFIX", help="span P/R on batch PREFIX_*")
    parser.add_argument("--no-train", action="store_true", help="only evaluate the model at --out")
    args = parser.parse_args(argv)
    tokenizer = default_tokenizer()
    cache: dict[str, list[tuple[str, int, int]]] = {}

    def tokenize(text: str) -> list[tuple[str, int, int]]:
        if text not in cache:
            cache[text] = tokens(tokenizer, text)
        return cache[text]

    if not args.no_train:
        exclude = [*args.exclude, *(HONEST_EXCLUDE if args.honest else ())]
        train(gold_files(exclude), args.out, tokenize, {**PARAMS, "c1": args.c1, "c2": args.c2})
    if args.evaluate:
        evaluate(args.out, args.evaluate, tokenize)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
