"""The HTML report: one self-contained file with page thumbnails and evidence boxes."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pymupdf
import pytest
from PIL import Image

from jianzheng.models import Document, Evidence, Finding, Match, ProjectVerdict, Report
from jianzheng.service.html import render_html, show_value

DECLARATION = {
    "enterprise": {"name": "新疆天山云数信息技术有限公司", "inspection_year": 2024},
    "projects": [
        {
            "id": "P1",
            "name": "政务云平台建设项目",
            "client": "某区数据局",
            "contract_amount": "2450000.00",
            "fees": {"other": "2450000.00"},
        },
        {
            "id": "P2",
            "name": "智慧园区安防项目",
            "contract_amount": "800000.00",
            "fees": {"other": "800000.00"},
        },
    ],
}


@pytest.fixture
def submission(tmp_path) -> Path:
    folder = tmp_path / "sub"
    folder.mkdir()
    (folder / "declaration.json").write_text(json.dumps(DECLARATION, ensure_ascii=False), encoding="utf-8")
    doc = pymupdf.open()
    for text in ("技术服务合同", "合同总价：人民币贰佰零肆万伍仟元整"):
        doc.new_page(width=595, height=842).insert_text((72, 100), text, fontname="china-s", fontsize=14)
    doc.save(folder / "scan_07.pdf")
    Image.new("RGB", (1000, 1400), "white").save(folder / "photo.png", dpi=(200, 200))
    (tmp_path / "secret.pdf").write_bytes((folder / "scan_07.pdf").read_bytes())
    return folder


def finding(code: str, message: str, *evidence: Evidence, **kw: object) -> Finding:
    return Finding(code=code, message=message, evidence=list(evidence), **kw)


REPORT = Report(
    submission={"enterprise": "新疆天山云数信息技术有限公司", "inspection_year": 2024},
    documents=[
        Document(
            id="D1",
            file="scan_07.pdf",
            pages=[1, 2],
            type="contract",
            fields={"contract_amount": {"value": "2045000", "page": 2}},
        ),
        Document(id="D2", file="photo.png", pages=[1], type="acceptance_report"),
    ],
    matches=[Match(project_id="P1", documents=["D1", "D2"], score=0.9)],
    projects=[
        ProjectVerdict(project_id="P1", status="error", documents=["D1", "D2"], findings=2),
        ProjectVerdict(project_id="P2", status="missing"),
    ],
    findings=[
        finding(
            "AMOUNT_MISMATCH",
            "合同金额与申报不一致：申报 245.00 万元，合同 204.50 万元",
            Evidence(
                document="D1", page=2, bbox=(72, 86, 400, 104), text="合同总价：人民币贰佰零肆万伍仟元整"
            ),
            project_id="P1",
            declared="2450000.00",
            found="2045000.00",
            documents=["D1"],
        ),
        finding(
            "SEAL_MISSING",
            "验收报告未见公章",
            Evidence(document="D2", bbox=(100, 300, 200, 400)),
            Evidence(document="D2", bbox=(10, 10, 50, 50)),
            project_id="P1",
        ),
        finding("PROJECT_EVIDENCE_MISSING", "项目「智慧园区安防项目」未找到合同", project_id="P2"),
        finding(
            "DOCUMENT_UNMATCHED",
            "这份合同与申报项目都对不上 <script>alert(1)</script>",
            Evidence(document="D1", page=1, bbox=(72, 86, 200, 104), text="技术服务合同"),
        ),
        finding(
            "FILE_UNREADABLE", "文件无法读取：gone.pdf", Evidence(file="gone.pdf", page=1, text="missing")
        ),
        finding("PDF_EDITED", "第 9 页不存在", Evidence(file="scan_07.pdf", page=9)),
        finding("DUPLICATE_DOCUMENT", "在提交目录之外", Evidence(file="../secret.pdf", page=1)),
    ],
)


def pictures(html: str) -> int:
    return html.count("background-image:url(data:image/jpeg;base64,")


def test_the_report_is_one_self_contained_file(submission):
    html = render_html(REPORT, submission)
    assert "<script>" not in html and "&lt;script&gt;" in html  # messages are escaped
    assert not re.search(r"""(src|href)=["']?(https?:|file:)""", html)
    assert "政务云平台建设项目" in html and "智慧园区安防项目" in html
    assert "不一致" in html and "缺少材料" in html


def test_each_page_is_embedded_once_and_every_box_is_drawn(submission):
    html = render_html(REPORT, submission)
    assert pictures(html) == 3  # scan_07.pdf pages 1 and 2, photo.png; not gone.pdf, page 9, ../secret.pdf
    assert html.count("<rect ") == 4
    assert 'viewBox="0 0 595.00 842.00"' in html
    assert 'viewBox="0 0 360.00 504.00"' in html  # 1000×1400 px at 200 DPI, in points


def test_a_close_up_of_the_evidence_sits_under_its_page(submission):
    html = render_html(REPORT, submission)
    # the amount line and the title line; the two seal boxes together span half the photo: no close-up
    assert html.count('<img class="crop" src="data:image/jpeg;base64,') == 2


def test_declared_and_found_are_shown_side_by_side_in_wan_yuan(submission):
    html = render_html(REPORT, submission)
    assert "245.00 万元（2450000.00 元）" in html
    assert "204.50 万元（2045000.00 元）" in html
    assert show_value(None) == "—" and show_value("乙") == "乙"


def test_each_project_shows_its_row_beside_what_its_documents_say(submission):
    html = render_html(REPORT, submission)
    assert (
        "<td>合同金额</td><td>245.00 万元（2450000.00 元）</td><td>204.50 万元（2045000.00 元）</td><td>D1</td>"
        in html
    )
    assert "<td>甲方单位</td><td>某区数据局</td><td>—</td><td>—</td>" in html


def test_findings_without_a_page_are_still_listed(submission):
    html = render_html(REPORT, submission)
    for message in ("文件无法读取：gone.pdf", "第 9 页不存在", "在提交目录之外", "未找到合同"):
        assert message in html


def test_the_number_of_pictures_is_capped(submission):
    html = render_html(REPORT, submission, max_thumbnails=1)
    assert pictures(html) == 1
    assert "缩略图已达 1 张上限" in html


def test_a_report_without_declaration_renders(tmp_path):
    html = render_html(Report(), tmp_path / "does-not-exist")
    assert "没有可核验的申报项目" in html


def test_a_phone_photos_thumbnail_is_its_flattened_sheet_as_read(samples_dir):
    from jianzheng.extract.readers.image import image_dpi
    from jianzheng.service.thumbnails import render_thumbnail

    # The acceptance photo lies slanted on a desk; its words are placed on the flattened sheet.
    root = samples_dir / "s02_clean_scanned" / "submission"
    with Image.open(root / "IMG_20240801.jpg") as photo:
        whole_pt = photo.width * 72 / image_dpi(photo, photo.width, photo.height)
    thumb = render_thumbnail(root, "IMG_20240801.jpg", 1)
    assert thumb is not None
    assert 0.7 * whole_pt < thumb.width_pt < 0.97 * whole_pt  # the desk around the sheet is cut away


def test_a_declaration_forms_type_and_finance_rows_read_as_text():
    from decimal import Decimal

    from jianzheng.models import FormFinanceRow
    from jianzheng.service.html import TYPE_TEXT, field_text

    assert TYPE_TEXT["declaration_form"] == "申报表（盖章版）"
    rows = [FormFinanceRow(year=2023, net_profit=Decimal("800000.00")), FormFinanceRow(year=2024)]
    text = field_text(rows)
    assert "year 2023" in text and "80.00" in text and " / year 2024" in text and "FormFinanceRow" not in text
