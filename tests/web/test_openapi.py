"""Every API operation in the OpenAPI spec, driven by schemathesis: no 500s,
responses that match the documented schemas, one error shape.

Examples are bounded (max_examples) so the whole module runs in seconds.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import content_type_conformance, response_schema_conformance

from yuanzhi.web import WebSettings, create_app

from .conftest import build_archive


@pytest.fixture(scope="module")
def web_schema(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    folder: Path = tmp_path_factory.mktemp("openapi")
    db = build_archive(folder / "web.db")
    # no admin token: upload is refused (403) whatever is sent, so the fuzzer never writes
    app = create_app(WebSettings(db=db, admin_token=None, upload_dir=folder / "uploads"))
    return schemathesis.openapi.from_asgi("/openapi.json", app)


def _check(case: schemathesis.Case) -> None:
    response = case.call()
    # 200 bodies match the documented response models; content types are as documented
    case.validate_response(response, checks=[response_schema_conformance, content_type_conformance])
    assert response.status_code < 500, (
        f"{case.method} {case.formatted_path} -> {response.status_code}: {response.text[:300]}"
    )
    content_type = " ".join(response.headers.get("content-type") or [])
    if response.status_code >= 400 and content_type.startswith("application/json"):
        body = response.json()
        assert set(body) == {"error"} and {"code", "message"} <= set(body["error"])


def test_api_never_fails_with_a_server_error(web_schema) -> None:  # type: ignore[no-untyped-def]
    operations = [result.ok() for result in web_schema.get_all_operations()]
    assert len(operations) >= 10
    for operation in operations:

        @given(case=operation.as_strategy())
        @settings(
            max_examples=25, deadline=None, suppress_health_check=list(HealthCheck), database=None
        )
        def run(case: schemathesis.Case) -> None:
            _check(case)

        run()
