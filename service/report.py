"""Assembling the report: per-project verdicts and the summary (CONTRACT 2)."""

from __future__ import annotations

from collections import Counter

from jianzheng.extract.orient import bbox_on_file_page
from jianzheng.models import (
    BBox,
    BoxFrame,
    Code,
    Declaration,
    DocType,
    Document,
    Evidence,
    Finding,
    Match,
    Page,
    ProjectStatus,
    ProjectVerdict,
    Report,
    Severity,
    SubmissionInfo,
    Summary,
    TextSource,
)

_SEVERITY_ORDER = {Severity.error: 0, Severity.warning: 1, Severity.info: 2}


class FilePlaces:
    """Boxes read on turned pages, placed back on the pages as their files hold them.

    A page scanned sideways or upside down is read upright (Page.rotation),
    so its words' boxes are on the upright page; CONTRACT 2 gives boxes on the
    page "so a viewer can draw it", and a viewer shows the file's page. Each
    evidence box says its frame (Evidence.frame): boxes read upright are placed
    and become ``pdf_points``; those a detector found on the file's page already
    are left as they are; a flattened photo's stay on its sheet (``sheet_points``).
    """

    def __init__(self, pages: list[Page], documents: list[Document]) -> None:
        self.turned = {p.key: p for p in pages if p.rotation}
        self.sheets = {p.key for p in pages if p.sheet is not None}
        self.file_of = {d.id: d.file for d in documents}

    def place(self, bbox: BBox | None, file: str | None, page: int | None) -> BBox | None:
        """The box on the file's page (unchanged where the page was read as it lies)."""
        turned = self.turned.get((file, page)) if file and page else None
        if bbox is None or turned is None:
            return bbox
        return bbox_on_file_page(bbox, turned.rotation, turned.width, turned.height)

    def document(self, doc: Document) -> Document:
        """The document with its fields' boxes on the file's pages."""
        moved = {
            name: value.model_copy(update={"bbox": placed})
            for name, value in doc.fields.present().items()
            if (placed := self.place(value.bbox, doc.file, value.page)) != value.bbox
        }
        return doc.model_copy(update={"fields": doc.fields.model_copy(update=moved)}) if moved else doc

    def evidence(self, ev: Evidence) -> Evidence:
        """One piece of evidence with its box on the file's page, and the frame it is then in."""
        if ev.bbox is None or ev.frame != BoxFrame.upright_points:
            return ev
        file = ev.file or self.file_of.get(ev.document or "")
        frame = BoxFrame.sheet_points if (file, ev.page) in self.sheets else BoxFrame.pdf_points
        return ev.model_copy(update={"bbox": self.place(ev.bbox, file, ev.page), "frame": frame})

    def finding(self, finding: Finding) -> Finding:
        """The finding with its evidence boxes on the file's pages."""
        evidence = [self.evidence(ev) for ev in finding.evidence]
        return finding.model_copy(update={"evidence": evidence}) if evidence != finding.evidence else finding


def undecided(finding: Finding) -> bool:
    """Whether a finding leaves its rows undecided: a check could not decide, or a stage failed."""
    return finding.code in (Code.NEEDS_REVIEW, Code.CHECK_FAILED) or finding.stage is not None


def project_verdicts(
    declaration: Declaration | None,
    matches: list[Match],
    findings: list[Finding],
    documents: list[Document] | None = None,
) -> list[ProjectVerdict]:
    """One verdict per declared project, in declaration order.

    ``missing`` when no document backs the row (or, where the documents are
    known, none of those matched is a contract: CONTRACT 2 "no contract
    found"); otherwise the worst among the project's findings: ``error``;
    ``review`` when a check on the row could not decide (NEEDS_REVIEW) or a check
    failed (a failed check that named no project leaves every row undecided);
    ``warning``; or ``ok`` when every check decided and nothing contradicts the row.
    """
    if declaration is None:
        return []
    types = {d.id: d.type for d in documents} if documents is not None else None
    failed_for_all = any(
        (f.code == Code.CHECK_FAILED or f.stage is not None) and f.project_id is None for f in findings
    )
    verdicts = []
    for project in declaration.projects:
        docs = list(dict.fromkeys(d for m in matches if m.project_id == project.id for d in m.documents))
        own = [f for f in findings if f.project_id == project.id]
        severities = {f.severity for f in own}
        has_contract = bool(docs) and (types is None or any(types.get(d) == DocType.contract for d in docs))
        if not has_contract:
            status = ProjectStatus.missing
        elif Severity.error in severities:
            status = ProjectStatus.error
        elif failed_for_all or any(undecided(f) for f in own):
            status = ProjectStatus.review
        elif Severity.warning in severities:
            status = ProjectStatus.warning
        else:
            status = ProjectStatus.ok
        verdicts.append(
            ProjectVerdict(project_id=project.id, status=status, documents=docs, findings=len(own))
        )
    return verdicts


def assemble_report(
    *,
    declaration: Declaration | None,
    documents: list[Document],
    pages: list[Page],
    matches: list[Match],
    findings: list[Finding],
    files: int,
    seconds: float,
) -> Report:
    """The report, findings ordered by severity, then project in declaration order, then code."""
    position = {p.id: i for i, p in enumerate(declaration.projects)} if declaration else {}

    def order(f: Finding) -> tuple[int, int, str]:
        project = -1 if f.project_id is None else position.get(f.project_id, len(position))
        return (_SEVERITY_ORDER[f.severity], project, f.code.value)

    places = FilePlaces(pages, documents)
    if places.turned:
        documents = [places.document(d) for d in documents]
    findings = [places.finding(f) for f in findings]
    ordered = sorted(findings, key=order)
    counts = Counter(f.severity for f in ordered)
    enterprise = declaration.enterprise if declaration else None
    return Report(
        submission=SubmissionInfo(
            enterprise=enterprise.name if enterprise else None,
            credit_code=enterprise.credit_code if enterprise else None,
            inspection_year=enterprise.inspection_year if enterprise else None,
        ),
        documents=documents,
        matches=matches,
        summary=Summary(
            errors=counts[Severity.error],
            warnings=counts[Severity.warning],
            info=counts[Severity.info],
            files=files,
            pages=len(pages),
            ocr_pages=sum(p.text_source != TextSource.text for p in pages),
            seconds=round(seconds, 2),
        ),
        projects=project_verdicts(declaration, matches, ordered, documents),
        findings=ordered,
    )
