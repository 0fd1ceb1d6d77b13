"""What the papers of one filing say (the world), apart from what the declaration claims."""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from decimal import Decimal


@dataclass
class Firm:
    name: str
    city: str
    credit_code: str
    legal_rep: str
    capital: Decimal
    established: dt.date
    valid_until: dt.date | None
    address: str
    authority: str
    licence_issued: dt.date
    company_type: str = "有限责任公司（自然人投资或控股）"
    phone: str = ""
    bank: str = ""
    account: str = ""


@dataclass
class Invoice:
    number: str
    issued: dt.date
    item: str
    tax_rate: int
    net: Decimal
    tax: Decimal
    issuer: str
    check: str

    @property
    def total(self) -> Decimal:
        return self.net + self.tax

    @property
    def qr(self) -> str:
        return f"01,32,,{self.number},{self.net:.2f},{self.issued:%Y%m%d},,{self.check}"


@dataclass
class Deal:
    """One project as its papers show it."""

    pid: str
    name: str
    client: str
    location: str
    field: str
    kind: str  # "service" or "goods"
    number: str
    amount: Decimal
    fees: dict[str, Decimal]
    itemised: bool
    signed: dt.date
    sign_a: dt.datetime
    sign_b: dt.datetime
    accepted: dt.date
    passed: bool = True
    client_contact: str = ""
    client_address: str = ""
    firm_contact: str = ""
    experts: list[tuple[str, str, str]] = dataclasses.field(default_factory=list)
    goods: list[tuple[str, str, str, int, Decimal]] = dataclasses.field(default_factory=list)
    invoices: list[Invoice] = dataclasses.field(default_factory=list)
    duration_days: int = 90
    issues: list[str] = dataclasses.field(default_factory=list)


@dataclass
class Books:
    """One year's income statement (元)."""

    year: int
    revenue: Decimal
    cost: Decimal
    taxes: Decimal
    selling: Decimal
    admin: Decimal
    rnd: Decimal
    finance: Decimal
    other_income: Decimal
    non_op_in: Decimal
    non_op_out: Decimal
    income_tax: Decimal
    prior: dict[str, Decimal] = dataclasses.field(default_factory=dict)

    @property
    def operating_profit(self) -> Decimal:
        return (
            self.revenue
            - self.cost
            - self.taxes
            - self.selling
            - self.admin
            - self.rnd
            - self.finance
            + self.other_income
        )

    @property
    def total_profit(self) -> Decimal:
        return self.operating_profit + self.non_op_in - self.non_op_out

    @property
    def net_profit(self) -> Decimal:
        return self.total_profit - self.income_tax
