"""The JSON API and the pages over a small hand-built archive."""

from __future__ import annotations

from urllib.parse import quote

from fastapi.testclient import TestClient

MAY_A1 = "qingchuan-2025-05:a1"


def error_shape(body: dict) -> bool:
    return set(body) == {"error"} and {"code", "message"} <= set(body["error"])


def test_home_lists_issues_newest_first_with_counts(client: TestClient) -> None:
    body = client.get("/api/home").json()
    assert [i["date"] for i in body["issues"]] == ["2025-06-30", "2025-05-31"]
    assert [i["articles"] for i in body["issues"]] == [2, 4]
    assert body["counts"] == {"issues": 2, "articles": 6}
    assert body["departments"][0] == {"name": "护理部", "articles": 2}
    assert body["recent_events"][0]["date"] == "2025-06-08"


def test_home_page_renders_issues(client: TestClient) -> None:
    page = client.get("/")
    assert page.status_code == 200
    assert "青川医院报" in page.text and "第6期" in page.text
    assert 'href="/issues/qingchuan-2025-05"' in page.text


def test_issue_api_and_page(client: TestClient) -> None:
    body = client.get("/api/issues/qingchuan-2025-05").json()
    assert [a["id"] for a in body["article_list"]][:2] == [MAY_A1, "qingchuan-2025-05:a2"]
    assert client.get("/issues/qingchuan-2025-05").status_code == 200
    missing = client.get("/api/issues/nope")
    assert missing.status_code == 404 and error_shape(missing.json())


def test_search_finds_word_and_marks_it(client: TestClient) -> None:
    body = client.get("/api/search", params={"q": "胸腔镜"}).json()
    assert body["total"] == 1
    hit = body["hits"][0]
    assert hit["article_id"] == "qingchuan-2025-05:a2"
    assert "<mark>胸腔镜</mark>" in hit["snippet"]
    page = client.get("/search", params={"q": "胸腔镜"})
    assert "<mark>胸腔镜</mark>" in page.text


def test_search_filters_and_sort(client: TestClient) -> None:
    by_dept = client.get("/api/search", params={"q": "院长", "dept": "护理部"}).json()
    assert {h["article_id"] for h in by_dept["hits"]} <= {MAY_A1, "qingchuan-2025-06:a2"}
    june = client.get(
        "/api/search", params={"q": "林远山", "from": "2025-06", "sort": "date"}
    ).json()
    assert [h["date"] for h in june["hits"]] == ["2025-06-30"]
    by_type = client.get("/api/search", params={"type": "signing"}).json()
    assert [h["article_id"] for h in by_type["hits"]] == ["qingchuan-2025-05:a3"]


def test_search_paging(client: TestClient) -> None:
    first = client.get("/api/search", params={"q": "院", "per_page": 2, "page": 1}).json()
    second = client.get("/api/search", params={"q": "院", "per_page": 2, "page": 2}).json()
    assert first["total"] >= 3 and first["pages"] >= 2
    assert not {h["article_id"] for h in first["hits"]} & {h["article_id"] for h in second["hits"]}
    page = client.get("/search", params={"q": "院", "per_page": 2})
    assert 'rel="next"' in page.text


def test_search_rejects_bad_parameters_with_error_shape(client: TestClient) -> None:
    bad = client.get("/api/search", params={"q": "院", "page": 0, "from": "yesterday"})
    assert bad.status_code == 422 and error_shape(bad.json())


def test_article_api_has_contract_fields_and_linked_facts(client: TestClient) -> None:
    body = client.get(f"/api/articles/{MAY_A1}").json()
    assert body["title"] == "我院隆重庆祝5·12国际护士节"
    assert body["kicker"] == "弘扬南丁格尔精神"
    assert body["subheadings"] == ["表彰现场"]
    assert body["sidebars"][0]["title"] == "健康小科普"
    assert [(b["department"], b["authors"]) for b in body["bylines"]] == [("护理部", ["韩晓梅"])]
    sentences = {s["id"]: s["text"] for b in body["blocks"] for s in b["sentences"]}
    dean = next(f for f in body["facts"] if f["kind"] == "person" and f["label"] == "林远山")
    assert sentences[dean["sentence"]] == "院长林远山出席会议并讲话。"
    award = next(f for f in body["facts"] if f["kind"] == "event")
    assert "护士节表彰大会" in sentences[award["sentence"]]


def test_article_page_anchors_sentences(client: TestClient) -> None:
    page = client.get(f"/articles/{quote(MAY_A1, safe='')}")
    assert page.status_code == 200
    assert 'class="sentence has-fact" id="s2"' in page.text
    assert 'href="#s2"' in page.text
    assert "编者按" not in page.text  # no editor's note in this article


def test_article_missing_is_404_page_and_json(client: TestClient) -> None:
    page = client.get("/articles/nope:a1", headers={"Accept": "text/html"})
    assert page.status_code == 404 and "没有找到" in page.text
    assert client.get("/issues/x/pages/1.png").json()["error"]["code"] == "not_found"
    body = client.get("/api/articles/nope:a1").json()
    assert error_shape(body) and body["error"]["code"] == "not_found"


def test_person_timeline_and_appointments(client: TestClient) -> None:
    body = client.get("/api/people/韩晓梅").json()
    titles = [(p["org"], p["title"]) for p in body["positions"]]
    assert ("护理部", "主任") in titles and ("青川市人民医院", "副院长") in titles
    assert sorted(a["action"] for a in body["appointments"]) == ["appoint", "remove"]
    assert len(body["chart"]["spans"]) == len(body["chart"]["labels"]) == 2
    assert {a["id"] for a in body["articles"]} >= {"qingchuan-2025-06:a1"}
    page = client.get("/people/韩晓梅")
    assert page.status_code == 200 and 'id="timeline-data"' in page.text


def test_person_missing_is_404(client: TestClient) -> None:
    assert client.get("/api/people/无此人").status_code == 404


def test_org_leadership_as_of_date(client: TestClient) -> None:
    may = client.get("/api/orgs/青川市人民医院", params={"on": "2025-05-31"}).json()
    june = client.get("/api/orgs/青川市人民医院", params={"on": "2025-07-01"}).json()
    assert ("林远山", "院长") in {(x["person"], x["title"]) for x in may["leaders"]}
    assert "韩晓梅" not in {x["person"] for x in may["leaders"]}
    assert ("韩晓梅", "副院长") in {(x["person"], x["title"]) for x in june["leaders"]}
    assert {c["name"] for c in may["tree"]["children"]} >= {"护理部", "胸外科"}
    assert may["partnerships"][0]["parties"] == ["青川市人民医院", "南湖医科大学附属医院"]
    page = client.get("/orgs/青川市人民医院", params={"on": "2025-07-01"})
    assert 'value="2025-07-01"' in page.text and "胸外科" in page.text


def test_org_rejects_bad_date(client: TestClient) -> None:
    bad = client.get("/api/orgs/青川市人民医院", params={"on": "July"})
    assert bad.status_code == 422 and error_shape(bad.json())


def test_chronicle_by_month(client: TestClient) -> None:
    body = client.get("/api/chronicle/2025").json()
    assert [m["month"] for m in body["months"]] == [5, 6]
    may = body["months"][0]
    assert may["label"] == "五月"
    assert len(may["events"]) == 3
    assert {e["type"] for e in may["events"]} == {"award", "signing", "surgery"}
    page = client.get("/chronicle/2025")
    assert "2025年大事记" in page.text and "export.docx" in page.text
    assert client.get("/chronicle", follow_redirects=False).headers["location"] == "/chronicle/2025"


def test_contributions_by_department_and_author(client: TestClient) -> None:
    body = client.get("/api/contributions/2025").json()
    nursing = next(d for d in body["departments"] if d["name"] == "护理部")
    assert nursing["counts"][4] == 1 and nursing["counts"][5] == 1 and nursing["total"] == 2
    author = next(a for a in body["authors"] if a["name"] == "韩晓梅")
    assert author["total"] == 2
    assert client.get("/contributions/2025").status_code == 200


def test_year_out_of_range_is_422(client: TestClient) -> None:
    assert client.get("/api/chronicle/99999").status_code == 422


def test_docs_served_offline(client: TestClient) -> None:
    page = client.get("/docs")
    assert page.status_code == 200
    assert "/static/vendor/swagger-ui/swagger-ui-bundle.js" in page.text
    assert "cdn" not in page.text.lower() and "https://" not in page.text
    assert client.get("/static/vendor/swagger-ui/swagger-ui-bundle.js").status_code == 200
    assert client.get("/openapi.json").json()["info"]["title"] == "院志 yuanzhi"


def test_no_page_loads_anything_from_the_network(client: TestClient) -> None:
    for url in (
        "/",
        "/search?q=院",
        f"/articles/{MAY_A1}",
        "/people/韩晓梅",
        "/chronicle/2025",
        "/contributions/2025",
        "/upload",
    ):
        text = client.get(url).text
        assert 'src="http' not in text and 'href="http' not in text, url


def test_chronicle_exports_redact_patients(client: TestClient) -> None:
    for fmt in ("md", "csv", "docx"):
        response = client.get(f"/api/chronicle/2025/export.{fmt}")
        assert response.status_code == 200, (fmt, response.text[:200])
        assert "attachment" in response.headers["content-disposition"]
        if fmt == "docx":
            assert response.content[:2] == b"PK"
        else:
            text = response.content.decode("utf-8-sig")
            assert "签署医联体合作协议" in text and "小安安" not in text


def test_chronicle_page_hides_patients(client: TestClient) -> None:
    assert "小安安" not in client.get("/chronicle/2025").text
    assert "小安安" not in client.get("/api/chronicle/2025").text


def test_contributions_csv(client: TestClient) -> None:
    response = client.get("/api/contributions/2025/export.csv")
    assert response.status_code == 200
    assert "护理部" in response.content.decode("utf-8-sig")
