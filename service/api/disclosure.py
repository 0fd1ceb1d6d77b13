"""What each role may read of a report: an enterprise never learns whose filing a page was seen in.

CONTRACT 2.3: only a reviewer sees which enterprise and submission the other
copy of a duplicated page belongs to; an enterprise's own view (its pre-checks
and its filings, as JSON, HTML pages or the Excel export) says only that the
page was seen elsewhere. The checks write the whole story for reviewers; this
module is the one place that cuts it down for everyone else, so every way a
report leaves the service goes through ``report_for``.
"""

from __future__ import annotations

from jianzheng.models import Code, Finding, Report
from jianzheng.service.store.tables import SubmissionRow

REVIEWER = "reviewer"


def cites_other_filing(finding: Finding) -> bool:
    """Whether the finding names another filing (its enterprise, submission or files)."""
    if finding.other_filing is not None:
        return True
    # Reports stored before findings carried other_filing: a duplicate within one submission
    # quotes both of its pages as evidence, one across submissions only this submission's page.
    return finding.code == Code.DUPLICATE_DOCUMENT and len(finding.evidence) < 2


def _place(finding: Finding) -> str:
    own = finding.evidence[0] if finding.evidence else None
    if own is not None and own.file and own.page:
        return f"{own.file} 第 {own.page} 页"
    return "本次提交中的一页"


def redacted(finding: Finding) -> Finding:
    """The finding as an enterprise may read it: that the page was seen elsewhere, not where."""
    seal = (
        finding.other_filing.what == "seal"
        if finding.other_filing
        else any(e.bbox is not None for e in finding.evidence)
    )
    what = "的印章与其他申报材料中的印章相同" if seal else "与其他申报材料中的一页相同或几乎相同"
    return finding.model_copy(
        update={
            "message": f"{_place(finding)}{what}（出于保密，不显示是哪家企业的哪份材料）",
            "found": None,
            "other_filing": None,
        }
    )


def report_for(report: Report, role: str) -> Report:
    """The report as this role may read it: a reviewer's is whole, anyone else's redacted."""
    if role == REVIEWER or not any(cites_other_filing(f) for f in report.findings):
        return report
    findings = [redacted(f) if cites_other_filing(f) else f for f in report.findings]
    return report.model_copy(update={"findings": findings})


def stored_report_for(row: SubmissionRow, role: str) -> Report | None:
    """A submission's stored report as this role may read it; None before the job has finished."""
    if row.report_json is None:
        return None
    return report_for(Report.model_validate_json(row.report_json), role)


def report_json_for(row: SubmissionRow, role: str) -> str | None:
    """The stored report JSON as this role may read it (a reviewer's byte for byte as stored)."""
    if row.report_json is None or role == REVIEWER:
        return row.report_json
    report = stored_report_for(row, role)
    return report.to_json(indent=None) if report is not None else None
