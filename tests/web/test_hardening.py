"""The web guarantees of issue 9, each with a test that can fail:

* upload bodies are refused as they stream in (declared, chunked and lying
  Content-Length), before Starlette spools them to disk;
* a small body limit on every other POST (the JSON corrections API, forms);
* at most N uploads parsed at once (503 with Retry-After beyond);
* decompression-bomb images refused with one clear line;
* CSV exports through the routes are safe against formula injection;
* security headers on every response: each route of the app (OpenAPI and
  HTML), static files, redirects, 404/405/413/422 and 500.
"""

from __future__ import annotations

import asyncio
import csv
import io
import socket
import struct
import threading
import time
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.routing import APIRoute
from fastapi.testclient import TestClient
from starlette.routing import Mount

from yuanzhi.archive.store import open_archive
from yuanzhi.model import Article, Byline, Event, Evidence, Facts, Issue
from yuanzhi.web import WebSettings, create_app
from yuanzhi.web.app import ROUTERS
from yuanzhi.web.headers import COMMON_HEADERS, DOCS_POLICY, PAGE_POLICY

from .conftest import TOKEN

MB = 1024 * 1024
CHUNK = 64 * 1024


# ---------------------------------------------------------------- streaming bodies at the ASGI level


def _call(
    app: Any, method: str, path: str, headers: dict[str, str], chunks: Iterator[bytes]
) -> tuple[int, dict[str, str], bytes, int]:
    """Drive the ASGI app as a server does: body chunks handed over only when the app asks.

    Returns (status, headers, body, bytes of the request body the app pulled)."""
    pulled = 0
    out: dict[str, Any] = {"status": None, "headers": {}, "body": b""}

    async def receive() -> dict[str, Any]:
        nonlocal pulled
        try:
            chunk = next(chunks)
        except StopIteration:
            return {"type": "http.request", "body": b"", "more_body": False}
        pulled += len(chunk)
        return {"type": "http.request", "body": chunk, "more_body": True}

    async def send(message: dict[str, Any]) -> None:
        if message["type"] == "http.response.start":
            out["status"] = message["status"]
            out["headers"] = {k.decode().lower(): v.decode() for k, v in message["headers"]}
        elif message["type"] == "http.response.body":
            out["body"] += message.get("body", b"")

    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": method,
        "scheme": "http",
        "path": path,
        "raw_path": path.encode(),
        "query_string": b"",
        "root_path": "",
        "headers": [(k.lower().encode(), v.encode()) for k, v in headers.items()],
        "client": ("127.0.0.1", 5000),
        "server": ("testserver", 80),
    }
    asyncio.run(app(scope, receive, send))
    return out["status"], out["headers"], out["body"], pulled


def _multipart(total: int, boundary: str = "xyzzy") -> Iterator[bytes]:
    """A multipart upload of one text file of ``total`` bytes, yielded in 64 KB chunks."""
    yield (
        f'--{boundary}\r\nContent-Disposition: form-data; name="files"; filename="big.txt"\r\n'
        "Content-Type: text/plain\r\n\r\n"
    ).encode()
    sent = 0
    while sent < total:
        size = min(CHUNK, total - sent)
        sent += size
        yield "院".encode() * (size // 3) + b"x" * (size % 3)
    yield f"\r\n--{boundary}--\r\n".encode()


@pytest.fixture
def small_limits(archive_path: Path, tmp_path: Path) -> WebSettings:
    return WebSettings(
        db=archive_path,
        admin_token=TOKEN,
        upload_dir=tmp_path / "uploads",
        max_upload_bytes=MB,
        max_request_bytes=MB,
    )


def _upload_headers(**extra: str) -> dict[str, str]:
    return {
        "content-type": "multipart/form-data; boundary=xyzzy",
        "x-admin-token": TOKEN,
        "host": "testserver",
        **extra,
    }


def test_chunked_upload_is_cut_off_at_the_limit_not_stored(small_limits: WebSettings) -> None:
    app = create_app(small_limits)
    status, headers, body, pulled = _call(
        app, "POST", "/api/upload", _upload_headers(), _multipart(40 * MB)
    )
    assert status == 413, body[:300]
    assert b"too_large" in body and b"limit" in body
    assert pulled <= MB + 2 * CHUNK  # read up to the limit, never the 40 MB
    assert not small_limits.uploads.exists() or not any(small_limits.uploads.iterdir())
    assert headers["x-content-type-options"] == "nosniff"


def test_lying_content_length_does_not_let_a_big_body_through(small_limits: WebSettings) -> None:
    app = create_app(small_limits)
    lying = _upload_headers(**{"content-length": "1000"})
    status, _, _, pulled = _call(app, "POST", "/api/upload", lying, _multipart(40 * MB))
    assert status == 413
    assert pulled <= MB + 2 * CHUNK


def test_declared_oversized_upload_is_refused_unread(small_limits: WebSettings) -> None:
    app = create_app(small_limits)
    declared = _upload_headers(**{"content-length": str(40 * MB)})
    status, headers, body, pulled = _call(app, "POST", "/api/upload", declared, _multipart(40 * MB))
    assert status == 413 and pulled == 0
    assert headers.get("connection") == "close"
    assert b"1 MB" in body


def test_upload_within_the_limit_still_ingests(
    small_limits: WebSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    from yuanzhi import pipeline

    from .test_uploads import fake_issue

    monkeypatch.setattr(pipeline, "parse_document", fake_issue)
    app = create_app(small_limits)
    status, _, body, _ = _call(app, "POST", "/api/upload", _upload_headers(), _multipart(MB // 2))
    assert status == 200, body[:300]
    assert b'"ok":true' in body
    assert (small_limits.uploads / "big.txt").stat().st_size == MB // 2


def _serve(settings: WebSettings) -> Iterator[int]:
    import uvicorn

    config = uvicorn.Config(create_app(settings), host="127.0.0.1", port=0, log_level="error")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert server.started, "uvicorn did not start"
    port = server.servers[0].sockets[0].getsockname()[1]
    try:
        yield port
    finally:
        server.should_exit = True
        thread.join(timeout=10)


@pytest.fixture
def live_port(small_limits: WebSettings) -> Iterator[int]:
    yield from _serve(small_limits)


def test_real_server_answers_413_while_a_chunked_upload_streams(
    live_port: int, small_limits: WebSettings
) -> None:
    """Over a socket, as a browser or curl sends it: the answer comes long before 40 MB are sent."""
    sock = socket.create_connection(("127.0.0.1", live_port), timeout=10)
    head = (
        "POST /api/upload HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n"
        f"X-Admin-Token: {TOKEN}\r\nContent-Type: multipart/form-data; boundary=xyzzy\r\n\r\n"
    )
    sock.sendall(head.encode())
    sent = 0
    answer = b""
    try:
        for chunk in _multipart(40 * MB):
            sock.sendall(f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n")
            sent += len(chunk)
            sock.setblocking(False)
            try:
                answer += sock.recv(65536)
            except BlockingIOError:
                pass
            sock.setblocking(True)
            if answer:
                break
    except (BrokenPipeError, ConnectionResetError):
        pass
    sock.settimeout(10)
    try:
        while b"\r\n\r\n" not in answer:
            more = sock.recv(65536)
            if not more:
                break
            answer += more
    except (ConnectionResetError, TimeoutError):
        pass
    sock.close()
    assert answer.startswith(b"HTTP/1.1 413"), answer[:200]
    assert sent < 40 * MB
    assert not small_limits.uploads.exists() or not any(small_limits.uploads.iterdir())


# ---------------------------------------------------------------- small bodies elsewhere


def test_json_post_over_the_body_limit_is_413(client: TestClient) -> None:
    big = {"article_id": "qingchuan-2025-05:a1", "title": "院" * 200_000}
    response = client.post("/api/corrections/retitle", json=big, headers={"X-Admin-Token": TOKEN})
    assert response.status_code == 413
    assert response.json()["error"]["code"] == "too_large"


def test_chunked_json_post_over_the_body_limit_is_413(client: TestClient) -> None:
    def body() -> Iterator[bytes]:
        yield b'{"article_id": "qingchuan-2025-05:a1", "title": "'
        for _ in range(200):
            yield b"x" * 4096
        yield b'"}'

    response = client.post(
        "/api/corrections/retitle",
        content=body(),
        headers={"X-Admin-Token": TOKEN, "Content-Type": "application/json"},
    )
    assert response.status_code == 413


def test_small_json_post_is_not_limited(client: TestClient) -> None:
    response = client.post(
        "/api/corrections/retitle",
        json={"article_id": "qingchuan-2025-05:a1", "title": "新标题"},
        headers={"X-Admin-Token": TOKEN},
    )
    assert response.status_code != 413


# ---------------------------------------------------------------- a cap on concurrent uploads


def test_upload_beyond_the_concurrency_cap_is_503_with_retry_after(
    archive_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from yuanzhi.web.routes import upload as upload_route

    inside, release = threading.Event(), threading.Event()

    def slow_ingest(archive: Any, paths: Any, date: Any = None) -> list[Any]:
        inside.set()
        release.wait(20)
        return []

    monkeypatch.setattr(upload_route, "ingest_files", slow_ingest)
    settings = WebSettings(
        db=archive_path, admin_token=TOKEN, upload_dir=tmp_path / "up", max_concurrent_uploads=1
    )
    files = {"files": ("a.txt", io.BytesIO("院报".encode()), "text/plain")}
    with TestClient(create_app(settings)) as client:
        results: list[int] = []
        first = threading.Thread(
            target=lambda: results.append(
                client.post(
                    "/api/upload", files=files, headers={"X-Admin-Token": TOKEN}
                ).status_code
            )
        )
        first.start()
        assert inside.wait(20)
        second = client.post(
            "/api/upload",
            files={"files": ("b.txt", io.BytesIO("院报".encode()), "text/plain")},
            headers={"X-Admin-Token": TOKEN},
        )
        release.set()
        first.join(20)
        assert second.status_code == 503
        assert second.headers["retry-after"].isdigit()
        assert second.json()["error"]["code"] == "unavailable"
        assert results == [200]
        # the slot is free again
        again = client.post(
            "/api/upload",
            files={"files": ("c.txt", io.BytesIO("院报".encode()), "text/plain")},
            headers={"X-Admin-Token": TOKEN},
        )
        assert again.status_code == 200


# ---------------------------------------------------------------- decompression bombs


def png_declaring(width: int, height: int) -> bytes:
    """A small PNG file whose header declares ``width`` x ``height`` grey pixels."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    rows = zlib.compress(b"\x00" + b"\xff" * min(width, 4096), 9)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", rows) + chunk(b"IEND", b"")
    )


@pytest.mark.parametrize("side", [50_000, 12_000])
def test_decompression_bomb_png_is_refused_through_the_upload_route(
    client: TestClient, side: int, settings: WebSettings
) -> None:
    files = {"files": ("page1.png", io.BytesIO(png_declaring(side, side)), "image/png")}
    response = client.post("/api/upload", files=files, headers={"X-Admin-Token": TOKEN})
    assert response.status_code == 200
    (result,) = response.json()["results"]
    assert result["ok"] is False
    message = result["error"]
    assert "page1.png" in message and "\n" not in message
    assert "too large" in message or "megapixels" in message, message
    assert client.get("/api/home").json()["counts"]["issues"] == 2  # nothing ingested


def test_decompression_bomb_png_is_an_image_error_in_the_library(tmp_path: Path) -> None:
    from yuanzhi.errors import ImageError
    from yuanzhi.pipeline import read_document

    bomb = tmp_path / "bomb.png"
    bomb.write_bytes(png_declaring(50_000, 50_000))
    with pytest.raises(ImageError, match="bomb.png"):
        read_document([bomb])


# ---------------------------------------------------------------- CSV exports


FORMULAS = ('=HYPERLINK("http://evil","点我")', "+1+1", "-2+3", "@SUM(A1)", "\t=1", "＝1+1")


@pytest.fixture
def formula_client(tmp_path: Path) -> Iterator[TestClient]:
    src = "formula-2025-03.txt"
    articles, events = [], []
    for n, text in enumerate(FORMULAS):
        aid = f"a{n}"
        quote = f"3月{n + 1}日，医院举行活动。"
        articles.append(
            Article(
                id=aid,
                title=text,
                paragraphs=(quote,),
                bylines=(Byline(text, (text,)),),
                pages=(1,),
            )
        )
        events.append(
            Event(
                f"2025-03-{n + 1:02d}",
                "meeting",
                text,
                aid,
                src,
                evidence=(Evidence(src, aid, quote),),
            )
        )
    issue = Issue(
        source=src, articles=tuple(articles), date="2025-03-31", date_source="given", sha256="f"
    )
    with open_archive(tmp_path / "formula.db") as archive:
        archive.ingest(issue, Facts(events=tuple(events)))
    settings = WebSettings(db=tmp_path / "formula.db", upload_dir=tmp_path / "up")
    with TestClient(create_app(settings)) as test_client:
        yield test_client


DANGEROUS = ("=", "+", "-", "@", "\t", "\r", "＝", "＋", "－", "＠")


@pytest.mark.parametrize(
    "url", ["/api/chronicle/2025/export.csv", "/api/contributions/2025/export.csv"]
)
def test_csv_exports_through_the_routes_quote_formulas(
    formula_client: TestClient, url: str
) -> None:
    response = formula_client.get(url)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/csv")
    assert "attachment" in response.headers["content-disposition"]
    cells = [cell for row in csv.reader(io.StringIO(response.text)) for cell in row]
    dangerous = [c for c in cells if c.startswith(DANGEROUS)]
    assert not dangerous, dangerous
    # the payloads are there, quoted as text (so the test sees them at all)
    quoted = [c for c in cells if c.startswith("'") and c[1:].startswith(DANGEROUS)]
    assert len(quoted) >= 3, cells


# ---------------------------------------------------------------- security headers everywhere


def _assert_headers(response: Any, where: str) -> None:
    for name, value in COMMON_HEADERS.items():
        assert response.headers.get(name) == value, (
            f"{where}: {name} is {response.headers.get(name)!r}"
        )
    policy = response.headers.get("content-security-policy")
    assert policy in (PAGE_POLICY, DOCS_POLICY), f"{where}: CSP {policy!r}"


SAMPLE_PARAMS = {
    "article_id": "qingchuan-2025-05:a1",
    "issue_id": "qingchuan-2025-05",
    "name": "林远山",
    "year": "2025",
    "fmt": "csv",
    "page": "1",
    "correction_id": "1",
    "kind": "retitle",
}


def _url(path: str) -> str:
    for key, value in SAMPLE_PARAMS.items():
        path = path.replace("{" + key + "}", value)
    assert "{" not in path, f"no sample value for a parameter of {path}: add it to SAMPLE_PARAMS"
    return path


def test_every_route_carries_the_security_headers(client: TestClient) -> None:
    app = client.app
    seen = 0
    openapi_paths = set(app.openapi()["paths"])  # type: ignore[attr-defined]
    routes = [r for module in ROUTERS for r in module.router.routes if isinstance(r, APIRoute)]
    assert openapi_paths <= {r.path for r in routes}
    for route in routes:
        for method in sorted(route.methods):
            url = _url(route.path)
            response = client.request(method, url, follow_redirects=False)
            _assert_headers(response, f"{method} {route.path} -> {response.status_code}")
            seen += 1
            if method == "GET" and "{" in route.path:  # a record that is not there: 404/422
                missing = route.path
                for key in ("article_id", "issue_id", "name"):
                    missing = missing.replace("{" + key + "}", "nope-" + key)
                response = client.get(_url(missing))
                _assert_headers(response, f"GET {missing} -> {response.status_code}")
    assert seen >= len(openapi_paths)
    mounts = [r for r in app.routes if isinstance(r, Mount)]  # type: ignore[attr-defined]
    assert any(m.path == "/static" for m in mounts)


@pytest.mark.parametrize(
    ("method", "url", "status"),
    [
        ("GET", "/static/style.css", 200),
        ("GET", "/static/no-such-file.js", 404),
        ("GET", "/no/such/page", 404),
        ("GET", "/api/no-such-thing", 404),
        ("DELETE", "/api/home", 405),
        ("GET", "/api/search?page=-1", 422),
        ("GET", "/chronicle", 307),
        ("POST", "/api/upload", 401),
    ],
)
def test_errors_static_files_and_redirects_carry_the_headers(
    client: TestClient, method: str, url: str, status: int
) -> None:
    response = client.request(method, url, follow_redirects=False, headers={"Accept": "text/html"})
    assert response.status_code == status
    _assert_headers(response, f"{method} {url}")


def test_a_413_carries_the_headers(client: TestClient) -> None:
    response = client.post("/api/corrections/retitle", content=b"x" * (200 * 1024))
    assert response.status_code == 413
    _assert_headers(response, "413")


def test_an_unexpected_error_500_carries_the_headers(settings: WebSettings) -> None:
    app = create_app(settings)

    def boom() -> None:
        raise RuntimeError("boom")

    app.add_api_route("/api/boom", boom)
    with TestClient(app, raise_server_exceptions=False) as client:
        response = client.get("/api/boom")
    assert response.status_code == 500
    assert response.json()["error"]["code"] == "internal_error"
    _assert_headers(response, "500")


def test_docs_page_alone_allows_its_inline_script(client: TestClient) -> None:
    assert client.get("/docs").headers["content-security-policy"] == DOCS_POLICY
    assert client.get("/").headers["content-security-policy"] == PAGE_POLICY


# ---------------------------------------------------------------- one archive per request (load bench finding)


def test_concurrent_requests_never_share_an_archive_connection(settings: WebSettings) -> None:
    """Bug found by bench/load_bench.py: the archive was kept per pool thread, but FastAPI runs
    a sync dependency and its endpoint in two separate thread-pool calls, so a request could
    use the archive of a thread that was serving another request meanwhile (SQLite: "cannot
    start a transaction within a transaction", "abort due to ROLLBACK" under load)."""
    from yuanzhi.web.deps import ArchiveDep

    app = create_app(settings)
    in_use: set[int] = set()
    shared: list[int] = []
    lock = threading.Lock()

    def hold(archive: ArchiveDep) -> dict[str, int]:
        key = id(archive)
        with lock:
            if key in in_use:
                shared.append(key)
            in_use.add(key)
        time.sleep(0.02)
        archive.list_issues()  # a real read on the connection
        with lock:
            in_use.discard(key)
        return {"archive": key}

    app.add_api_route("/api/hold", hold)
    with TestClient(app) as client:
        threads = [
            threading.Thread(target=lambda: [client.get("/api/hold") for _ in range(5)])
            for _ in range(24)
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(60)
        assert client.get("/api/home").status_code == 200
    assert not shared, f"{len(shared)} requests used an archive another request was using"


def test_an_archive_is_lent_to_one_request_until_it_is_done(settings: WebSettings) -> None:
    """The deterministic half of the test above: two requests in flight on the same thread
    (a dependency's thread is free again while its endpoint runs elsewhere) get two archives."""
    from types import SimpleNamespace

    from yuanzhi.web.deps import get_archive

    app = create_app(settings)
    request = SimpleNamespace(app=app)

    def borrow() -> tuple[Any, Any]:
        lent = get_archive(request)  # type: ignore[arg-type]
        return (next(lent), lent) if isinstance(lent, Iterator) else (lent, None)

    (a, first), (b, second) = borrow(), borrow()
    assert a is not b
    for lent in (first, second):
        with pytest.raises(StopIteration):
            next(lent)  # type: ignore[call-overload]  # given back
    assert borrow()[0] in (a, b)  # reused, not opened again
    app.state.archive_pool.close()
