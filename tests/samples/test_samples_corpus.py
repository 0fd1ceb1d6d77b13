"""The committed sample set: truth agrees with the files, every finding code is planted."""

import json
from pathlib import Path

import pymupdf
import pytest
from openpyxl import load_workbook
from PIL import Image

from jianzheng.models import Code, Declaration
from jianzheng.models.truth import Truth

CORPUS = Path(__file__).resolve().parents[2] / "samples" / "corpus"
NAMES = sorted(p.name for p in CORPUS.iterdir() if (p / "truth.json").is_file()) if CORPUS.is_dir() else []


def _truth(name: str) -> Truth:
    return Truth.model_validate_json((CORPUS / name / "truth.json").read_text(encoding="utf-8"))


def _page_count(path: Path) -> int:
    if path.suffix.lower() == ".xml":
        return 1  # a structured e-invoice reads as one page
    if path.suffix.lower() == ".pdf":
        with pymupdf.open(path) as doc:
            return doc.page_count
    with Image.open(path) as img:
        return getattr(img, "n_frames", 1)


def test_corpus_has_a_dozen_submissions():
    assert len(NAMES) >= 12


@pytest.mark.parametrize("name", NAMES)
def test_truth_pages_match_the_files(name):
    truth = _truth(name)
    folder = CORPUS / name / "submission"
    unreadable = {f.file for f in truth.findings if f.code == Code.FILE_UNREADABLE}
    attachments = {
        p.relative_to(folder).as_posix()
        for p in folder.rglob("*")
        if p.is_file() and not p.name.startswith("declaration.")
    }
    listed = {p.file for p in truth.pages}
    assert attachments == listed | unreadable
    for file in listed:
        numbers = sorted(p.page for p in truth.pages if p.file == file)
        assert numbers == list(range(1, _page_count(folder / file) + 1)), file
    for doc in truth.documents:
        assert {(doc.file, n) for n in doc.pages} <= {(p.file, p.page) for p in truth.pages}


@pytest.mark.parametrize("name", NAMES)
def test_declarations_validate_unless_planted_invalid(name):
    truth = _truth(name)
    folder = CORPUS / name / "submission"
    codes = {f.code for f in truth.findings}
    if Code.MISSING_DECLARATION in codes:
        assert not list(folder.glob("declaration.*"))
        return
    if Code.DECLARATION_INVALID in codes:
        return
    path = folder / "declaration.json"
    if path.is_file():
        decl = Declaration.model_validate(json.loads(path.read_text(encoding="utf-8")))
        assert decl.enterprise.inspection_year == 2024
        assert len(decl.finance) == 3
        return
    wb = load_workbook(folder / "declaration.xlsx")
    assert {"企业信息", "经营情况", "项目汇总"} <= set(wb.sheetnames)
    headers = [c.value for c in wb["项目汇总"][1]]
    assert any(str(h).startswith("合同金额") for h in headers)


def test_clean_submissions_expect_nothing():
    clean = [n for n in NAMES if _truth(n).clean]
    assert len(clean) >= 3
    assert all(not _truth(n).findings for n in clean)


CONTRACT_CODES = {
    "MISSING_DECLARATION", "DECLARATION_INVALID", "DECLARED_SUM_MISMATCH", "FILE_UNREADABLE",
    "SCAN_QUALITY_LOW", "LICENSE_MISSING", "LICENSE_NAME_MISMATCH", "CREDIT_CODE_INVALID",
    "CREDIT_CODE_MISMATCH", "LICENSE_EXPIRED", "AUDIT_REPORT_MISSING", "AUDIT_FIGURE_MISMATCH",
    "AUDIT_OPINION_NOT_CLEAN", "AUDIT_CONSOLIDATED_ONLY", "LICENSE_FIELD_MISMATCH",
    "INVOICE_EXCEEDS_CONTRACT", "INNOVATION_EVIDENCE_MISSING", "PROJECT_EVIDENCE_MISSING",
    "ACCEPTANCE_MISSING", "DOCUMENT_UNMATCHED", "AMOUNT_MISMATCH", "FEE_MISMATCH",
    "AMOUNT_WORDS_MISMATCH", "PARTY_MISMATCH", "PROJECT_NAME_MISMATCH", "DATE_MISMATCH",
    "ACCEPTANCE_BEFORE_SIGNING", "ACCEPTANCE_OUT_OF_PERIOD", "ACCEPTANCE_NOT_PASSED", "SEAL_MISSING",
    "CERTIFICATE_NOT_RECOGNISED", "GRADE_THRESHOLD_NOT_MET", "PDF_EDITED", "FONT_INCONSISTENT",
    "OVERLAY_DETECTED", "IMAGE_TAMPERED", "QR_MISMATCH", "DUPLICATE_DOCUMENT",
}  # fmt: skip
"""The finding codes of CONTRACT 2.3 (codes added later need not be planted)."""


def test_every_finding_code_is_planted():
    planted = {f.code.value for n in NAMES for f in _truth(n).findings}
    assert CONTRACT_CODES <= {c.value for c in Code}
    missing = CONTRACT_CODES - planted
    assert not missing, sorted(missing)


def test_committed_set_stays_small():
    total = sum(p.stat().st_size for p in CORPUS.rglob("*") if p.is_file())
    assert total < 16 * 1024 * 1024


@pytest.mark.parametrize("name", NAMES)
def test_truth_fields_are_fields_of_their_document_type(name):
    from jianzheng.models.document import FIELDS_BY_TYPE

    for doc in _truth(name).documents:
        allowed = set(FIELDS_BY_TYPE[doc.type].model_fields)
        assert set(doc.fields) <= allowed, (doc.file, doc.type, set(doc.fields) - allowed)


@pytest.mark.parametrize("name", NAMES)
def test_image_files_are_marked_scanned(name):
    for page in _truth(name).pages:
        if Path(page.file).suffix.lower() in {".jpg", ".jpeg", ".png", ".tif", ".tiff"}:
            assert page.scanned, (page.file, page.page)
