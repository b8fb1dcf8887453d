"""Search results agree with substring truth: every article containing the
query is found (trigram recall is exact), and every hit contains the query."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from yuanzhi.archive.store import open_archive
from yuanzhi.model import Article, Issue

SEEDS = Path(__file__).resolve().parents[2] / ".." / "shared" / "seeds"
ALPHABET = "医院护士节胸腔镜手术科室主任专家义诊社区健康讲座患者康复中心联盟签约仪式"


@settings(
    max_examples=30, suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None
)
@given(
    texts=st.lists(st.text(alphabet=ALPHABET, min_size=3, max_size=30), min_size=1, max_size=6),
    pick=st.tuples(st.integers(0, 5), st.integers(0, 29), st.integers(2, 5)),
)
def test_results_equal_substring_truth(
    tmp_path: Path, texts: list[str], pick: tuple[int, int, int]
) -> None:
    index, start, size = pick
    source = texts[index % len(texts)]
    start = start % max(1, len(source) - 1)
    query = source[start : start + size]
    if len(query) < 2:
        return
    articles = tuple(Article(f"a{i}", None, paragraphs=(t,)) for i, t in enumerate(texts))
    path = tmp_path / f"truth-{abs(hash((tuple(texts), pick)))}.db"
    with open_archive(path) as archive:
        archive.ingest(Issue("t.txt", articles, date="2024-01", sha256="x"))
        found = {h.article_id for h in archive.search(query, per_page=200).hits}
    truth = {f"t:a{i}" for i, t in enumerate(texts) if query in t}
    assert found == truth


@pytest.mark.skipif(not SEEDS.is_dir(), reason=f"real samples not present at {SEEDS}")
def test_real_sample_words_are_found(tmp_path: Path) -> None:
    from yuanzhi.pipeline import parse_file

    files = sorted(SEEDS.glob("*.txt"))
    if not files:
        pytest.skip(f"no .txt samples in {SEEDS}")
    rng = random.Random(0)
    with open_archive(tmp_path / "real.db") as archive:
        for file in files:
            issue = parse_file(file)
            key = archive.ingest(issue).issue_id
            for article in issue.articles:
                text = article.text.replace("\n", "")
                for size in (2, 3, 4):
                    if len(text) < size + 1:
                        continue
                    start = rng.randrange(len(text) - size)
                    query = text[start : start + size]
                    if not all("\u4e00" <= ch <= "\u9fff" for ch in query):
                        continue
                    found = {h.article_id for h in archive.search(query, per_page=200).hits}
                    assert f"{key}:{article.id}" in found, query
