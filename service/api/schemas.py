"""What the API returns and accepts (API models, separate from the tables)."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, Field

from jianzheng.models import Finding
from jianzheng.service.store.tables import FileRow, FindingRow, SubmissionRow


def utc(value: dt.datetime | None) -> dt.datetime | None:
    """A stored time as UTC (SQLite hands times back without their zone)."""
    if value is not None and value.tzinfo is None:
        return value.replace(tzinfo=dt.UTC)
    return value


class Problem(BaseModel):
    """Every error answer: one clear message."""

    detail: str


class SubmissionCreated(BaseModel):
    id: str
    kind: str
    status: str
    status_url: str


class FilePublic(BaseModel):
    index: int
    """0 for the declaration, 1.. for attachments; used in page-image URLs."""
    name: str
    """The original file name, display text only."""
    layout_name: str
    """The name the report's documents[].file and evidence[].file use."""
    media: str
    size: int

    @classmethod
    def of(cls, row: FileRow) -> FilePublic:
        return cls(
            index=row.position,
            name=row.display_name,
            layout_name=row.layout_name,
            media=row.media,
            size=row.size,
        )


class Counts(BaseModel):
    errors: int = 0
    warnings: int = 0
    info: int = 0


class SubmissionStatus(BaseModel):
    id: str
    kind: str
    status: Literal["queued", "running", "done", "failed", "withdrawn"]
    pages_done: int
    pages_total: int
    progress: float = Field(ge=0, le=1)
    error: str | None = None
    enterprise: str | None = None
    credit_code: str | None = None
    counts: Counts
    created_at: dt.datetime
    finished_at: dt.datetime | None = None
    files: list[FilePublic]
    uploaded_by: str | None = None
    """The account that uploaded it (its token's label)."""

    @classmethod
    def of(cls, row: SubmissionRow) -> SubmissionStatus:
        done = row.status == "done"
        fraction = 1.0 if done else (row.pages_done / row.pages_total if row.pages_total else 0.0)
        return cls(
            id=row.id,
            kind=row.kind,
            status=row.status,  # type: ignore[arg-type]
            pages_done=row.pages_done,
            pages_total=row.pages_total,
            progress=min(max(fraction, 0.0), 1.0),
            error=row.error,
            enterprise=row.enterprise,
            credit_code=row.credit_code,
            counts=Counts(errors=row.errors, warnings=row.warnings, info=row.infos),
            created_at=utc(row.created_at),
            finished_at=utc(row.finished_at),
            files=[FilePublic.of(f) for f in row.files],
            uploaded_by=row.uploader.label if row.uploader else None,
        )


class DecisionIn(BaseModel):
    decision: Literal["accept", "dismiss"]
    note: str = Field(default="", max_length=2000)


class DecisionPublic(BaseModel):
    id: int
    finding_id: int
    decision: str
    who: str
    at: Annotated[dt.datetime, AfterValidator(utc)]
    note: str


class FindingPublic(BaseModel):
    id: int
    position: int
    code: str
    severity: str
    project_id: str | None
    message: str
    declared: str | None
    found: str | None
    decision: DecisionPublic | None
    """The latest decision; the whole trail is at GET /findings/{id}/decisions."""

    @classmethod
    def of(cls, row: FindingRow, shown: Finding | None = None) -> FindingPublic:
        """The finding row; its text from ``shown``, the report's finding as the caller may read it."""
        last = row.decisions[-1] if row.decisions else None
        return cls(
            id=row.id,
            position=row.position,
            code=row.code,
            severity=row.severity,
            project_id=row.project_id,
            message=shown.message if shown else row.message,
            declared=shown.declared if shown else row.declared,
            found=shown.found if shown else row.found,
            decision=DecisionPublic.model_validate(last, from_attributes=True) if last else None,
        )


class Reason(BaseModel):
    """One rejection reason (驳回原因) of a pre-check, with what to fix."""

    code: str
    severity: str
    title: str
    message: str
    fix: str
    project_id: str | None = None


class PrecheckResult(BaseModel):
    id: str
    status: str
    progress: float
    verdict: Literal["pending", "pass", "review", "reject", "failed"]
    """reject: at least one error a reviewer would send back; review: no error, but a check could not
    decide (NEEDS_REVIEW) or failed, so a person must look; pass: every check decided and none
    found an error (warnings may remain)."""
    reasons: list[Reason] = Field(default_factory=list)
    error: str | None = None
