"""A check that crashes, whatever the reason, never lets a pre-check pass: the project needs review,
and the crash is logged with the submission id (issue 15 item 1)."""

from __future__ import annotations

import io
import json
import logging
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from service_fixtures import auth, make_settings, wait_done

import jianzheng.verify.checks  # noqa: F401  (registers the real checks before one is added)
from jianzheng.models import Code, Finding
from jianzheng.service.api.app import create_app
from jianzheng.service.store import Store
from jianzheng.service.store.repo import create_token
from jianzheng.verify import registry
from jianzheng.verify.registry import CheckContext, RegisteredCheck

CLEAN = Path(__file__).resolve().parents[2] / "samples" / "corpus" / "s01_clean_text" / "submission"
"""A committed clean filing, text layer only: its pre-check passes (the second test)."""


@pytest.fixture
def filer(tmp_path) -> Iterator[tuple[TestClient, str]]:
    """A service and the token of the sample filing's enterprise (its credit code)."""
    settings = make_settings(tmp_path)
    code = json.loads((CLEAN / "declaration.json").read_text(encoding="utf-8"))["enterprise"]["credit_code"]
    store = Store(settings.data_dir, settings.resolved_database_url())
    with store.session() as session:
        token = create_token(session, "enterprise", code)
    store.close()
    with TestClient(create_app(settings)) as client:
        yield client, token


def _clean_zip() -> dict[str, tuple[str, bytes, str]]:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(CLEAN.iterdir()):
            archive.write(path, path.name)
    return {"archive": ("申报材料.zip", out.getvalue(), "application/zip")}


def _crashes(ctx: CheckContext) -> Iterator[Finding]:
    raise ArithmeticError("decimal.InvalidOperation on 1e30")
    yield  # pragma: no cover


def test_a_crashing_check_turns_a_passing_precheck_into_review(filer, monkeypatch, caplog):
    client, token = filer
    crashing = RegisteredCheck("contract.amount_crash", (Code.AMOUNT_MISMATCH,), _crashes, True, "")
    monkeypatch.setattr(registry, "CHECKS", [*registry.CHECKS, crashing])
    caplog.set_level(logging.ERROR, logger="jianzheng.verify.registry")

    submission_id = client.post("/precheck", files=_clean_zip(), headers=auth(token)).json()["id"]
    assert wait_done(client, submission_id, token)["status"] == "done"
    answer = client.get(f"/precheck/{submission_id}", headers=auth(token)).json()
    report = client.get(f"/submissions/{submission_id}/report", headers=auth(token)).json()

    assert answer["verdict"] == "review", answer
    assert {p["status"] for p in report["projects"]} == {"review"}
    assert any(r["code"] == "CHECK_FAILED" for r in answer["reasons"])
    logged = [r.getMessage() for r in caplog.records if "contract.amount_crash" in r.getMessage()]
    assert logged and submission_id in logged[0]


def test_without_the_crash_the_same_upload_passes(filer):
    client, token = filer

    submission_id = client.post("/precheck", files=_clean_zip(), headers=auth(token)).json()["id"]
    wait_done(client, submission_id, token)
    answer = client.get(f"/precheck/{submission_id}", headers=auth(token)).json()
    assert answer["verdict"] == "pass", answer
