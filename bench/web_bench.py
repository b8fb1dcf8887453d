"""Web benchmark: the page of a person with N mentions (target: < 300 ms).

Builds (once, cached under /tmp keyed by the parameters) an archive whose
person 林远山 is named in N articles across N/10 issues, with a position and
an event per article, then times the person page (HTML) and its JSON twin
through the ASGI app: the first (cold) request, then p50/p95 over repeats.

    .venv/bin/python bench/web_bench.py [--mentions 500] [--repeat 30]
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

NAME = "林远山"
HOSPITAL = "青川市人民医院"
TITLES = ("院长", "党委副书记", "主任医师")
DEPARTMENTS = ("护理部", "医务部", "心血管内科", "胸外科", "党政办")


def build(path: Path, mentions: int, per_issue: int = 10) -> None:
    from yuanzhi.archive.store import open_archive
    from yuanzhi.model import Article, Byline, Event, Evidence, Facts, Issue, Person, Position

    with open_archive(path) as archive:
        for n in range(0, mentions, per_issue):
            year, month = 2015 + n // 120, (n // per_issue) % 12 + 1
            date = f"{year}-{month:02d}-15"
            source = f"bench-{n // per_issue:04d}.txt"
            articles, positions, events = [], [], []
            for k in range(min(per_issue, mentions - n)):
                aid = f"a{k}"
                quote = f"{date[:4]}年{month}月{k + 1}日，{TITLES[k % 3]}{NAME}带队赴{DEPARTMENTS[k % 5]}调研指导工作。"
                body = (
                    quote,
                    "调研组听取了科室关于医疗质量和患者安全的汇报，并就学科建设提出意见。" * 3,
                )
                articles.append(
                    Article(
                        id=aid,
                        title=f"{NAME}调研{DEPARTMENTS[k % 5]}（{n + k}）",
                        paragraphs=body,
                        bylines=(Byline(DEPARTMENTS[k % 5], ("宋雨",)),),
                        pages=(1 + k % 4,),
                    )
                )
                evidence = (Evidence(source, aid, quote),)
                positions.append(Position(TITLES[k % 3], HOSPITAL, date, date, evidence))
                events.append(
                    Event(
                        f"{date[:8]}{k + 1:02d}",
                        "visit",
                        f"{NAME}调研{DEPARTMENTS[k % 5]}",
                        aid,
                        source,
                        evidence=evidence,
                    )
                )
            issue = Issue(
                source=source,
                articles=tuple(articles),
                date=date,
                title="青川医院报",
                number=str(n // per_issue + 1),
                pages=4,
                sha256=f"bench-{mentions}-{n}",
            )
            archive.ingest(
                issue, Facts(people=(Person(NAME, tuple(positions)),), events=tuple(events))
            )


def timed(client, url: str) -> float:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    response = client.get(url)
    elapsed = (time.perf_counter() - start) * 1000
    if response.status_code != 200:
        raise SystemExit(f"{url}: HTTP {response.status_code}: {response.text[:200]}")
    return elapsed


def _uncached(archive) -> float:  # type: ignore[no-untyped-def]
    from yuanzhi.archive import views

    start = time.perf_counter()
    views._person_view(archive, NAME)
    return (time.perf_counter() - start) * 1000


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mentions", type=int, default=500)
    parser.add_argument("--repeat", type=int, default=30)
    args = parser.parse_args(argv)

    from fastapi.testclient import TestClient

    from yuanzhi.web import WebSettings, create_app

    db = Path(tempfile.gettempdir()) / f"yuanzhi-web-bench-{args.mentions}.db"
    if not db.exists():
        started = time.perf_counter()
        partial = db.with_suffix(".partial.db")
        partial.unlink(missing_ok=True)
        build(partial, args.mentions)
        partial.replace(db)
        print(f"built {db} in {time.perf_counter() - started:.1f} s")
    app = create_app(WebSettings(db=db))
    with TestClient(app) as client:
        html_url, api_url = f"/people/{NAME}", f"/api/people/{NAME}"
        cold = timed(client, html_url)
        mentions = len(client.get(api_url).json()["articles"])
        rows = []
        for label, url in (("person page (HTML)", html_url), ("person JSON", api_url)):
            times = sorted(timed(client, url) for _ in range(args.repeat))
            p95 = times[min(len(times) - 1, int(round(0.95 * (len(times) - 1))))]
            rows.append((label, statistics.median(times), p95))
    from yuanzhi.archive.store import open_archive

    with open_archive(db) as archive:
        uncached = sorted(_uncached(archive) for _ in range(5))
    print(f"person {NAME}: {mentions} articles mentioning, cold first request {cold:.0f} ms")
    print(
        f"person view without the per-generation cache: median {statistics.median(uncached):.0f} ms"
    )
    for label, p50, p95 in rows:
        verdict = "ok" if p95 < 300 else "SLOW"
        print(f"{label:22s} p50 {p50:6.1f} ms   p95 {p95:6.1f} ms   target < 300 ms: {verdict}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
