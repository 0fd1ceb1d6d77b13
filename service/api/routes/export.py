"""A submission's findings as an Excel workbook for reviewers (openpyxl)."""

from __future__ import annotations

import io
import tempfile
from pathlib import Path

from fastapi import APIRouter, HTTPException, Response
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill
from openpyxl.worksheet.worksheet import Worksheet

from jianzheng.models import Report
from jianzheng.service.store.tables import SubmissionRow

from ..deps import ServicesDep, SubmissionDep, TokenDep
from ..disclosure import stored_report_for
from ..schemas import Problem
from .submissions import ERRORS

router = APIRouter(tags=["export"])
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
HEADERS = [
    "序号",
    "级别",
    "代码",
    "项目",
    "说明",
    "申报值",
    "材料值",
    "文件",
    "页码",
    "原文",
    "审核结论",
    "审核人",
    "审核时间",
]
FILLS = {"error": "F8D7DA", "warning": "FFF3CD", "info": "E2E3E5"}


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
"""What a spreadsheet may take as the start of a formula (OWASP's list for CSV and XLSX injection)."""


def inert(sheet: Worksheet) -> None:
    """Make every text cell that could be read as a formula plain text, its value unchanged.

    openpyxl stores any string starting with "=" as a formula; Excel and WPS also
    evaluate + - @ on editing. A project id or file name is the enterprise's text
    and must never run in a reviewer's spreadsheet: the cell is typed text and
    carries the quote prefix, so it stays text even when edited.
    """
    for line in sheet.iter_rows():
        for cell in line:
            if isinstance(cell.value, str) and cell.value.startswith(FORMULA_STARTS):
                cell.data_type = "s"
                cell.quotePrefix = True


def findings_workbook(row: SubmissionRow, role: str) -> bytes:
    """One sheet of findings (with evidence and the latest decision) and one of the submission's summary.

    Findings read as ``role`` may read them (disclosure.report_for); every cell is inert text.
    """
    report = stored_report_for(row, role)
    names = {f.layout_name: f.display_name for f in row.files}
    book = Workbook()
    sheet = book.active
    assert sheet is not None  # a new workbook always has one sheet
    sheet.title = "问题清单"
    sheet.append(HEADERS)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for finding_row in row.findings:
        finding = report.findings[finding_row.position] if report else None
        evidence = finding.evidence[0] if finding and finding.evidence else None
        documents = {d.id: d.file for d in report.documents} if report else {}
        file = evidence.file or documents.get(evidence.document or "") if evidence else None
        last = finding_row.decisions[-1] if finding_row.decisions else None
        sheet.append(
            [
                finding_row.id,
                finding_row.severity,
                finding_row.code,
                finding_row.project_id or "",
                finding.message if finding else finding_row.message,
                (finding.declared if finding else finding_row.declared) or "",
                (finding.found if finding else finding_row.found) or "",
                names.get(file or "", file or ""),
                evidence.page if evidence and evidence.page else "",
                evidence.text if evidence else "",
                {"accept": "确认", "dismiss": "驳回此问题"}.get(last.decision, "") if last else "",
                last.who if last else "",
                last.at.strftime("%Y-%m-%d %H:%M") if last else "",
            ]
        )
        fill = FILLS.get(finding_row.severity)
        if fill:
            sheet.cell(sheet.max_row, 2).fill = PatternFill("solid", fgColor=fill)
    for column, width in zip("ABCDEFGHIJKLM", (8, 8, 26, 8, 60, 16, 16, 24, 6, 40, 10, 16, 16), strict=True):
        sheet.column_dimensions[column].width = width
    about = book.create_sheet("提交信息")
    for key, value in [
        ("提交编号", row.id),
        ("企业", row.enterprise or ""),
        ("统一社会信用代码", row.credit_code or ""),
        ("状态", row.status),
        ("错误", row.errors),
        ("警告", row.warnings),
        ("提示", row.infos),
    ]:
        about.append([key, value])
    for each in book.worksheets:
        inert(each)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


@router.get(
    "/submissions/{submission_id}/findings.xlsx",
    responses={**ERRORS, 200: {"content": {XLSX: {}}, "description": "Excel workbook"}},
    response_class=Response,
)
def export_findings(row: SubmissionDep, token: TokenDep) -> Response:
    """The findings as an .xlsx workbook (empty list while the job runs)."""
    return Response(
        findings_workbook(row, token.role),
        media_type=XLSX,
        headers={"Content-Disposition": f'attachment; filename="jianzheng-{row.id}.xlsx"'},
    )


def _html_report(row: SubmissionRow, services: ServicesDep, role: str) -> str:
    from jianzheng.service.html import render_html
    from jianzheng.service.jobs.task import lay_out

    report = stored_report_for(row, role) or Report()
    with tempfile.TemporaryDirectory(dir=services.settings.data_dir) as tmp:
        folder = Path(tmp) / "submission"
        lay_out(services.store, [(f.layout_name, f.sha256) for f in row.files], folder)
        return render_html(report, folder)


@router.get(
    "/submissions/{submission_id}/report.html",
    responses={**ERRORS, 409: {"model": Problem}, 200: {"content": {"text/html": {}}, "description": "HTML"}},
    response_class=HTMLResponse,
)
async def export_html(row: SubmissionDep, services: ServicesDep, token: TokenDep) -> HTMLResponse:
    """The report as one self-contained HTML page (page thumbnails with evidence boxes), to keep or send."""
    if row.report_json is None:
        raise HTTPException(409, f"报告尚未生成：状态 {row.status}")
    return HTMLResponse(await run_in_threadpool(_html_report, row, services, token.role))
