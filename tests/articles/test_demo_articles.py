"""The bundled demo issue (flattened text) against its gold: every article with its title
and byline, no article split or merged (a story's run of section heads stays inside it).
Paragraphs and subheadings are measured by ``python -m bench.text_bench``."""

from __future__ import annotations

import json

from tests.conftest import GOLD, REPO
from yuanzhi.pipeline import parse_file


def test_demo_articles_come_out_as_printed() -> None:
    gold = json.loads((GOLD / "demo_issue.json").read_text(encoding="utf-8"))
    issue = parse_file(REPO / "src" / "yuanzhi" / "samples" / "demo_issue.txt")
    assert [a.title for a in issue.articles] == [a["title"] for a in gold["articles"]]
    for article, want in zip(issue.articles, gold["articles"], strict=True):
        assert [list(b.authors) for b in article.bylines] == [b["authors"] for b in want["bylines"]]
