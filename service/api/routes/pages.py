"""Page images of a submission's files with the evidence boxes of its findings drawn."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, HTTPException, Path, Query, Response
from fastapi.concurrency import run_in_threadpool

from jianzheng.extract.readers.sniff import IMAGE_MEDIA
from jianzheng.models import Report

from ..deps import ServicesDep, SubmissionDep
from ..render import PageNotFound, page_boxes, render_page
from .submissions import ERRORS

router = APIRouter(tags=["pages"])
RENDERABLE = {"pdf", *IMAGE_MEDIA}


@router.get(
    "/submissions/{submission_id}/pages/{file_index}/{page}.png",
    responses={**ERRORS, 200: {"content": {"image/png": {}}, "description": "PNG"}},
    response_class=Response,
)
async def page_image(
    row: SubmissionDep,
    services: ServicesDep,
    file_index: Annotated[int, Path(ge=0, le=100_000)],
    page: Annotated[int, Path(ge=1, le=100_000)],
    finding: Annotated[int | None, Query(ge=0, le=1_000_000, description="突出显示的问题序号")] = None,
) -> Response:
    """One page (1-based) of attachment `file_index` as PNG; evidence boxes red, finding `finding` orange."""
    file = next((f for f in row.files if f.position == file_index), None)
    if file is None or file.media not in RENDERABLE:
        raise HTTPException(404, f"没有可显示的文件：{file_index}")
    boxes = []
    if row.report_json:
        report = Report.model_validate_json(row.report_json)
        boxes = page_boxes(report, file.layout_name, page)
    path = services.store.blobs.path(file.sha256)
    try:
        png = await run_in_threadpool(render_page, path, file.media, page, boxes, finding)
    except PageNotFound as exc:
        raise HTTPException(404, str(exc)) from exc
    return Response(png, media_type="image/png", headers={"Cache-Control": "private, max-age=300"})
