"""A page another enterprise filed: the enterprise learns only that it was seen elsewhere, the reviewer whose.

Two enterprises file the same contract page. The second one's report cites the
first filing; through every way the report leaves the service (JSON, findings,
pre-check reasons, web pages, the HTML report, the Excel export) the second
enterprise must not read the first one's name, credit code or submission id,
while a reviewer reads all of them. Deleting the first filing takes its pages
out of the duplicate index.
"""

from __future__ import annotations

import io
import json

from openpyxl import load_workbook
from service_fixtures import (
    CREDIT_CODE,
    DECLARATION,
    OTHER_CODE,
    auth,
    contract_pdf,
    declaration_bytes,
    service,
    wait_done,
)

from jianzheng.models import Code, Evidence, Finding, OtherFiling, Report
from jianzheng.service.api.disclosure import cites_other_filing, report_for

__all__ = ["service"]

# The shared page names neither enterprise, so any mention of the first one is a leak.
PAGE = [
    "乌鲁木齐市某区政务云平台建设项目合同",
    "甲方：乌鲁木齐市某区数据局",
    "合同总价：人民币贰佰万元整（¥2,000,000.00）",
    "签订日期：2024年3月5日",
]
FIRST_NAME = DECLARATION["enterprise"]["name"]  # type: ignore[index]
SECOND = {
    **DECLARATION,
    "enterprise": {
        **DECLARATION["enterprise"],
        "name": "新疆昆仑数智科技有限公司",
        "credit_code": OTHER_CODE,
    },  # type: ignore[dict-item]
}


def _upload(client, token, declaration, path="/submissions"):
    files = [
        ("declaration", ("declaration.json", declaration_bytes(declaration), "application/json")),
        ("files", ("合同.pdf", contract_pdf(PAGE), "application/pdf")),
    ]
    response = client.post(path, files=files, headers=auth(token))
    assert response.status_code == 202, response.text
    return response.json()["id"]


def _duplicates(findings):
    return [f for f in findings if f["code"] == "DUPLICATE_DOCUMENT"]


def _leaks(text: str, first_id: str) -> list[str]:
    return [secret for secret in (FIRST_NAME, CREDIT_CODE, first_id) if secret in text]


def test_an_enterprise_reads_only_that_its_page_was_seen_elsewhere(service):
    client, tokens = service
    first = _upload(client, tokens["enterprise"], DECLARATION)
    wait_done(client, first, tokens["enterprise"])
    second = _upload(client, tokens["other"], SECOND, path="/precheck")
    assert wait_done(client, second, tokens["other"])["status"] == "done"
    reviewer, other = auth(tokens["reviewer"]), auth(tokens["other"])

    # The reviewer sees both sides: whose filing, which submission.
    full = client.get(f"/submissions/{second}/report", headers=reviewer).json()
    [cited] = _duplicates(full["findings"])
    assert FIRST_NAME in cited["message"] and first in cited["message"]
    assert cited["other_filing"]["submission"] == first
    assert cited["other_filing"]["enterprise"] == FIRST_NAME

    # The enterprise: the finding is there, and nothing of the other filing is.
    mine = client.get(f"/submissions/{second}/report", headers=other)
    [seen] = _duplicates(mine.json()["findings"])
    assert "其他申报材料" in seen["message"] and "other_filing" not in seen
    findings = client.get(f"/submissions/{second}/findings", headers=other).json()
    precheck = client.get(f"/precheck/{second}", headers=other).json()
    assert [r["code"] for r in precheck["reasons"]].count("DUPLICATE_DOCUMENT") == 1
    client.cookies.set("jz_token", tokens["other"])
    pages = [client.get(f"/check/{second}").text, client.get(f"/view/{second}").text]
    client.cookies.clear()
    html = client.get(f"/submissions/{second}/report.html", headers=other).text
    book = load_workbook(
        io.BytesIO(client.get(f"/submissions/{second}/findings.xlsx", headers=other).content)
    )
    cells = " ".join(str(c.value) for sheet in book.worksheets for line in sheet.iter_rows() for c in line)
    for text in [
        mine.text,
        json.dumps(findings, ensure_ascii=False),
        json.dumps(precheck, ensure_ascii=False),
    ]:
        assert _leaks(text, first) == []
    for text in [*pages, html, cells]:
        assert _leaks(text, first) == []
        assert "其他申报材料" in text

    # The reviewer's own pages and export still say whose.
    reviewer_book = client.get(f"/submissions/{second}/findings.xlsx", headers=reviewer).content
    reviewer_cells = load_workbook(io.BytesIO(reviewer_book)).worksheets[0]
    assert any(FIRST_NAME in str(c.value) for line in reviewer_cells.iter_rows() for c in line)


def test_a_deleted_filing_is_never_cited_again(service):
    client, tokens = service
    first = _upload(client, tokens["enterprise"], DECLARATION)
    wait_done(client, first, tokens["enterprise"])
    assert client.delete(f"/submissions/{first}", headers=auth(tokens["enterprise"])).status_code == 204
    second = _upload(client, tokens["other"], SECOND)
    wait_done(client, second, tokens["other"])
    report = client.get(f"/submissions/{second}/report", headers=auth(tokens["reviewer"])).json()
    assert _duplicates(report["findings"]) == []


def test_report_for_cuts_only_findings_that_cite_another_filing():
    own = Evidence(file="001.pdf", page=2, text="2000000.00")
    elsewhere = Finding(
        code=Code.DUPLICATE_DOCUMENT,
        message="001.pdf 第 2 页与另一份申报材料「abc123」（某某公司）003.pdf 第 1 页相同（文字相似度 0.97）",
        found="003.pdf#1",
        evidence=[own],
        other_filing=OtherFiling(submission="abc123", enterprise="某某公司", file="003.pdf", page=1),
    )
    within = Finding(
        code=Code.DUPLICATE_DOCUMENT,
        message="001.pdf 第 2 页与本次提交 002.pdf 第 1 页相同",
        evidence=[own, Evidence(file="002.pdf", page=1)],
    )
    report = Report(findings=[elsewhere, within])
    assert report_for(report, "reviewer") is report
    shown = report_for(report, "enterprise").findings
    assert (
        shown[0].message
        == "001.pdf 第 2 页与其他申报材料中的一页相同或几乎相同（出于保密，不显示是哪家企业的哪份材料）"
    )
    assert (shown[0].found, shown[0].other_filing, shown[0].evidence) == (None, None, [own])
    assert shown[1] == within


def test_a_report_stored_before_other_filing_existed_is_still_cut():
    legacy = Finding(
        code=Code.DUPLICATE_DOCUMENT,
        message="印章与另一家企业（某某公司）材料「abc123」的印章逐像素相同",
        evidence=[Evidence(file="001.pdf", page=1, bbox=(1, 2, 3, 4))],
    )
    assert cites_other_filing(legacy)
    [shown] = report_for(Report(findings=[legacy]), "enterprise").findings
    assert "某某公司" not in shown.message and "abc123" not in shown.message
    assert "印章" in shown.message
