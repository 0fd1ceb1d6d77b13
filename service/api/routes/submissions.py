"""Submissions: upload (202 + id), status and progress, the report, listing, deletion."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, HTTPException, Query, Response, status
from fastapi.concurrency import run_in_threadpool

from jianzheng.service import jobs
from jianzheng.service.jobs.task import forget_pages
from jianzheng.service.store.repo import (
    UNFINISHED,
    count_submissions,
    delete_submission,
    has_decisions,
    list_submissions,
)
from jianzheng.service.store.tables import SubmissionRow, TokenRow

from ..deps import Services, ServicesDep, SessionDep, SubmissionDep, TokenDep, UploadDep
from ..disclosure import report_json_for, stored_report_for
from ..intake import Upload, take_upload
from ..schemas import FindingPublic, Problem, SubmissionCreated, SubmissionStatus
from ..tenancy import admit_upload

router = APIRouter(tags=["submissions"])
ERRORS: dict[int | str, dict[str, object]] = {
    401: {"model": Problem},
    403: {"model": Problem},
    404: {"model": Problem},
    413: {"model": Problem},
    415: {"model": Problem},
    422: {"model": Problem},
    429: {"model": Problem},
}


async def accept(services: Services, token: TokenRow, kind: str, upload: Upload) -> SubmissionRow:
    """Store an upload (off the event loop: hashing and zip reading are blocking) and queue its job."""
    await run_in_threadpool(admit_upload, services.store, services.settings, token, kind)
    row = await run_in_threadpool(take_upload, services.store, services.settings, token, kind, upload)
    services.queue.submit(row.id)
    return row


@router.post("/submissions", status_code=status.HTTP_202_ACCEPTED, responses=ERRORS)
async def create_submission(services: ServicesDep, token: TokenDep, upload: UploadDep) -> SubmissionCreated:
    """Upload a submission: `declaration` plus repeated `files`, or one zip in `archive`. Checked in the background."""
    row = await accept(services, token, "submission", upload)
    return SubmissionCreated(id=row.id, kind=row.kind, status=row.status, status_url=f"/submissions/{row.id}")


@router.get("/submissions", responses=ERRORS)
def get_submissions(
    session: SessionDep,
    token: TokenDep,
    response: Response,
    kind: Literal["submission", "precheck"] | None = None,
    status: Literal["queued", "running", "done", "failed", "withdrawn"] | None = None,
    q: Annotated[str | None, Query(max_length=100, description="企业名称或信用代码包含")] = None,
    sort: Literal["created", "errors", "warnings", "enterprise", "status"] = "created",
    order: Literal["asc", "desc"] = "desc",
    limit: Annotated[int, Query(ge=1, le=500, description="每页条数")] = 100,
    offset: Annotated[int, Query(ge=0, le=10_000_000, description="跳过的条数")] = 0,
) -> list[SubmissionStatus]:
    """The submissions the caller may see (a reviewer: all; an enterprise: its own), one page at a time.

    The header `X-Total-Count` gives how many match the filters in all.
    """
    rows = list_submissions(
        session,
        token,
        kind=kind,
        status=status,
        text=q,
        sort=sort,
        descending=order == "desc",
        limit=limit,
        offset=offset,
    )
    total = count_submissions(session, token, kind=kind, status=status, text=q)
    response.headers["X-Total-Count"] = str(total)
    return [SubmissionStatus.of(r) for r in rows]


@router.get("/submissions/{submission_id}", responses=ERRORS)
def get_submission(row: SubmissionDep) -> SubmissionStatus:
    """Status and progress (pages done / total) of one submission."""
    return SubmissionStatus.of(row)


@router.get(
    "/submissions/{submission_id}/report",
    responses={**ERRORS, 409: {"model": Problem}, 200: {"description": "CONTRACT 2 report JSON"}},
)
def get_report(row: SubmissionDep, token: TokenDep) -> Response:
    """The report (CONTRACT 2) once the job is done; 409 while it runs or when it failed."""
    shown = report_json_for(row, token.role)
    if shown is None:
        detail = row.error if row.status == "failed" else f"报告尚未生成：状态 {row.status}"
        raise HTTPException(status.HTTP_409_CONFLICT, detail or "处理失败")
    return Response(shown, media_type="application/json")


@router.get("/submissions/{submission_id}/findings", responses=ERRORS)
def get_findings(row: SubmissionDep, token: TokenDep) -> list[FindingPublic]:
    """The report's findings with their ids (for decisions) and the latest decision on each."""
    report = stored_report_for(row, token.role)
    shown = report.findings if report else []
    return [FindingPublic.of(f, shown[f.position] if f.position < len(shown) else None) for f in row.findings]


def _stop_job(row: SubmissionRow) -> None:
    if row.status in UNFINISHED:
        jobs.cancel(row.id)


@router.delete(
    "/submissions/{submission_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    responses={**ERRORS, 409: {"model": Problem}},
)
def remove_submission(row: SubmissionDep, services: ServicesDep, session: SessionDep) -> Response:
    """Delete a submission with its files and report (an enterprise: its own only).

    Once a reviewer has decided on any of its findings it cannot be deleted (409): the decisions
    are the association's record. It can be withdrawn instead.
    """
    if has_decisions(session, row):
        raise HTTPException(
            status.HTTP_409_CONFLICT,
            "审核人员已对该提交作出审核意见，不能删除（审核记录须保留）；"
            f"如需撤回，请使用撤回：POST /submissions/{row.id}/withdraw",
        )
    _stop_job(row)
    delete_submission(services.store, session, row)
    # Its pages leave the duplicate index with it: no later report may cite a deleted filing.
    forget_pages(services.settings, row.id)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.post("/submissions/{submission_id}/withdraw", responses={**ERRORS, 409: {"model": Problem}})
def withdraw_submission(row: SubmissionDep, session: SessionDep) -> SubmissionStatus:
    """Withdraw a submission: its job stops, it is no longer under review; files, report and decisions stay."""
    if row.status == "withdrawn":
        raise HTTPException(status.HTTP_409_CONFLICT, "该提交已经撤回")
    _stop_job(row)
    row.status, row.lease = "withdrawn", None  # its job, if one still runs, loses its lease and stops
    session.commit()
    return SubmissionStatus.of(row)
