"""Search benchmark: a large synthetic archive, both full-text index options.

    .venv/bin/python bench/search_bench.py            # 100,000 articles, both tokenizers
    .venv/bin/python bench/search_bench.py --n 20000  # smaller
    .venv/bin/python bench/search_bench.py --quality-only

Builds (once; cached under --cache keyed by size, seed and tokenizer) an archive
of N synthetic articles written from a hospital-news vocabulary, through the
real Archive.ingest path (issues of 20 articles, with people facts so the
mentions index is filled, and one person named in exactly 500 articles). Then
reports per tokenizer: ingest time, DB and index size, search latency p50/p95
for one-word (3+ and 2-character) and two-word queries, and the latency of the
person-with-500-mentions queries. ``--quality-only`` (and every full run)
also compares result sets with exact substring truth on real text: the demo
issue and, when present, the seed sample under ../shared/seeds/.

jieba segmentation is the slow part of building its index (~180k chars/s). The
generated articles are built from a pool of sentences, and jieba segments each
block between punctuation independently, so the bench caches segmentation per
sentence; the index it builds is identical to segmenting every article.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from yuanzhi.archive.search import TOKENIZERS, Filters
from yuanzhi.archive.segment import Segmenter
from yuanzhi.archive.store import Archive, open_archive
from yuanzhi.model import Article, Byline, Evidence, Facts, Issue, Person, Position

BENCH_VERSION = 2
ISSUE_SIZE = 20
STAR = "石远航"  # the person named in exactly STAR_MENTIONS articles
STAR_MENTIONS = 500
REPO = Path(__file__).resolve().parents[1]

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰涛明超秀霞平刚桂英华玉兰萍鹏辉建国红志文斌宁浩凯晨雪婷琳欣怡晓东海波峰雷鑫宇航帆博远翔嘉佳颖瑞昊天一鸣思雨梦瑶子涵梓轩睿泽"
DEPARTMENTS = (
    "心内科 心胸外科 神经内科 神经外科 呼吸与危重症医学科 消化内科 肾内科 内分泌科 血液科 肿瘤科 普外科 骨科 "
    "泌尿外科 妇产科 儿科 新生儿科 眼科 耳鼻喉科 口腔科 皮肤科 康复医学科 急诊科 重症医学科 麻醉科 放射科 超声科 "
    "检验科 病理科 药学部 护理部 医务部 党委办公室 宣传科 信息中心 后勤保障部 感染管理科 健康管理中心 中医科"
).split()
HOSPITALS = (
    "青川市人民医院",
    "南湖医科大学附属医院",
    "云岭健康集团总医院",
    "西溪县中医院",
    "东岚区妇幼保健院",
)
TITLES = ("院长", "副院长", "党委书记", "主任", "副主任", "护士长", "科长", "主任医师", "教授")
WORDS = (
    "护士节 胸腔镜 医联体 义诊 脊柱侧弯 健康宣教 质量控制 教学查房 多学科会诊 微创手术 介入治疗 急救培训 党建 "
    "志愿服务 满意度 康复训练 疫苗接种 远程会诊 专科联盟 技能竞赛 学术年会 科研项目 人才培养 医保政策 分级诊疗 "
    "家庭医生 慢病管理 健康体检 心肺复苏 应急演练 安全生产 廉洁从业 文明创建 优质护理 日间手术 胸痛中心 卒中中心 "
    "创伤中心 互联网医院 智慧医疗 电子病历 临床路径 合理用药 院感防控 手卫生 母婴安全 无痛分娩 早产儿 巴掌宝宝 "
    "肺结节 靶向治疗 放疗 化疗 免疫治疗 达芬奇机器人 关节置换 白内障 青光眼 糖尿病 高血压 脑卒中 心梗 冠脉支架 "
    "导管室 血液透析 腹膜透析 器官捐献 无偿献血 健康讲座 社区 乡村振兴 对口帮扶 援疆 援藏 进修 规培 住院医师 "
    "学科建设 重点专科 科研成果 论文 专利 课题 表彰大会 先进集体 先进个人 优秀党员 主题党日 青年文明号 工会 团委"
).split()
TEMPLATES = (
    "{m}月{d}日，{hosp}{dept}开展{w1}主题活动，{title}{name}出席并讲话。",
    "{dept}团队围绕{w1}和{w2}持续改进，服务质量稳步提升。",
    "{title}{name}指出，要把{w1}作为重点工作，扎实推进{w2}。",
    "活动中，{dept}医护人员为群众提供{w1}咨询，并发放{w2}宣传资料。",
    "近年来，{hosp}不断加强{w1}建设，{w2}工作取得明显成效。",
    "{name}表示，将以此次{w1}为契机，进一步提升{w2}水平。",
    "据了解，{dept}今年已完成{w1}相关病例{k}例，{w2}能力持续增强。",
    "{m}月{d}日至{d2}日，{dept}组织{w1}专题培训，共{k}名职工参加。",
    "与会专家就{w1}、{w2}等问题进行了深入交流。",
    "下一步，{hosp}将继续深化{w1}，让{w2}惠及更多患者。",
)


def _names(rng: random.Random, count: int) -> list[str]:
    names: set[str] = set()
    while len(names) < count:
        given = rng.choice(GIVEN) + (rng.choice(GIVEN) if rng.random() < 0.7 else "")
        names.add(rng.choice(SURNAMES) + given)
    names.discard(STAR)
    return sorted(names)


class CorpusMaker:
    """Deterministic synthetic issues: articles drawn from a pool of sentences."""

    def __init__(self, seed: int, pool: int = 30000):
        self.rng = random.Random(seed)
        self.people = _names(self.rng, 3000)
        self.sentences: list[tuple[str, str | None, str | None]] = []  # (text, name, title)
        for _ in range(pool):
            template = self.rng.choice(TEMPLATES)
            name = self.rng.choice(self.people)
            title = self.rng.choice(TITLES)
            text = template.format(
                m=self.rng.randint(1, 12),
                d=self.rng.randint(1, 28),
                d2=self.rng.randint(1, 28),
                hosp=self.rng.choice(HOSPITALS),
                dept=self.rng.choice(DEPARTMENTS),
                title=title,
                name=name,
                w1=self.rng.choice(WORDS),
                w2=self.rng.choice(WORDS),
                k=self.rng.randint(2, 300),
            )
            named = "{name}" in template
            self.sentences.append((text, name if named else None, title if named else None))

    def issues(self, n: int) -> list[tuple[Issue, Facts]]:
        rng = self.rng
        star_articles = set(rng.sample(range(n), min(STAR_MENTIONS, n)))
        out = []
        for start in range(0, n, ISSUE_SIZE):
            number = start // ISSUE_SIZE
            year = 2000 + (number * 25) // max(1, n // ISSUE_SIZE)
            date = f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
            source = f"synthetic/{number:06d}.txt"
            articles, people = [], {}
            for index in range(start, min(n, start + ISSUE_SIZE)):
                paragraphs = []
                for _ in range(rng.randint(2, 4)):
                    picks = [rng.choice(self.sentences) for _ in range(rng.randint(1, 3))]
                    paragraphs.append("".join(p[0] for p in picks))
                    for text, name, title in picks:
                        if name:
                            people.setdefault(name, (title, f"a{index}", text))
                if index in star_articles:
                    paragraphs.append(
                        f"{rng.choice(HOSPITALS)}副院长{STAR}对{rng.choice(WORDS)}工作提出要求。"
                    )
                    people[STAR] = ("副院长", f"a{index}", paragraphs[-1])
                title = f"{rng.choice(DEPARTMENTS)}{rng.choice(('开展', '举办', '推进', '完成'))}{rng.choice(WORDS)}工作"
                byline = Byline(rng.choice(DEPARTMENTS), (rng.choice(self.people),))
                articles.append(
                    Article(
                        f"a{index}",
                        title,
                        paragraphs=tuple(paragraphs),
                        bylines=(byline,),
                        pages=(1,),
                    )
                )
            facts = Facts(
                people=tuple(
                    Person(
                        name,
                        (
                            Position(
                                title or "",
                                HOSPITALS[0],
                                date,
                                date,
                                (Evidence(source, aid, quote),),
                            ),
                        ),
                    )
                    for name, (title, aid, quote) in sorted(people.items())
                )
            )
            issue = Issue(
                source, tuple(articles), date=date, date_source="given", sha256=f"bench-{number}"
            )
            out.append((issue, facts))
        return out


class SentenceCachedSegmenter(Segmenter):
    """jieba splits text into blocks at punctuation and segments each alone: cache per sentence."""

    def __init__(self) -> None:
        super().__init__()
        self._cache: dict[str, str] = {}

    def index_text(self, text: str) -> str:
        parts = []
        for line in text.split("\n"):
            for piece in line.split("。"):
                if piece not in self._cache:
                    self._cache[piece] = super().index_text(piece)
                parts.append(self._cache[piece])
        return " ".join(p for p in parts if p)


_CORPUS: dict[tuple[int, int], list[tuple[Issue, Facts]]] = {}


def _corpus(n: int, seed: int) -> list[tuple[Issue, Facts]]:
    """Generate once per run, share between the tokenizers' builds."""
    if (n, seed) not in _CORPUS:
        _CORPUS[(n, seed)] = CorpusMaker(seed).issues(n)
    return _CORPUS[(n, seed)]


def _db_path(cache: Path, tokenizer: str, n: int, seed: int) -> Path:
    return cache / f"search-{tokenizer}-n{n}-s{seed}-v{BENCH_VERSION}.db"


def build(path: Path, tokenizer: str, n: int, seed: int, log: Any) -> float:
    """Build the archive (unless cached); return the ingest seconds."""
    if path.exists():
        with open_archive(path, create=False) as archive:
            row = archive.conn.execute(
                "SELECT value FROM meta WHERE key = 'bench_ingest_seconds'"
            ).fetchone()
            if row is not None:
                return float(row[0])
        path.unlink()
    for extra in (Path(f"{path}-wal"), Path(f"{path}-shm")):
        extra.unlink(missing_ok=True)
    issues = _corpus(n, seed)
    log(f"  building {path.name}: {n:,} articles in {len(issues):,} issues …")
    with open_archive(path, tokenizer=tokenizer) as archive:  # type: ignore[arg-type]
        archive.segmenter = SentenceCachedSegmenter()
        started = time.perf_counter()
        for issue, facts in issues:
            archive.ingest(issue, facts)
        archive.conn.execute("INSERT INTO articles_fts(articles_fts) VALUES ('optimize')")
        seconds = time.perf_counter() - started
        archive.conn.execute(
            "INSERT OR REPLACE INTO meta VALUES ('bench_ingest_seconds', ?)", (str(seconds),)
        )
        archive.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return seconds


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


def latencies(archive: Archive, queries: int, seed: int) -> dict[str, Any]:
    rng = random.Random(seed + 1)
    long_words = [w for w in WORDS if len(w) >= 3]
    short_words = [w for w in WORDS if len(w) == 2]
    vocabulary = WORDS + DEPARTMENTS
    classes = {
        "one word, 3+ chars": [rng.choice(long_words) for _ in range(queries)],
        "one word, 2 chars": [rng.choice(short_words) for _ in range(queries)],
        "two words": [f"{rng.choice(vocabulary)} {rng.choice(vocabulary)}" for _ in range(queries)],
        "two words, 3+ chars": [
            f"{rng.choice(long_words)} {rng.choice(long_words)}" for _ in range(queries)
        ],
    }
    for q in list(classes.values())[0][:5]:
        archive.search(q)  # warm the page cache
    report: dict[str, Any] = {}
    for name, qs in classes.items():
        report[name] = _percentiles([_time(lambda q=q: archive.search(q)) for q in qs])
    report["two words, sort=date"] = _percentiles(
        [
            _time(lambda q=q: archive.search(q, sort="date"))
            for q in classes["two words"][: queries // 2]
        ]
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


def sizes(path: Path, archive: Archive) -> dict[str, float]:
    fts = archive.conn.execute(
        "SELECT sum(pgsize) FROM dbstat WHERE name LIKE 'articles_fts%'"
    ).fetchone()[0]
    return {"db_mb": round(path.stat().st_size / 1e6, 1), "index_mb": round((fts or 0) / 1e6, 1)}


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


def quality(log: Any) -> dict[str, Any]:
    import tempfile

    from yuanzhi.layout.normalize import normalize_text
    from yuanzhi.pipeline import parse_file

    files = [REPO / "src/yuanzhi/samples/demo_issue.txt"]
    seeds = REPO / "../shared/seeds"
    if seeds.is_dir():
        files += sorted(seeds.glob("*.txt"))
    else:
        log(f"  (no seed samples at {seeds}: quality measured on the demo issue only)")
    issues = [parse_file(f) for f in files]
    report: dict[str, Any] = {"files": [f.name for f in files], "queries": {}, "classes": {}}
    with tempfile.TemporaryDirectory() as tmp:
        archives = {t: open_archive(Path(tmp) / f"{t}.db", tokenizer=t) for t in TOKENIZERS}
        try:
            truth_texts: dict[str, str] = {}
            for issue in issues:
                for archive in archives.values():
                    key = archive.ingest(issue).issue_id
                for article in issue.articles:
                    truth_texts[f"{key}:{article.id}"] = normalize_text(article.text).lower()
            per_class: dict[str, dict[str, list[float]]] = {}
            for cls, query in _quality_queries(issues):
                terms = query.lower().split()
                truth = {
                    aid for aid, text in truth_texts.items() if all(term in text for term in terms)
                }
                if not truth:
                    continue
                row: dict[str, Any] = {"class": cls, "truth": len(truth)}
                for t, archive in archives.items():
                    found = {h.article_id for h in archive.search(query, per_page=200).hits}
                    good = len(found & truth)
                    recall, precision = good / len(truth), (good / len(found) if found else 1.0)
                    row[t] = {
                        "found": len(found),
                        "recall": round(recall, 2),
                        "precision": round(precision, 2),
                    }
                    per_class.setdefault(cls, {}).setdefault(f"{t} recall", []).append(recall)
                    per_class[cls].setdefault(f"{t} precision", []).append(precision)
                report["queries"][query] = row
            for cls, values in per_class.items():
                report["classes"][cls] = {"queries": len(values["trigram recall"])} | {
                    k: round(statistics.mean(v), 3) for k, v in values.items()
                }
        finally:
            for archive in archives.values():
                archive.close()
    return report


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=100_000, help="articles (default 100,000)")
    parser.add_argument(
        "--tokenizers", default=",".join(TOKENIZERS), help="comma-separated: trigram,jieba"
    )
    parser.add_argument("--queries", type=int, default=100, help="queries per class")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument(
        "--cache",
        type=Path,
        default=Path("/tmp/yuanzhi-bench"),
        help="where built archives are kept",
    )
    parser.add_argument(
        "--quality-only", action="store_true", help="only compare result sets on real text"
    )
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    args = parser.parse_args(argv)

    def log(message: str) -> None:
        print(message, file=sys.stderr, flush=True)

    report: dict[str, Any] = {"n": args.n}
    log("quality on real text …")
    report["quality"] = quality(log)
    if not args.quality_only:
        args.cache.mkdir(parents=True, exist_ok=True)
        for tokenizer in [t.strip() for t in args.tokenizers.split(",") if t.strip()]:
            if tokenizer not in TOKENIZERS:
                parser.error(
                    f"unknown tokenizer {tokenizer!r}; choose from {', '.join(TOKENIZERS)}"
                )
            log(f"{tokenizer}:")
            path = _db_path(args.cache, tokenizer, args.n, args.seed)
            seconds = build(path, tokenizer, args.n, args.seed, log)
            with open_archive(path, create=False) as archive:
                report[tokenizer] = {
                    "ingest_s": round(seconds, 1),
                    **sizes(path, archive),
                    "latency": latencies(archive, args.queries, args.seed),
                }
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        _print(report)
    return 0


def _print(report: dict[str, Any]) -> None:
    quality = report["quality"]
    print(
        f"quality on real text ({', '.join(quality['files'])}): recall / precision vs substring truth"
    )
    print(f"  {'query':<16}{'truth':>6}" + "".join(f"{t:>22}" for t in TOKENIZERS))
    for query, row in quality["queries"].items():
        if row["class"] != "words" and all(row[t]["recall"] == 1 for t in TOKENIZERS):
            continue  # show the fixed words, and only the names some tokenizer missed
        cells = "".join(
            f"{str(row[t]['recall']) + ' / ' + str(row[t]['precision']):>22}" for t in TOKENIZERS
        )
        print(f"  {query:<16}{row['truth']:>6}{cells}")
    for cls, stats in quality["classes"].items():
        print(
            f"  {cls} ({stats['queries']} queries): "
            + "; ".join(
                f"{t} recall {stats[t + ' recall']} precision {stats[t + ' precision']}"
                for t in TOKENIZERS
            )
        )
    for tokenizer in TOKENIZERS:
        if tokenizer not in report:
            continue
        r = report[tokenizer]
        print(
            f"\n{tokenizer}: {report['n']:,} articles, ingest {r['ingest_s']} s, DB {r['db_mb']} MB (index {r['index_mb']} MB)"
        )
        for name, stats in r["latency"].items():
            print(
                f"  {name:<36} p50 {stats['p50_ms']:>8} ms   p95 {stats['p95_ms']:>8} ms   (n={stats['n']})"
            )


if __name__ == "__main__":
    raise SystemExit(main())
