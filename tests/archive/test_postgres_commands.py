"""Every archive command and the web app work with ``--db postgresql://…``.

The command line passes the URL through untouched (a URL is not a path) and
never prints its password.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from yuanzhi.cli import build_app

from .backends import pg_schema

ISSUE_TEXT = """白塔县中心医院报

2024年10月18日

我院举办秋季消防应急演练

10月9日，白塔县中心医院举办秋季消防应急演练，

院长闻知秋出席并讲话，要求各科室熟练掌握

灭火器和消防栓的使用方法。

（保卫科 祁远）

儿科开展义诊进校园活动

10月12日，儿科专家走进白塔实验小学开展义诊，

为学生检查视力和口腔，讲解用眼卫生知识。

（儿科 岳小舟）
"""


@pytest.fixture
def url() -> Iterator[str]:
    with pg_schema() as where:
        yield where


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(build_app(), list(args))
    return result.exit_code, result.output


def test_every_archive_command_takes_a_postgresql_url(url: str, tmp_path: Path) -> None:
    issue = tmp_path / "白塔院报-2024-10.txt"
    issue.write_text(ISSUE_TEXT, encoding="utf-8")
    code, out = run("ingest", str(issue), "--db", url, "--date", "2024-10")
    assert code == 0, out
    assert "added" in out
    code, out = run("ingest", str(issue), "--db", url, "--date", "2024-10")
    assert code == 0 and "unchanged" in out
    code, out = run("list", "--db", url, "--json")
    assert code == 0, out
    issues = json.loads(out)
    first = issues[0]["article_list"][0]["id"]
    assert run("show", first, "--db", url)[0] == 0
    code, out = run("search", "义诊", "--db", url, "--json")
    assert code == 0 and json.loads(out)["total"] >= 1
    code, out = run("search", "演", "--db", url, "--json")  # one character
    assert code == 0 and json.loads(out)["total"] >= 1
    code, out = run("person", "闻知秋", "--db", url, "--json")
    assert code == 0, out
    assert json.loads(out)["name"] == "闻知秋"
    assert run("org", "白塔县中心医院", "--db", url)[0] in (0, 1)  # found, or a clean "no org"
    assert run("events", "--from", "2024-01", "--to", "2024-12", "--db", url)[0] == 0
    assert run("chronicle", "2024", "--db", url, "--format", "md")[0] == 0
    assert run("contributions", "2024", "--db", url)[0] == 0
    code, out = run("check", "--db", url)
    assert code == 0, out


def test_the_password_is_never_printed() -> None:
    code, out = run("list", "--db", "postgresql://nobody:s3cret@/none?host=/nonexistent-dir")
    assert code == 1
    assert "s3cret" not in out and "nobody" in out


def test_the_web_app_serves_a_postgresql_archive(url: str) -> None:
    from fastapi.testclient import TestClient

    from yuanzhi.archive.store import open_archive
    from yuanzhi.web import WebSettings, create_app

    from .sample import facts_may, issue_may

    with open_archive(url) as archive:
        archive.ingest(issue_may(), facts_may())
    app = create_app(WebSettings(db=url))
    with TestClient(app) as client:
        for path in ("/", "/search?q=护士节", "/search?q=禾", "/api/search?q=医联体"):
            assert client.get(path).status_code == 200, path
        assert client.get("/articles/青川院报-2024-05:a1").status_code == 200
