"""The report the checker returns (CONTRACT 2)."""

from __future__ import annotations

from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from .document import Document
from .finding import BoxFrame, Finding

REPORT_SCHEMA: Literal["jianzheng.report/1"] = "jianzheng.report/1"


class SubmissionInfo(BaseModel):
    enterprise: str | None = None
    credit_code: str | None = None
    inspection_year: int | None = None


class Match(BaseModel):
    """A declared project and the documents that back it, with the matching score."""

    model_config = ConfigDict(frozen=True)

    project_id: str
    documents: list[str]
    score: float


class Summary(BaseModel):
    errors: int = 0
    warnings: int = 0
    info: int = 0
    files: int = 0
    pages: int = 0
    ocr_pages: int = 0
    seconds: float = 0.0


class ProjectStatus(StrEnum):
    ok = "ok"
    warning = "warning"
    review = "review"
    """A check on the row could not decide (NEEDS_REVIEW) or failed: a human must look."""
    error = "error"
    missing = "missing"


class ProjectVerdict(BaseModel):
    project_id: str
    status: ProjectStatus
    documents: list[str] = Field(default_factory=list)
    findings: int = 0


class Report(BaseModel):
    """Everything the checker found about one submission."""

    schema_: Literal["jianzheng.report/1"] = Field(default=REPORT_SCHEMA, alias="schema")
    submission: SubmissionInfo = Field(default_factory=SubmissionInfo)
    documents: list[Document] = Field(default_factory=list)
    matches: list[Match] = Field(default_factory=list)
    summary: Summary = Field(default_factory=Summary)
    projects: list[ProjectVerdict] = Field(default_factory=list)
    findings: list[Finding] = Field(default_factory=list)

    model_config = ConfigDict(populate_by_name=True)

    @model_validator(mode="before")
    @classmethod
    def _boxes_on_file_pages(cls, data: object) -> object:
        # A report holds boxes on the files' pages (service/report.py places them); a report
        # stored before evidence named its frame says so by saying nothing.
        if not isinstance(data, dict) or not isinstance(data.get("findings"), list):
            return data
        findings = []
        for finding in data["findings"]:
            if isinstance(finding, dict) and isinstance(finding.get("evidence"), list):
                evidence = [
                    {**e, "frame": BoxFrame.pdf_points}
                    if isinstance(e, dict) and e.get("bbox") is not None and e.get("frame") is None
                    else e
                    for e in finding["evidence"]
                ]
                finding = {**finding, "evidence": evidence}
            findings.append(finding)
        return {**data, "findings": findings}

    def to_json(self, indent: int | None = 2) -> str:
        """The report as CONTRACT 2 JSON: absent fields omitted, money as strings."""
        return self.model_dump_json(by_alias=True, exclude_none=True, indent=indent)
