"""Stage 3: reading the typed fields of each classified document.

Thin first version: no fields. Per-type extractors grow here (issue 4).
"""

from __future__ import annotations

from jianzheng.models import Document, Page


def extract_fields(document: Document, pages: list[Page]) -> Document:
    """The document with its fields filled from its pages (CONTRACT 2.2)."""
    return document
