"""The upload API end to end on the in-server pool: upload, progress, report, images, export, decisions, roles."""

from __future__ import annotations

import io

from openpyxl import load_workbook
from PIL import Image
from service_fixtures import auth, multipart, service, submission_zip, wait_done

__all__ = ["service"]


def test_upload_returns_202_and_the_report_follows(service):
    client, tokens = service
    response = client.post("/submissions", files=multipart(pdf_pages=3), headers=auth(tokens["reviewer"]))
    assert response.status_code == 202
    created = response.json()
    state = wait_done(client, created["id"], tokens["reviewer"])
    assert state["status"] == "done"
    assert (state["pages_done"], state["pages_total"], state["progress"]) == (3, 3, 1.0)
    assert [f["name"] for f in state["files"]] == ["declaration.json", "合同 扫描件.pdf"]
    report = client.get(f"/submissions/{created['id']}/report", headers=auth(tokens["reviewer"])).json()
    assert report["schema"] == "jianzheng.report/1"
    assert report["submission"]["enterprise"] == "新疆天山云数信息技术有限公司"
    assert report["summary"]["pages"] == 3
    assert state["counts"]["errors"] == report["summary"]["errors"]


def test_a_zip_archive_is_a_whole_submission(service):
    client, tokens = service
    response = client.post(
        "/submissions",
        files={"archive": ("材料.zip", submission_zip(), "application/zip")},
        headers=auth(tokens["enterprise"]),
    )
    assert response.status_code == 202, response.text
    state = wait_done(client, response.json()["id"], tokens["enterprise"])
    assert state["status"] == "done"
    names = {f["layout_name"]: f["name"] for f in state["files"]}
    assert names == {"declaration.json": "申报材料/declaration.json", "001.pdf": "申报材料/合同/扫描件01.pdf"}


def test_report_is_409_until_done_and_errors_are_json(service):
    client, tokens = service
    missing = client.get("/submissions/nope/report", headers=auth(tokens["reviewer"]))
    assert missing.status_code == 404
    assert "没有这个提交" in missing.json()["detail"]
    unauthorised = client.get("/submissions")
    assert unauthorised.status_code == 401
    assert isinstance(unauthorised.json()["detail"], str)
    bad = client.get("/submissions", params={"sort": "nonsense"}, headers=auth(tokens["reviewer"]))
    assert bad.status_code == 422
    assert bad.json()["detail"].startswith("请求参数有误")


def test_an_enterprise_sees_only_its_own_submissions(service):
    client, tokens = service
    mine = client.post("/submissions", files=multipart(), headers=auth(tokens["enterprise"])).json()["id"]
    wait_done(client, mine, tokens["enterprise"])
    other = auth(tokens["other"])
    assert client.get(f"/submissions/{mine}", headers=other).status_code == 404
    assert client.get(f"/submissions/{mine}/report", headers=other).status_code == 404
    assert client.delete(f"/submissions/{mine}", headers=other).status_code == 404
    assert client.get("/submissions", headers=other).json() == []
    assert [s["id"] for s in client.get("/submissions", headers=auth(tokens["reviewer"])).json()] == [mine]
    assert [s["id"] for s in client.get("/submissions", headers=auth(tokens["enterprise"])).json()] == [mine]


def test_deleting_a_submission_removes_its_files(service):
    client, tokens = service
    store = client.app.state.services.store
    submission_id = client.post("/submissions", files=multipart(), headers=auth(tokens["enterprise"])).json()[
        "id"
    ]
    state = wait_done(client, submission_id, tokens["enterprise"])
    with store.session() as session:
        from jianzheng.service.store.tables import FileRow

        hashes = [f.sha256 for f in session.query(FileRow).filter_by(submission_id=submission_id)]
    assert len(hashes) == len(state["files"]) and all(store.blobs.exists(h) for h in hashes)
    assert (
        client.delete(f"/submissions/{submission_id}", headers=auth(tokens["enterprise"])).status_code == 204
    )
    assert not any(store.blobs.exists(h) for h in hashes)
    assert client.get(f"/submissions/{submission_id}", headers=auth(tokens["reviewer"])).status_code == 404


def test_page_image_xlsx_and_html_exports(service):
    client, tokens = service
    headers = auth(tokens["reviewer"])
    submission_id = client.post("/submissions", files=multipart(), headers=headers).json()["id"]
    wait_done(client, submission_id, headers["Authorization"].split()[1])
    png = client.get(f"/submissions/{submission_id}/pages/1/1.png", headers=headers)
    assert png.status_code == 200 and png.headers["content-type"] == "image/png"
    width, height = Image.open(io.BytesIO(png.content)).size
    assert height > width > 500  # an A4 page, portrait
    assert client.get(f"/submissions/{submission_id}/pages/1/9.png", headers=headers).status_code == 404
    assert client.get(f"/submissions/{submission_id}/pages/7/1.png", headers=headers).status_code == 404
    book = client.get(f"/submissions/{submission_id}/findings.xlsx", headers=headers)
    sheet = load_workbook(io.BytesIO(book.content))["问题清单"]
    rows = list(sheet.values)
    findings = client.get(f"/submissions/{submission_id}/findings", headers=headers).json()
    assert rows[0][:3] == ("序号", "级别", "代码")
    assert [r[2] for r in rows[1:]] == [f["code"] for f in findings]
    html = client.get(f"/submissions/{submission_id}/report.html", headers=headers)
    assert html.status_code == 200 and html.headers["content-type"].startswith("text/html")
    assert "新疆天山云数信息技术有限公司" in html.text


def test_decisions_are_kept_as_an_audit_trail(service):
    client, tokens = service
    reviewer = auth(tokens["reviewer"])
    submission_id = client.post("/submissions", files=multipart(), headers=auth(tokens["enterprise"])).json()[
        "id"
    ]
    wait_done(client, submission_id, tokens["reviewer"])
    finding = client.get(f"/submissions/{submission_id}/findings", headers=reviewer).json()[0]
    url = f"/findings/{finding['id']}/decision"
    assert (
        client.post(url, json={"decision": "dismiss"}, headers=auth(tokens["enterprise"])).status_code == 403
    )
    first = client.post(url, json={"decision": "dismiss", "note": "执照在另一文件中"}, headers=reviewer)
    assert first.status_code == 201
    assert first.json()["who"] == "审核员张三"
    client.post(url, json={"decision": "accept"}, headers=reviewer)
    trail = client.get(f"/findings/{finding['id']}/decisions", headers=reviewer).json()
    assert [d["decision"] for d in trail] == ["dismiss", "accept"]
    assert trail[0]["note"] == "执照在另一文件中" and trail[0]["at"]
    latest = client.get(f"/submissions/{submission_id}/findings", headers=reviewer).json()[0]["decision"]
    assert latest["decision"] == "accept"
    assert (
        client.post("/findings/999999/decision", json={"decision": "accept"}, headers=reviewer).status_code
        == 404
    )


def test_precheck_answers_with_rejection_reasons(service):
    client, tokens = service
    headers = auth(tokens["enterprise"])
    created = client.post("/precheck", files=multipart(), headers=headers).json()
    assert created["status_url"] == f"/precheck/{created['id']}"
    wait_done(client, created["id"], tokens["enterprise"])
    result = client.get(f"/precheck/{created['id']}", headers=headers).json()
    assert result["verdict"] == "reject"  # no business license among the attachments
    codes = [r["code"] for r in result["reasons"]]
    assert "LICENSE_MISSING" in codes
    license_reason = result["reasons"][codes.index("LICENSE_MISSING")]
    assert license_reason["title"] == "未提供营业执照" and "营业执照" in license_reason["fix"]
    assert all(r["severity"] in ("error", "warning") for r in result["reasons"])
    queue = client.get("/submissions", params={"kind": "precheck"}, headers=auth(tokens["reviewer"])).json()
    assert [s["id"] for s in queue] == [created["id"]]
