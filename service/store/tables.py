"""The service's tables (SQLAlchemy 2.x declarative). API models live in api/schemas.py, not here."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


def utcnow() -> dt.datetime:
    """Now, in UTC, timezone-aware."""
    return dt.datetime.now(dt.UTC)


class Base(DeclarativeBase):
    pass


class TokenRow(Base):
    """An API token. Only its SHA-256 is stored; the token itself is shown once, at creation."""

    __tablename__ = "jz_tokens"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True, index=True)
    role: Mapped[str] = mapped_column(String(16))
    credit_code: Mapped[str | None] = mapped_column(String(32))
    label: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class SubmissionRow(Base):
    """One upload (a filing or an enterprise's pre-check) and the state of its job."""

    __tablename__ = "jz_submissions"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    kind: Mapped[str] = mapped_column(String(16), default="submission")
    owner_code: Mapped[str | None] = mapped_column(String(32), index=True)
    """Credit code of the enterprise token that uploaded it; None for a reviewer's upload."""
    token_id: Mapped[int | None] = mapped_column(ForeignKey("jz_tokens.id"))
    status: Mapped[str] = mapped_column(String(16), default="queued", index=True)
    """queued, running, done, failed, or withdrawn (by its enterprise, files and decisions kept)."""
    pages_done: Mapped[int] = mapped_column(Integer, default=0)
    pages_total: Mapped[int] = mapped_column(Integer, default=0)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    lease: Mapped[str | None] = mapped_column(String(32))
    """Who runs the job now: a random value set by the claim (jobs/claims.py); only its holder saves."""
    heartbeat_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    """Last sign of life of the running job; a stale one means its worker died."""
    error: Mapped[str | None] = mapped_column(Text)
    enterprise: Mapped[str | None] = mapped_column(String(200))
    credit_code: Mapped[str | None] = mapped_column(String(32))
    errors: Mapped[int] = mapped_column(Integer, default=0)
    warnings: Mapped[int] = mapped_column(Integer, default=0)
    infos: Mapped[int] = mapped_column(Integer, default=0)
    report_json: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    started_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    finished_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))

    uploader: Mapped[TokenRow | None] = relationship(lazy="joined")
    """The account that uploaded it (shown in the reviewer's queue)."""
    files: Mapped[list[FileRow]] = relationship(
        back_populates="submission", cascade="all, delete-orphan", order_by="FileRow.position"
    )
    findings: Mapped[list[FindingRow]] = relationship(
        back_populates="submission", cascade="all, delete-orphan", order_by="FindingRow.position"
    )


class FileRow(Base):
    """An uploaded file: its content hash (where the bytes are) and its original name as display text."""

    __tablename__ = "jz_files"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    submission_id: Mapped[str] = mapped_column(
        ForeignKey("jz_submissions.id", ondelete="CASCADE"), index=True
    )
    role: Mapped[str] = mapped_column(String(16))
    """"declaration" or "attachment"."""
    position: Mapped[int] = mapped_column(Integer)
    """The file index of the page-image URLs: 0 for the declaration, 1.. for attachments."""
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    size: Mapped[int] = mapped_column(Integer)
    media: Mapped[str] = mapped_column(String(16))
    """The media sniffed from the content (extract/readers/sniff.py): pdf, jpg, png, …, json, zip or bin."""
    display_name: Mapped[str] = mapped_column(String(300))
    layout_name: Mapped[str] = mapped_column(String(40))
    """The name the pipeline sees (generated, never the client's): 001.pdf, declaration.json."""

    submission: Mapped[SubmissionRow] = relationship(back_populates="files")


class FindingRow(Base):
    """A finding of a finished report, kept as a row so that decisions and exports can refer to it."""

    __tablename__ = "jz_findings"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    submission_id: Mapped[str] = mapped_column(
        ForeignKey("jz_submissions.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    """Index of the finding in the report's findings list."""
    code: Mapped[str] = mapped_column(String(40))
    severity: Mapped[str] = mapped_column(String(8))
    project_id: Mapped[str | None] = mapped_column(String(40))
    message: Mapped[str] = mapped_column(Text)
    declared: Mapped[str | None] = mapped_column(Text)
    found: Mapped[str | None] = mapped_column(Text)

    submission: Mapped[SubmissionRow] = relationship(back_populates="findings")
    decisions: Mapped[list[DecisionRow]] = relationship(
        back_populates="finding", cascade="all, delete-orphan", order_by="DecisionRow.id"
    )


class DecisionRow(Base):
    """The audit trail: a reviewer accepted or dismissed a finding, who and when. Rows are never updated."""

    __tablename__ = "jz_decisions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    finding_id: Mapped[int] = mapped_column(ForeignKey("jz_findings.id", ondelete="CASCADE"), index=True)
    decision: Mapped[str] = mapped_column(String(16))
    token_id: Mapped[int | None] = mapped_column(ForeignKey("jz_tokens.id"))
    who: Mapped[str] = mapped_column(String(200))
    note: Mapped[str] = mapped_column(Text, default="")
    at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    finding: Mapped[FindingRow] = relationship(back_populates="decisions")


class UploadEventRow(Base):
    """One upload an enterprise started, kept for its rate limit; deleting the upload keeps this row."""

    __tablename__ = "jz_upload_events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    credit_code: Mapped[str] = mapped_column(String(32), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow, index=True)
