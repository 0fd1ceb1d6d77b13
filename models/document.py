"""Documents (consecutive pages of one file that form one paper) and their typed fields.

Each document type has its own fields class (CONTRACT 2.2). A field is an
``Extracted`` value: the parsed value plus where it was read (page, bbox,
source text) and how sure the reader is. A field that is absent from the
document is ``None`` and is omitted from the report, never guessed.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Any, Generic, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, model_validator

from .money import Money
from .page import BBox, PageQuality, TextSource

T = TypeVar("T")


class DocType(StrEnum):
    business_license = "business_license"
    audit_report = "audit_report"
    financial_statement = "financial_statement"
    contract = "contract"
    acceptance_report = "acceptance_report"
    invoice = "invoice"
    ip_certificate = "ip_certificate"
    declaration_form = "declaration_form"
    other = "other"


class Extracted(BaseModel, Generic[T]):
    """One field's value with its place on the page."""

    model_config = ConfigDict(frozen=True)

    value: T
    confidence: float = 1.0
    page: int
    bbox: BBox | None = None
    text: str = ""


class _Fields(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    def present(self) -> dict[str, Extracted[Any]]:
        """The fields that were found, by name."""
        return {name: getattr(self, name) for name in type(self).model_fields if getattr(self, name)}


class LicenseFields(_Fields):
    company_name: Extracted[str] | None = None
    credit_code: Extracted[str] | None = None
    legal_representative: Extracted[str] | None = None
    registered_capital: Extracted[Money] | None = None
    company_type: Extracted[str] | None = None
    established_on: Extracted[dt.date] | None = None
    valid_until: Extracted[dt.date | Literal["长期"]] | None = None
    address: Extracted[str] | None = None
    business_scope: Extracted[str] | None = None
    qr: Extracted[str] | None = None


class AuditOpinion(StrEnum):
    unqualified = "unqualified"
    qualified = "qualified"
    adverse = "adverse"
    disclaimer = "disclaimer"


class AuditFields(_Fields):
    audit_firm: Extracted[str] | None = None
    report_number: Extracted[str] | None = None
    fiscal_year: Extracted[int] | None = None
    opinion: Extracted[AuditOpinion] | None = None
    operating_revenue: Extracted[Money] | None = None
    net_profit: Extracted[Money] | None = None
    system_integration_revenue: Extracted[Money] | None = None
    consolidated: Extracted[bool] | None = None
    company_name: Extracted[str] | None = None


class ContractFees(BaseModel):
    """The fees a contract itemises; a fee the contract does not list is None."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    software_development: Money | None = None
    consulting_design: Money | None = None
    integration_implementation: Money | None = None
    operation_maintenance: Money | None = None
    data_processing: Money | None = None
    operation_service: Money | None = None
    self_made_hardware: Money | None = None
    hardware_purchase: Money | None = None
    software_purchase: Money | None = None
    other: Money | None = None


class ContractFields(_Fields):
    project_name: Extracted[str] | None = None
    contract_number: Extracted[str] | None = None
    party_a: Extracted[str] | None = None
    party_b: Extracted[str] | None = None
    contract_amount: Extracted[Money] | None = None
    amount_in_words: Extracted[str] | None = None
    amount_in_words_value: Extracted[Money] | None = None
    """The capital-numeral amount parsed; absent when printed but unreadable."""
    signed_on: Extracted[dt.date] | None = None
    fees: Extracted[ContractFees] | None = None
    has_seal: Extracted[bool] | None = None


class AcceptanceConclusion(StrEnum):
    passed = "passed"
    failed = "failed"


class AcceptanceFields(_Fields):
    project_name: Extracted[str] | None = None
    party_a: Extracted[str] | None = None
    party_b: Extracted[str] | None = None
    accepted_on: Extracted[dt.date] | None = None
    conclusion: Extracted[AcceptanceConclusion] | None = None
    has_seal: Extracted[bool] | None = None
    third_party: Extracted[str] | None = None


class StatementKind(StrEnum):
    balance_sheet = "balance_sheet"
    income_statement = "income_statement"
    cash_flow = "cash_flow"


class StatementFields(_Fields):
    statement_kind: Extracted[StatementKind] | None = None
    company_name: Extracted[str] | None = None
    fiscal_year: Extracted[int] | None = None
    operating_revenue: Extracted[Money] | None = None
    net_profit: Extracted[Money] | None = None
    total_assets: Extracted[Money] | None = None


class IpKind(StrEnum):
    software_copyright = "software_copyright"
    patent = "patent"
    software_product = "software_product"
    other = "other"


class IpFields(_Fields):
    kind: Extracted[IpKind] | None = None
    title: Extracted[str] | None = None
    number: Extracted[str] | None = None
    holder: Extracted[str] | None = None
    issued_on: Extracted[dt.date] | None = None


class InvoiceFields(_Fields):
    invoice_number: Extracted[str] | None = None
    issued_on: Extracted[dt.date] | None = None
    buyer: Extracted[str] | None = None
    seller: Extracted[str] | None = None
    total_amount: Extracted[Money] | None = None
    qr: Extracted[str] | None = None


class FormFinanceRow(BaseModel):
    """One year of finance figures as the stamped declaration form prints them."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    year: int
    operating_revenue: Money | None = None
    system_integration_revenue: Money | None = None
    net_profit: Money | None = None


class DeclarationFormFields(_Fields):
    """The stamped declaration form (申报表盖章版) the enterprise uploads back (CONTRACT 2.2)."""

    company_name: Extracted[str] | None = None
    credit_code: Extracted[str] | None = None
    grade: Extracted[str] | None = None
    technical_total: Extracted[int] | None = None
    certified_total: Extracted[int] | None = None
    finance: Extracted[list[FormFinanceRow]] | None = None
    project_count: Extracted[int] | None = None
    project_total: Extracted[Money] | None = None
    has_seal: Extracted[bool] | None = None


class OtherFields(_Fields):
    pass


AnyFields = (
    LicenseFields
    | AuditFields
    | StatementFields
    | ContractFields
    | AcceptanceFields
    | InvoiceFields
    | IpFields
    | DeclarationFormFields
    | OtherFields
)

FIELDS_BY_TYPE: dict[DocType, type[_Fields]] = {
    DocType.business_license: LicenseFields,
    DocType.audit_report: AuditFields,
    DocType.financial_statement: StatementFields,
    DocType.contract: ContractFields,
    DocType.acceptance_report: AcceptanceFields,
    DocType.invoice: InvoiceFields,
    DocType.ip_certificate: IpFields,
    DocType.declaration_form: DeclarationFormFields,
    DocType.other: OtherFields,
}
"""Which fields class a document of each type carries."""


class Document(BaseModel):
    """Consecutive pages of one file that form one document, with its fields."""

    model_config = ConfigDict(frozen=True)

    id: str
    file: str
    pages: list[int]
    type: DocType
    type_confidence: float = 0.0
    text_source: TextSource = TextSource.text
    quality: PageQuality | None = None
    region: BBox | None = None
    """Where on its page the document lies when it shares the page with another (two 验收单 or two
    invoices scanned on one sheet), in page points; None: its pages whole."""
    fields: AnyFields = Field(default_factory=OtherFields)

    @model_validator(mode="before")
    @classmethod
    def _fields_of_its_type(cls, data: Any) -> Any:
        # The JSON carries no tag for the fields object: its type follows
        # from the document's type, so build the right class explicitly
        # rather than letting a union guess.
        if isinstance(data, dict):
            doc_type = DocType(data.get("type", DocType.other))
            fields_cls = FIELDS_BY_TYPE[doc_type]
            raw = data.get("fields")
            if raw is None:
                data = {**data, "fields": fields_cls()}
            elif isinstance(raw, dict):
                data = {**data, "fields": fields_cls.model_validate(raw)}
            elif not isinstance(raw, fields_cls):
                raise ValueError(f"fields of a {doc_type} must be {fields_cls.__name__}")
        return data

    def field(self, name: str) -> Extracted[Any] | None:
        """The named field if this document type has it and it was found."""
        return getattr(self.fields, name, None)
