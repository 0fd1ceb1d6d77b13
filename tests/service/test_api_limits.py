"""Limits with clear errors: file, submission and page bounds, bounded declarations, a paginated queue."""

from __future__ import annotations

import copy
import io
import json
import re

import numpy as np
from fastapi.testclient import TestClient
from PIL import Image, ImageDraw
from service_fixtures import (
    DECLARATION,
    auth,
    contract_pdf,
    declaration_bytes,
    make_settings,
    multipart,
    service,
    tokens_for,
    wait_done,
)

from jianzheng.service.api.app import create_app
from jianzheng.service.api.settings import ServiceSettings

__all__ = ["service"]


def _client(tmp_path, **overrides):
    settings = make_settings(tmp_path, **overrides)
    return TestClient(create_app(settings, start_jobs=False)), tokens_for(settings)


def test_a_file_over_the_per_file_limit_is_413_naming_it(tmp_path):
    client, tokens = _client(tmp_path, max_file_bytes=20_000)
    with client:
        files = [("files", ("审计报告.pdf", contract_pdf(pages=30), "application/pdf"))]
        refused = client.post("/submissions", files=files, headers=auth(tokens["reviewer"]))
    assert refused.status_code == 413
    assert refused.json()["detail"] == "文件过大：审计报告.pdf，单个文件上限 20000 字节"


def test_files_over_the_per_submission_limit_together_are_413(tmp_path):
    one = contract_pdf()
    client, tokens = _client(tmp_path, max_submission_bytes=len(one) + 100)
    with client:
        files = [("files", (f"{n}.pdf", contract_pdf(pages=n), "application/pdf")) for n in (1, 2)]
        refused = client.post("/submissions", files=files, headers=auth(tokens["reviewer"]))
    assert refused.status_code == 413
    assert refused.json()["detail"].startswith("提交材料总计过大：")


def test_more_pages_than_the_limit_are_413_naming_the_file(tmp_path):
    client, tokens = _client(tmp_path, max_pages=5)
    with client:
        files = [
            ("files", ("合同.pdf", contract_pdf(pages=3), "application/pdf")),
            ("files", ("审计报告.pdf", contract_pdf(pages=3), "application/pdf")),
        ]
        refused = client.post("/submissions", files=files, headers=auth(tokens["reviewer"]))
        assert refused.status_code == 413
        assert refused.json()["detail"] == (
            "提交材料页数过多：已超过 5 页（到“审计报告.pdf”为止共 6 页），请只上传年检要求的材料"
        )
        assert (
            client.post("/submissions", files=files[:1], headers=auth(tokens["reviewer"])).status_code == 202
        )


def _scanned_a4_page_at_300_dpi() -> bytes:
    """A colour A4 page as a scanner at 300 DPI writes it: tinted paper, text, a red seal, sensor noise."""
    width, height = 2480, 3508
    page = Image.new("RGB", (width, height), (246, 243, 236))
    draw = ImageDraw.Draw(page)
    for row in range(60):
        draw.text(
            (200, 200 + row * 52),
            "合同总价 2,000,000.00 甲方 乙方 签订日期 2024-03-05 " * 2,
            fill=(30, 30, 30),
        )
    draw.ellipse((1600, 2800, 2100, 3300), outline=(200, 30, 30), width=12)
    noise = np.random.default_rng(7).normal(0, 4, (height, width, 3))
    noisy = np.clip(np.asarray(page, dtype=np.float32) + noise, 0, 255).astype(np.uint8)
    out = io.BytesIO()
    Image.fromarray(noisy).save(out, "JPEG", quality=85, dpi=(300, 300))
    return out.getvalue()


def test_the_default_limits_take_200_colour_pages_scanned_at_300_dpi():
    settings = ServiceSettings()
    page = len(_scanned_a4_page_at_300_dpi())
    # Three times the measured page for scanners that compress less; in one file or spread over many.
    filing = 200 * page * 3
    assert filing <= settings.max_file_bytes
    assert filing <= settings.max_submission_bytes
    assert filing <= settings.max_upload_bytes
    assert settings.max_pages >= 200


def test_a_three_million_character_company_name_is_declaration_invalid(service):
    client, tokens = service
    declaration = copy.deepcopy(DECLARATION)
    declaration["enterprise"]["name"] = "某" * 3_000_000  # type: ignore[index]
    files = [
        ("declaration", ("declaration.json", declaration_bytes(declaration), "application/json")),
        ("files", ("合同.pdf", contract_pdf(), "application/pdf")),
    ]
    submission_id = client.post("/submissions", files=files, headers=auth(tokens["enterprise"])).json()["id"]
    assert wait_done(client, submission_id, tokens["enterprise"])["status"] == "done"
    report = client.get(f"/submissions/{submission_id}/report", headers=auth(tokens["reviewer"])).json()
    invalid = [f["message"] for f in report["findings"] if f["code"] == "DECLARATION_INVALID"]
    assert invalid == ["申报数据有误：declaration.json enterprise.name：过长：3000000 个字符，最多 200 个"]
    client.cookies.set("jz_token", tokens["reviewer"])
    assert len(client.get("/queue").content) < 50_000


def test_deeply_nested_json_is_declaration_invalid_not_a_failed_job(service):
    client, tokens = service
    nested = (
        '{"enterprise": {"name": "某公司", "inspection_year": 2024, "x": '
        + "[" * 100_000
        + "]" * 100_000
        + "}}"
    )
    files = [("declaration", ("declaration.json", nested.encode(), "application/json"))]
    submission_id = client.post("/submissions", files=files, headers=auth(tokens["reviewer"])).json()["id"]
    assert wait_done(client, submission_id, tokens["reviewer"])["status"] == "done"
    report = client.get(f"/submissions/{submission_id}/report", headers=auth(tokens["reviewer"])).json()
    [message] = [f["message"] for f in report["findings"] if f["code"] == "DECLARATION_INVALID"]
    assert message == "申报数据有误：declaration.json enterprise.x…：嵌套层数超过 20 层，不是申报表的结构"


def test_the_queue_is_paginated_with_a_total(tmp_path):
    client, tokens = _client(tmp_path, queue_page_size=2)
    with client:
        reviewer = auth(tokens["reviewer"])
        ids = [
            client.post("/submissions", files=multipart(), headers=reviewer).json()["id"] for _ in range(5)
        ]
        page = client.get("/submissions", params={"limit": 2, "offset": 2, "order": "asc"}, headers=reviewer)
        assert page.headers["X-Total-Count"] == "5"
        assert [s["id"] for s in page.json()] == ids[2:4]
        assert client.get("/submissions", params={"limit": 501}, headers=reviewer).status_code == 422

        client.cookies.set("jz_token", tokens["reviewer"])
        pages = [client.get("/queue", params={"page": n}).text for n in (1, 2, 3)]
    assert [len(re.findall(r'<tr data-id="', p)) for p in pages] == [2, 2, 1]
    assert ["共 5 份" in p for p in pages] == [True, True, True]
    links = [(('rel="prev"' in p), ('rel="next"' in p)) for p in pages]
    assert links == [(False, True), (True, True), (True, False)]
    assert (
        'href="/queue?q=&amp;status=&amp;kind=submission&amp;sort=created&amp;order=desc&amp;page=2"'
        in pages[0]
    )


def test_an_oversized_declaration_file_is_declaration_invalid(tmp_path):
    from jianzheng.extract import read_declaration

    path = tmp_path / "declaration.json"
    padded = {**DECLARATION, "padding": "x" * (11 * 1024 * 1024)}
    path.write_text(json.dumps(padded), encoding="utf-8")
    declaration, findings = read_declaration(path)
    assert declaration is None
    assert [f.message for f in findings] == [
        "申报数据有误：declaration.json：文件过大：11.0 MB，申报数据最多 10 MB"
    ]
