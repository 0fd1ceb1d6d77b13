"""Queries over the tables: tokens, submissions as each role may see them, reports, deletion."""

from __future__ import annotations

import hashlib
import secrets
import uuid
from collections.abc import Sequence
from typing import Literal

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session

from jianzheng.models import Report

from . import Store
from .tables import DecisionRow, FileRow, FindingRow, SubmissionRow, TokenRow, utcnow

Role = Literal["reviewer", "enterprise"]
UNFINISHED = ("queued", "running")
SORTS = {
    "created": SubmissionRow.created_at,
    "errors": SubmissionRow.errors,
    "warnings": SubmissionRow.warnings,
    "enterprise": SubmissionRow.enterprise,
    "status": SubmissionRow.status,
}


def hash_token(raw: str) -> str:
    """The stored form of a token."""
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()


def create_token(session: Session, role: Role, credit_code: str | None = None, label: str = "") -> str:
    """Make a token and store its hash; return the token (shown once)."""
    if role == "enterprise" and not credit_code:
        raise ValueError("an enterprise token needs a credit code")
    raw = secrets.token_urlsafe(32)
    session.add(
        TokenRow(
            token_hash=hash_token(raw),
            role=role,
            credit_code=credit_code if role == "enterprise" else None,
            label=label or (f"{role}:{credit_code}" if credit_code else role),
        )
    )
    session.commit()
    return raw


def find_token(session: Session, raw: str) -> TokenRow | None:
    """The token row for a presented token, or None."""
    return session.scalar(select(TokenRow).where(TokenRow.token_hash == hash_token(raw)))


def new_submission_id() -> str:
    """A random, unguessable submission id."""
    return uuid.uuid4().hex


def visible(session: Session, submission_id: str, token: TokenRow) -> SubmissionRow | None:
    """The submission if this token may see it: a reviewer sees all, an enterprise only its own."""
    row = session.get(SubmissionRow, submission_id)
    if row is None or (token.role != "reviewer" and row.owner_code != token.credit_code):
        return None
    return row


def _visible_query(
    token: TokenRow, kind: str | None, status: str | None, text: str | None
) -> Select[SubmissionRow]:
    query = select(SubmissionRow)
    if token.role != "reviewer":
        query = query.where(SubmissionRow.owner_code == token.credit_code)
    if kind:
        query = query.where(SubmissionRow.kind == kind)
    if status:
        query = query.where(SubmissionRow.status == status)
    if text:
        like = f"%{text}%"
        query = query.where(or_(SubmissionRow.enterprise.like(like), SubmissionRow.credit_code.like(like)))
    return query


def list_submissions(
    session: Session,
    token: TokenRow,
    *,
    kind: str | None = None,
    status: str | None = None,
    text: str | None = None,
    sort: str = "created",
    descending: bool = True,
    limit: int = 200,
    offset: int = 0,
) -> Sequence[SubmissionRow]:
    """Submissions this token may see, filtered and sorted; one page of ``limit`` from ``offset``."""
    query = _visible_query(token, kind, status, text)
    column = SORTS.get(sort, SubmissionRow.created_at)
    query = query.order_by(column.desc() if descending else column.asc(), SubmissionRow.id)
    return session.scalars(query.limit(limit).offset(offset)).all()


def count_submissions(
    session: Session,
    token: TokenRow,
    *,
    kind: str | None = None,
    status: str | None = None,
    text: str | None = None,
) -> int:
    """How many submissions ``list_submissions`` pages through with these filters."""
    query = _visible_query(token, kind, status, text)
    return session.scalar(select(func.count()).select_from(query.subquery())) or 0


def unfinished_ids(session: Session) -> list[str]:
    """Ids of jobs that were queued or running when the service last stopped, oldest first."""
    query = select(SubmissionRow.id).where(SubmissionRow.status.in_(UNFINISHED))
    return list(session.scalars(query.order_by(SubmissionRow.created_at)))


def save_report(session: Session, row: SubmissionRow, report: Report) -> None:
    """Store a finished report: its JSON, its counts, and one row per finding."""
    row.report_json = report.to_json(indent=None)
    # Cut to the columns' widths: PostgreSQL refuses a longer value, and the job would never finish.
    # The declaration's own bounds keep real values far shorter.
    row.enterprise = (report.submission.enterprise or "")[:200] or None
    row.credit_code = (report.submission.credit_code or "")[:32] or None
    row.errors, row.warnings, row.infos = (
        report.summary.errors,
        report.summary.warnings,
        report.summary.info,
    )
    row.findings = [
        FindingRow(
            position=i,
            code=str(f.code),
            severity=str(f.severity),
            project_id=f.project_id[:40] if f.project_id else None,
            message=f.message,
            declared=f.declared,
            found=f.found,
        )
        for i, f in enumerate(report.findings)
    ]
    row.status, row.error, row.finished_at = "done", None, utcnow()
    session.commit()


def has_decisions(session: Session, row: SubmissionRow) -> bool:
    """Whether a reviewer has recorded a decision on any finding of the submission."""
    query = (
        select(func.count())
        .select_from(DecisionRow)
        .join(FindingRow, DecisionRow.finding_id == FindingRow.id)
        .where(FindingRow.submission_id == row.id)
    )
    return bool(session.scalar(query))


def delete_submission(store: Store, session: Session, row: SubmissionRow) -> None:
    """Delete a submission, its findings and decisions, and every blob no other submission uses."""
    hashes = {f.sha256 for f in row.files}
    session.delete(row)
    session.commit()
    for sha in hashes:
        still_used = session.scalar(select(func.count()).select_from(FileRow).where(FileRow.sha256 == sha))
        if not still_used:
            store.blobs.delete(sha)
