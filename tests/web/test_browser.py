"""End to end in a real browser: Playwright driving Debian's chromium.

Starts uvicorn on a free loopback port over a small archive, blocks every
request that is not to that server (the site must work offline), and saves
screenshots under test-artifacts/web/. Skips when /usr/bin/chromium is missing
(`apt-get install -y chromium`; never `playwright install`).
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from yuanzhi.web import WebSettings, create_app

from .conftest import TOKEN, build_archive

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "web"
DEMO = Path(__file__).resolve().parents[2] / "src" / "yuanzhi" / "samples" / "demo_issue.txt"
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    import uvicorn

    folder = tmp_path_factory.mktemp("browser")
    db = build_archive(folder / "web.db")
    app = create_app(WebSettings(db=db, admin_token=TOKEN, upload_dir=folder / "uploads"))
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("uvicorn did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def context(server: str, tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    if not CHROMIUM.exists():
        pytest.skip(
            "no /usr/bin/chromium: install it with `apt-get install -y chromium` (see deps/apt-packages.txt)"
        )
    from playwright.sync_api import sync_playwright

    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as playwright:
        ctx = playwright.chromium.launch_persistent_context(
            str(tmp_path_factory.mktemp("chromium-profile")),
            executable_path=str(CHROMIUM),
            headless=True,
            args=ARGS,
            viewport={"width": 1280, "height": 900},
            accept_downloads=True,
            locale="zh-CN",
        )
        blocked: list[str] = []

        def offline(route):  # type: ignore[no-untyped-def]
            if route.request.url.startswith(server):
                route.continue_()
            else:
                blocked.append(route.request.url)
                route.abort()

        ctx.route("**/*", offline)
        ctx.blocked = blocked  # type: ignore[attr-defined]
        yield ctx
        ctx.close()


@pytest.fixture
def page(context):  # type: ignore[no-untyped-def]
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on(
        "console",
        lambda message: (
            errors.append(message.text)
            if message.type == "error" and "Content Security Policy" in message.text
            else None
        ),
    )
    yield page
    page.close()
    assert not errors, f"JavaScript errors: {errors}"
    assert not context.blocked, f"the page tried to reach the network: {context.blocked}"


def shot(page, name: str) -> None:  # type: ignore[no-untyped-def]
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def test_search_then_open_article(page, server: str) -> None:  # type: ignore[no-untyped-def]
    page.goto(server + "/")
    shot(page, "home")
    page.fill(".big-search input[name=q]", "护士节")
    page.click(".big-search button")
    page.wait_for_selector(".hit")
    assert page.locator(".hit mark").first.inner_text() == "护士节"
    shot(page, "search")
    page.locator(".hit a.title").first.click()
    page.wait_for_selector("article.article h1")
    assert "护士节" in page.locator("article.article h1").inner_text()
    link = page.locator("a.to-sentence").first
    target = link.get_attribute("data-sentence")
    link.click()
    assert page.evaluate("location.hash") == f"#{target}"
    shot(page, "article")


def test_person_page_draws_timeline(page, server: str) -> None:  # type: ignore[no-untyped-def]
    page.goto(server + "/people/%E9%9F%A9%E6%99%93%E6%A2%85")  # 韩晓梅
    page.wait_for_selector("canvas#timeline")
    page.wait_for_function(
        "() => window.Chart && Chart.getChart(document.getElementById('timeline'))"
    )
    assert page.locator("table.positions tbody tr").count() == 2
    shot(page, "person")


def test_org_page_with_date_picker(page, server: str) -> None:  # type: ignore[no-untyped-def]
    page.goto(server + "/orgs/%E9%9D%92%E5%B7%9D%E5%B8%82%E4%BA%BA%E6%B0%91%E5%8C%BB%E9%99%A2")
    page.fill("input[name=on]", "2025-07-01")
    page.click("form.row button")
    page.wait_for_url("**on=2025-07-01")
    assert "副院长" in page.locator("table.positions").inner_text()
    shot(page, "org")


def test_chronicle_export_download(page, server: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    page.goto(server + "/chronicle/2025")
    assert page.locator("section.month").count() == 2
    shot(page, "chronicle")
    with page.expect_download() as info:
        page.click("a.button:has-text('Markdown')")
    saved = tmp_path / "chronicle.md"
    info.value.save_as(saved)
    text = saved.read_text(encoding="utf-8")
    assert "2025" in text and "小安安" not in text


def test_contributions_chart(page, server: str) -> None:  # type: ignore[no-untyped-def]
    page.goto(server + "/contributions/2025")
    page.wait_for_function(
        "() => window.Chart && Chart.getChart(document.getElementById('contrib-chart'))"
    )
    shot(page, "contributions")


def test_upload_an_issue(page, server: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    if not DEMO.exists():
        pytest.skip("demo sample src/yuanzhi/samples/demo_issue.txt not committed yet")
    page.goto(server + "/upload")
    page.fill("#token", TOKEN)
    page.set_input_files("#files", str(DEMO))
    page.click("#upload-form button[type=submit]")
    page.wait_for_selector("#progress .ok, #progress .fail", timeout=60_000)
    assert page.locator("#progress .ok").count() == 1, page.locator("#progress").inner_text()
    shot(page, "upload")
    page.locator("#progress .ok a").click()
    page.wait_for_selector(".article-list li")
    shot(page, "uploaded-issue")


def test_pdf_article_beside_its_page(page, server: str) -> None:  # type: ignore[no-untyped-def]
    pdf = DEMO.with_suffix(".pdf")
    if not pdf.exists():
        pytest.skip("demo PDF src/yuanzhi/samples/demo_issue.pdf not committed yet")
    page.goto(server + "/upload")
    page.fill("#token", TOKEN)
    page.set_input_files("#files", str(pdf))
    page.click("#upload-form button[type=submit]")
    page.wait_for_selector("#progress .ok a", timeout=60_000)
    page.locator("#progress .ok a").click()
    page.locator(".article-list li > a").nth(1).click()
    page.wait_for_selector(".page-frame img")
    page.wait_for_function(
        "() => [...document.querySelectorAll('.page-frame img')].every(i => i.complete && i.naturalWidth > 0)"
    )
    frame = page.locator(".page-frame").first.bounding_box()
    region = page.locator(".page-frame .region").first.bounding_box()
    assert frame and region
    assert (
        frame["x"] <= region["x"]
        and region["x"] + region["width"] <= frame["x"] + frame["width"] + 1
    )
    assert (
        frame["y"] <= region["y"]
        and region["y"] + region["height"] <= frame["y"] + frame["height"] + 1
    )
    shot(page, "article-pdf")


def test_upload_with_wrong_token_shows_refusal(page, server: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    sample = tmp_path / "x.txt"
    sample.write_text("院报", encoding="utf-8")
    page.goto(server + "/upload")
    page.fill("#token", "wrong")
    page.set_input_files("#files", str(sample))
    page.click("#upload-form button[type=submit]")
    page.wait_for_selector("#progress .fail")
    assert "401" in page.locator("#progress .fail").inner_text()


def test_docs_render_offline(page, server: str) -> None:  # type: ignore[no-untyped-def]
    page.goto(server + "/docs")
    page.wait_for_selector(".swagger-ui .info .title", timeout=20_000)
    assert "院志" in page.locator(".swagger-ui .info .title").inner_text()
    shot(page, "docs")


def test_phone_layout(context, server: str) -> None:  # type: ignore[no-untyped-def]
    page = context.new_page()
    page.set_viewport_size({"width": 390, "height": 844})
    for name, url in (("phone-home", "/"), ("phone-article", "/articles/qingchuan-2025-05:a1")):
        page.goto(server + url)
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= 390, f"{url} scrolls sideways on a phone ({width}px)"
        shot(page, name)
    page.close()
