"""The registered forensic checks on a planted submission folder, through CheckContext."""

from __future__ import annotations

from pathlib import Path

import pytest
from forensics_planted import (
    contract_pdf,
    incremental_edit,
    odd_digit_pdf,
    pasted_scan_jpeg,
    sealed_pdf,
    white_box,
)

from jianzheng.extract import PageImages
from jianzheng.extract.ocr import get_engine
from jianzheng.extract.read import read_file
from jianzheng.models import BoxFrame, Code, Declaration, DocType, Document
from jianzheng.models.settings import Settings
from jianzheng.service.multi import report_name
from jianzheng.verify.checks.forensics import fonts, image_tampering, overlays, pdf_edited, repeats
from jianzheng.verify.forensics.duplicate_store import SqliteDuplicateStore
from jianzheng.verify.registry import CheckContext

FILES = {
    "clean.pdf": contract_pdf,
    "edited.pdf": lambda: incremental_edit(contract_pdf(), "204.50", "245.00"),
    "overlay.pdf": lambda: white_box(contract_pdf(), "204.50", "245.00"),
    "font.pdf": odd_digit_pdf,
    "scan.jpg": pasted_scan_jpeg,
}


@pytest.fixture
def planted(tmp_path: Path) -> CheckContext:
    documents = []
    for index, (name, make) in enumerate(FILES.items(), start=1):
        (tmp_path / name).write_bytes(make())
        documents.append(Document(id=f"D{index}", file=name, pages=[1], type=DocType.contract))
    return CheckContext(
        declaration=None, documents=documents, images=PageImages({n: tmp_path / n for n in FILES})
    )


def by_document(findings) -> dict[str, set[Code]]:
    out: dict[str, set[Code]] = {}
    for finding in findings:
        out.setdefault(finding.documents[0], set()).add(finding.code)
    return out


def test_each_planted_file_gets_its_code_and_the_clean_one_none(planted: CheckContext):
    findings = [f for fn in (pdf_edited, overlays, fonts, image_tampering) for f in fn(planted)]
    assert by_document(findings) == {
        "D2": {Code.PDF_EDITED},
        "D3": {Code.OVERLAY_DETECTED},
        "D4": {Code.FONT_INCONSISTENT},
        "D5": {Code.IMAGE_TAMPERED},
    }
    for finding in findings:
        [evidence] = finding.evidence
        assert evidence.page == 1 and evidence.bbox is not None and finding.message
        # Detectors find their boxes on the file's page as it lies, not on a page turned upright.
        assert evidence.frame == BoxFrame.pdf_points


def test_without_the_files_the_checks_say_nothing():
    context = CheckContext(
        declaration=None, documents=[Document(id="D1", file="a.pdf", pages=[1], type=DocType.contract)]
    )
    assert [f for fn in (pdf_edited, overlays, fonts, image_tampering, repeats) for f in fn(context)] == []


def test_a_missing_or_broken_file_is_skipped(tmp_path: Path):
    (tmp_path / "broken.pdf").write_bytes(b"%PDF-1.7\n garbage")
    documents = [
        Document(id="D1", file="broken.pdf", pages=[1], type=DocType.contract),
        Document(id="D2", file="gone.pdf", pages=[1], type=DocType.contract),
    ]
    images = PageImages({"broken.pdf": tmp_path / "broken.pdf", "gone.pdf": tmp_path / "gone.pdf"})
    context = CheckContext(declaration=None, documents=documents, images=images)
    assert [f for fn in (pdf_edited, overlays, fonts, image_tampering, repeats) for f in fn(context)] == []


def test_report_names_of_several_submissions():
    assert report_name(Path("corpus/s03_edited/submission")) == "s03_edited.json"
    assert report_name(Path("uploads/acme-2024")) == "acme-2024.json"


@pytest.mark.slow
def test_a_seal_of_a_stranger_is_a_party_mismatch_and_reuse_is_remembered(tmp_path: Path):
    declaration = Declaration.model_validate(
        {"enterprise": {"name": "新疆天山云数信息技术有限公司", "inspection_year": 2024}, "projects": []}
    )
    root = tmp_path / "s01"
    root.mkdir()
    (root / "contract.pdf").write_bytes(sealed_pdf("喀什远景数据服务有限公司"))
    engine = get_engine(Settings(data_dir=tmp_path / "data"))
    [page] = read_file(root / "contract.pdf", "contract.pdf", engine=engine)
    document = Document(id="D1", file="contract.pdf", pages=[1], type=DocType.contract)
    context = CheckContext(
        declaration=declaration,
        documents=[document],
        pages={page.key: page},
        images=PageImages({"contract.pdf": root / "contract.pdf"}),
        engine=engine,
        duplicates=SqliteDuplicateStore.in_folder(tmp_path / "data"),
    )
    [finding] = list(repeats(context))
    assert finding.code == Code.PARTY_MISMATCH and "远景数据服务有限公司" in finding.message
    assert finding.evidence[0].bbox is not None
    assert (tmp_path / "data" / "duplicates.sqlite3").is_file()


def test_real_e_invoices_printed_over_their_template_raise_no_forensic_warning(
    real_docs: Path, tmp_path: Path
):
    # The data layer (Courier figures, other sizes) lies over the template's text by design.
    documents = []
    for index, name in enumerate(("henan_vat_e_invoice.pdf", "shenzhen_vat_e_invoice.pdf"), start=1):
        (tmp_path / name).write_bytes((real_docs / "invoice" / name).read_bytes())
        documents.append(Document(id=f"D{index}", file=name, pages=[1], type=DocType.invoice))
    images = PageImages({d.file: tmp_path / d.file for d in documents})
    ctx = CheckContext(declaration=None, documents=documents, images=images)
    assert [f for fn in (pdf_edited, overlays, fonts) for f in fn(ctx)] == []
