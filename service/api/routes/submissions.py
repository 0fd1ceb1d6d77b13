"""Submissions: upload (202 + id), status and progress, the report, listing, deletion."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, File, HTTPException, Query, Response, UploadFile, status
from fastapi.concurrency import run_in_threadpool

from jianzheng.service.jobs import cancel
from jianzheng.service.store.repo import delete_submission, list_submissions
from jianzheng.service.store.tables import SubmissionRow, TokenRow

from ..deps import Services, ServicesDep, SessionDep, SubmissionDep, TokenDep
from ..intake import take_upload
from ..schemas import FindingPublic, Problem, SubmissionCreated, SubmissionStatus

router = APIRouter(tags=["submissions"])
ERRORS: dict[int | str, dict[str, object]] = {
    401: {"model": Problem},
    404: {"model": Problem},
    413: {"model": Problem},
    415: {"model": Problem},
    422: {"model": Problem},
}

Declaration = Annotated[UploadFile | None, File(description="declaration.json 或 declaration.xlsx")]
Files = Annotated[list[UploadFile], File(description="附件（PDF、图片、OFD、XML），可多个")]
Archive = Annotated[UploadFile | None, File(description="整个提交文件夹的 zip 压缩包（代替上面两项）")]


async def accept(
    services: Services,
    token: TokenRow,
    kind: str,
    declaration: UploadFile | None,
    files: list[UploadFile],
    archive: UploadFile | None,
) -> SubmissionRow:
    """Store an upload (off the event loop: hashing and zip reading are blocking) and queue its job."""
    row = await run_in_threadpool(
        take_upload, services.store, services.settings, token, kind, declaration, files, archive
    )
    services.queue.submit(row.id)
    return row


@router.post("/submissions", status_code=status.HTTP_202_ACCEPTED, responses=ERRORS)
async def create_submission(
    services: ServicesDep,
    token: TokenDep,
    declaration: Declaration = None,
    files: Files = [],  # noqa: B006 - FastAPI copies defaults per request
    archive: Archive = None,
) -> SubmissionCreated:
    """Upload a submission: `declaration` plus repeated `files`, or one zip in `archive`. Checked in the background."""
    row = await accept(services, token, "submission", declaration, files, archive)
    return SubmissionCreated(id=row.id, kind=row.kind, status=row.status, status_url=f"/submissions/{row.id}")


@router.get("/submissions", responses=ERRORS)
def get_submissions(
    session: SessionDep,
    token: TokenDep,
    kind: Literal["submission", "precheck"] | None = None,
    status: Literal["queued", "running", "done", "failed"] | None = None,
    q: Annotated[str | None, Query(max_length=100, description="企业名称或信用代码包含")] = None,
    sort: Literal["created", "errors", "warnings", "enterprise", "status"] = "created",
    order: Literal["asc", "desc"] = "desc",
) -> list[SubmissionStatus]:
    """The submissions the caller may see (a reviewer: all; an enterprise: its own)."""
    rows = list_submissions(
        session, token, kind=kind, status=status, text=q, sort=sort, descending=order == "desc"
    )
    return [SubmissionStatus.of(r) for r in rows]


@router.get("/submissions/{submission_id}", responses=ERRORS)
def get_submission(row: SubmissionDep) -> SubmissionStatus:
    """Status and progress (pages done / total) of one submission."""
    return SubmissionStatus.of(row)


@router.get(
    "/submissions/{submission_id}/report",
    responses={**ERRORS, 409: {"model": Problem}, 200: {"description": "CONTRACT 2 report JSON"}},
)
def get_report(row: SubmissionDep) -> Response:
    """The report (CONTRACT 2) once the job is done; 409 while it runs or when it failed."""
    if row.status != "done" or row.report_json is None:
        detail = row.error if row.status == "failed" else f"报告尚未生成：状态 {row.status}"
        raise HTTPException(status.HTTP_409_CONFLICT, detail or "处理失败")
    return Response(row.report_json, media_type="application/json")


@router.get("/submissions/{submission_id}/findings", responses=ERRORS)
def get_findings(row: SubmissionDep) -> list[FindingPublic]:
    """The report's findings with their ids (for decisions) and the latest decision on each."""
    return [FindingPublic.of(f) for f in row.findings]


@router.delete("/submissions/{submission_id}", status_code=status.HTTP_204_NO_CONTENT, responses=ERRORS)
def remove_submission(row: SubmissionDep, services: ServicesDep, session: SessionDep) -> Response:
    """Delete a submission with its files, report and decisions (an enterprise: its own only)."""
    cancel(row.id)  # its job stops before its files go
    delete_submission(services.store, session, row)
    return Response(status_code=status.HTTP_204_NO_CONTENT)
