"""The report as one self-contained HTML page for people.

Summary first, then one section per declared project (its verdict, the row as
declared, its findings with declared vs found side by side), then the other
findings and the list of documents. Each piece of evidence is shown on a
thumbnail of its page with its box drawn (an SVG overlay in PDF points). Page
pictures are embedded once each as CSS backgrounds, and their number is capped,
so that the file stays a few MB.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from enum import Enum
from pathlib import Path

from jinja2 import Environment, PackageLoader, select_autoescape
from pydantic import BaseModel

from jianzheng.extract import find_submission, read_declaration
from jianzheng.models import (
    Declaration,
    DocType,
    Document,
    Finding,
    Project,
    Report,
    format_money,
    format_wan,
)
from jianzheng.models.errors import InputError

from .thumbnails import Thumbnail, crop_region, render_crop, render_thumbnail

MAX_THUMBNAILS = 60
"""Distinct page pictures in one report: ~60 KB each keeps the file under ~4 MB."""
MAX_CROPS = 120
"""Close-ups of evidence regions: a line or two of text each, ~10 KB."""

STATUS_TEXT = {
    "ok": "通过",
    "warning": "需复核",
    "review": "待人工核对",
    "error": "不一致",
    "missing": "缺少材料",
}
SEVERITY_TEXT = {"error": "错误", "warning": "警告", "info": "提示"}
TYPE_TEXT = {
    "business_license": "营业执照",
    "audit_report": "审计报告",
    "financial_statement": "财务报表",
    "contract": "合同",
    "acceptance_report": "验收报告",
    "invoice": "发票",
    "ip_certificate": "知识产权证书",
    "declaration_form": "申报表（盖章版）",
    "other": "其他",
}
_MONEY = re.compile(r"^-?\d+\.\d{2}$")

_env = Environment(loader=PackageLoader("jianzheng.service", "templates"), autoescape=select_autoescape())


def show_value(value: str | None) -> str:
    """A declared or found value as a reviewer reads it: money in 万元 with the yuan beside it."""
    if value is None:
        return "—"
    if _MONEY.match(value):
        return f"{format_wan(Decimal(value))}（{value} 元）"
    return value


def field_text(value: object) -> str:
    """A read field's value for the documents table: money in 万元, objects and lists item by item."""
    if isinstance(value, list | tuple):
        return " / ".join(field_text(v) for v in value)
    if isinstance(value, Decimal):
        return show_value(format_money(value))
    if isinstance(value, BaseModel):
        items = value.model_dump(exclude_none=True).items()
        return "；".join(f"{k} {field_text(v)}" for k, v in items)
    if isinstance(value, Enum):
        return str(value.value)
    return str(value)


@dataclass
class PageView:
    """One page of evidence: its picture (if any) and the boxes to draw on it."""

    file: str
    page: int | None
    texts: list[str] = field(default_factory=list)
    boxes: list[tuple[float, float, float, float]] = field(default_factory=list)
    picture: str | None = None
    """CSS class of the embedded page picture; None when there is none."""
    width_pt: float = 0.0
    height_pt: float = 0.0
    crop: str | None = None
    """A sharper picture of the region around the boxes, as a data URI."""


@dataclass
class FindingView:
    finding: Finding
    pages: list[PageView]


@dataclass
class ProjectView:
    project_id: str
    status: str
    project: Project | None
    documents: list[Document]
    findings: list[FindingView]
    compared: list[CompareRow] = field(default_factory=list)


@dataclass(frozen=True)
class CompareRow:
    """One declared value beside what the matched documents say."""

    label: str
    declared: str
    found: str
    document: str | None


COMPARED: tuple[tuple[str, str, DocType, str], ...] = (
    ("项目名称", "name", DocType.contract, "project_name"),
    ("甲方单位", "client", DocType.contract, "party_a"),
    ("合同金额", "contract_amount", DocType.contract, "contract_amount"),
    ("合同签订日期", "signed_on", DocType.contract, "signed_on"),
    ("验收日期", "accepted_on", DocType.acceptance_report, "accepted_on"),
)
"""The row's values a reviewer checks first, and where each is read in the evidence."""


def compare_rows(project: Project | None, documents: list[Document]) -> list[CompareRow]:
    """The declared row beside the first matched contract and acceptance report, field by field."""
    if project is None or not documents:
        return []
    rows = []
    for label, attr, doc_type, name in COMPARED:
        declared = getattr(project, attr)
        doc = next((d for d in documents if d.type == doc_type and d.field(name) is not None), None)
        found = doc.field(name) if doc else None
        rows.append(
            CompareRow(
                label=label,
                declared="—" if declared is None else field_text(declared),
                found="—" if found is None else field_text(found.value),
                document=doc.id if doc else None,
            )
        )
    return rows


class Pictures:
    """The page pictures of one report, each rendered and embedded once, at most MAX_THUMBNAILS."""

    def __init__(self, root: Path, limit: int = MAX_THUMBNAILS) -> None:
        self.root = root
        self.limit = limit
        self.rendered: dict[tuple[str, int], tuple[str, Thumbnail] | None] = {}
        self.capped = False
        self.crops = 0

    def crop(self, view: PageView) -> str | None:
        """A close-up of the view's boxes, while the crop budget lasts."""
        region = crop_region(view.boxes, view.width_pt, view.height_pt)
        if region is None or view.page is None or self.crops >= MAX_CROPS:
            return None
        self.crops += 1
        return render_crop(self.root, view.file, view.page, region)

    def get(self, file: str, page: int) -> tuple[str, Thumbnail] | None:
        """The CSS class and thumbnail of a page, rendering it the first time."""
        key = (file, page)
        if key not in self.rendered:
            if sum(v is not None for v in self.rendered.values()) >= self.limit:
                self.capped = True
                return None
            thumb = render_thumbnail(self.root, file, page)
            self.rendered[key] = (f"pg{len(self.rendered) + 1}", thumb) if thumb else None
        return self.rendered[key]

    def css(self) -> str:
        """One CSS rule per embedded picture."""
        return "\n".join(
            f".{name}{{background-image:url({thumb.data_uri})}}"
            for entry in self.rendered.values()
            if entry is not None
            for name, thumb in [entry]
        )


def finding_view(finding: Finding, documents: dict[str, Document], pictures: Pictures) -> FindingView:
    """A finding with its evidence grouped by page, boxes on each page's picture."""
    pages: dict[tuple[str, int | None], PageView] = {}
    for evidence in finding.evidence:
        doc = documents.get(evidence.document or "")
        file = evidence.file or (doc.file if doc else None)
        if file is None:
            if evidence.text:
                pages.setdefault(("", None), PageView(file="", page=None)).texts.append(evidence.text)
            continue
        number = evidence.page or (doc.pages[0] if doc and doc.pages else None)
        view = pages.setdefault((file, number), PageView(file=file, page=number))
        if evidence.text:
            view.texts.append(evidence.text)
        if evidence.bbox:
            view.boxes.append(evidence.bbox)
    for view in pages.values():
        picture = pictures.get(view.file, view.page) if view.file and view.page else None
        if picture:
            view.picture, thumb = picture
            view.width_pt, view.height_pt = thumb.width_pt, thumb.height_pt
            view.crop = pictures.crop(view)
    return FindingView(finding, list(pages.values()))


def load_declaration(submission: Path) -> Declaration | None:
    """The submission's declaration, for project names and declared values (None when unreadable)."""
    try:
        return read_declaration(find_submission(submission).declaration)[0]
    except InputError:
        return None


def render_html(report: Report, submission: Path, *, max_thumbnails: int = MAX_THUMBNAILS) -> str:
    """The report rendered for a reviewer, as one self-contained HTML file."""
    declaration = load_declaration(submission)
    declared = {p.id: p for p in declaration.projects} if declaration else {}
    documents = {d.id: d for d in report.documents}
    pictures = Pictures(submission, max_thumbnails)
    projects = [
        ProjectView(
            project_id=verdict.project_id,
            status=verdict.status.value,
            project=declared.get(verdict.project_id),
            documents=[documents[d] for d in verdict.documents if d in documents],
            findings=[
                finding_view(f, documents, pictures)
                for f in report.findings
                if f.project_id == verdict.project_id
            ],
            compared=compare_rows(
                declared.get(verdict.project_id), [documents[d] for d in verdict.documents if d in documents]
            ),
        )
        for verdict in report.projects
    ]
    listed = {v.project_id for v in report.projects}
    others = [finding_view(f, documents, pictures) for f in report.findings if f.project_id not in listed]
    return _env.get_template("report.html").render(
        report=report,
        submission=submission.name,
        projects=projects,
        others=others,
        pictures_css=pictures.css(),
        pictures_capped=pictures.capped,
        max_thumbnails=max_thumbnails,
        status_text=STATUS_TEXT,
        severity_text=SEVERITY_TEXT,
        type_text=TYPE_TEXT,
        show_value=show_value,
        field_text=field_text,
        format_wan=format_wan,
    )
