"""Pre-check for enterprises: the same pipeline, the answer phrased as the reasons a reviewer would reject."""

from __future__ import annotations

from typing import Literal

from fastapi import APIRouter, status

from jianzheng.models import Code, Report, Severity
from jianzheng.service.store.tables import SubmissionRow
from jianzheng.service.web.advice import advice_for

from ..deps import ServicesDep, SubmissionDep, TokenDep, UploadDep
from ..disclosure import stored_report_for
from ..schemas import PrecheckResult, Reason, SubmissionCreated, SubmissionStatus
from .submissions import ERRORS, accept

router = APIRouter(tags=["precheck"])
REJECTING = (Severity.error, Severity.warning)
"""Info findings are left out: a reviewer never sends a filing back for them."""


def rejection_reasons(report: Report) -> list[Reason]:
    """Errors first, then warnings, each with the advice for its code."""
    order = {Severity.error: 0, Severity.warning: 1}
    findings = sorted(
        (f for f in report.findings if f.severity in REJECTING), key=lambda f: order[f.severity]
    )
    reasons = []
    for finding in findings:
        advice = advice_for(str(finding.code))
        reasons.append(
            Reason(
                code=str(finding.code),
                severity=str(finding.severity),
                title=advice.title,
                message=finding.message,
                fix=advice.fix,
                project_id=finding.project_id,
            )
        )
    return reasons


def precheck_result(row: SubmissionRow, role: str) -> PrecheckResult:
    """The pre-check answer for a submission row in any state, as this role may read it."""
    progress = SubmissionStatus.of(row).progress
    if row.status == "failed":
        return PrecheckResult(
            id=row.id, status=row.status, progress=progress, verdict="failed", error=row.error
        )
    report = stored_report_for(row, role) if row.status == "done" else None
    if report is None:
        return PrecheckResult(id=row.id, status=row.status, progress=progress, verdict="pending")
    reasons = rejection_reasons(report)
    return PrecheckResult(
        id=row.id, status=row.status, progress=progress, verdict=verdict_of(report), reasons=reasons
    )


UNDECIDED = (Code.NEEDS_REVIEW, Code.CHECK_FAILED)
"""A check that could not decide, or failed: the pre-check cannot say pass (CONTRACT 2)."""


def verdict_of(report: Report) -> Literal["pass", "review", "reject"]:
    """reject on any error; review when a check could not decide or failed; else pass."""
    if any(f.severity == Severity.error for f in report.findings):
        return "reject"
    if any(f.code in UNDECIDED or f.stage is not None for f in report.findings):
        return "review"
    return "pass"


@router.post("/precheck", status_code=status.HTTP_202_ACCEPTED, responses=ERRORS)
async def create_precheck(services: ServicesDep, token: TokenDep, upload: UploadDep) -> SubmissionCreated:
    """Pre-check a submission before filing it; poll GET /precheck/{id} for the rejection reasons."""
    row = await accept(services, token, "precheck", upload)
    return SubmissionCreated(id=row.id, kind=row.kind, status=row.status, status_url=f"/precheck/{row.id}")


@router.get("/precheck/{submission_id}", responses=ERRORS)
def get_precheck(row: SubmissionDep, token: TokenDep) -> PrecheckResult:
    """Progress, then the verdict and the rejection reasons (驳回原因) with what to fix for each."""
    return precheck_result(row, token.role)
