"""Classifying pages and cutting files into documents.

Thin first version: title keywords per page, a new document at each change
of type. Weighted cues as data, segmentation and confidence grow here (issue 5).
"""

from __future__ import annotations

from jianzheng.models import DocType, Document, Page

_TITLE_CUES: list[tuple[str, DocType]] = [
    ("营业执照", DocType.business_license),
    ("审计报告", DocType.audit_report),
    ("验收", DocType.acceptance_report),
    ("发票", DocType.invoice),
    ("著作权", DocType.ip_certificate),
    ("合同", DocType.contract),
    ("利润表", DocType.financial_statement),
    ("资产负债表", DocType.financial_statement),
]


def classify_page(page: Page) -> tuple[DocType, float]:
    """The page's type and a confidence in [0, 1]."""
    head = page.text[:200]
    for cue, doc_type in _TITLE_CUES:
        if cue in head:
            return doc_type, 0.6
    return DocType.other, 0.1


def classify_pages(pages: list[Page]) -> list[Document]:
    """Group consecutive pages of the same file and type into documents (fields still empty)."""
    documents: list[Document] = []
    current: dict | None = None
    for page in pages:
        doc_type, confidence = classify_page(page)
        if current and current["file"] == page.file and current["type"] == doc_type:
            current["pages"].append(page.number)
            continue
        current = {"file": page.file, "pages": [page.number], "type": doc_type, "type_confidence": confidence}
        documents.append(current)  # type: ignore[arg-type]
    return [Document(id=f"D{i}", **d) for i, d in enumerate(documents, start=1)]  # type: ignore[arg-type]
