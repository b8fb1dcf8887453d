"""Untrusted text stays inert; writing needs the token; uploads stay in their folder."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from yuanzhi.web.render import marked
from yuanzhi.web.uploads import safe_filename, save_upload

from .conftest import TOKEN, XSS_TITLE

XSS_ID = "qingchuan-2025-05:a4"


def test_script_headline_is_escaped_on_every_page(client: TestClient) -> None:
    for url in (f"/articles/{XSS_ID}", "/issues/qingchuan-2025-05", "/search?q=护理部新闻"):
        text = client.get(url).text
        assert "<script>alert" not in text, url
        assert "&lt;script&gt;alert(" in text, url
    article = client.get(f"/articles/{XSS_ID}").text
    assert "<b>粗体</b>" not in article and "&lt;b&gt;粗体&lt;/b&gt;" in article


def test_api_returns_headline_text_unchanged(client: TestClient) -> None:
    assert client.get(f"/api/articles/{XSS_ID}").json()["title"] == XSS_TITLE


def test_snippet_filter_allows_only_mark() -> None:
    html = str(marked("a<mark>院长</mark><script>x</script>&lt;img src=x&gt;"))
    assert "<mark>院长</mark>" in html
    assert "<script>" not in html and "<img" not in html


@pytest.mark.parametrize(
    "query",
    [
        '"AND OR NEAR(',
        "NEAR(a b",
        "*",
        '"',
        "a OR",
        "title:院长",
        "^院",
        "(((",
        "院 AND",
        "-",
        "\\",
    ],
)
def test_fts_syntax_searches_without_error(client: TestClient, query: str) -> None:
    api = client.get("/api/search", params={"q": query})
    assert api.status_code == 200, api.text
    assert client.get("/search", params={"q": query}).status_code == 200


def test_query_is_escaped_in_search_page(client: TestClient) -> None:
    text = client.get("/search", params={"q": '"><script>alert(1)</script>'}).text
    assert "<script>alert(1)" not in text


def _upload(
    client: TestClient, headers: dict[str, str] | None = None, data: dict[str, str] | None = None
):  # type: ignore[no-untyped-def]
    files = {"files": ("issue.txt", io.BytesIO("测试".encode()), "text/plain")}
    return client.post("/api/upload", files=files, headers=headers or {}, data=data or {})


def test_upload_without_token_is_401(client: TestClient) -> None:
    response = _upload(client)
    assert response.status_code == 401
    assert response.json()["error"]["code"] == "unauthorized"


def test_upload_with_wrong_token_is_401(client: TestClient) -> None:
    assert _upload(client, headers={"X-Admin-Token": "wrong"}).status_code == 401
    assert _upload(client, data={"token": "wrong"}).status_code == 401


def test_upload_on_read_only_server_is_403(readonly_client: TestClient) -> None:
    response = _upload(readonly_client, headers={"X-Admin-Token": TOKEN})
    assert response.status_code == 403
    assert response.json()["error"]["code"] == "forbidden"


def test_reading_is_open_without_token(readonly_client: TestClient) -> None:
    assert readonly_client.get("/api/home").status_code == 200


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("../../etc/passwd", "passwd"),
        ("/etc/passwd", "passwd"),
        ("..\\..\\windows\\system.ini", "system.ini"),
        ("issue\x00.pdf.txt", "issue.pdf.txt"),
        ("..", "upload"),
        ("", "upload"),
        (None, "upload"),
        ("  .hidden", "hidden"),
        ("院报 2025年第6期.txt", "院报_2025年第6期.txt"),
        ("a/b/../../c.txt", "c.txt"),
    ],
)
def test_safe_filename(name: str | None, expected: str) -> None:
    assert safe_filename(name) == expected


@pytest.mark.parametrize(
    "name",
    ["../../etc/passwd", "/etc/passwd", "..\\..\\x", "a\x00/../../b", "..", "/", "%2e%2e%2fx"],
)
def test_saved_upload_stays_in_folder(tmp_path: Path, name: str) -> None:
    folder = tmp_path / "uploads"
    saved = save_upload(folder, name, io.BytesIO(b"x"), limit=10)
    assert saved.parent == folder.resolve()
    assert sorted(p.name for p in folder.iterdir()) == [saved.name]


def test_traversal_name_through_the_api_lands_in_upload_folder(
    client: TestClient, settings
) -> None:  # type: ignore[no-untyped-def]
    files = {"files": ("../../escape.txt", io.BytesIO("院报测试".encode()), "text/plain")}
    response = client.post("/api/upload", files=files, headers={"X-Admin-Token": TOKEN})
    assert response.status_code == 200
    assert (settings.uploads / "escape.txt").exists()
    assert not (settings.uploads.parent.parent / "escape.txt").exists()
    assert not (settings.uploads.parent / "escape.txt").exists()


def test_oversized_upload_is_refused(tmp_path: Path) -> None:
    from yuanzhi.errors import TooLargeError

    with pytest.raises(TooLargeError):
        save_upload(tmp_path, "big.txt", io.BytesIO(b"x" * 100), limit=10)
    assert not list(tmp_path.iterdir())


def test_pages_forbid_inline_and_foreign_scripts(client: TestClient) -> None:
    policy = client.get("/").headers["content-security-policy"]
    assert "script-src 'self';" in policy and "unsafe-inline" not in policy.split("style-src")[0]
    assert client.get("/api/home").headers["x-content-type-options"] == "nosniff"
    assert (
        "script-src 'self' 'unsafe-inline'"
        in client.get("/docs").headers["content-security-policy"]
    )


def test_unwritable_upload_folder_is_a_named_error(tmp_path: Path) -> None:
    from yuanzhi.errors import InputError

    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(InputError, match="upload folder"):
        save_upload(blocker / "uploads", "a.txt", io.BytesIO(b"x"), limit=10)
