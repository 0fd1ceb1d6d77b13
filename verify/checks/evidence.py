"""Which declared projects lack a contract, and which contracts and acceptance reports back no project."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from jianzheng.models import Code, DocType, Finding, Severity, format_money

from ..compare import declared_evidence, evidence, wan
from ..registry import CheckContext, check

TEN_LARGEST = 10
"""Seed 000 (二) 6. 3): 如当年度合同较多，挑选前 10 个大额合同上传即可."""


@check(Code.PROJECT_EVIDENCE_MISSING)
def project_evidence_missing(ctx: CheckContext) -> Iterator[Finding]:
    """PROJECT_EVIDENCE_MISSING: a declared project has no contract among the attachments.

    Rule: seed 000 (二) 6. 3) (each project's contract key pages + acceptance report or
    invoices; a company with many contracts may upload only its ten largest) and CONTRACT 1.1:
    an error for a project among the ten largest by declared contract_amount, info for the rest.

    Example: 项目「某区政务云平台建设项目」（合同金额 245.00 万元，前 10 大合同）未找到合同
    """
    assert ctx.declaration is not None
    projects = ctx.declaration.projects
    ranked = sorted(projects, key=lambda p: p.contract_amount or Decimal(0), reverse=True)
    largest = {p.id for p in ranked[:TEN_LARGEST]}
    for project in projects:
        if ctx.contract_of(project.id) is not None:
            continue
        amount = project.contract_amount
        big = project.id in largest
        yield Finding(
            code=Code.PROJECT_EVIDENCE_MISSING,
            severity=Severity.error if big else Severity.info,
            project_id=project.id,
            documents=[d.id for d in ctx.documents_of(project.id)],
            declared=format_money(amount) if amount is not None else project.name,
            found="无",
            message=(
                f"项目「{project.name}」"
                + (
                    f"（合同金额 {wan(amount)}{'，前 10 大合同' if big else ''}）"
                    if amount is not None
                    else ""
                )
                + "未找到合同"
            ),
            evidence=[declared_evidence(f"projects.{project.id}.name", project.name)],
        )


_LABELS = {DocType.contract: "合同", DocType.acceptance_report: "验收报告"}


@check(Code.DOCUMENT_UNMATCHED)
def document_unmatched(ctx: CheckContext) -> Iterator[Finding]:
    """DOCUMENT_UNMATCHED: a contract or acceptance report matches no declared project.

    Rule: seed 000 (二) 4. (the completion table corresponds to the project table); CONTRACT 2.3.
    Information only: an enterprise may upload more than it declares.

    Example: 合同「某区智慧城管平台运维服务」未对应任何申报项目
    """
    matched = ctx.matched_ids()
    for doc in ctx.documents:
        if doc.type not in _LABELS or doc.id in matched:
            continue
        name = doc.field("project_name")
        label = _LABELS[doc.type]
        title = f"「{name.value}」" if name is not None else f"（{doc.file} 第 {doc.pages[0]} 页）"
        yield Finding(
            code=Code.DOCUMENT_UNMATCHED,
            documents=[doc.id],
            declared="无对应申报项目",
            found=name.value if name is not None else doc.file,
            message=f"{label}{title}未对应任何申报项目",
            evidence=[evidence(doc, name)],
        )
