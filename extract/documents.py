"""Stage 3: reading the typed fields of each classified document.

One registry (``fields.doctypes.EXTRACTORS``) maps each document type to
its extractor; a type without one (``other``) keeps empty fields.
"""

from __future__ import annotations

import logging

from jianzheng.models import Document, Finding, Page, Stage, stage_failure

from .fields.doctypes import EXTRACTORS, Reading

log = logging.getLogger(__name__)


def document_pages(document: Document, pages: list[Page]) -> list[Page]:
    """The document's own pages, in its order, out of all the submission's pages (only its part of
    a page it shares with another document)."""
    by_key = {page.key: page for page in pages}
    return [
        by_key[(document.file, n)].within(document.region)
        for n in document.pages
        if (document.file, n) in by_key
    ]


def extract_fields(document: Document, pages: list[Page]) -> Document:
    """The document with its fields filled from its pages (CONTRACT 2.2); an extractor's error propagates."""
    extract = EXTRACTORS.get(document.type)
    own = document_pages(document, pages)
    if extract is None or not own:
        return document
    return document.model_copy(update={"fields": extract(Reading.of(own))})


def extract_documents(documents: list[Document], pages: list[Page]) -> tuple[list[Document], list[Finding]]:
    """Every document with its fields, and a CHECK_FAILED finding for each extractor that failed.

    An extractor that fails on some unforeseen page leaves that document's fields
    empty (absent, never guessed); the finding names the stage and the document, so
    that its rows are reviewed rather than passed, and the rest of the submission is
    still checked.
    """
    filled: list[Document] = []
    findings: list[Finding] = []
    for document in documents:
        try:
            filled.append(extract_fields(document, pages))
        except Exception as exc:  # one odd document must not sink the report; the finding says so
            log.exception(
                "字段提取失败：%s 第 %s 页（%s）：%s", document.file, document.pages, document.type, exc
            )
            findings.append(
                stage_failure(
                    Stage.extract,
                    exc,
                    what=document.type.value,
                    file=document.file,
                    document=document.id,
                    pages=list(document.pages),
                )
            )
            filled.append(document)
    return filled, findings
