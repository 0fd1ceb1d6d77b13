"""The server-rendered pages: log-in by token, reviewer queue, submission page, pre-check result."""

from __future__ import annotations

import pytest
from service_fixtures import auth, multipart, service, wait_done

from jianzheng.models import Code
from jianzheng.models.errors import RuleError
from jianzheng.service.web.advice import advice_for, load_advice, parse_advice

__all__ = ["service"]


def log_in(client, token):
    response = client.get("/login", params={"token": token}, follow_redirects=False)
    assert response.status_code == 303
    return response


def test_logging_in_sets_a_cookie_and_goes_to_the_role_page(service):
    client, tokens = service
    assert client.get("/queue", follow_redirects=False).headers["location"] == "/login"
    response = log_in(client, tokens["reviewer"])
    assert "httponly" in response.headers["set-cookie"].lower()
    assert client.get("/", follow_redirects=False).headers["location"] == "/queue"
    log_in(client, tokens["enterprise"])
    assert client.get("/", follow_redirects=False).headers["location"] == "/check"
    bad = client.get("/login", params={"token": "wrong"})
    assert bad.status_code == 401 and "令牌无效" in bad.text


def test_queue_and_submission_page_show_findings_by_project(service):
    client, tokens = service
    submission_id = client.post("/submissions", files=multipart(), headers=auth(tokens["enterprise"])).json()[
        "id"
    ]
    state = wait_done(client, submission_id, tokens["reviewer"])
    log_in(client, tokens["reviewer"])
    queue = client.get("/queue", params={"sort": "errors", "q": "天山"})
    assert queue.status_code == 200
    assert f'href="/view/{submission_id}"' in queue.text and "新疆天山云数信息技术有限公司" in queue.text
    assert f'<td class="num sev-error">{state["counts"]["errors"]}</td>' in queue.text
    assert "没有符合条件的提交" in client.get("/queue", params={"q": "不存在的企业"}).text
    page = client.get(f"/view/{submission_id}")
    assert page.status_code == 200
    assert "项目 P1" in page.text and "企业与材料" in page.text
    findings = client.get(f"/submissions/{submission_id}/findings").json()
    for finding in findings:
        assert f'data-finding-id="{finding["id"]}"' in page.text
    assert 'data-decision="dismiss"' in page.text
    assert "导出 Excel" in page.text


def test_an_enterprise_cannot_open_another_enterprises_page(service):
    client, tokens = service
    submission_id = client.post("/submissions", files=multipart(), headers=auth(tokens["enterprise"])).json()[
        "id"
    ]
    log_in(client, tokens["other"])
    assert client.get(f"/view/{submission_id}").status_code == 404
    assert client.get(f"/check/{submission_id}").status_code == 404
    assert submission_id not in client.get("/queue").text


def test_the_precheck_result_reads_as_rejection_reasons_with_fixes(service):
    client, tokens = service
    created = client.post("/precheck", files=multipart(), headers=auth(tokens["enterprise"])).json()
    wait_done(client, created["id"], tokens["enterprise"])
    log_in(client, tokens["enterprise"])
    page = client.get(f"/check/{created['id']}")
    assert "按现在的材料，申报会被驳回" in page.text
    assert "驳回原因：未提供营业执照" in page.text
    assert "如何整改：" in page.text
    assert created["id"] in client.get("/check").text


def test_every_finding_code_has_advice():
    table = load_advice()
    missing = {c.value for c in Code} - set(table)
    assert not missing, f"add wording for {sorted(missing)} to service/web/advice.toml"
    assert advice_for("SOME_FUTURE_CODE") == table["_default"]


def test_malformed_advice_names_the_file():
    with pytest.raises(RuleError, match=r"advice\.toml"):
        parse_advice('[X]\ntitle = "t"\n')
