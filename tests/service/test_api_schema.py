"""Schemathesis over the OpenAPI schema: no generated request makes the service answer 5xx.

Bounded to a few examples per operation so the whole file stays well under a minute.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import schemathesis
from hypothesis import HealthCheck, settings
from service_fixtures import auth, make_settings, tokens_for

from jianzheng.service.api.app import create_app

_settings = make_settings(Path(tempfile.mkdtemp(prefix="jz-schema-")))
_tokens = tokens_for(_settings)
app = create_app(_settings, start_jobs=False)  # uploads are stored and left queued; no job runs
schema = schemathesis.openapi.from_asgi("/openapi.json", app)


def test_the_schema_documents_every_route_and_its_errors():
    document = app.openapi()
    paths = document["paths"]
    assert {
        "/submissions",
        "/submissions/{submission_id}/report",
        "/precheck",
        "/findings/{finding_id}/decision",
    } <= set(paths)
    assert paths["/submissions"]["post"]["responses"]["413"]["content"]["application/json"]
    assert "HTTPBearer" in document["components"]["securitySchemes"]


@schema.parametrize()
@settings(max_examples=6, deadline=None, suppress_health_check=list(HealthCheck), database=None)
def test_no_generated_request_is_a_server_error(case):
    for headers in (auth(_tokens["reviewer"]), auth(_tokens["enterprise"])):
        response = case.call(headers=headers)
        assert response.status_code < 500, (
            f"{case.method} {case.formatted_path}: {response.status_code} {response.text[:300]}"
        )
        if response.status_code >= 400:
            assert isinstance(response.json()["detail"], str)
