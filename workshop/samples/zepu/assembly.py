"""What every filing does alike: the licence, the audit report, a project's contract with its acceptance form,
invoices; each as a truth document with the fields a reader should find on it."""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal
from typing import Any

from . import papers
from .acceptance import Form, Places, acceptance
from .contract import contract
from .facts import YEAR, Deal, Filing
from .filing import Doc, Writer
from .numerals import capitals
from .papers import Look
from .scanner import Capture


def _money(value: Decimal) -> str:
    return f"{value:.2f}"


def licence_doc(filing: Filing, rng: random.Random, dpi: int, certified: bool) -> Doc:
    """营业执照（副本）, stamped 与原件一致 by the firm when ``certified``."""
    firm = filing.firm
    sheet = papers.licence(filing, rng, dpi)
    if certified:
        papers.certify_copy(sheet, firm, rng, rng.uniform(28, 60), 150, papers.seal_for(firm.name, rng, dpi))
    until = "长期" if filing.licence_until is None else filing.licence_until.isoformat()
    fields = {
        "company_name": firm.name,
        "credit_code": firm.credit_code,
        "legal_representative": firm.legal_rep,
        "registered_capital": _money(Decimal(firm.capital)),
        "established_on": dt.date(*firm.established).isoformat(),
        "valid_until": until,
        "address": firm.address,
    }
    return Doc("D_licence", "business_license", [sheet], fields)


def audit_doc(filing: Filing, rng: random.Random, dpi: int, use_only: bool) -> Doc:
    """The two-page 审计报告, with the firm's 仅供年检使用 stamp on the opinion page when ``use_only``."""
    sheets = papers.audit_report(filing, rng, dpi)
    if use_only:
        papers.annual_use_only(sheets[0], filing.firm, rng, rng.uniform(120, 150), rng.uniform(262, 270))
    audit = filing.audit
    fields = {
        "audit_firm": audit.firm_name,
        "report_number": audit.report_number,
        "fiscal_year": YEAR,
        "opinion": "unqualified",
        "operating_revenue": _money(audit.revenue),
        "net_profit": _money(audit.net_profit),
        "system_integration_revenue": _money(audit.integration_revenue),
        "consolidated": False,
    }
    return Doc("D_audit", "audit_report", sheets, fields)


def contract_doc(
    filing: Filing, deal: Deal, look: Look, rng: random.Random, dpi: int, shown: Decimal | None = None
) -> Doc:
    """The contract's key pages; ``shown`` is the price a reader sees when a forger changed it."""
    sheets = contract(filing.firm, deal, look, rng, dpi)
    amount = shown if shown is not None else deal.amount
    fields: dict[str, Any] = {
        "project_name": deal.name,
        "contract_number": deal.contract_number,
        "party_a": deal.client.name,
        "party_b": filing.firm.name,
        "contract_amount": _money(amount),
        "amount_in_words": capitals(amount),
        "signed_on": deal.signed_on.isoformat(),
        "has_seal": look.sealed,
    }
    if look.itemised:
        fields["fees"] = {key: _money(value) for key, value in deal.fees.items() if value}
    return Doc(f"D_{deal.id}_contract", "contract", sheets, fields, deal.id)


def acceptance_doc(
    filing: Filing, deal: Deal, form: Form, rng: random.Random, dpi: int, accepted_on: dt.date | None = None
) -> tuple[Doc, Places]:
    """The filled-in 项目验收单 and where its client seal lies."""
    day = accepted_on or deal.accepted_on
    sheet, places = acceptance(filing.firm, deal, form, rng, dpi, day)
    fields = {
        "project_name": deal.name,
        "party_a": deal.client.name,
        "party_b": filing.firm.name,
        "accepted_on": day.isoformat(),
        "conclusion": "failed" if form.failed else "passed",
        "has_seal": form.sealed,
    }
    return Doc(f"D_{deal.id}_acceptance", "acceptance_report", [sheet], fields, deal.id), places


def invoice_docs(
    filing: Filing, deal: Deal, shares: list[Decimal], rng: random.Random, dpi: int
) -> list[Doc]:
    """Paper prints of the 电子发票 (30 % after signing, the rest after acceptance)."""
    docs = []
    for i, share in enumerate(shares, start=1):
        issued = (
            deal.signed_on + dt.timedelta(days=rng.randint(5, 20))
            if i == 1
            else deal.accepted_on + dt.timedelta(days=rng.randint(2, 8))
        )
        number = f"{issued.year % 100}652" + "".join(str(rng.randint(0, 9)) for _ in range(15))
        sheet = papers.invoice(filing.firm, deal, share, number, issued, rng, dpi)
        gross = (deal.amount * share).quantize(Decimal("1"))
        qr_mark = next(m for m in sheet.marks if m.kind == "qr")
        fields = {
            "invoice_number": number,
            "issued_on": issued.isoformat(),
            "buyer": deal.client.name,
            "seller": filing.firm.name,
            "total_amount": _money(gross),
            "qr": qr_mark.info["payload"],
        }
        docs.append(Doc(f"D_{deal.id}_invoice{i}", "invoice", [sheet], fields, deal.id))
    return docs


def office_scanner(rng: random.Random, colour: bool, dpi: int | None = None, skew: bool = True) -> Capture:
    """An office MFP's settings for one file."""
    producer = rng.choice(
        ["Canon iR-ADV C5535", "RICOH MP C3004", "KONICA MINOLTA bizhub C300i", "HP LaserJet MFP M437"]
    )
    return Capture(
        dpi=dpi or rng.choice([200, 200, 240, 300]),
        colour=colour,
        quality=rng.randint(74, 88),
        skew=rng.uniform(-0.9, 0.9) if skew else 0.0,
        blur=rng.uniform(0.45, 0.8),
        grain=rng.uniform(1.5, 3.2),
        producer=producer,
    )


def phone(rng: random.Random) -> Capture:
    """A phone photo of the sheet on a desk (JPEG straight from the camera app)."""
    return Capture(dpi=200, colour=True, quality=rng.randint(84, 92), blur=rng.uniform(0.7, 1.0), grain=3.5,
                   phone=True, producer="phone")  # fmt: skip


def project_folder(index: int, deal: Deal) -> str:
    """A sub-folder as firms name them."""
    return f"项目{index}_{deal.client.name}"


__all__ = [
    "Writer",
    "acceptance_doc",
    "audit_doc",
    "contract_doc",
    "invoice_docs",
    "licence_doc",
    "office_scanner",
    "phone",
    "project_folder",
]
