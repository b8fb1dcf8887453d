"""Search benchmark: a large synthetic archive, every index option on each backend.

    .venv/bin/python -m bench.search_bench                        # 100,000 articles, SQLite
    .venv/bin/python -m bench.search_bench --backend both --n 20000
    .venv/bin/python -m bench.search_bench --backend postgresql --pg postgresql://…
    .venv/bin/python -m bench.search_bench --quality-only

Builds (once; cached keyed by size, seed, backend and option: SQLite files under
--cache, PostgreSQL schemas in the --pg database) an archive of N synthetic
articles (bench/search_corpus.py) through the real Archive.ingest path. Then
reports per backend and index option: ingest time, sizes, search latency p50/p95
for 1-, 2-, 3- and 4-character terms and two-word queries, the person-filter
queries, and recall against exact substring truth on a sample of the
generated articles (every article containing the query must be found). Every
run also compares result sets with substring truth on real text: the demo
issue and, when present, the seed sample under ../shared/seeds/.

PostgreSQL: --pg URL, else $YUANZHI_TEST_PG, else the throwaway cluster of
scripts/pg-start.sh (make pg-start).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from yuanzhi.archive.search import TOKENIZERS, Filters
from yuanzhi.archive.store import Archive, open_archive
from yuanzhi.model import Issue

from .search_corpus import DEPARTMENTS, STAR, WORDS, CorpusMaker, SentenceCachedSegmenter

BENCH_VERSION = 3
REPO = Path(__file__).resolve().parents[1]
BACKENDS = ("sqlite", "postgresql")


# ---------------------------------------------------------------- where archives live


def pg_base(given: str | None) -> str:
    url = given or os.environ.get("YUANZHI_TEST_PG")
    if url:
        return url
    done = subprocess.run(
        ["bash", str(REPO / "scripts/pg-start.sh"), str(REPO / ".build/pg")],
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        raise SystemExit(f"no PostgreSQL: {done.stderr.strip()} (give --pg URL)")
    return done.stdout.strip().splitlines()[-1]


def _pg_admin(base: str) -> Any:
    from sqlalchemy import create_engine, pool

    from yuanzhi.archive.db import parse_target

    _kind, url, _ = parse_target(base)
    return create_engine(url, poolclass=pool.NullPool, isolation_level="AUTOCOMMIT")


def _with_schema(base: str, schema: str) -> str:
    from urllib.parse import quote

    separator = "&" if "?" in base else "?"
    return f"{base}{separator}options={quote(f'-csearch_path={schema},public')}"


@contextmanager
def pg_scratch(base: str) -> Iterator[str]:
    """A throwaway schema (dropped on exit)."""
    from sqlalchemy import text

    name = f"bench_tmp_{os.getpid()}_{int(time.time() * 1000) % 10**8}"
    engine = _pg_admin(base)
    with engine.connect() as conn:
        conn.execute(text(f"CREATE SCHEMA {name}"))
    try:
        yield _with_schema(base, name)
    finally:
        with engine.connect() as conn:
            conn.execute(text(f"DROP SCHEMA {name} CASCADE"))
        engine.dispose()


def target_for(backend: str, tokenizer: str, n: int, seed: int, cache: Path, pg: str) -> str:
    """A SQLite file, or a URL of a PostgreSQL schema of its own (created here)."""
    key = f"{tokenizer}_n{n}_s{seed}_v{BENCH_VERSION}"
    if backend == "sqlite":
        return str(cache / f"search-{key}.db")
    from sqlalchemy import text

    with _pg_admin(pg).connect() as conn:
        conn.execute(text(f"CREATE SCHEMA IF NOT EXISTS bench_{key}"))
    return _with_schema(pg, f"bench_{key}")


def _built_seconds(backend: str, target: str) -> float | None:
    """The ingest time recorded in a finished cached archive, else None (and clear it)."""
    if backend == "sqlite" and not Path(target).exists():
        return None
    from yuanzhi.errors import ArchiveError

    try:
        opened = open_archive(target, create=False)  # never create it with the default index
    except ArchiveError:
        return None
    with opened as archive:
        row = archive.conn.execute(
            "SELECT value FROM meta WHERE key = 'bench_ingest_seconds'"
        ).fetchone()
        if row is not None:
            return float(row[0])
        empty = not archive.list_issues()
    if backend == "sqlite":
        for extra in (Path(target), Path(f"{target}-wal"), Path(f"{target}-shm")):
            extra.unlink(missing_ok=True)
    elif not empty:
        raise SystemExit(f"{target}: a half-built bench archive; drop its schema and run again")
    return None


_CORPUS: dict[tuple[int, int], list[tuple[Issue, Any]]] = {}


def _corpus(n: int, seed: int) -> list[tuple[Issue, Any]]:
    """Generate once per run, share between the builds."""
    if (n, seed) not in _CORPUS:
        _CORPUS[(n, seed)] = CorpusMaker(seed).issues(n)
    return _CORPUS[(n, seed)]


def build(backend: str, target: str, tokenizer: str, n: int, seed: int, log: Any) -> float:
    """Build the archive (unless cached); return the ingest seconds."""
    cached = _built_seconds(backend, target)
    if cached is not None:
        return cached
    issues = _corpus(n, seed)
    log(f"  building {backend}/{tokenizer}: {n:,} articles in {len(issues):,} issues …")
    with open_archive(target, tokenizer=tokenizer) as archive:  # type: ignore[arg-type]
        archive.segmenter = SentenceCachedSegmenter()
        started = time.perf_counter()
        for issue, facts in issues:
            archive.ingest(issue, facts)
        if backend == "sqlite":
            archive.conn.execute("INSERT INTO articles_fts(articles_fts) VALUES ('optimize')")
        else:
            archive.conn.execute("VACUUM ANALYZE")
        seconds = time.perf_counter() - started
        archive.conn.execute(
            "INSERT INTO meta VALUES ('bench_ingest_seconds', ?)"
            " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (str(seconds),),
        )
        if backend == "sqlite":
            archive.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return seconds


# ---------------------------------------------------------------- measures


def _percentiles(samples: Sequence[float]) -> dict[str, float]:
    ordered = sorted(samples)
    pick = lambda q: ordered[min(len(ordered) - 1, int(q * len(ordered)))]  # noqa: E731
    return {
        "n": len(ordered),
        "p50_ms": round(pick(0.5) * 1000, 2),
        "p95_ms": round(pick(0.95) * 1000, 2),
    }


def _time(fn: Any) -> float:
    started = time.perf_counter()
    fn()
    return time.perf_counter() - started


def query_classes(queries: int, seed: int) -> dict[str, list[str]]:
    """Queries by length: pieces of the corpus vocabulary, so every class has hits."""
    rng = random.Random(seed + 1)
    vocabulary = list(WORDS) + list(DEPARTMENTS)
    by_length: dict[int, list[str]] = {1: [], 2: [], 3: [], 4: []}
    for word in vocabulary:
        for size in by_length:
            by_length[size].extend(word[i : i + size] for i in range(len(word) - size + 1))
    classes = {
        f"{size} char{'s' if size > 1 else ''}": [rng.choice(pool) for _ in range(queries)]
        for size, pool in by_length.items()
    }
    classes["two words"] = [
        f"{rng.choice(vocabulary)} {rng.choice(vocabulary)}" for _ in range(queries)
    ]
    # the vocabulary's pieces are all common (each in several % of the articles); a given
    # name's two characters are rare, as most 2-character queries of a real archive are
    names = [n[1:] for n in CorpusMaker(seed).people if len(n) == 3]
    classes["2 chars, rare (given names)"] = [rng.choice(names) for _ in range(queries)]
    return classes


def latencies(archive: Archive, classes: dict[str, list[str]]) -> dict[str, Any]:
    for q in classes["3 chars"][:5]:
        archive.search(q)  # warm the caches
    report: dict[str, Any] = {}
    for name, qs in classes.items():
        report[name] = _percentiles([_time(lambda q=q: archive.search(q)) for q in qs])
    report["two words, sort=date"] = _percentiles(
        [
            _time(lambda q=q: archive.search(q, sort="date"))
            for q in classes["two words"][: len(classes["two words"]) // 2]
        ]
    )
    if archive.backend == "postgresql" and archive.tokenizer == "trigram":
        report["2 chars, scan only (no grams index)"] = _percentiles(
            [_time(lambda q=q: _pg_without_grams(archive, q)) for q in classes["2 chars"]]
        )
    hits = archive.search("", Filters(person=STAR)).total
    report[f"person filter ({hits} articles)"] = _percentiles(
        [_time(lambda: archive.search("", Filters(person=STAR))) for _ in range(20)]
    )
    report[f"person + word ({STAR} 党建)"] = _percentiles(
        [_time(lambda: archive.search("党建", Filters(person=STAR))) for _ in range(20)]
    )
    report["person page (Archive.person)"] = _percentiles(
        [_time(lambda: archive.person(STAR)) for _ in range(5)]
    )
    return report


def _pg_without_grams(archive: Archive, query: str) -> None:
    """The PostgreSQL trigram search of a 2-character term as first built: a LIKE scan alone."""
    from yuanzhi.archive import search, search_postgres

    terms = search.parse_query(query)
    with archive.snapshot():
        ranking = search_postgres._trigram_rank(
            archive.conn, search.Query(terms, [], [], "relevance", 20, 0), grams=False
        )
        search._hits(archive.conn, ranking.ranked, [t.text for t in terms])


def corpus_recall(archive: Archive, classes: dict[str, list[str]], seed: int) -> dict[str, Any]:
    """Recall and precision against substring truth over the whole corpus, per query class.

    For the first 8 queries of each class, truth is every article whose title or
    text contains all the query's terms. When the truth has at most 600
    articles, all hits are fetched (pages of 200) and compared as sets; above
    that, recall is total / truth and precision is checked on the first page.
    A result capped by design (1-character queries: LIKE_CAP newest articles)
    counts as complete when it holds LIKE_CAP articles.
    """
    from yuanzhi.archive.search import LIKE_CAP

    texts = {
        a.id: (a.title or "").lower() + "\n" + a.article.text.lower()
        for a in archive.list_articles()
    }
    report: dict[str, Any] = {}
    for name, qs in classes.items():
        recalls, precisions = [], []
        for query in qs[:8]:
            terms = query.lower().split()
            truth = {aid for aid, text in texts.items() if all(t in text for t in terms)}
            first = archive.search(query, per_page=200)
            found = {h.article_id for h in first.hits}
            if first.total_is_lower_bound:
                recalls.append(min(1.0, first.total / min(LIKE_CAP, max(1, len(truth)))))
            elif len(truth) <= 600:
                for page in range(2, first.pages + 1):
                    more = archive.search(query, per_page=200, page=page)
                    found.update(h.article_id for h in more.hits)
                if truth:
                    recalls.append(len(found & truth) / len(truth))
            elif truth:
                recalls.append(min(first.total, len(truth)) / len(truth))
            if found:
                precisions.append(len(found & truth) / len(found))
        report[name] = {
            "queries": len(qs[:8]),
            "recall": round(statistics.mean(recalls), 3) if recalls else None,
            "precision": round(statistics.mean(precisions), 3) if precisions else None,
        }
    return report


def sizes(backend: str, target: str, archive: Archive) -> dict[str, float]:
    if backend == "sqlite":
        fts = archive.conn.execute(
            "SELECT sum(pgsize) FROM dbstat WHERE name LIKE 'articles_fts%'"
        ).fetchone()[0]
        return {
            "db_mb": round(Path(target).stat().st_size / 1e6, 1),
            "index_mb": round((fts or 0) / 1e6, 1),
        }
    total = archive.conn.execute(
        "SELECT sum(pg_total_relation_size(c.oid)) FROM pg_class c"
        " WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind = 'r'"
    ).fetchone()[0]
    index = archive.conn.execute(
        "SELECT coalesce(sum(pg_relation_size(c.oid)), 0) FROM pg_class c"
        " WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind = 'i'"
        " AND (c.relname LIKE '%trgm%' OR c.relname LIKE '%pairs%' OR c.relname LIKE 'article_words%')"
    ).fetchone()[0]
    return {"db_mb": round(float(total or 0) / 1e6, 1), "index_mb": round(float(index) / 1e6, 1)}


# ---------------------------------------------------------------- quality on real text

QUALITY_QUERIES = (
    "护士节",
    "国际护士节",
    "胸腔镜",
    "薛伟民",
    "医联体",
    "专科联盟",
    "脊柱侧弯",
    "义诊",
    "肿瘤",
    "院长",
    "护理部",
    "心血管",
    "巴掌宝宝",
    "间质性肺疾病",
    "胸腔镜 肺癌",
    "护士节 表彰",
    "科",
    "诊",
)


def _quality_queries(issues: list[Issue]) -> list[tuple[str, str]]:
    """Fixed words, plus names taken from the parsed issues (bylines; facts when available)."""
    queries = [("words", q) for q in QUALITY_QUERIES]
    authors = sorted(
        {
            a
            for i in issues
            for art in i.articles
            for b in art.bylines
            for a in b.authors
            if len(a) >= 2
        }
    )
    queries += [("byline names", a) for a in authors]
    try:
        from yuanzhi.pipeline import issues_to_facts

        names = sorted({p.name for p in issues_to_facts(issues).people if len(p.name) >= 2})
    except ImportError:
        names = []
    queries += [("people in facts", n) for n in names if n not in authors]
    return queries


def quality(options: list[tuple[str, str]], pg: str | None, log: Any) -> dict[str, Any]:
    from contextlib import ExitStack

    from yuanzhi.layout.normalize import normalize_text
    from yuanzhi.pipeline import parse_file

    files = [REPO / "src/yuanzhi/samples/demo_issue.txt"]
    seeds = REPO / "../shared/seeds"
    if seeds.is_dir():
        files += sorted(seeds.glob("*.txt"))
    else:
        log(f"  (no seed samples at {seeds}: quality measured on the demo issue only)")
    issues = [parse_file(f) for f in files]
    labels = [f"{b}/{t}" for b, t in options]
    report: dict[str, Any] = {"files": [f.name for f in files], "queries": {}, "classes": {}}
    with tempfile.TemporaryDirectory() as tmp, ExitStack() as stack:
        archives: dict[str, Archive] = {}
        for backend, tokenizer in options:
            if backend == "sqlite":
                where = str(Path(tmp) / f"{tokenizer}.db")
            else:
                assert pg is not None
                where = stack.enter_context(pg_scratch(pg))
            archives[f"{backend}/{tokenizer}"] = stack.enter_context(
                open_archive(where, tokenizer=tokenizer)  # type: ignore[arg-type]
            )
        truth_texts: dict[str, str] = {}
        for issue in issues:
            for archive in archives.values():
                key = archive.ingest(issue).issue_id
            for article in issue.articles:
                text = normalize_text((article.title or "") + "\n" + article.text).lower()
                truth_texts[f"{key}:{article.id}"] = text
        per_class: dict[str, dict[str, list[float]]] = {}
        for cls, query in _quality_queries(issues):
            terms = query.lower().split()
            truth = {aid for aid, text in truth_texts.items() if all(t in text for t in terms)}
            if not truth:
                continue
            row: dict[str, Any] = {"class": cls, "truth": len(truth)}
            for label, archive in archives.items():
                found = {h.article_id for h in archive.search(query, per_page=200).hits}
                good = len(found & truth)
                recall, precision = good / len(truth), (good / len(found) if found else 1.0)
                row[label] = {
                    "found": len(found),
                    "recall": round(recall, 2),
                    "precision": round(precision, 2),
                }
                per_class.setdefault(cls, {}).setdefault(f"{label} recall", []).append(recall)
                per_class[cls].setdefault(f"{label} precision", []).append(precision)
            report["queries"][query] = row
        for cls, values in per_class.items():
            report["classes"][cls] = {"queries": len(values[f"{labels[0]} recall"])} | {
                k: round(statistics.mean(v), 3) for k, v in values.items()
            }
    report["labels"] = labels
    return report


# ---------------------------------------------------------------- main


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=100_000, help="articles (default 100,000)")
    parser.add_argument(
        "--backend",
        default="sqlite",
        choices=(*BACKENDS, "both"),
        help="sqlite (default), postgresql or both",
    )
    parser.add_argument(
        "--tokenizers", default=",".join(TOKENIZERS), help="comma-separated: trigram,jieba"
    )
    parser.add_argument("--pg", default=None, help="PostgreSQL database URL (see above)")
    parser.add_argument("--queries", type=int, default=100, help="queries per class")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument(
        "--cache",
        type=Path,
        default=Path("/tmp/yuanzhi-bench"),
        help="where SQLite archives are kept",
    )
    parser.add_argument(
        "--quality-only", action="store_true", help="only compare result sets on real text"
    )
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    args = parser.parse_args(argv)

    def log(message: str) -> None:
        print(message, file=sys.stderr, flush=True)

    backends = BACKENDS if args.backend == "both" else (args.backend,)
    tokenizers = [t.strip() for t in args.tokenizers.split(",") if t.strip()]
    for tokenizer in tokenizers:
        if tokenizer not in TOKENIZERS:
            parser.error(f"unknown tokenizer {tokenizer!r}; choose from {', '.join(TOKENIZERS)}")
    pg = pg_base(args.pg) if "postgresql" in backends else None
    options = [(b, t) for b in backends for t in tokenizers]
    report: dict[str, Any] = {"n": args.n, "options": [f"{b}/{t}" for b, t in options]}
    log("quality on real text …")
    report["quality"] = quality(options, pg, log)
    if not args.quality_only:
        args.cache.mkdir(parents=True, exist_ok=True)
        classes = query_classes(args.queries, args.seed)
        for backend, tokenizer in options:
            label = f"{backend}/{tokenizer}"
            log(f"{label}:")
            target = target_for(backend, tokenizer, args.n, args.seed, args.cache, pg or "")
            seconds = build(backend, target, tokenizer, args.n, args.seed, log)
            with open_archive(target, create=False) as archive:
                report[label] = {
                    "ingest_s": round(seconds, 1),
                    **sizes(backend, target, archive),
                    "latency": latencies(archive, classes),
                    "recall": corpus_recall(archive, classes, args.seed),
                }
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        _print(report)
    return 0


def _print(report: dict[str, Any]) -> None:
    quality = report["quality"]
    labels = quality["labels"]
    print(
        f"quality on real text ({', '.join(quality['files'])}): recall / precision vs substring truth"
    )
    print(f"  {'query':<16}{'truth':>6}" + "".join(f"{label:>22}" for label in labels))
    for query, row in quality["queries"].items():
        if row["class"] != "words" and all(row[x]["recall"] == 1 for x in labels):
            continue  # show the fixed words, and only the names some option missed
        cells = "".join(
            f"{str(row[x]['recall']) + ' / ' + str(row[x]['precision']):>22}" for x in labels
        )
        print(f"  {query:<16}{row['truth']:>6}{cells}")
    for cls, stats in quality["classes"].items():
        print(
            f"  {cls} ({stats['queries']} queries): "
            + "; ".join(
                f"{x} recall {stats[x + ' recall']} precision {stats[x + ' precision']}"
                for x in labels
            )
        )
    for label in report["options"]:
        if label not in report:
            continue
        r = report[label]
        print(
            f"\n{label}: {report['n']:,} articles, ingest {r['ingest_s']} s, DB {r['db_mb']} MB (index {r['index_mb']} MB)"
        )
        for name, stats in r["latency"].items():
            recall = r["recall"].get(name)
            extra = (
                f"   recall {recall['recall']} precision {recall['precision']}"
                if recall and recall["recall"] is not None
                else ""
            )
            print(
                f"  {name:<36} p50 {stats['p50_ms']:>8} ms   p95 {stats['p95_ms']:>8} ms   (n={stats['n']}){extra}"
            )


if __name__ == "__main__":
    raise SystemExit(main())
