"""Filings bound to their enterprise: own credit code only, uploader shown, withdrawn not deleted, rate limits."""

from __future__ import annotations

import io
import zipfile

from fastapi.testclient import TestClient
from service_fixtures import (
    CREDIT_CODE,
    DECLARATION,
    OTHER_CODE,
    auth,
    contract_pdf,
    declaration_bytes,
    make_settings,
    multipart,
    service,
    tokens_for,
    wait_done,
)

from jianzheng.service import jobs
from jianzheng.service.api.app import create_app

__all__ = ["service"]

FOREIGN = {**DECLARATION, "enterprise": {**DECLARATION["enterprise"], "credit_code": OTHER_CODE}}  # type: ignore[dict-item]


def _foreign_upload() -> list[tuple[str, tuple[str, bytes, str]]]:
    return [
        ("declaration", ("declaration.json", declaration_bytes(FOREIGN), "application/json")),
        ("files", ("合同.pdf", contract_pdf(), "application/pdf")),
    ]


def _foreign_zip() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("材料/declaration.json", declaration_bytes(FOREIGN))
        archive.writestr("材料/合同.pdf", contract_pdf())
    return out.getvalue()


def test_an_enterprise_cannot_file_or_precheck_for_another_credit_code(service):
    client, tokens = service
    blobs = client.app.state.services.store.blobs
    for path in ("/submissions", "/precheck"):
        refused = client.post(path, files=_foreign_upload(), headers=auth(tokens["enterprise"]))
        assert refused.status_code == 403
        assert refused.json()["detail"] == (
            f"申报数据中的统一社会信用代码（{OTHER_CODE}）与本账号的（{CREDIT_CODE}）不一致："
            "每个账号只能为本企业申报或预检"
        )
    zipped = client.post(
        "/submissions",
        files={"archive": ("材料.zip", _foreign_zip(), "application/zip")},
        headers=auth(tokens["enterprise"]),
    )
    assert zipped.status_code == 403
    assert client.get("/submissions", headers=auth(tokens["reviewer"])).json() == []
    assert not any(p.is_file() for p in blobs.root.rglob("*"))  # nothing of the refused uploads kept
    # Its own code passes, and so does a reviewer filing for anyone.
    assert (
        client.post("/submissions", files=multipart(), headers=auth(tokens["enterprise"])).status_code == 202
    )
    assert (
        client.post("/submissions", files=_foreign_upload(), headers=auth(tokens["reviewer"])).status_code
        == 202
    )


def test_the_queue_shows_which_account_uploaded(service):
    client, tokens = service
    submission_id = client.post("/submissions", files=multipart(), headers=auth(tokens["enterprise"])).json()[
        "id"
    ]
    wait_done(client, submission_id, tokens["reviewer"])
    [listed] = client.get("/submissions", headers=auth(tokens["reviewer"])).json()
    assert listed["uploaded_by"] == f"enterprise:{CREDIT_CODE}"
    client.cookies.set("jz_token", tokens["reviewer"])
    page = client.get("/queue").text
    assert f'<td data-role="uploader">enterprise:{CREDIT_CODE}</td>' in page


def _decided_filing(client, tokens) -> tuple[str, int]:
    submission_id = client.post("/submissions", files=multipart(), headers=auth(tokens["enterprise"])).json()[
        "id"
    ]
    wait_done(client, submission_id, tokens["enterprise"])
    finding = client.get(f"/submissions/{submission_id}/findings", headers=auth(tokens["reviewer"])).json()[0]
    decided = client.post(
        f"/findings/{finding['id']}/decision",
        json={"decision": "accept", "note": "合同金额与申报不符"},
        headers=auth(tokens["reviewer"]),
    )
    assert decided.status_code == 201
    return submission_id, finding["id"]


def test_a_decided_filing_is_withdrawn_not_deleted_and_its_decisions_stay(service):
    client, tokens = service
    submission_id, finding_id = _decided_filing(client, tokens)
    for who in ("enterprise", "reviewer"):
        refused = client.delete(f"/submissions/{submission_id}", headers=auth(tokens[who]))
        assert refused.status_code == 409
        assert "不能删除" in refused.json()["detail"] and "撤回" in refused.json()["detail"]

    withdrawn = client.post(f"/submissions/{submission_id}/withdraw", headers=auth(tokens["enterprise"]))
    assert withdrawn.status_code == 200
    assert withdrawn.json()["status"] == "withdrawn"
    again = client.post(f"/submissions/{submission_id}/withdraw", headers=auth(tokens["enterprise"]))
    assert again.status_code == 409

    state = client.get(f"/submissions/{submission_id}", headers=auth(tokens["reviewer"])).json()
    assert state["status"] == "withdrawn"
    assert [f["name"] for f in state["files"]] == ["declaration.json", "合同 扫描件.pdf"]
    trail = client.get(f"/findings/{finding_id}/decisions", headers=auth(tokens["reviewer"])).json()
    assert [(d["decision"], d["who"], d["note"]) for d in trail] == [
        ("accept", "审核员张三", "合同金额与申报不符")
    ]
    assert (
        client.get(f"/submissions/{submission_id}/report", headers=auth(tokens["reviewer"])).status_code
        == 200
    )
    assert (
        client.get(
            f"/submissions/{submission_id}/pages/1/1.png", headers=auth(tokens["reviewer"])
        ).status_code
        == 200
    )
    listed = client.get(
        "/submissions", params={"status": "withdrawn"}, headers=auth(tokens["enterprise"])
    ).json()
    assert [s["id"] for s in listed] == [submission_id]


def test_another_enterprise_can_neither_withdraw_nor_delete(service):
    client, tokens = service
    submission_id = client.post("/submissions", files=multipart(), headers=auth(tokens["enterprise"])).json()[
        "id"
    ]
    assert (
        client.post(f"/submissions/{submission_id}/withdraw", headers=auth(tokens["other"])).status_code
        == 404
    )
    assert client.delete(f"/submissions/{submission_id}", headers=auth(tokens["other"])).status_code == 404


def test_deleting_a_queued_filing_cancels_its_job(tmp_path, monkeypatch):
    cancelled: list[str] = []
    monkeypatch.setattr(jobs, "cancel", cancelled.append)
    settings = make_settings(tmp_path)
    tokens = tokens_for(settings)
    with TestClient(create_app(settings, start_jobs=False)) as client:
        queued = client.post("/submissions", files=multipart(), headers=auth(tokens["enterprise"])).json()[
            "id"
        ]
        assert client.delete(f"/submissions/{queued}", headers=auth(tokens["enterprise"])).status_code == 204
        assert cancelled == [queued]
        withdrawn = client.post("/submissions", files=multipart(), headers=auth(tokens["enterprise"])).json()[
            "id"
        ]
        client.post(f"/submissions/{withdrawn}/withdraw", headers=auth(tokens["enterprise"]))
        assert cancelled == [queued, withdrawn]


def test_prechecks_per_enterprise_are_limited_and_deleting_does_not_refill(tmp_path):
    settings = make_settings(tmp_path, precheck_limit=2)
    tokens = tokens_for(settings)
    with TestClient(create_app(settings, start_jobs=False)) as client:
        mine = auth(tokens["enterprise"])
        first, _ = (client.post("/precheck", files=multipart(), headers=mine).json()["id"] for _ in range(2))
        assert client.delete(f"/submissions/{first}", headers=mine).status_code == 204
        refused = client.post("/precheck", files=multipart(), headers=mine)
        assert refused.status_code == 429
        assert refused.json()["detail"] == "预检过于频繁：每个企业每 60 分钟最多 2 次，请约 60 分钟后再试"
        assert 3500 <= int(refused.headers["Retry-After"]) <= 3601
        # The limit is the enterprise's own: a filing, a reviewer and another enterprise still go through.
        assert client.post("/submissions", files=multipart(), headers=mine).status_code == 202
        assert (
            client.post("/precheck", files=multipart(), headers=auth(tokens["reviewer"])).status_code == 202
        )
        other = [
            ("declaration", ("declaration.json", declaration_bytes(FOREIGN), "application/json")),
            ("files", ("合同.pdf", contract_pdf(), "application/pdf")),
        ]
        assert client.post("/precheck", files=other, headers=auth(tokens["other"])).status_code == 202
