"""Plain data of one filing: the projects as the papers print them and as the form declares them."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from decimal import Decimal

from jianzheng.models.declaration import FEE_KEYS, SERVICE_FEE_KEYS

from .people import Client, Firm
from .spelling import money

FEE_LABELS = {
    "software_development": "软件开发费",
    "consulting_design": "咨询设计费",
    "integration_implementation": "系统集成实施费",
    "operation_maintenance": "运行维护费",
    "data_processing": "数据处理费",
    "operation_service": "运营服务费",
    "self_made_hardware": "自制硬件费",
    "hardware_purchase": "硬件设备购置费",
    "software_purchase": "软件购置费",
    "other": "其他费用",
}
"""How a contract's 分项价格表 names each fee key of the form."""


@dataclass
class Invoice:
    number: str
    issued_on: dt.date
    net: Decimal
    """金额 (without tax)."""
    rate: int
    """Tax rate in per cent."""
    item: str

    @property
    def tax(self) -> Decimal:
        return money(self.net * self.rate / 100)

    @property
    def total(self) -> Decimal:
        return self.net + self.tax


@dataclass
class Deal:
    """One project: what the contract, acceptance and invoices print, and what the row declares."""

    id: str
    name: str
    client: Client
    party_b: Firm
    """The contractor as the papers print it (the declaring firm unless a party mismatch is planted)."""
    contract_number: str
    signed_on: dt.date
    accepted_on: dt.date
    start_on: dt.date
    finish_on: dt.date
    fees: dict[str, Decimal]
    """The declared fee split (ten keys); its total is the declared contract amount."""
    printed_amount: Decimal
    """The contract amount the contract prints (equal to the declared one unless planted)."""
    itemised: bool
    location: str
    days: int
    supervisor: str | None = None
    invoices: list[Invoice] = field(default_factory=list)
    accept_sealed: bool = True
    signer_a: str = ""
    signer_b: str = ""

    @property
    def amount(self) -> Decimal:
        """The declared contract amount."""
        return sum(self.fees.values(), Decimal(0))

    @property
    def services(self) -> Decimal:
        return sum((self.fees[k] for k in SERVICE_FEE_KEYS), Decimal(0))


def split_fees(rng: random.Random, total: Decimal, kind: str) -> dict[str, Decimal]:
    """A fee split of ``total`` (whole hundreds per part) the way integrators price a job."""
    if kind == "hardware":
        shares = {
            "hardware_purchase": rng.uniform(0.45, 0.62),
            "software_purchase": rng.uniform(0.05, 0.12),
            "integration_implementation": rng.uniform(0.12, 0.22),
            "consulting_design": rng.uniform(0.0, 0.05),
        }
    elif kind == "software":
        shares = {
            "software_development": rng.uniform(0.45, 0.65),
            "integration_implementation": rng.uniform(0.1, 0.2),
            "hardware_purchase": rng.uniform(0.1, 0.25),
            "operation_maintenance": rng.uniform(0.0, 0.08),
        }
    else:
        shares = {
            "integration_implementation": rng.uniform(0.25, 0.4),
            "hardware_purchase": rng.uniform(0.35, 0.5),
            "operation_maintenance": rng.uniform(0.05, 0.12),
            "data_processing": rng.uniform(0.0, 0.06),
        }
    shares = {k: v for k, v in shares.items() if v >= 0.02}
    scale = sum(shares.values())
    fees = dict.fromkeys(FEE_KEYS, Decimal(0))
    keys = list(shares)
    left = total
    for key in keys[1:]:
        part = money((total * Decimal(str(shares[key] / scale)) / 100).to_integral_value() * 100)
        fees[key] = part
        left -= part
    fees[keys[0]] = left
    return fees


@dataclass
class Paper:
    """One printed document: its sheets, the truth fields they show, and where key lines sit."""

    type: str
    sheets: list  # list[Sheet]; kept loose so that this module needs no drawing import
    fields: dict = field(default_factory=dict)
    project_id: str | None = None
    anchors: dict[str, tuple[int, tuple[float, float, float, float]]] = field(default_factory=dict)
    """Named boxes in mm: (sheet index, (x0, y0, x1, y1)); the amount line of a contract, say."""


@dataclass
class Finance:
    """The audited year: what the income statement and the notes print."""

    revenue: Decimal
    si_revenue: Decimal
    net_profit: Decimal
    income: list[tuple[str, Decimal, Decimal]]
    """利润表 rows: (label, this year, last year)."""
    balance: list[tuple[str, Decimal | None, Decimal | None, str, Decimal | None, Decimal | None]]
    """资产负债表 rows: assets side and liabilities side, end and start of year."""
    revenue_lines: list[tuple[str, Decimal, Decimal, Decimal, Decimal]]
    """附注 营业收入: (line, revenue this year, cost this year, revenue last year, cost last year)."""
