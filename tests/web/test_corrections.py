"""Corrections over the web: JSON API and forms behind a token, CSRF-safe, escaped, shown on the pages."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient

from tests.corrections import sample
from yuanzhi.web import WebSettings, create_app

from .conftest import TOKEN

EDITOR_TOKEN = "wang-editor-token"
A2 = "qingchuan-2025-05:a2"
A3 = "qingchuan-2025-05:a3"


@pytest.fixture
def editing(
    archive_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[TestClient]:
    """A server with the admin token and one named editor; facts re-extracted by the small test extractor."""
    monkeypatch.setattr("yuanzhi.archive.corrections_store.default_extract", sample.extract)
    settings = WebSettings(
        db=archive_path,
        admin_token=TOKEN,
        editors={"王编辑": EDITOR_TOKEN},
        upload_dir=tmp_path / "up",
    )
    with TestClient(create_app(settings)) as client:
        yield client


def as_editor(token: str = EDITOR_TOKEN) -> dict[str, str]:
    return {"X-Admin-Token": token}


def test_retitle_by_api_is_shown_searched_and_audited(editing: TestClient) -> None:
    made = editing.post(
        "/api/corrections/retitle",
        json={"article_id": A2, "title": "单孔胸腔镜肺叶切除"},
        headers=as_editor(),
    )
    assert made.status_code == 201, made.text
    body = made.json()
    assert (body["status"], body["editor"], body["kind"]) == ("applied", "王编辑", "retitle")
    article = editing.get(f"/api/articles/{A2}").json()
    assert article["title"] == "单孔胸腔镜肺叶切除"
    assert [(c["kind"], c["editor"]) for c in article["corrections"]] == [("retitle", "王编辑")]
    page = editing.get(f"/articles/{A2}").text
    assert "已更正" in page and "王编辑" in page
    hits = editing.get("/api/search", params={"q": "肺叶切除"}).json()["hits"]
    assert [h["article_id"] for h in hits] == [A2]
    audit = editing.get("/api/corrections/audit").json()
    assert audit[0]["action"] == "create" and audit[0]["editor"] == "王编辑"
    assert audit[0]["before"]["title"] == "胸腔镜微创手术让患者早日康复"


def test_writing_needs_a_valid_token(editing: TestClient, readonly_client: TestClient) -> None:
    body = {"article_id": A2, "title": "x"}
    assert editing.post("/api/corrections/retitle", json=body).status_code == 401
    assert (
        editing.post("/api/corrections/retitle", json=body, headers=as_editor("nope")).status_code
        == 401
    )
    refused = readonly_client.post("/api/corrections/retitle", json=body, headers=as_editor(TOKEN))
    assert refused.status_code == 403 and set(refused.json()) == {"error"}
    admin = editing.post("/api/corrections/retitle", json=body, headers=as_editor(TOKEN))
    assert admin.status_code == 201 and admin.json()["editor"] == "admin"


def test_forms_need_the_token_and_this_site_as_origin(editing: TestClient) -> None:
    form = {"article_id": A3, "title": "签约仪式举行", "token": EDITOR_TOKEN}
    cross = editing.post(
        "/corrections/retitle",
        data=form,
        headers={"Origin": "https://evil.example"},
        follow_redirects=False,
    )
    assert cross.status_code == 403
    referer = editing.post(
        "/corrections/retitle",
        data=form,
        headers={"Referer": "https://evil.example/x"},
        follow_redirects=False,
    )
    assert referer.status_code == 403
    no_token = {k: v for k, v in form.items() if k != "token"}
    assert (
        editing.post("/corrections/retitle", data=no_token, follow_redirects=False).status_code
        == 401
    )
    done = editing.post(
        "/corrections/retitle",
        data=form,
        headers={"Origin": "http://testserver"},
        follow_redirects=False,
    )
    assert done.status_code == 303 and done.headers["location"].startswith(
        f"/articles/{quote(A3, safe='')}"
    )
    assert editing.get(f"/api/articles/{A3}").json()["title"] == "签约仪式举行"
    assert editing.get("/api/corrections", params={"status": "revoked"}).json()["total"] == 0


def test_untrusted_text_is_escaped_on_every_page(editing: TestClient) -> None:
    evil = "<script>alert(1)</script>标题"
    editing.post(
        "/api/corrections/retitle", json={"article_id": A2, "title": evil}, headers=as_editor()
    )
    for url in (f"/articles/{A2}", "/corrections", "/search?q=标题"):
        text = editing.get(url).text
        assert "<script>alert(1)" not in text, url
        assert "&lt;script&gt;alert(1)" in text, url


def test_a_bad_correction_is_a_clear_error_and_stores_nothing(editing: TestClient) -> None:
    other_issue = editing.post(
        "/api/corrections/merge",
        json={"article_id": A2, "other_article_id": "qingchuan-2025-06:a1"},
        headers=as_editor(),
    )
    assert (
        other_issue.status_code == 400
        and "different issues" in other_issue.json()["error"]["message"]
    )
    missing = editing.post(
        "/api/corrections/split",
        json={"article_id": "nope:a1", "paragraph": 2},
        headers=as_editor(),
    )
    assert missing.status_code == 404
    assert editing.get("/api/corrections").json()["total"] == 0
    assert editing.get("/api/corrections/99").status_code == 404
    assert editing.get("/api/corrections", params={"status": "bogus"}).status_code == 422


def test_people_corrections_show_on_the_person_page_and_revoke_undoes_them(
    editing: TestClient,
) -> None:
    made = editing.post(
        "/api/corrections/people-merge",
        json={"name": "韩晓梅", "into": "韩小梅"},
        headers=as_editor(),
    )
    assert made.status_code == 201, made.text
    assert editing.get(f"/api/people/{quote('韩晓梅')}").status_code == 404
    person = editing.get(f"/api/people/{quote('韩小梅')}").json()
    assert person["positions"] and person["corrections"][0]["kind"] == "people_merge"
    assert "合并人物" in editing.get(f"/people/{quote('韩小梅')}").text
    undone = editing.post(f"/api/corrections/{made.json()['id']}/revoke", headers=as_editor())
    assert undone.status_code == 200 and undone.json()["status"] == "revoked"
    assert editing.get(f"/api/people/{quote('韩晓梅')}").status_code == 200
    listed = editing.get("/api/corrections", params={"status": "revoked"}).json()
    assert [c["id"] for c in listed["items"]] == [made.json()["id"]]


def test_mark_patient_redacts_the_chronicle_exports(editing: TestClient) -> None:
    fixed = editing.post(
        "/api/corrections/fact-fix",
        json={
            "kind": "event",
            "issue_id": "qingchuan-2025-06",
            "match": {"summary": "专家团队走进青川社区开展义诊"},
            "set": {"summary": "院长林远山带队走进青川社区开展义诊"},
        },
        headers=as_editor(),
    )
    assert fixed.status_code == 201, fixed.text
    assert "林远山" in editing.get("/api/chronicle/2025/export.csv").content.decode("utf-8-sig")
    made = editing.post(
        "/api/corrections/mark-patient", json={"name": "林远山"}, headers=as_editor()
    )
    assert made.status_code == 201, made.text
    assert editing.get(f"/api/people/{quote('林远山')}").status_code == 404
    for fmt in ("csv", "md"):
        text = editing.get(f"/api/chronicle/2025/export.{fmt}").content.decode("utf-8-sig")
        assert "林远山" not in text and "院长某患者带队" in text, fmt


def test_corrections_page_lists_filters_and_offers_revoke(editing: TestClient) -> None:
    editing.post(
        "/api/corrections/retitle",
        json={"article_id": A2, "title": "新标题一"},
        headers=as_editor(),
    )
    page = editing.get("/corrections", params={"kind": "retitle"})
    assert page.status_code == 200
    assert "新标题一" in page.text and "撤销" in page.text and "操作日志" in page.text
    assert editing.get("/corrections", params={"status": "stale"}).text.count("新标题一") == 0
    detail = editing.get("/api/corrections/1").json()
    assert detail["targets"][0]["articles"] == [A2] and detail["audit"][0]["action"] == "create"


def test_every_kind_has_a_documented_post(editing: TestClient) -> None:
    paths = editing.get("/openapi.json").json()["paths"]
    for kind in (
        "retitle",
        "move-paragraph",
        "split",
        "merge",
        "fact-fix",
        "fact-delete",
        "people-merge",
        "people-split",
        "mark-patient",
    ):
        assert "post" in paths[f"/api/corrections/{kind}"], kind


def test_person_page_position_form_fixes_and_never_redirects_off_site(editing: TestClient) -> None:
    form = {
        "token": EDITOR_TOKEN,
        "kind": "position",
        "back": "//evil.example/x",
        "match_person": "林远山",
        "match_title": "院长",
        "match_org": "青川市人民医院",
        "set_person": "林远山",
        "set_title": "院长",
        "set_org": "青川市人民医院（总院）",
    }
    done = editing.post("/corrections/fact", data=form, follow_redirects=False)
    assert done.status_code == 303 and done.headers["location"] == "/corrections"
    orgs = {p["org"] for p in editing.get(f"/api/people/{quote('林远山')}").json()["positions"]}
    assert orgs == {"青川市人民医院（总院）"}
    unchanged = dict(
        form,
        back="/\\evil.example",
        set_org="青川市人民医院（总院）",
        match_org="青川市人民医院（总院）",
    )
    refused = editing.post("/corrections/fact", data=unchanged, follow_redirects=False)
    assert refused.status_code == 400 and "nothing to change" in refused.text


def test_only_paths_on_this_site_are_redirect_targets() -> None:
    from yuanzhi.web.routes.corrections import _local

    assert _local("/people/%E6%9E%97#corrections")
    assert not any(_local(u) for u in ("//evil.example", "/\\evil.example", "https://evil.example", "x"))


def test_the_address_of_an_article_merged_away_leads_to_the_merged_article(editing: TestClient) -> None:
    made = editing.post(
        "/api/corrections/merge", json={"article_id": A2, "other_article_id": A3}, headers=as_editor()
    )
    assert made.status_code == 201, made.text
    gone = A3 if editing.get(f"/api/articles/{A2}", follow_redirects=False).status_code == 200 else A2
    kept = A2 if gone == A3 else A3
    for prefix in ("/articles/", "/api/articles/"):
        moved = editing.get(f"{prefix}{gone}", follow_redirects=False)
        assert moved.status_code == 307, (prefix, moved.status_code)
        assert moved.headers["location"] == f"{prefix}{quote(kept, safe=':')}"
    assert editing.get(f"/api/articles/{gone}").json()["id"] == kept
    revoked = editing.post(f"/api/corrections/{made.json()['id']}/revoke", headers=as_editor())
    assert revoked.status_code in (200, 204), revoked.text
    assert editing.get(f"/api/articles/{gone}", follow_redirects=False).status_code == 200
    assert editing.get("/api/articles/nope:a9", follow_redirects=False).status_code == 404
