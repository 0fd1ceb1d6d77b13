"""Stage 3: reading the typed fields of each classified document.

One registry (``fields.doctypes.EXTRACTORS``) maps each document type to
its extractor; a type without one (``other``) keeps empty fields.
"""

from __future__ import annotations

import logging

from jianzheng.models import Document, Page

from .fields.doctypes import EXTRACTORS, Reading

log = logging.getLogger(__name__)


def document_pages(document: Document, pages: list[Page]) -> list[Page]:
    """The document's own pages, in its order, out of all the submission's pages."""
    by_key = {page.key: page for page in pages}
    return [by_key[(document.file, n)] for n in document.pages if (document.file, n) in by_key]


def extract_fields(document: Document, pages: list[Page]) -> Document:
    """The document with its fields filled from its pages (CONTRACT 2.2).

    An extractor that fails on some unforeseen page leaves that document's
    fields empty (absent, never guessed) and is logged with the document,
    so that one odd document never sinks the whole submission's report.
    """
    extract = EXTRACTORS.get(document.type)
    own = document_pages(document, pages)
    if extract is None or not own:
        return document
    try:
        fields = extract(Reading.of(own))
    except (ValueError, TypeError, KeyError, IndexError, ArithmeticError) as exc:
        log.exception(
            "字段提取失败：%s 第 %s 页（%s）：%s", document.file, document.pages, document.type, exc
        )
        return document
    return document.model_copy(update={"fields": fields})
