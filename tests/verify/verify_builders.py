"""Small hand-built declarations and documents for the verify tests (real-world spellings)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from jianzheng.models import (
    AcceptanceFields,
    AuditFields,
    ContractFees,
    ContractFields,
    Declaration,
    DocType,
    Document,
    Extracted,
    Finding,
    InvoiceFields,
    IpFields,
    LicenseFields,
    StatementFields,
)
from jianzheng.verify import CheckContext, Matching, match_documents

ENTERPRISE = "新疆天山云数信息技术有限公司"
TODAY = dt.date(2025, 2, 20)


def valid_code(body: str = "91650100MA78A1B2C") -> str:
    """An 18-character credit code with a correct GB 32100-2015 check character."""
    from stdnum.cn import uscc

    return body + uscc.calc_check_digit(body)


CODE = valid_code()


def ex(value: Any, page: int = 1, text: str | None = None) -> Extracted[Any]:
    """A field read at a fixed place on a page."""
    return Extracted(
        value=value, page=page, bbox=(72.0, 400.0, 260.0, 418.0), text=text or str(value), confidence=0.95
    )


def money(text: str) -> Decimal:
    return Decimal(text)


def project_row(
    pid: str = "P1",
    name: str = "乌鲁木齐市沙依巴克区政务云平台建设项目",
    client: str = "乌鲁木齐市沙依巴克区数据局",
    amount: str = "2450000.00",
    signed: str = "2024-03-05",
    accepted: str = "2024-11-20",
    fees: dict[str, str] | None = None,
) -> dict[str, Any]:
    fees = fees or {
        "software_development": "1200000.00",
        "integration_implementation": "300000.00",
        "hardware_purchase": "800000.00",
        "software_purchase": "150000.00",
    }
    services = sum(
        Decimal(v)
        for k, v in fees.items()
        if k
        in (
            "software_development",
            "consulting_design",
            "integration_implementation",
            "operation_maintenance",
            "data_processing",
            "operation_service",
        )
    )
    return {
        "id": pid,
        "name": name,
        "client": client,
        "signed_on": signed,
        "accepted_on": accepted,
        "field": "党政",
        "location": "新疆维吾尔自治区乌鲁木齐市",
        "fees": fees,
        "services_total": str(services),
        "contract_amount": amount,
    }


def declaration(
    projects: list[dict[str, Any]] | None = None,
    precision: dict[str, Decimal] | None = None,
    **enterprise: Any,
) -> Declaration:
    data: dict[str, Any] = {
        "enterprise": {
            "name": ENTERPRISE,
            "credit_code": CODE,
            "legal_representative": "王建国",
            "registered_capital": "10000000.00",
            "established_on": "2016-05-12",
            "grade": "乙",
            "inspection_year": 2024,
            "staff": {"technical_total": 34, "certified_total": 9, "certificates": []},
        }
        | enterprise,
        "finance": [
            {
                "year": 2024,
                "operating_revenue": "52300000.00",
                "system_integration_revenue": "41800000.00",
                "net_profit": "3100000.00",
            }
        ],
        "projects": projects if projects is not None else [project_row()],
    }
    decl = Declaration.model_validate(data)
    return decl.model_copy(update={"precision": precision or {}})


def doc(
    doc_id: str,
    doc_type: DocType,
    fields: Any,
    file: str = "scan_01.pdf",
    pages: list[int] | None = None,
    text_source: str = "text",
) -> Document:
    return Document(
        id=doc_id,
        file=file,
        pages=pages or [1],
        type=doc_type,
        type_confidence=0.9,
        text_source=text_source,
        fields=fields,
    )


def contract(
    doc_id: str = "D2",
    name: str | None = "乌鲁木齐市沙依巴克区政务云平台建设项目",
    party_a: str | None = "乌鲁木齐市沙依巴克区数据局",
    party_b: str | None = ENTERPRISE,
    amount: str | None = "2450000.00",
    words: str | None = None,
    signed: str | None = "2024-03-05",
    fees: dict[str, str] | None = None,
    seal: bool | None = None,
    file: str = "scan_01.pdf",
    pages: list[int] | None = None,
) -> Document:
    fields = ContractFields(
        project_name=ex(name) if name else None,
        party_a=ex(party_a) if party_a else None,
        party_b=ex(party_b) if party_b else None,
        contract_amount=ex(Decimal(amount), text=f"合同总价：¥{amount}") if amount else None,
        amount_in_words=ex("人民币" + "贰佰肆拾伍万元整") if words else None,
        amount_in_words_value=ex(Decimal(words)) if words else None,
        signed_on=ex(dt.date.fromisoformat(signed), page=3) if signed else None,
        fees=ex(ContractFees(**{k: Decimal(v) for k, v in fees.items()})) if fees else None,
        has_seal=ex(seal, page=3) if seal is not None else None,
    )
    return doc(doc_id, DocType.contract, fields, file=file, pages=pages or [1, 2, 3])


def acceptance(
    doc_id: str = "D3",
    name: str | None = "乌鲁木齐市沙依巴克区政务云平台建设项目",
    party_a: str | None = "乌鲁木齐市沙依巴克区数据局",
    accepted: str | None = "2024-11-20",
    passed: bool | None = True,
    seal: bool | None = True,
    file: str = "scan_01.pdf",
    party_b: str | None = ENTERPRISE,
) -> Document:
    fields = AcceptanceFields(
        project_name=ex(name) if name else None,
        party_a=ex(party_a) if party_a else None,
        party_b=ex(party_b) if party_b else None,
        accepted_on=ex(dt.date.fromisoformat(accepted)) if accepted else None,
        conclusion=ex("passed" if passed else "failed") if passed is not None else None,
        has_seal=ex(seal) if seal is not None else None,
    )
    return doc(doc_id, DocType.acceptance_report, fields, file=file, pages=[4])


def invoice(
    doc_id: str = "D4",
    number: str = "24652000000012345678",
    buyer: str | None = "乌鲁木齐市沙依巴克区数据局",
    seller: str | None = ENTERPRISE,
    total: str | None = "1000000.00",
    issued: str | None = "2024-12-02",
    qr: str | None = None,
    file: str = "scan_01.pdf",
) -> Document:
    fields = InvoiceFields(
        invoice_number=ex(number),
        issued_on=ex(dt.date.fromisoformat(issued)) if issued else None,
        buyer=ex(buyer) if buyer else None,
        seller=ex(seller) if seller else None,
        total_amount=ex(Decimal(total)) if total else None,
        qr=ex(qr) if qr else None,
    )
    return doc(doc_id, DocType.invoice, fields, file=file, pages=[5])


def license_doc(
    doc_id: str = "D1",
    name: str | None = ENTERPRISE,
    code: str | None = CODE,
    legal: str | None = "王建国",
    capital: str | None = "10000000.00",
    established: str | None = "2016-05-12",
    until: str | None = "长期",
    qr: str | None = None,
    text_source: str = "text",
) -> Document:
    fields = LicenseFields(
        company_name=ex(name) if name else None,
        credit_code=ex(code) if code else None,
        legal_representative=ex(legal) if legal else None,
        registered_capital=ex(Decimal(capital)) if capital else None,
        established_on=ex(dt.date.fromisoformat(established)) if established else None,
        valid_until=ex(until if until == "长期" else dt.date.fromisoformat(until)) if until else None,
        qr=ex(qr) if qr else None,
    )
    return doc(doc_id, DocType.business_license, fields, file="license.jpg", text_source=text_source)


def audit_doc(
    doc_id: str = "D5",
    year: int | None = 2024,
    revenue: str | None = "52300000.00",
    si_revenue: str | None = "41800000.00",
    profit: str | None = "3100000.00",
    opinion: str | None = "unqualified",
    consolidated: bool | None = False,
) -> Document:
    fields = AuditFields(
        audit_firm=ex("新疆天正会计师事务所有限公司"),
        fiscal_year=ex(year) if year else None,
        opinion=ex(opinion) if opinion else None,
        operating_revenue=ex(Decimal(revenue)) if revenue else None,
        system_integration_revenue=ex(Decimal(si_revenue)) if si_revenue else None,
        net_profit=ex(Decimal(profit)) if profit else None,
        consolidated=ex(consolidated) if consolidated is not None else None,
    )
    return doc(doc_id, DocType.audit_report, fields, file="audit_2024.pdf")


def statement_doc(
    doc_id: str = "D6", year: int = 2024, revenue: str | None = None, profit: str | None = None
) -> Document:
    fields = StatementFields(
        statement_kind=ex("income_statement"),
        fiscal_year=ex(year),
        operating_revenue=ex(Decimal(revenue)) if revenue else None,
        net_profit=ex(Decimal(profit)) if profit else None,
    )
    return doc(doc_id, DocType.financial_statement, fields, file="statements.pdf")


def ip_doc(
    doc_id: str = "D7",
    title: str = "天山云数政务数据共享平台V1.0",
    number: str | None = "2024SR0123456",
    holder: str | None = ENTERPRISE,
) -> Document:
    fields = IpFields(
        kind=ex("software_copyright"),
        title=ex(title),
        number=ex(number) if number else None,
        holder=ex(holder) if holder else None,
    )
    return doc(doc_id, DocType.ip_certificate, fields, file="ip.pdf")


def context(decl: Declaration | None, documents: list[Document], today: dt.date = TODAY) -> CheckContext:
    """A check context with the documents matched the way the pipeline matches them."""
    matching = match_documents(decl, documents) if decl is not None else Matching([])
    return CheckContext(
        declaration=decl, documents=documents, matches=matching.matches, today=today, pieces=matching.pieces
    )


def codes(findings: list[Finding]) -> list[str]:
    return [f.code.value for f in findings]


def run(fn: Any, ctx: CheckContext) -> list[Finding]:
    """Run one check function alone."""
    return list(fn(ctx))
