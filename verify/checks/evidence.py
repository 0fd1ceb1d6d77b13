"""Which declared projects lack a contract, and which contracts and acceptance reports back no project."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from typing import Any

from jianzheng.models import Code, DocType, Document, Extracted, Finding, Project, Severity, format_money
from jianzheng.models.text import fold

from ..compare import declared_evidence, evidence, needs_review, wan
from ..lookup import find_name
from ..normalise import same_company
from ..registry import CheckContext, check

TEN_LARGEST = 10
"""Seed 000 (二) 6. 3): 如当年度合同较多，挑选前 10 个大额合同上传即可."""


@check(Code.PROJECT_EVIDENCE_MISSING, Code.NEEDS_REVIEW)
def project_evidence_missing(ctx: CheckContext) -> Iterator[Finding]:
    """PROJECT_EVIDENCE_MISSING: a declared project has no contract among the attachments.

    中文：申报的项目在附件中找不到合同。

    Rule: seed 000 (二) 6. 3) (each project's contract key pages + acceptance report or
    invoices; a company with many contracts may upload only its ten largest) and CONTRACT 1.1:
    an error for a project among the ten largest by declared contract_amount, info for the rest.
    Where a contract of the row's client lies unmatched in the submission, the row may be backed
    after all (a name cut short, an amount not read): NEEDS_REVIEW naming that contract (CONTRACT 2).

    Example: 项目「某区政务云平台建设项目」（合同金额 245.00 万元，前 10 大合同）未找到合同
    """
    assert ctx.declaration is not None
    projects = ctx.declaration.projects
    ranked = sorted(projects, key=lambda p: p.contract_amount or Decimal(0), reverse=True)
    largest = {p.id for p in ranked[:TEN_LARGEST]}
    matched = ctx.matched_ids()
    unmatched = [d for d in ctx.of_type(DocType.contract) if d.id not in matched]
    for project in projects:
        if ctx.contract_of(project.id) is not None:
            continue
        amount = project.contract_amount
        big = project.id in largest
        candidates = [d for d in unmatched if _may_be_its_contract(ctx, project, d)]
        if big and candidates:
            # A contract of the row's client that could not be matched (a name cut at a line's end,
            # an amount not read) may be this row's: the filing is not shown wrong (CONTRACT 2).
            yield needs_review(
                check=Code.PROJECT_EVIDENCE_MISSING,
                subject=f"项目「{project.name}」的合同",
                why="未能与申报行自动对应，但材料中有该甲方单位的合同",
                doc=candidates[0],
                field=None,
                project_id=project.id,
                declared=project.name,
                found="；".join(_title(d) for d in candidates),
            )
            continue
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


def _may_be_its_contract(ctx: CheckContext, project: Project, doc: Document) -> bool:
    """Whether an unmatched contract names the row's client (at party A or anywhere in its words)."""
    if not project.client:
        return False
    party_a = doc.field("party_a")
    if party_a is not None and same_company(party_a.value, project.client):
        return True
    return find_name(ctx.lines(doc), project.client) is not None


def _title(doc: Document) -> str:
    name = doc.field("project_name")
    return f"{doc.file} 第 {doc.pages[0]} 页" + (f"「{name.value}」" if name is not None else "")


_LABELS = {DocType.contract: "合同", DocType.acceptance_report: "验收报告"}


def _beside_its_project(ctx: CheckContext, doc: Document, matched: set[str]) -> bool:
    """Whether a matched contract is ``doc``'s own: naming the same project in the same file (the
    other orders under one framework agreement); numbered after it or before it; or anywhere with
    the same party A and the same contract number, a number one of them quotes (a 补充协议 and its
    contract), or the same project and no other number or signing date (a second copy, a Word
    draft beside the signed scan)."""
    if doc.type != DocType.contract:
        return False
    name, number, party_a = doc.field("project_name"), doc.field("contract_number"), doc.field("party_a")

    def same(field: Extracted[Any] | None, theirs: Extracted[Any] | None, least: int = 1) -> bool:
        if field is None or theirs is None:
            return False
        mine = fold(str(field.value))
        return len(mine) >= least and mine == fold(str(theirs.value))

    def apart(key: str, other: Document) -> bool:
        mine, theirs = doc.field(key), other.field(key)
        return mine is not None and theirs is not None and fold(str(mine.value)) != fold(str(theirs.value))

    def extends(field: Extracted[Any] | None, theirs: Extracted[Any] | None) -> bool:
        # One number extends the other's (…-HT015 and its 补充协议 …-HT015-BC01): one contract's papers.
        if field is None or theirs is None:
            return False
        a, b = fold(str(field.value)), fold(str(theirs.value))
        return min(len(a), len(b)) >= 6 and a != b and (a.startswith(b) or b.startswith(a))

    def cites(paper: Document, field: Extracted[Any] | None) -> bool:
        # A 补充协议 numbered on its own quotes its contract's (原合同编号：…).
        wanted = fold(str(field.value)) if field is not None else ""
        return len(wanted) >= 6 and wanted in fold("".join(line.text for line in ctx.lines(paper)))

    for other in ctx.of_type(DocType.contract):
        if other.id not in matched:
            continue
        if other.file == doc.file and same(name, other.field("project_name")):
            return True
        if extends(number, other.field("contract_number")):
            return True
        theirs = other.field("party_a")
        if party_a is not None and theirs is not None and same_company(party_a.value, theirs.value):
            if same(number, other.field("contract_number"), 6):
                return True
            if cites(other, number) or cites(doc, other.field("contract_number")):
                return True
            # A copy of the matched contract, not last year's contract of the same title renewed
            # (运维服务合同 signed each December): another number or signing date is another contract.
            if same(name, other.field("project_name")) and not (
                apart("contract_number", other) or apart("signed_on", other)
            ):
                return True
    return False


@check(Code.DOCUMENT_UNMATCHED)
def document_unmatched(ctx: CheckContext) -> Iterator[Finding]:
    """DOCUMENT_UNMATCHED: a contract or acceptance report matches no declared project.

    中文：合同或验收报告未对应任何申报项目。

    Rule: seed 000 (二) 4. (the completion table corresponds to the project table); CONTRACT 2.3.
    Information only: an enterprise may upload more than it declares. A contract that is a
    matched contract's own paper is not listed: the other orders under one framework agreement in
    its file, a 补充协议 numbered after it or quoting its number (原合同编号), a second copy or a
    Word draft (same party A and number, or same project with no other number or signing date).
    Last year's contract of the same title renewed is listed. A page of a matched contract
    uploaded as a file of its own is matched with it (match.contract_pieces).

    Example: 合同「某区智慧城管平台运维服务」未对应任何申报项目
    """
    matched = ctx.matched_ids()
    for doc in ctx.documents:
        if doc.type not in _LABELS or doc.id in matched or _beside_its_project(ctx, doc, matched):
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
