"""Ground truth of a generated sample submission, kept beside (never inside) its folder.

The checker never reads these; ``jianzheng-dev evaluate`` scores reports against them.
Layout of a sample set::

    SET/<name>/submission/...   what an enterprise uploads
    SET/<name>/truth.json       this model
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field

from .document import DocType
from .finding import Code

TRUTH_SCHEMA = "jianzheng.truth/1"


class TruthPage(BaseModel):
    file: str
    page: int
    type: DocType
    document: str
    """Id of the truth document this page belongs to."""
    scanned: bool = False


class TruthDocument(BaseModel):
    id: str
    file: str
    pages: list[int]
    type: DocType
    scanned: bool = False
    project_id: str | None = None
    fields: dict[str, Any] = Field(default_factory=dict)
    """Key fields as the report would write them: money "2450000.00", dates
    "2024-03-05", booleans, enum values ("passed")."""


class TruthFinding(BaseModel):
    """A finding the checker should raise. Only the keys given are compared."""

    code: Code
    project_id: str | None = None
    file: str | None = None
    page: int | None = None
    note: str = ""


class Truth(BaseModel):
    schema_: str = Field(default=TRUTH_SCHEMA, alias="schema")
    name: str
    seed: int | None = None
    clean: bool = False
    """A clean submission: nothing planted, so no finding of severity error is expected."""
    pages: list[TruthPage] = Field(default_factory=list)
    documents: list[TruthDocument] = Field(default_factory=list)
    findings: list[TruthFinding] = Field(default_factory=list)

    model_config = {"populate_by_name": True}
