"""`yuanzhi parse` and `yuanzhi facts` as a user runs them: contract JSON,
Markdown, and one clear line (never a traceback) for bad input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from yuanzhi.cli import build_app

CONTRACT_ARTICLE_FIELDS = {
    "id", "title", "subtitle", "kicker", "editor_note", "paragraphs", "subheadings",
    "sidebars", "bylines", "pages", "continued",
}


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(build_app(), list(args))
    return result.exit_code, result.stdout, result.stderr


def test_parse_json_follows_the_contract(demo_text: Path) -> None:
    code, out, _ = run("parse", str(demo_text), "--json")
    assert code == 0
    data = json.loads(out)
    assert data["source"] == str(demo_text)
    assert set(data["issue"]) >= {"date", "date_source", "title", "number", "pages"}
    assert data["issue"]["date_source"] in {"given", "filename", "masthead", "inferred"}
    assert data["articles"] and all(CONTRACT_ARTICLE_FIELDS <= set(a) for a in data["articles"])
    assert len({a["id"] for a in data["articles"]}) == len(data["articles"])
    for article in data["articles"]:
        assert set(article["subheadings"]) <= set(article["paragraphs"])
        for byline in article["bylines"]:
            assert set(byline) >= {"department", "authors"}
        assert all(" " not in p for p in article["paragraphs"] if not any(c.isascii() and c.isalpha() for c in p))
    assert isinstance(data["furniture"], list) and isinstance(data["unassigned"], list)


def test_date_option_overrides(demo_text: Path) -> None:
    code, out, _ = run("parse", str(demo_text), "--json", "--date", "2024-06")
    assert code == 0
    assert json.loads(out)["issue"]["date"] == "2024-06"
    assert json.loads(out)["issue"]["date_source"] == "given"


def test_markdown_and_summary(demo_text: Path) -> None:
    code, out, _ = run("parse", str(demo_text), "--md")
    assert code == 0 and out.startswith("# ")
    code, out, _ = run("parse", str(demo_text))
    assert code == 0 and "articles" in out


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.txt", b"", "empty"),
        ("binary.txt", bytes(range(256)) * 64, "binary"),
        ("broken.pdf", b"%PDF-1.7\n1 0 obj <<", "broken.pdf"),
    ],
)
def test_bad_input_is_one_line_naming_the_file(tmp_path: Path, name: str, content: bytes, message: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    code, out, err = run("parse", str(path), "--json")
    assert code == 1
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1 and name in lines[0] and message in lines[0], err
    assert "Traceback" not in err + out


def test_missing_file_and_bad_date(tmp_path: Path, demo_text: Path) -> None:
    code, _, err = run("parse", str(tmp_path / "nope.txt"))
    assert code == 1 and "nope.txt" in err and "does not exist" in err
    code, _, err = run("parse", str(demo_text), "--date", "June")
    assert code == 1 and "--date" in err


def test_facts_on_a_single_news_article(tmp_path: Path) -> None:
    article = tmp_path / "news.txt"
    article.write_text(
        "青川市人民医院召开年中工作会议\n"
        "6月3日，青川市人民医院召开年中工作会议。党委书记、院长陶志远主持会议，"
        "副院长韩立新、沈佳音出席。会议宣布，聘任许子昂为院长助理。\n"
        "（党委办公室 林岚）\n",
        encoding="utf-8",
    )
    code, out, _ = run("facts", str(article), "--json")
    assert code == 0
    data = json.loads(out)
    names = {p["name"] for p in data["people"]}
    assert {"陶志远", "韩立新", "沈佳音"} <= names
