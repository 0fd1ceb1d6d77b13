"""Plain data of one filing: the firm, its projects, invoices and payments."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from dataclasses import field as dfield
from decimal import Decimal

FEE_LABELS = {
    "software_development": "软件开发费",
    "consulting_design": "咨询设计费",
    "integration_implementation": "系统集成实施费",
    "operation_maintenance": "运行维护费",
    "data_processing": "数据处理费",
    "operation_service": "运营服务费",
    "self_made_hardware": "自制硬件费",
    "hardware_purchase": "硬件设备购置费",
    "software_purchase": "软件产品购置费",
    "other": "其他费用",
}


@dataclass
class Invoice:
    kind: str
    """"e" (数电票, its own text PDF) or "paper" (增值税普通发票, scanned into the bundle)."""
    amount: Decimal
    issued_on: dt.date
    number: str
    code: str = ""
    """发票代码 of a paper invoice (12 digits); empty on a 数电票."""
    seller: str = ""
    seller_code: str = ""


@dataclass
class Payment:
    amount: Decimal
    paid_on: dt.date
    serial: str


@dataclass
class Proj:
    id: str
    name: str
    client: str
    client_declared: str
    field: str
    location: str
    signed: dt.date
    final: dt.date
    amount: Decimal
    """The contract amount in effect (after any 补充协议; the 暂定价 of a provisional contract)."""
    declared_amount: Decimal
    fees: dict[str, Decimal]
    """Declared fees (their sum is declared_amount)."""
    number: str
    party_b: str
    tax_rate: int = 9
    initial: dt.date | None = None
    original: Decimal | None = None
    """The price before a 补充协议 raised it; None when there is none."""
    supplement_on: dt.date | None = None
    settled: Decimal | None = None
    """结算价 of a provisional (暂定价) contract."""
    itemised: bool = False
    supervisor: str | None = None
    notice: bool = False
    agent: str = ""
    procurement_no: str = ""
    invoices: list[Invoice] = dfield(default_factory=list)
    payments: list[Payment] = dfield(default_factory=list)
    experts: list[tuple[str, str, str]] = dfield(default_factory=list)
    contact_a: str = ""
    contact_b: str = ""
    bundled: bool = True
    """False for a declared row whose papers are not in the submission."""


@dataclass
class Firm:
    name: str
    code: str
    address: str
    legal: str
    capital: Decimal
    established: dt.date
    grade: str
    technical: int
    certificates: list[tuple[str, str, str, str]]
    """(holder, certificate, level, number)."""
    place: str
    bank: str
    account: str
    short: str
    brand: str
    licence_office: str
