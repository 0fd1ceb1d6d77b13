"""Report assembly: one verdict per declared project in declaration order, and the summary."""

from __future__ import annotations

from jianzheng.models import BoxFrame, Declaration, Document, Finding, Match, Page, Report
from jianzheng.service.report import assemble_report

DECLARATION = Declaration.model_validate(
    {
        "enterprise": {"name": "某公司", "inspection_year": 2024},
        "projects": [{"id": f"P{i}", "name": f"项目{i}"} for i in (1, 2, 10, 3, 4)],
    }
)
DOCUMENTS = [
    Document(id="D1", file="a.pdf", pages=[1], type="contract"),
    Document(id="D2", file="a.pdf", pages=[2], type="acceptance_report"),
    Document(id="D3", file="b.pdf", pages=[1], type="contract"),
    Document(id="D4", file="c.pdf", pages=[1], type="contract"),
    Document(id="D5", file="d.pdf", pages=[1], type="acceptance_report"),
]
MATCHES = [
    Match(project_id="P1", documents=["D1", "D2"], score=0.9),
    Match(project_id="P2", documents=["D3"], score=0.8),
    Match(project_id="P10", documents=["D4"], score=0.7),
    Match(project_id="P3", documents=["D5"], score=0.5),  # an acceptance report, but no contract
]
FINDINGS = [
    Finding(code="SEAL_MISSING", project_id="P2", message="m"),
    Finding(code="DOCUMENT_UNMATCHED", message="m"),
    Finding(code="AMOUNT_MISMATCH", project_id="P10", message="m"),
    Finding(code="DATE_MISMATCH", project_id="P10", message="m"),
    Finding(code="PROJECT_EVIDENCE_MISSING", project_id="P4", message="m"),
    Finding(code="LICENSE_MISSING", message="m"),
]
PAGES = [
    Page(file="a.pdf", number=1, width=595, height=842),
    Page(file="b.pdf", number=1, width=595, height=842, text_source="ocr"),
]


def assemble():
    return assemble_report(
        declaration=DECLARATION,
        documents=DOCUMENTS,
        pages=PAGES,
        matches=MATCHES,
        findings=FINDINGS,
        files=4,
        seconds=1.234,
    )


def test_every_declared_project_gets_a_verdict_in_declaration_order():
    report = assemble()
    assert [(v.project_id, v.status) for v in report.projects] == [
        ("P1", "ok"),
        ("P2", "warning"),
        ("P10", "error"),
        ("P3", "missing"),
        ("P4", "missing"),
    ]
    assert report.projects[0].documents == ["D1", "D2"]
    assert report.projects[2].findings == 2


def test_summary_counts_findings_by_severity_and_pages_by_source():
    summary = assemble().summary
    assert (summary.errors, summary.warnings, summary.info) == (3, 2, 1)
    assert (summary.files, summary.pages, summary.ocr_pages, summary.seconds) == (4, 2, 1, 1.23)


def test_findings_are_ordered_by_severity_then_project_in_declaration_order():
    codes = [(f.severity.value, f.project_id) for f in assemble().findings]
    assert codes == [
        ("error", None),
        ("error", "P10"),
        ("error", "P4"),
        ("warning", "P2"),
        ("warning", "P10"),
        ("info", None),
    ]


def test_without_a_declaration_there_are_no_verdicts():
    report = assemble_report(
        declaration=None, documents=[], pages=[], matches=[], findings=[], files=0, seconds=0.0
    )
    assert report.projects == [] and report.submission.enterprise is None


def test_boxes_on_a_page_read_upside_down_are_placed_on_the_page_as_the_file_holds_it():
    # b.pdf page 1 was scanned upside down: read after a half turn, its words' boxes are on the
    # upright page; the report gives them on the file's page, where a viewer draws them.
    upside_down = Page(file="b.pdf", number=1, width=595, height=842, text_source="ocr", rotation=180)
    amount = {"value": "100.00", "page": 1, "bbox": (100.0, 200.0, 300.0, 220.0), "text": "¥100.00"}
    contract = Document.model_validate(
        {"id": "D3", "file": "b.pdf", "pages": [1], "type": "contract", "fields": {"contract_amount": amount}}
    )
    finding = Finding(
        code="AMOUNT_MISMATCH",
        project_id="P2",
        message="m",
        evidence=[{"document": "D3", "page": 1, "bbox": (100.0, 200.0, 300.0, 220.0)}],
    )
    report = assemble_report(
        declaration=DECLARATION,
        documents=[DOCUMENTS[0], contract],
        pages=[PAGES[0], upside_down],
        matches=MATCHES[:2],
        findings=[
            finding,
            Finding(
                code="SEAL_MISSING",
                message="m",
                evidence=[{"file": "a.pdf", "page": 1, "bbox": (1.0, 2.0, 3.0, 4.0)}],
            ),
        ],
        files=2,
        seconds=0.1,
    )
    on_file = (295.0, 622.0, 495.0, 642.0)
    assert report.documents[1].fields.contract_amount.bbox == on_file
    placed = {f.code: f.evidence[0].bbox for f in report.findings}
    assert placed["AMOUNT_MISMATCH"] == on_file
    assert placed["SEAL_MISSING"] == (1.0, 2.0, 3.0, 4.0)  # a page read as it lies keeps its boxes
    # Both were read upright and are now on the files' pages, and say so.
    assert {f.evidence[0].frame for f in report.findings} == {BoxFrame.pdf_points}


def test_boxes_found_on_the_file_page_itself_stay_where_they_were_found():
    upside_down = Page(file="b.pdf", number=1, width=595, height=842, text_source="ocr", rotation=180)
    pasted = Finding(
        code="IMAGE_TAMPERED",
        message="m",
        # forensics analyse the image as the file holds it, and say so (verify/forensics/files.py)
        evidence=[{"file": "b.pdf", "page": 1, "bbox": (100.0, 200.0, 300.0, 220.0), "frame": "pdf_points"}],
    )
    report = assemble_report(
        declaration=DECLARATION,
        documents=DOCUMENTS,
        pages=[upside_down],
        matches=MATCHES,
        findings=[pasted],
        files=1,
        seconds=0.1,
    )
    # the image was analysed as the file holds it, so its box is already on the file's page
    assert report.findings[0].evidence[0].bbox == (100.0, 200.0, 300.0, 220.0)
    assert report.findings[0].evidence[0].frame == BoxFrame.pdf_points


def test_boxes_on_a_flattened_photo_say_they_are_on_its_sheet():
    photo = Page(
        file="b.jpg", number=1, width=595, height=842, text_source="ocr",
        sheet=[(10.0, 10.0), (580.0, 12.0), (585.0, 830.0), (8.0, 828.0)],
    )  # fmt: skip
    box = (100.0, 200.0, 300.0, 220.0)
    report = assemble_report(
        declaration=DECLARATION,
        documents=DOCUMENTS,
        pages=[photo],
        matches=MATCHES,
        findings=[
            Finding(code="SEAL_MISSING", message="m", evidence=[{"file": "b.jpg", "page": 1, "bbox": box}])
        ],
        files=1,
        seconds=0.1,
    )
    [evidence] = report.findings[0].evidence
    assert evidence.bbox == box and evidence.frame == BoxFrame.sheet_points


def test_a_stored_report_without_frames_holds_boxes_on_the_files_pages():
    stored = {
        "findings": [
            {"code": "SEAL_MISSING", "message": "m", "evidence": [{"page": 1, "bbox": [1, 2, 3, 4]}]}
        ]
    }
    assert Report.model_validate(stored).findings[0].evidence[0].frame == BoxFrame.pdf_points


def verdicts(findings: list[Finding]) -> list[tuple[str, str]]:
    report = assemble_report(
        declaration=DECLARATION, documents=DOCUMENTS, pages=PAGES, matches=MATCHES, findings=findings,
        files=4, seconds=0.0,
    )  # fmt: skip
    return [(v.project_id, v.status) for v in report.projects][:3]


def test_a_row_a_check_could_not_decide_is_under_review_never_ok_and_never_error():
    unsure = Finding(code="NEEDS_REVIEW", check="AMOUNT_MISMATCH", project_id="P1", message="m")
    assert verdicts([unsure]) == [("P1", "review"), ("P2", "ok"), ("P10", "ok")]
    # An error from another, certain check still makes the row an error.
    both = [unsure, Finding(code="PARTY_MISMATCH", project_id="P1", message="m")]
    assert verdicts(both)[0] == ("P1", "error")


def test_a_failed_check_that_named_no_row_leaves_every_row_undecided():
    failed = Finding(code="CHECK_FAILED", message="内部检查 contract.contract_amount 出错")
    assert verdicts([failed]) == [("P1", "review"), ("P2", "review"), ("P10", "review")]


def test_the_precheck_cannot_pass_while_a_check_could_not_decide_or_failed():
    from jianzheng.service.api.routes.precheck import verdict_of

    def report(*codes: str):
        found = [Finding(code=c, message="m") for c in codes]
        return assemble_report(
            declaration=DECLARATION, documents=[], pages=[], matches=[], findings=found, files=0, seconds=0.0
        )

    assert verdict_of(report()) == "pass"
    assert verdict_of(report("SEAL_MISSING")) == "pass"
    assert verdict_of(report("NEEDS_REVIEW")) == "review"
    assert verdict_of(report("CHECK_FAILED")) == "review"
    assert verdict_of(report("NEEDS_REVIEW", "AMOUNT_MISMATCH")) == "reject"
