"""Scoring a report against ground truth: exact numbers on hand-built reports."""

from __future__ import annotations

from decimal import Decimal

from jianzheng.models import Document, Evidence, Finding, Report, Truth
from jianzheng_workshop.scoring import (
    normalise_value,
    score_boundaries,
    score_fields,
    score_findings,
    score_page_types,
    score_sample,
)

TRUTH = Truth.model_validate(
    {
        "name": "s01",
        "clean": True,
        "pages": [
            {"file": "bundle.pdf", "page": 1, "type": "contract", "document": "T1"},
            {"file": "bundle.pdf", "page": 2, "type": "contract", "document": "T1"},
            {"file": "bundle.pdf", "page": 3, "type": "acceptance_report", "document": "T2", "scanned": True},
            {"file": "lic.jpg", "page": 1, "type": "business_license", "document": "T3", "scanned": True},
        ],
        "documents": [
            {
                "id": "T1",
                "file": "bundle.pdf",
                "pages": [1, 2],
                "type": "contract",
                "project_id": "P1",
                "fields": {
                    "contract_amount": "2450000.00",
                    "party_a": "乌鲁木齐市某区数据局（信息中心）",
                    "signed_on": "2024-03-05",
                    "fees": {"hardware_purchase": "800000.00", "other": "0.00"},
                },
            },
            {
                "id": "T2",
                "file": "bundle.pdf",
                "pages": [3],
                "type": "acceptance_report",
                "scanned": True,
                "fields": {"conclusion": "passed"},
            },
            {
                "id": "T3",
                "file": "lic.jpg",
                "pages": [1],
                "type": "business_license",
                "scanned": True,
                "fields": {"credit_code": "91650100MA78XXXXXX"},
            },
        ],
        "findings": [
            {"code": "AMOUNT_MISMATCH", "project_id": "P1", "file": "bundle.pdf", "page": 1},
            {"code": "SEAL_MISSING", "project_id": "P1"},
            {"code": "SEAL_MISSING", "project_id": "P2"},
        ],
    }
)


def value(v: object, page: int = 1) -> dict:
    return {"value": v, "page": page}


REPORT = Report(
    documents=[
        Document(
            id="D1",
            file="bundle.pdf",
            pages=[1, 2, 3],  # the acceptance page was not cut off
            type="contract",
            fields={
                "contract_amount": value("2450000"),
                "party_a": value("乌鲁木齐市某区数据局(信息中心)"),
                "signed_on": value("2024-03-06"),
                "fees": value({"hardware_purchase": "800000", "other": "0"}),
            },
        ),
        Document(
            id="D2",
            file="lic.jpg",
            pages=[1],
            type="business_license",
            fields={"credit_code": value("91650100MA78XXXXXX")},
        ),
    ],
    findings=[
        Finding(
            code="AMOUNT_MISMATCH",
            project_id="P1",
            message="m",
            evidence=[Evidence(document="D1", page=1, text="x")],
        ),
        Finding(code="SEAL_MISSING", project_id="P1", message="m"),
        Finding(code="DATE_MISMATCH", project_id="P1", message="m"),
    ],
)


def test_page_types_count_each_truth_page_by_its_document():
    every, scanned = score_page_types(REPORT, TRUTH)
    assert (every.correct, every.total) == (3, 4)
    assert (scanned.correct, scanned.total) == (1, 2)


def test_boundaries_compare_file_first_last_and_type():
    counts = score_boundaries(REPORT, TRUTH)
    assert (counts.tp, counts.fp, counts.fn) == (1, 1, 2)
    assert counts.precision == 0.5 and round(counts.f1, 3) == 0.4


def test_fields_compare_normalised_values_split_by_scanned():
    misses: list[str] = []
    scores = score_fields(REPORT, TRUTH, misses)
    assert scores["contract.contract_amount"].text.correct == 1  # Decimal, not text
    assert scores["contract.party_a"].text.correct == 1  # full-width brackets
    assert scores["contract.signed_on"].text.correct == 0
    assert scores["contract.fees.hardware_purchase"].text.correct == 1
    assert scores["contract.fees.other"].text.correct == 1
    assert scores["business_license.credit_code"].scanned.correct == 1
    # the acceptance page's best overlap is the contract document, which has no conclusion
    assert scores["acceptance_report.conclusion"].scanned.total == 1
    assert scores["acceptance_report.conclusion"].scanned.correct == 0
    # each wrong field is listed with its place, what the truth says and what was read
    assert any(m.startswith("contract.signed_on[") and "→" in m for m in misses)
    assert len(misses) == sum(
        s.text.total + s.scanned.total - s.text.correct - s.scanned.correct for s in scores.values()
    )


def test_findings_match_one_to_one_on_code_and_the_keys_the_truth_gives():
    counts, missed, unexpected = score_findings(REPORT, TRUTH)
    assert counts["AMOUNT_MISMATCH"].tp == 1  # page 1 comes from the evidence, file from D1
    assert (counts["SEAL_MISSING"].tp, counts["SEAL_MISSING"].fn) == (1, 1)
    assert counts["DATE_MISMATCH"].fp == 1
    assert counts["DATE_MISMATCH"].precision == 0.0
    assert missed == ["SEAL_MISSING[P2]"]
    assert unexpected == ["DATE_MISMATCH[P1]"]


def test_a_finding_on_another_page_does_not_match():
    report = REPORT.model_copy(
        update={
            "findings": [
                Finding(
                    code="AMOUNT_MISMATCH",
                    project_id="P1",
                    message="m",
                    evidence=[Evidence(file="bundle.pdf", page=2)],
                )
            ]
        }
    )
    counts, _, _ = score_findings(report, TRUTH)
    assert (counts["AMOUNT_MISMATCH"].tp, counts["AMOUNT_MISMATCH"].fp) == (0, 1)


def test_clean_submissions_count_their_error_findings():
    score = score_sample("s01", REPORT, TRUTH)
    assert score.clean_errors == ["AMOUNT_MISMATCH"]
    assert score.model_dump()["page_types"]["rate"] == 0.75


def test_normalised_values():
    assert normalise_value("2,450,000.00") == normalise_value(Decimal("2450000"))
    assert normalise_value(" 新疆 天山（云数） ") == "新疆天山(云数)"
    assert normalise_value(True) is True


def test_list_values_compare_item_by_item():
    from jianzheng.models import FormFinanceRow

    read = [
        FormFinanceRow(year=2024, operating_revenue=Decimal("52300000"), net_profit=Decimal("3100000.00"))
    ]
    truth = [{"year": 2024, "operating_revenue": "52300000.00", "net_profit": "3100000.00"}]
    assert normalise_value(read) == normalise_value(truth)
    assert normalise_value(read) != normalise_value([{**truth[0], "net_profit": "3100100.00"}])


def test_document_number_brackets_and_a_printed_renminbi_compare_as_the_same_value():
    from jianzheng_workshop.scoring import _as_compared

    assert _as_compared("report_number", "华西和审字〔2025〕第0015号") == _as_compared(
        "report_number", "华西和审字(2025)第0015号"
    )
    assert _as_compared("amount_in_words", "人民币叁拾万元整") == _as_compared(
        "amount_in_words", "叁拾万元整"
    )
    assert _as_compared("amount_in_words", "人民币（大写）：叁拾万元整") == _as_compared(
        "amount_in_words", "叁拾万元整"
    )
    assert _as_compared("project_name", "人民币项目") != _as_compared("project_name", "项目")


def _audit(read: str, text: str) -> Report:
    field = {"value": read, "page": 2, "text": text}
    doc = Document(
        id="D1", file="audit.pdf", pages=[1, 2], type="audit_report", fields={"operating_revenue": field}
    )
    return Report(documents=[doc])


AUDIT_TRUTH = Truth.model_validate(
    {
        "name": "s02",
        "documents": [
            {
                "id": "T1",
                "file": "audit.pdf",
                "pages": [1, 2],
                "type": "audit_report",
                "fields": {"operating_revenue": "5340816.96"},
            }
        ],
    }
)


def test_a_figure_printed_in_wan_is_right_at_the_precision_it_was_printed():
    # The statement prints 534.08 (万元): 5,340,800 yuan to the hundred, which the exact truth agrees with.
    right = score_fields(_audit("5340800.00", "一、营业收入 1 534.08"), AUDIT_TRUTH)
    assert right["audit_report.operating_revenue"].text.correct == 1
    # A figure misread by a digit is wrong at any precision, and an exact print must be exact.
    misread = score_fields(_audit("5341800.00", "一、营业收入 1 534.18"), AUDIT_TRUTH)
    assert misread["audit_report.operating_revenue"].text.correct == 0
    exact = score_fields(_audit("5340800.00", "一、营业收入 1 5,340,800.00"), AUDIT_TRUTH)
    assert exact["audit_report.operating_revenue"].text.correct == 0
