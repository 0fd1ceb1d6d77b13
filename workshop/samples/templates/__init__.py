"""Renderers, one module per document type; each returns a ``Rendered`` document."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pymupdf

from jianzheng.models.document import DocType

from ..draw import Mark


@dataclass
class Rendered:
    """A rendered document: its pages, the truth fields it carries, where its key values are."""

    type: DocType
    doc: pymupdf.Document
    fields: dict[str, Any]
    marks: dict[str, Mark] = field(default_factory=dict)
    project_id: str | None = None

    @property
    def page_count(self) -> int:
        return self.doc.page_count
