"""Reports validate against the JSON schema exported from models.Report (CONTRACT 2)."""

from __future__ import annotations

import functools
import json
from pathlib import Path

import jsonschema
import pytest

from jianzheng.models import Document, Evidence, Finding, Match, ProjectVerdict, Report, Summary
from jianzheng.service.schema import report_schema, schema_text

ROOT = Path(__file__).resolve().parents[2]
COMMITTED = ROOT / "docs" / "report.schema.json"


@functools.cache
def validator() -> jsonschema.Draft202012Validator:
    schema = report_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def x(value: object, page: int = 1) -> dict:
    return {
        "value": value,
        "page": page,
        "bbox": [72.1, 410.3, 260.0, 428.8],
        "text": "原文",
        "confidence": 0.9,
    }


FULL = Report(
    submission={
        "enterprise": "新疆天山云数信息技术有限公司",
        "credit_code": "91650100MA78XXXXXX",
        "inspection_year": 2024,
    },
    documents=[
        Document(
            id="D1",
            file="scan_07.pdf",
            pages=[1, 2, 3],
            type="contract",
            type_confidence=0.97,
            text_source="ocr",
            quality={"dpi": 200, "blur": 0.12, "skew_deg": 1.4, "readable": True},
            fields={
                "contract_amount": x("2450000"),
                "signed_on": x("2024-03-05"),
                "fees": x({"hardware_purchase": "800000"}),
                "party_b": x("新疆天山云数信息技术有限公司"),
            },
        ),
        Document(
            id="D2",
            file="scan_07.pdf",
            pages=[4],
            type="acceptance_report",
            fields={"conclusion": x("passed"), "has_seal": x(True)},
        ),
        Document(
            id="D3",
            file="lic.jpg",
            pages=[1],
            type="business_license",
            fields={"valid_until": x("长期"), "registered_capital": x("10000000")},
        ),
        Document(
            id="D4",
            file="audit.pdf",
            pages=[1, 2],
            type="audit_report",
            fields={"opinion": x("unqualified"), "fiscal_year": x(2024), "consolidated": x(False)},
        ),
        Document(id="D5", file="x.pdf", pages=[1], type="other"),
    ],
    matches=[Match(project_id="P1", documents=["D1", "D2"], score=0.93)],
    summary=Summary(errors=1, files=3, pages=7, ocr_pages=5, seconds=4.2),
    projects=[ProjectVerdict(project_id="P1", status="error", documents=["D1", "D2"], findings=1)],
    findings=[
        Finding(
            code="AMOUNT_MISMATCH",
            project_id="P1",
            documents=["D1"],
            declared="2450000.00",
            found="2045000.00",
            message="合同金额与申报不一致",
            evidence=[Evidence(document="D1", page=1, bbox=(72.1, 410.3, 260.0, 428.8), text="合同总价")],
        ),
        Finding(code="LICENSE_MISSING", message="没有营业执照"),
    ],
)


def test_a_full_report_validates():
    validator().validate(json.loads(FULL.to_json()))


def test_an_empty_report_validates():
    validator().validate(json.loads(Report().to_json()))


@pytest.mark.parametrize(
    ("path", "bad"),
    [
        (("findings", 0, "code"), "NOT_A_CODE"),
        (("documents", 0, "fields", "contract_amount", "value"), "2450000"),  # money has two decimals
        (("projects", 0, "status"), "fine"),
        (("schema",), "jianzheng.report/2"),
    ],
)
def test_a_report_breaking_the_contract_is_rejected(path, bad):
    data = json.loads(FULL.to_json())
    target = data
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = bad
    with pytest.raises(jsonschema.ValidationError):
        validator().validate(data)


def test_a_checked_report_validates(tmp_path, monkeypatch):
    monkeypatch.setenv("JIANZHENG_DATA", str(tmp_path / "data"))
    from jianzheng.models.settings import Settings
    from jianzheng.service.pipeline import check

    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "declaration.json").write_text(
        json.dumps(
            {
                "enterprise": {"name": "某公司", "inspection_year": 2024},
                "projects": [
                    {"id": "P1", "name": "某项目", "contract_amount": "100.00", "fees": {"other": "100.00"}}
                ],
            },
            ensure_ascii=False,
        ),
        encoding="utf-8",
    )
    (tmp_path / "sub" / "broken.pdf").write_bytes(b"%PDF-1.4 nothing")
    report = check(tmp_path / "sub", settings=Settings(ocr_engine="null", use_cache=False))
    assert "FILE_UNREADABLE" in [f.code for f in report.findings]
    validator().validate(json.loads(report.to_json()))


def test_the_committed_schema_is_up_to_date():
    assert COMMITTED.read_text(encoding="utf-8") == schema_text(), (
        "docs/report.schema.json is stale: regenerate it with "
        ".venv/bin/python -m jianzheng.service.schema docs/report.schema.json"
    )
