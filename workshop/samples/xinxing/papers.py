"""Every paper of a filing, with the fields truth records for it (CONTRACT 2.2 names, report spellings)."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from jianzheng.models import FEE_KEYS

from . import codes
from .acceptance import goods_acceptance, works_acceptance
from .company import SCOPE, Firm
from .contracts import bill_contract, words_of
from .deal import Invoice, Project, Receipt
from .firm_papers import audit_pages, licence_page
from .invoices import e_invoice_page, paper_invoice_page
from .pagespec import PageSpec
from .payments import award_page, receipt_page, request_page, settlement_page
from .purchase_contract import lump_contract
from .scenarios import Filing
from .spelling import plain


@dataclass
class Paper:
    key: str
    doc_type: str
    pages: list[PageSpec]
    project_id: str | None = None
    fields: dict[str, Any] = field(default_factory=dict)


def _contract_fields(p: Project) -> dict[str, Any]:
    fields: dict[str, Any] = {
        "project_name": p.name,
        "contract_number": p.contract_no,
        "party_a": p.client,
        "party_b": p.firm_party.name,
        "contract_amount": plain(p.total),
        "amount_in_words": words_of(p),
        "signed_on": p.signed_on.isoformat(),
        "has_seal": True,
    }
    if p.printed_fees is not None:
        fields["fees"] = {key: plain(p.printed_fees.get(key, Decimal(0))) for key in FEE_KEYS}
    return fields


def _acceptance_fields(p: Project) -> dict[str, Any]:
    fields: dict[str, Any] = {
        "project_name": p.name,
        "party_a": p.client,
        "party_b": p.firm_party.name,
        "accepted_on": p.accepted_on.isoformat(),
        "conclusion": "passed" if p.acceptance_passed else "failed",
        "has_seal": True,
    }
    if p.kind == "bill":
        fields["third_party"] = p.supervisor
    return fields


def _invoice_paper(rng: random.Random, p: Project, index: int, inv: Invoice) -> Paper:
    buyer, seller = p.client_party, p.firm_party
    if inv.digital:
        spec = e_invoice_page(inv, buyer, seller, p.people["drawer"])
    else:
        spec = paper_invoice_page(
            rng,
            inv,
            buyer,
            seller,
            (p.people["payee"], p.people["checker"], p.people["drawer"]),
            codes.cipher_area(rng),
            codes.check_code(rng),
        )
    fields: dict[str, Any] = {
        "invoice_number": inv.number,
        "issued_on": inv.issued_on.isoformat(),
        "buyer": buyer.name,
        "seller": seller.name,
        "total_amount": plain(inv.total),
    }
    if inv.digital:
        fields["qr"] = inv.qr_payload()
    return Paper(f"{p.pid}.invoice.{index}", "invoice", [spec], p.pid, fields)


def project_papers(rng: random.Random, p: Project, request: bool) -> dict[str, Paper]:
    out: dict[str, Paper] = {}
    pid = p.pid
    if p.award_on is not None:
        out[f"{pid}.award"] = Paper(f"{pid}.award", "other", [award_page(rng, p)], pid)
    pages = bill_contract(rng, p) if p.kind == "bill" else lump_contract(rng, p)
    out[f"{pid}.contract"] = Paper(f"{pid}.contract", "contract", pages, pid, _contract_fields(p))
    pages = works_acceptance(rng, p) if p.kind == "bill" else goods_acceptance(rng, p)
    out[f"{pid}.acceptance"] = Paper(
        f"{pid}.acceptance", "acceptance_report", pages, pid, _acceptance_fields(p)
    )
    if p.settlement is not None:
        out[f"{pid}.settlement"] = Paper(f"{pid}.settlement", "other", [settlement_page(rng, p)], pid)
    if request and p.request is not None:
        out[f"{pid}.request"] = Paper(f"{pid}.request", "other", [request_page(rng, p)], pid)
    for i, inv in enumerate(p.invoices, start=1):
        out[f"{pid}.invoice.{i}"] = _invoice_paper(rng, p, i, inv)
    return out


def receipt_papers(rng: random.Random, p: Project, receipts: list[Receipt], per_page: int) -> list[Paper]:
    papers = []
    for i in range(0, len(receipts), per_page):
        group = receipts[i : i + per_page]
        papers.append(
            Paper(f"{p.pid}.receipt.{i // per_page + 1}", "other", [receipt_page(rng, group)], p.pid)
        )
    return papers


def firm_papers(rng: random.Random, firm: Firm) -> dict[str, Paper]:
    st = firm.statement
    licence = {
        "company_name": firm.name,
        "credit_code": firm.party.credit_code,
        "legal_representative": firm.legal_rep,
        "registered_capital": plain(firm.capital),
        "company_type": firm.company_type,
        "established_on": firm.established.isoformat(),
        "valid_until": "长期" if firm.valid_until is None else firm.valid_until.isoformat(),
        "address": firm.party.address,
        "business_scope": SCOPE,
    }
    audit = {
        "audit_firm": firm.audit_firm,
        "report_number": firm.audit_number,
        "fiscal_year": 2024,
        "opinion": "unqualified",
        "operating_revenue": plain(st.revenue),
        "net_profit": plain(st.net_profit),
        "system_integration_revenue": plain(st.revenue_si),
        "consolidated": False,
    }
    return {
        "licence": Paper("licence", "business_license", [licence_page(rng, firm)], None, licence),
        "audit": Paper("audit", "audit_report", audit_pages(rng, firm), None, audit),
    }


def all_papers(rng: random.Random, filing: Filing) -> dict[str, Paper]:
    out = firm_papers(rng, filing.firm)
    shapes = {"P1": filing.knobs.p1, "P2": filing.knobs.p2}
    for p in filing.projects:
        out.update(project_papers(rng, p, shapes[p.pid].request))
    return out
