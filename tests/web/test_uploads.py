"""Uploading issues through the API, and the `serve` command."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
import typer
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from yuanzhi import pipeline
from yuanzhi.model import Article, Byline, Issue
from yuanzhi.web.uploads import group_pages

from .conftest import TOKEN

DEMO = Path(__file__).resolve().parents[2] / "src" / "yuanzhi" / "samples" / "demo_issue.txt"


def post(client: TestClient, name: str, data: bytes, **form: str):  # type: ignore[no-untyped-def]
    files = {"files": (name, io.BytesIO(data), "text/plain")}
    return client.post("/api/upload", files=files, data=form, headers={"X-Admin-Token": TOKEN})


def fake_issue(document, date=None):  # type: ignore[no-untyped-def]
    article = Article(
        id="a1",
        title="新院区启用仪式举行",
        paragraphs=("7月1日，青川市人民医院新院区正式启用。",),
        bylines=(Byline("党政办", ("宋雨",)),),
    )
    return Issue(
        source=document.source, articles=(article,), date=date or "2025-07", sha256=document.sha256
    )


def test_upload_ingests_and_reupload_is_unchanged(
    client: TestClient, monkeypatch: pytest.MonkeyPatch, settings
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(pipeline, "parse_document", fake_issue)
    first = post(client, "新院区.txt", "新院区启用".encode(), date="2025-07-01").json()["results"]
    assert [(r["ok"], r["status"], r["articles"]) for r in first] == [(True, "added", 1)]
    assert (settings.uploads / "新院区.txt").read_text(encoding="utf-8") == "新院区启用"
    home = client.get("/api/home").json()
    assert home["counts"]["issues"] == 3
    assert client.get("/api/search", params={"q": "新院区"}).json()["total"] == 1
    again = post(client, "新院区.txt", "新院区启用".encode()).json()["results"]
    assert again[0]["status"] == "unchanged"


def test_upload_of_a_bad_file_reports_an_error_line(client: TestClient) -> None:
    results = post(client, "empty.txt", b"").json()["results"]
    assert len(results) == 1 and results[0]["ok"] is False and results[0]["error"]
    binary = post(client, "blob.txt", bytes(range(256)) * 4).json()["results"]
    assert binary[0]["ok"] is False


@pytest.mark.skipif(
    not DEMO.exists(), reason="demo sample src/yuanzhi/samples/demo_issue.txt not committed yet"
)
def test_upload_demo_sample_with_the_real_parser(client: TestClient) -> None:
    results = post(client, "demo_issue.txt", DEMO.read_bytes()).json()["results"]
    assert results[0]["ok"], results
    assert results[0]["articles"] >= 5
    issue_id = results[0]["issue_id"]
    body = client.get(f"/api/issues/{issue_id}").json()
    assert len(body["article_list"]) == results[0]["articles"]
    first = body["article_list"][0]["id"]
    assert client.get(f"/articles/{first}").status_code == 200


def test_page_images_are_grouped_into_one_issue() -> None:
    paths = [Path(n) for n in ("a.txt", "p1.png", "p2.jpg", "b.pdf", "p3.png")]
    assert [[p.name for p in g] for g in group_pages(paths)] == [
        ["a.txt"],
        ["p1.png", "p2.jpg"],
        ["b.pdf"],
        ["p3.png"],
    ]


def test_serve_command_prints_address_and_runs_uvicorn(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import uvicorn

    from yuanzhi.cli import web_cmd

    seen = {}
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: seen.update(app=app, **kw))
    app = typer.Typer()
    web_cmd.register(app)
    app.command("noop")(lambda: None)  # a second command keeps `serve` a named subcommand
    db = tmp_path / "a.db"
    result = CliRunner().invoke(
        app, ["serve", "--db", str(db), "--port", "8765", "--admin-token", "t"]
    )
    assert result.exit_code == 0, result.output
    assert "http://127.0.0.1:8765/" in result.output
    assert seen["port"] == 8765 and seen["host"] == "127.0.0.1"
    assert seen["app"].state.settings.admin_token == "t"
    assert db.exists()


def test_serve_refuses_a_directory_as_db(tmp_path: Path) -> None:
    from yuanzhi.cli import web_cmd

    app = typer.Typer()
    web_cmd.register(app)
    app.command("noop")(lambda: None)
    result = CliRunner().invoke(app, ["serve", "--db", str(tmp_path)])
    assert result.exit_code == 1
    assert "is a directory" in result.output
    assert "Traceback" not in result.output


DEMO_PDF = DEMO.with_suffix(".pdf")


@pytest.mark.skipif(
    not DEMO_PDF.exists(), reason="demo PDF src/yuanzhi/samples/demo_issue.pdf not committed yet"
)
def test_pdf_upload_keeps_page_images_and_article_regions(client: TestClient) -> None:
    files = {"files": ("demo_issue.pdf", io.BytesIO(DEMO_PDF.read_bytes()), "application/pdf")}
    result = client.post("/api/upload", files=files, headers={"X-Admin-Token": TOKEN}).json()[
        "results"
    ][0]
    assert result["ok"], result
    issue = client.get(f"/api/issues/{result['issue_id']}").json()
    assert issue["page_images"] == list(range(1, issue["pages"] + 1))
    png = client.get(f"/issues/{result['issue_id']}/pages/1.png")
    assert (
        png.status_code == 200
        and png.headers["content-type"] == "image/png"
        and png.content[:4] == b"\x89PNG"
    )
    first = issue["article_list"][0]["id"]
    article = client.get(f"/api/articles/{first}").json()
    figure = article["page_images"][0]
    assert figure["regions"], "the article's regions should be drawn on its page"
    for region in figure["regions"]:
        assert 0 <= region["left"] < 100 and 0 <= region["top"] < 100
        assert 0 < region["width"] <= 100 and 0 < region["height"] <= 100
    page = client.get(f"/articles/{first}").text
    assert 'class="region"' in page and f"/issues/{result['issue_id']}/pages/" in page
    assert client.get(f"/issues/{result['issue_id']}/pages/99.png").status_code == 404
