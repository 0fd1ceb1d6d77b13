from decimal import Decimal

import pytest
from pydantic import ValidationError

from jianzheng.models import Code, Document, Finding, Report, Severity


def test_money_is_decimal_inside_and_two_decimal_string_in_json():
    doc = Document(
        id="D1",
        file="scan.pdf",
        pages=[1],
        type="contract",
        fields={"contract_amount": {"value": "2450000", "page": 1, "text": "¥2,450,000.00"}},
    )
    assert doc.fields.contract_amount.value == Decimal("2450000")
    report = Report(documents=[doc])
    text = report.to_json()
    assert '"value": "2450000.00"' in text
    assert Report.model_validate_json(text) == report


def test_fields_follow_the_document_type():
    with pytest.raises(ValidationError):
        Document(
            id="D1", file="a.pdf", pages=[1], type="invoice", fields={"party_a": {"value": "x", "page": 1}}
        )


def test_money_refuses_more_than_two_decimals():
    with pytest.raises(ValidationError):
        Document(
            id="D1",
            file="a.pdf",
            pages=[1],
            type="invoice",
            fields={"total_amount": {"value": "1.005", "page": 1}},
        )


def test_finding_takes_its_default_severity_from_the_contract_table():
    assert Finding(code=Code.AMOUNT_MISMATCH, message="m").severity == Severity.error
    assert Finding(code=Code.DOCUMENT_UNMATCHED, message="m").severity == Severity.info


def test_report_carries_the_schema_tag():
    assert Report().to_json().count('"schema": "jianzheng.report/1"') == 1
