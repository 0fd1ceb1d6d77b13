"""Checks on what each declared project's contract was signed for, when, and under seal."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from jianzheng.models import Code, DocType, Document, Finding, Project

from ...compare import evidence, seal_missing, settle
from ...lookup import find_date, find_project_name
from ...normalise import project_similarity
from ...registry import CheckContext, check
from ...rules import rules
from ...signing_place import signing_place


@check(Code.PROJECT_NAME_MISMATCH)
def contract_project_name(ctx: CheckContext) -> Iterator[Finding]:
    """PROJECT_NAME_MISMATCH: the matched contract's project name is only a weak match.

    中文：匹配到的合同，其项目名称与申报名称差异较大。

    Rule: seed 000 (二) 3. and 4. (the project table and the contracts correspond one to one).
    The declared name is first looked for in every line of the contract (a name wrapped over
    two lines, a title that holds it); found, it passes. Otherwise the contract was matched on
    amount, client and date, but the name read is less similar to the declared one than
    rules/inspection.toml's ``project_name_weak_below``; a human should look. A merged row
    (CONTRACT 1.1: several contracts add up to it, a framework agreement beside its orders among
    them) names the kind of its projects, not any one contract's, and is not compared.

    Example: 合同项目名称与申报差异较大：申报「某区政务云平台建设项目」，合同「某区智慧城管平台运维服务」
    """
    threshold = rules().names.project_name_weak_below
    for project, doc, fields in ctx.contracts():
        several = len(ctx.project_documents(project.id, DocType.contract)) > 1
        if fields.project_name is None or several:
            continue
        clients = [project.client, fields.party_a.value if fields.party_a else None]
        similarity = project_similarity(project.name, fields.project_name.value, clients)
        if similarity >= threshold or find_project_name(ctx.lines(doc), project.name) is not None:
            continue
        yield Finding(
            code=Code.PROJECT_NAME_MISMATCH,
            project_id=project.id,
            documents=[doc.id],
            declared=project.name,
            found=fields.project_name.value,
            message=(
                f"合同项目名称与申报差异较大（相似度 {similarity:.2f}）：申报「{project.name}」，"
                f"合同「{fields.project_name.value}」"
            ),
            evidence=[evidence(doc, fields.project_name)],
        )


@check(Code.DATE_MISMATCH, Code.NEEDS_REVIEW)
def contract_signed_on(ctx: CheckContext) -> Iterator[Finding]:
    """DATE_MISMATCH: the contract's signing date differs from the declared 合同签订日期.

    中文：合同签订日期与申报的合同签订日期不一致。

    Rule: seed 000 (二) 3. (the project row's dates come from its contract and acceptance);
    CONTRACT 1.1. Dates compare to the day; the declared date stated anywhere in the contract
    (in any spelling), or in another contract of the same row (a framework agreement beside its
    orders), agrees. An unsure reading gives NEEDS_REVIEW.

    Example: 合同签订日期与申报不一致：申报 2024-03-05，合同 2024-04-05
    """
    for project, doc, fields in ctx.contracts():
        if fields.signed_on is None or project.signed_on is None:
            continue
        if fields.signed_on.value == project.signed_on:
            continue
        # A row of several contracts (a framework and its orders) is dated by any of them, and by a
        # contract matched to no row in the same file (a framework whose parties were not read).
        siblings = ctx.project_documents(project.id, DocType.contract)
        files = {d.file for d in siblings}
        matched = ctx.matched_ids()
        siblings += [d for d in ctx.of_type(DocType.contract) if d.file in files and d.id not in matched]
        if any(find_date(ctx.lines(d), project.signed_on) for d in siblings):
            continue
        yield settle(
            ctx.unsure_why(doc, fields.signed_on),
            Finding(
                code=Code.DATE_MISMATCH,
                project_id=project.id,
                documents=[doc.id],
                declared=project.signed_on.isoformat(),
                found=fields.signed_on.value.isoformat(),
                message=(
                    f"合同签订日期与申报不一致：申报 {project.signed_on.isoformat()}，"
                    f"合同 {fields.signed_on.value.isoformat()}"
                    + _after_acceptance(project, fields.signed_on.value)
                ),
                evidence=[evidence(doc, fields.signed_on)],
            ),
            subject="合同签订日期",
            doc=doc,
            field=fields.signed_on,
        )


def _after_acceptance(project: Project, signed: dt.date) -> str:
    """A note where the contract's date falls after the declared acceptance (ACCEPTANCE_BEFORE_SIGNING
    leaves that to this finding: one cause, one finding)."""
    if project.accepted_on is None or signed <= project.accepted_on:
        return ""
    return f"（合同所载日期晚于申报的验收日期 {project.accepted_on.isoformat()}）"


@check(Code.SEAL_MISSING)
def contract_seal(ctx: CheckContext) -> Iterator[Finding]:
    """SEAL_MISSING: the contract's signature page carries no seal.

    中文：合同签章页未见印章。

    Rule: seed 000 (二) 6. 3) (contract key pages, which include the signed and sealed page);
    seed 004 (auditors check that contracts are genuine). Decided only where extraction says
    ``has_seal``, and on a scan only where the reader's seal finding can be believed (a readable
    colour or grey scan, not 1-bit, not a photo, or one whose file shows a seal elsewhere:
    CheckContext.seal_absence_known); a contract without that field says nothing. A contract
    whose pages were uploaded as files of their own is sealed where its signature page is
    (CheckContext.with_pieces). A contract none of whose pages shows where its parties sign
    (甲方（盖章）, 乙方代表签字) says nothing: its signature page is not among them.

    Example: 合同签章页未见印章
    """
    for project, doc, fields in ctx.contracts():
        if fields.has_seal is not None and fields.has_seal.value is False and ctx.seal_absence_known(doc):
            if any(_sealed(page) for page in ctx.with_pieces(doc)[1:]):
                continue  # its signature page uploaded as a file of its own carries the seals
            if ctx.pages and not _shows_signing(ctx, doc):
                continue  # no page of it shows where the parties sign: its signature page is not here
            yield seal_missing(project.id, doc, fields.has_seal, f"项目「{project.name}」合同签章页未见印章")


def _shows_signing(ctx: CheckContext, doc: Document) -> bool:
    """Whether a page of the contract (or of its pages uploaded apart) shows a signing place."""
    return any(
        signing_place(page.within(part.region))
        for part in ctx.with_pieces(doc)
        for number in part.pages
        if (page := ctx.pages.get((part.file, number))) is not None
    )


def _sealed(doc: Document) -> bool:
    sealed = doc.field("has_seal")
    return sealed is not None and sealed.value is True
