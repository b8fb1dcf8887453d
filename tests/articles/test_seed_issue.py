"""The real seed issue against our hand annotation (tests/gold/seed_000_articles.json).

Every article must come out with its title, subtitle, byline, body boundaries
and continuation right; subheading recall is reported and must not fall below
what we reached.
"""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import GOLD
from yuanzhi.pipeline import parse_file

SUBHEADING_RECALL_FLOOR = 0.6


def _gold() -> dict:
    return json.loads((GOLD / "seed_000_articles.json").read_text(encoding="utf-8"))


def test_every_seed_article_is_rebuilt(seed_path: Path) -> None:
    gold = _gold()
    issue = parse_file(seed_path)
    assert len(issue.articles) == len(gold["articles"])
    disagreements: list[str] = []
    found_subheadings = total_subheadings = 0
    for expected in gold["articles"]:
        matches = [a for a in issue.articles if a.paragraphs and a.paragraphs[0].startswith(expected["body_start"]) and a.title == expected["title"]]
        if not matches:
            disagreements.append(f"no article titled {expected['title']!r} starting {expected['body_start']!r}")
            continue
        article = matches[0]
        bylines = [[b.department, list(b.authors)] for b in article.bylines]
        checks = {
            "subtitle": article.subtitle == expected["subtitle"],
            "bylines": bylines == expected["bylines"],
            "body_end": article.paragraphs[-1].endswith(expected["body_end"]),
            "continued": article.continued == expected["continued"],
            "editor_note": bool(article.editor_note) == expected["editor_note"],
        }
        disagreements += [f"{expected['title']}: {name}" for name, ok in checks.items() if not ok]
        total_subheadings += len(expected["subheadings"])
        found_subheadings += sum(1 for s in expected["subheadings"] if s in article.subheadings)
    print(f"seed: {len(gold['articles']) - len(disagreements)} of {len(gold['articles'])} articles agree; "
          f"subheadings {found_subheadings}/{total_subheadings}")
    assert not disagreements, disagreements
    assert found_subheadings >= SUBHEADING_RECALL_FLOOR * total_subheadings
    assert issue.date == gold["date"] and issue.date_source == "inferred"
    assert not issue.unassigned
