"""The tenancy rules and bounds on PostgreSQL, which refuses what SQLite lets through (over-long text).

Same PostgreSQL as the Celery tests (a fresh database per test); jobs run on the in-server pool.
"""

from __future__ import annotations

import copy

import pytest
from fastapi.testclient import TestClient
from service_fixtures import (
    DECLARATION,
    auth,
    contract_pdf,
    declaration_bytes,
    make_settings,
    multipart,
    pg_url_fixture,
    tokens_for,
    wait_done,
)

from jianzheng.service.api.app import create_app

__all__ = ["pg_url_fixture"]
pytestmark = pytest.mark.services


def test_a_name_longer_than_the_column_finishes_its_job_on_postgres(tmp_path, pg_url):
    settings = make_settings(tmp_path, database_url=pg_url)
    tokens = tokens_for(settings)
    declaration = copy.deepcopy(DECLARATION)
    declaration["enterprise"]["name"] = "新疆" * 150  # type: ignore[index]
    files = [
        ("declaration", ("declaration.json", declaration_bytes(declaration), "application/json")),
        ("files", ("合同.pdf", contract_pdf(), "application/pdf")),
    ]
    with TestClient(create_app(settings)) as client:
        submission_id = client.post("/submissions", files=files, headers=auth(tokens["enterprise"])).json()[
            "id"
        ]
        assert wait_done(client, submission_id, tokens["enterprise"], timeout=60)["status"] == "done"
        findings = client.get(
            f"/submissions/{submission_id}/findings", headers=auth(tokens["reviewer"])
        ).json()
    assert [f["code"] for f in findings] == ["DECLARATION_INVALID"]
    assert "enterprise.name：过长：300 个字符，最多 200 个" in findings[0]["message"]


def test_rate_limit_withdrawal_and_paging_on_postgres(tmp_path, pg_url):
    settings = make_settings(tmp_path, database_url=pg_url, precheck_limit=1)
    tokens = tokens_for(settings)
    with TestClient(create_app(settings, start_jobs=False)) as client:
        mine = auth(tokens["enterprise"])
        assert client.post("/precheck", files=multipart(), headers=mine).status_code == 202
        assert client.post("/precheck", files=multipart(), headers=mine).status_code == 429
        filing = client.post("/submissions", files=multipart(), headers=mine).json()["id"]
        assert client.post(f"/submissions/{filing}/withdraw", headers=mine).json()["status"] == "withdrawn"
        listed = client.get("/submissions", params={"limit": 1}, headers=auth(tokens["reviewer"]))
        assert (len(listed.json()), listed.headers["X-Total-Count"]) == (1, "2")
