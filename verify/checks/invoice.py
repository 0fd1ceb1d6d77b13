"""Checks on the invoices matched to a declared project: who bought, who sold, how much in all."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from jianzheng.models import (
    Code,
    ContractFields,
    DocType,
    Document,
    Finding,
    InvoiceFields,
    Project,
    format_money,
)
from jianzheng.models.text import fold

from ..compare import evidence, unit_of, wan
from ..registry import CheckContext, check
from .contract.parties import party_findings, party_verdict


def invoices(ctx: CheckContext, project: Project) -> list[tuple[Document, InvoiceFields]]:
    """The invoices matched to one project, each invoice number once."""
    seen: set[str] = set()
    found = []
    for doc in ctx.project_documents(project.id, DocType.invoice):
        fields = doc.fields
        if not isinstance(fields, InvoiceFields):
            continue
        if fields.invoice_number is not None:
            number = fold(fields.invoice_number.value)
            if number in seen:
                continue
            seen.add(number)
        found.append((doc, fields))
    return found


def _client_names(ctx: CheckContext, project: Project) -> list[str]:
    names = [project.client] if project.client else []
    contract = ctx.contract_of(project.id)
    if contract is not None and isinstance(contract.fields, ContractFields) and contract.fields.party_a:
        names.append(contract.fields.party_a.value)
    return names


@check(Code.PARTY_MISMATCH, Code.NEEDS_REVIEW)
def invoice_parties(ctx: CheckContext) -> Iterator[Finding]:
    """PARTY_MISMATCH: an invoice's seller is not the enterprise, or its buyer not the client.

    中文：发票销售方不是申报企业，或购买方不是甲方单位。

    Rule: seed 000 (二) 3. 1) and 6. 3) (部分回款发票 prove the enterprise billed the project's
    client). The buyer may equal either the declared client or the contract's party A. As for
    contracts, a name found anywhere on the invoice passes, and only a confident reading of
    another company is an error (CONTRACT 2); otherwise NEEDS_REVIEW.

    Example: 发票销售方与申报企业不一致：申报「新疆天山云数信息技术有限公司」，发票「新疆某某商贸有限公司」
    """
    assert ctx.declaration is not None
    enterprise = ctx.declaration.enterprise.name
    for project in ctx.declaration.projects:
        clients = _client_names(ctx, project)
        for doc, fields in invoices(ctx, project):
            if fields.seller is not None:
                yield from party_findings(ctx, project, doc, fields.seller, enterprise, "销售方", "申报企业")
            if fields.buyer is not None and clients:
                # The buyer may be the declared client or the contract's party A: either named passes.
                if any(party_verdict(ctx, doc, fields.buyer, c) is None for c in clients):
                    continue
                yield from party_findings(ctx, project, doc, fields.buyer, clients[0], "购买方", "项目甲方")


@check(Code.INVOICE_EXCEEDS_CONTRACT)
def invoice_total(ctx: CheckContext) -> Iterator[Finding]:
    """INVOICE_EXCEEDS_CONTRACT: a project's invoices add up to more than its contract amount.

    中文：项目发票合计超过合同金额。

    Rule: seed 000 (二) 3. 1) (invoices are part payments of the contract); seed 004 (invoices
    out of line with the contract point to invented amounts). The contract's own amount is the
    ceiling (a merged row's contracts' sum, CONTRACT 1.1), the declared one where a contract's
    was not read; each invoice number counts once, and the sum may exceed the ceiling by less
    than the declared precision.

    Example: 项目发票合计 260.00 万元，超过合同金额 245.00 万元
    """
    assert ctx.declaration is not None
    for project in ctx.declaration.projects:
        found = [(d, f) for d, f in invoices(ctx, project) if f.total_amount is not None]
        if not found:
            continue
        amounts = ctx.contract_amounts(project.id)
        ceiling = sum(amounts, Decimal(0)) if amounts else project.contract_amount
        if ceiling is None:
            continue
        total = sum((f.total_amount.value for _, f in found if f.total_amount is not None), Decimal(0))
        if total - ceiling >= unit_of(ctx.declaration, f"projects.{project.id}.contract_amount"):
            yield Finding(
                code=Code.INVOICE_EXCEEDS_CONTRACT,
                project_id=project.id,
                documents=[d.id for d, _ in found],
                declared=format_money(ceiling),
                found=format_money(total),
                message=f"项目「{project.name}」发票合计 {wan(total)}，超过合同金额 {wan(ceiling)}",
                evidence=[evidence(d, f.total_amount) for d, f in found],
            )
