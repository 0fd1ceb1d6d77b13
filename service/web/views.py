"""What the pages show, computed from the stored rows and report (kept out of the templates)."""

from __future__ import annotations

from dataclasses import dataclass, field

from jianzheng.models import Evidence, Finding, Report
from jianzheng.service.api.disclosure import stored_report_for
from jianzheng.service.api.routes.precheck import precheck_result
from jianzheng.service.store.tables import FindingRow, SubmissionRow

from .advice import Advice, advice_for

SEVERITY_ZH = {"error": "错误", "warning": "警告", "info": "提示"}


@dataclass
class EvidenceView:
    text: str
    file_name: str | None
    page: int | None
    image_url: str | None


@dataclass
class FindingView:
    row: FindingRow
    finding: Finding
    advice: Advice
    evidence: list[EvidenceView]


@dataclass
class ProjectGroup:
    key: str
    title: str
    status: str | None
    findings: list[FindingView] = field(default_factory=list)


def _evidence(row: SubmissionRow, report: Report, index: int, ev: Evidence) -> EvidenceView:
    documents = {d.id: d.file for d in report.documents}
    layout = ev.file or (documents.get(ev.document) if ev.document else None)
    file = next((f for f in row.files if f.layout_name == layout), None)
    url = None
    if file is not None and ev.page:
        url = f"/submissions/{row.id}/pages/{file.position}/{ev.page}.png?finding={index}"
    return EvidenceView(
        text=ev.text, file_name=file.display_name if file else layout, page=ev.page, image_url=url
    )


def submission_view(row: SubmissionRow, role: str) -> dict[str, object]:
    """Findings grouped by declared project (in declaration order), enterprise-level ones first."""
    report = stored_report_for(row, role)
    groups: dict[str, ProjectGroup] = {"": ProjectGroup(key="", title="企业与材料", status=None)}
    if report:
        for verdict in report.projects:
            groups[verdict.project_id] = ProjectGroup(
                key=verdict.project_id, title=f"项目 {verdict.project_id}", status=str(verdict.status)
            )
        for finding_row in row.findings:
            finding = report.findings[finding_row.position]
            view = FindingView(
                row=finding_row,
                finding=finding,
                advice=advice_for(str(finding.code)),
                evidence=[_evidence(row, report, finding_row.position, ev) for ev in finding.evidence],
            )
            key = finding.project_id or ""
            groups.setdefault(key, ProjectGroup(key=key, title=f"项目 {key}", status=None)).findings.append(
                view
            )
    return {
        "row": row,
        "report": report,
        "groups": [g for g in groups.values() if g.findings or g.key],
        "severity_zh": SEVERITY_ZH,
    }


def precheck_view(row: SubmissionRow, role: str) -> dict[str, object]:
    """The pre-check result as the page shows it to this role."""
    return {"row": row, "result": precheck_result(row, role), "severity_zh": SEVERITY_ZH}
