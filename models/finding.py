"""Findings: what the checker tells a reviewer, with evidence on the page (CONTRACT 2.3)."""

from __future__ import annotations

from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from .page import BBox


class Severity(StrEnum):
    error = "error"
    warning = "warning"
    info = "info"


class Code(StrEnum):
    MISSING_DECLARATION = "MISSING_DECLARATION"
    DECLARATION_INVALID = "DECLARATION_INVALID"
    DECLARED_SUM_MISMATCH = "DECLARED_SUM_MISMATCH"
    FILE_UNREADABLE = "FILE_UNREADABLE"
    SCAN_QUALITY_LOW = "SCAN_QUALITY_LOW"
    LICENSE_MISSING = "LICENSE_MISSING"
    LICENSE_NAME_MISMATCH = "LICENSE_NAME_MISMATCH"
    CREDIT_CODE_INVALID = "CREDIT_CODE_INVALID"
    CREDIT_CODE_MISMATCH = "CREDIT_CODE_MISMATCH"
    LICENSE_EXPIRED = "LICENSE_EXPIRED"
    AUDIT_REPORT_MISSING = "AUDIT_REPORT_MISSING"
    AUDIT_FIGURE_MISMATCH = "AUDIT_FIGURE_MISMATCH"
    AUDIT_OPINION_NOT_CLEAN = "AUDIT_OPINION_NOT_CLEAN"
    AUDIT_CONSOLIDATED_ONLY = "AUDIT_CONSOLIDATED_ONLY"
    LICENSE_FIELD_MISMATCH = "LICENSE_FIELD_MISMATCH"
    INVOICE_EXCEEDS_CONTRACT = "INVOICE_EXCEEDS_CONTRACT"
    INNOVATION_EVIDENCE_MISSING = "INNOVATION_EVIDENCE_MISSING"
    PROJECT_EVIDENCE_MISSING = "PROJECT_EVIDENCE_MISSING"
    ACCEPTANCE_MISSING = "ACCEPTANCE_MISSING"
    DOCUMENT_UNMATCHED = "DOCUMENT_UNMATCHED"
    AMOUNT_MISMATCH = "AMOUNT_MISMATCH"
    FEE_MISMATCH = "FEE_MISMATCH"
    AMOUNT_WORDS_MISMATCH = "AMOUNT_WORDS_MISMATCH"
    PARTY_MISMATCH = "PARTY_MISMATCH"
    PROJECT_NAME_MISMATCH = "PROJECT_NAME_MISMATCH"
    DATE_MISMATCH = "DATE_MISMATCH"
    ACCEPTANCE_BEFORE_SIGNING = "ACCEPTANCE_BEFORE_SIGNING"
    ACCEPTANCE_OUT_OF_PERIOD = "ACCEPTANCE_OUT_OF_PERIOD"
    ACCEPTANCE_NOT_PASSED = "ACCEPTANCE_NOT_PASSED"
    SEAL_MISSING = "SEAL_MISSING"
    CERTIFICATE_NOT_RECOGNISED = "CERTIFICATE_NOT_RECOGNISED"
    GRADE_THRESHOLD_NOT_MET = "GRADE_THRESHOLD_NOT_MET"
    PDF_EDITED = "PDF_EDITED"
    FONT_INCONSISTENT = "FONT_INCONSISTENT"
    OVERLAY_DETECTED = "OVERLAY_DETECTED"
    IMAGE_TAMPERED = "IMAGE_TAMPERED"
    QR_MISMATCH = "QR_MISMATCH"
    DUPLICATE_DOCUMENT = "DUPLICATE_DOCUMENT"
    TEXT_LAYER_MISMATCH = "TEXT_LAYER_MISMATCH"
    DECLARATION_FORM_MISMATCH = "DECLARATION_FORM_MISMATCH"
    NEEDS_REVIEW = "NEEDS_REVIEW"
    """A check could not decide; the finding says what was read, where, and why (CONTRACT 2)."""
    CHECK_FAILED = "CHECK_FAILED"
    """Added code: a check raised internally; the rest of the report stands."""
    SIGNATURE_VALID = "SIGNATURE_VALID"
    """Added code (info): a PDF's digital signature is intact and nothing but annotations followed it."""


_E, _W, _I = Severity.error, Severity.warning, Severity.info

SEVERITY: dict[Code, Severity] = {
    Code.MISSING_DECLARATION: _E,
    Code.DECLARATION_INVALID: _E,
    Code.DECLARED_SUM_MISMATCH: _E,
    Code.FILE_UNREADABLE: _E,
    Code.SCAN_QUALITY_LOW: _W,
    Code.LICENSE_MISSING: _E,
    Code.LICENSE_NAME_MISMATCH: _E,
    Code.CREDIT_CODE_INVALID: _W,
    Code.CREDIT_CODE_MISMATCH: _E,
    Code.LICENSE_EXPIRED: _E,
    Code.AUDIT_REPORT_MISSING: _W,
    Code.AUDIT_FIGURE_MISMATCH: _E,
    Code.AUDIT_OPINION_NOT_CLEAN: _W,
    Code.AUDIT_CONSOLIDATED_ONLY: _W,
    Code.LICENSE_FIELD_MISMATCH: _W,
    Code.INVOICE_EXCEEDS_CONTRACT: _W,
    Code.INNOVATION_EVIDENCE_MISSING: _W,
    Code.PROJECT_EVIDENCE_MISSING: _E,
    Code.ACCEPTANCE_MISSING: _W,
    Code.DOCUMENT_UNMATCHED: _I,
    Code.AMOUNT_MISMATCH: _E,
    Code.FEE_MISMATCH: _E,
    Code.AMOUNT_WORDS_MISMATCH: _E,
    Code.PARTY_MISMATCH: _E,
    Code.PROJECT_NAME_MISMATCH: _W,
    Code.DATE_MISMATCH: _W,
    Code.ACCEPTANCE_BEFORE_SIGNING: _E,
    Code.ACCEPTANCE_OUT_OF_PERIOD: _E,
    Code.ACCEPTANCE_NOT_PASSED: _E,
    Code.SEAL_MISSING: _W,
    Code.CERTIFICATE_NOT_RECOGNISED: _W,
    Code.GRADE_THRESHOLD_NOT_MET: _W,
    Code.PDF_EDITED: _W,
    Code.FONT_INCONSISTENT: _W,
    Code.OVERLAY_DETECTED: _W,
    Code.IMAGE_TAMPERED: _W,
    Code.QR_MISMATCH: _W,
    Code.DUPLICATE_DOCUMENT: _W,
    Code.TEXT_LAYER_MISMATCH: _W,
    Code.DECLARATION_FORM_MISMATCH: _E,
    Code.NEEDS_REVIEW: _W,
    Code.CHECK_FAILED: _W,
    Code.SIGNATURE_VALID: _I,
}
"""Default severity of each code (CONTRACT 2.3); a check may lower it where the contract says so."""


class BoxFrame(StrEnum):
    """Which page a box's coordinates are on. All are points (1/72 inch) from that page's top left."""

    pdf_points = "pdf_points"
    """The file's page as it lies (a PDF page, an image file's picture): CONTRACT 2's frame."""
    upright_points = "upright_points"
    """The page as it was read: turned upright by ``Page.rotation``. The report places such boxes
    on the file's page (service/report.py); on a page read as it lies the two are the same."""
    sheet_points = "sheet_points"
    """A phone photo's flattened sheet (``Page.sheet``): what was read, not the photo as it lies."""


class Evidence(BaseModel):
    """Where on which page a reviewer sees the reason for a finding."""

    model_config = ConfigDict(frozen=True)

    document: str | None = None
    file: str | None = None
    page: int | None = None
    bbox: BBox | None = None
    frame: BoxFrame | None = None
    """The frame ``bbox`` is in; set whenever there is a box (words, fields and seals as read:
    ``upright_points`` unless the detector says otherwise)."""
    text: str = ""

    @model_validator(mode="before")
    @classmethod
    def _frame_of_box(cls, data: object) -> object:
        # A box without its frame is on the page as read, where every word, field and seal is.
        if isinstance(data, dict) and data.get("bbox") is not None and data.get("frame") is None:
            data = {**data, "frame": BoxFrame.upright_points}
        return data


class OtherFiling(BaseModel):
    """Another filing that a finding cites: where the same page or seal was seen before.

    Reviewers see it; an enterprise's own view never does (CONTRACT 2.3), so the
    service can tell such findings apart without reading their messages.
    """

    model_config = ConfigDict(frozen=True)

    submission: str
    """How the installation knows the other filing (the service: its submission id)."""
    enterprise: str | None = None
    file: str | None = None
    page: int | None = None
    what: Literal["page", "seal"] = "page"


class Stage(StrEnum):
    """The stages of the pipeline, as a finding about a failure inside one names them."""

    read = "read"
    """Reading an attachment into pages (extract/read.py and its readers)."""
    classify = "classify"
    """Telling each page's type and cutting files into documents (classify/)."""
    extract = "extract"
    """Reading a document's typed fields (extract/documents.py and its extractors)."""
    verify = "verify"
    """Running a check (verify/registry.py)."""


class Finding(BaseModel):
    """One thing a reviewer should know, with declared vs found and evidence."""

    model_config = ConfigDict(frozen=True)

    code: Code
    severity: Severity = Severity.warning
    project_id: str | None = None
    documents: list[str] = Field(default_factory=list)
    declared: str | None = None
    found: str | None = None
    message: str
    evidence: list[Evidence] = Field(default_factory=list)
    check: Code | None = None
    """For NEEDS_REVIEW: the check that could not decide, named by the code it would raise."""
    count: int | None = None
    """How many places share this one cause, where more than one (CONTRACT 2: one finding per cause)."""
    other_filing: OtherFiling | None = None
    """For a finding that cites another filing (DUPLICATE_DOCUMENT across submissions): which one."""
    stage: Stage | None = None
    """For a failure inside the pipeline (a reader, an extractor or a check raised): the stage that
    failed. Whatever its code, such a finding leaves the rows it may touch undecided (review)."""

    @model_validator(mode="before")
    @classmethod
    def _default_severity(cls, data: object) -> object:
        if isinstance(data, dict) and "severity" not in data and "code" in data:
            data = {**data, "severity": SEVERITY[Code(data["code"])]}
        return data


def stage_failure(
    stage: Stage,
    exc: BaseException,
    *,
    what: str,
    file: str | None = None,
    document: str | None = None,
    pages: list[int] | None = None,
) -> Finding:
    """The finding for a crash inside one stage: the same shape whichever stage failed.

    ``what`` names the part that failed (a file's reader, a document type's extractor, a
    check). A reader's failure is FILE_UNREADABLE, the finding CONTRACT 2.3 names for a
    file that could not be read (an error: the file is not checked); a classifier's, an
    extractor's or a check's is CHECK_FAILED. Either names the stage, the file and the document, and never
    lets a row or a pre-check pass (service/report.py, the pre-check's verdict).
    """
    reason = f"{type(exc).__name__}: {exc}"
    if stage == Stage.read:
        code, message = (
            Code.FILE_UNREADABLE,
            f"文件无法读取：{file}（文件内容异常，无法解析（{type(exc).__name__}））",
        )
    elif stage == Stage.classify:
        code, message = (
            Code.CHECK_FAILED,
            f"文件分类出错，{file} 未能分类，其中的材料未参与核验，相关核验需人工复核：{reason}",
        )
    elif stage == Stage.extract:
        where = f"{file} 第 {'、'.join(map(str, pages or []))} 页（{document}）"
        code, message = (
            Code.CHECK_FAILED,
            f"字段提取 {what} 出错，{where}的字段未能读取，相关核验需人工复核：{reason}",
        )
    else:
        code, message = Code.CHECK_FAILED, f"内部检查 {what} 出错，此项未能核验：{reason}"
    places: list[int | None] = list(pages) if pages else [None]
    evidence = [Evidence(document=document, file=file, page=p, text=what) for p in places]
    return Finding(
        code=code,
        documents=[document] if document else [],
        message=message,
        evidence=evidence if file or document else [],
        stage=stage,
    )
