"""From a submission's files and documents to forensic signals, and from signals to findings.

The registered checks (verify/checks/forensics.py) are thin wrappers around
these functions. The files' bytes come from extraction (``PageImages``, which
the pipeline hands over in the check context); the detectors read a file's own
encoding (PDF revisions, fonts, drawings), so they can also be called on bytes directly.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable

from jianzheng.extract.page_images import PageImages
from jianzheng.models import BoxFrame, Code, Document, Evidence, Finding

from .signals import KeyArea, Signal, key_areas, key_pages

log = logging.getLogger(__name__)

PdfDetector = Callable[[bytes, str, set[int] | None, list[KeyArea] | None], list[Signal]]


def is_pdf(data: bytes) -> bool:
    """Whether the bytes are a PDF (its header may follow some junk, as readers allow)."""
    return b"%PDF-" in data[:1024]


def documents_by_file(documents: Iterable[Document]) -> dict[str, list[Document]]:
    """Documents grouped by the file they come from, in order."""
    grouped: dict[str, list[Document]] = {}
    for document in documents:
        grouped.setdefault(document.file, []).append(document)
    return grouped


def file_key_pages(documents: list[Document]) -> tuple[set[int], list[KeyArea]]:
    """The pages of a file that hold key fields, and those fields, over all its documents."""
    pages: set[int] = set()
    areas: list[KeyArea] = []
    for document in documents:
        pages |= key_pages(document)
        areas += key_areas(document)
    return pages, areas


def document_of(documents: list[Document], page: int | None) -> Document | None:
    """The document of a file that holds ``page`` (the file's first document for file-wide signals)."""
    if page is None:
        return documents[0] if documents else None
    return next((d for d in documents if page in d.pages), documents[0] if documents else None)


def to_finding(signal: Signal, documents: list[Document]) -> Finding:
    """A finding for a signal, with the document, page and box as evidence."""
    document = document_of(documents, signal.page)
    doc_id = document.id if document else None
    return Finding(
        code=signal.code,
        documents=[doc_id] if doc_id else [],
        found=signal.later,
        message=f"{signal.file}：{signal.message}",
        evidence=[
            # Detectors look at the file's page as it lies (its text layer, its embedded scan).
            Evidence(
                document=doc_id,
                file=signal.file,
                page=signal.page,
                bbox=signal.bbox,
                frame=BoxFrame.pdf_points if signal.bbox is not None else None,
                text=signal.text,
            )
        ],
    )


def grouped_findings(signals: list[Signal], documents: list[Document]) -> list[Finding]:
    """Findings for signals, one per cause: signals of one code, page and reason become one finding.

    CONTRACT 2: the same sign in seven places of a page is one finding that
    says "7 处" and gives every place as evidence, not seven lines. Signals
    without a reason are findings of their own.
    """
    groups: dict[tuple[object, ...], list[Signal]] = {}
    for index, signal in enumerate(signals):
        key = (signal.code, signal.file, signal.page, signal.reason) if signal.reason else (index,)
        groups.setdefault(key, []).append(signal)
    findings = []
    for group in groups.values():
        first = to_finding(group[0], documents)
        if len(group) == 1:
            findings.append(first)
            continue
        messages = list(dict.fromkeys(s.message for s in group))
        said = messages[0] if first.code == Code.IMAGE_TAMPERED or len(messages) == 1 else "；".join(messages)
        findings.append(
            first.model_copy(
                update={
                    "message": f"{group[0].file}：{said}（同类共 {len(group)} 处，见各处证据）",
                    "evidence": [e for s in group for e in to_finding(s, documents).evidence],
                }
            )
        )
    return findings


def pdf_findings(
    images: PageImages, documents: list[Document], detectors: list[PdfDetector]
) -> list[Finding]:
    """Run PDF detectors on every PDF among the documents' files and turn their signals into findings."""
    findings = []
    for name, docs in documents_by_file(documents).items():
        data = images.data(name)
        if data is None or not is_pdf(data):
            continue
        pages, areas = file_key_pages(docs)
        for detector in detectors:
            try:
                signals = detector(data, name, pages, areas)
            except (RuntimeError, ValueError, OSError, KeyError) as exc:
                # A malformed PDF that the reader still opened: this detector says nothing
                # about it; the others and the other files are still examined.
                log.warning("%s on %s failed: %s", getattr(detector, "__name__", detector), name, exc)
                continue
            findings += grouped_findings(signals, docs)
    return findings
