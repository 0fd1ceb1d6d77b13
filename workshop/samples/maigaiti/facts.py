"""What a filing is about: the firm, its books, its deals, and the papers printed from them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal

from .places import Organisation
from .sheet import Sheet


@dataclass
class Firm:
    org: Organisation
    legal: str
    capital: Decimal
    established: dt.date
    term_end: dt.date | None
    """Last day of the 营业期限; None for 长期."""
    licence_issued: dt.date
    company_type: str = "有限责任公司(自然人投资或控股)"


@dataclass
class Books:
    """One audited year."""

    year: int
    revenue: Decimal
    integration: Decimal
    service: Decimal
    goods: Decimal
    net_profit: Decimal
    prior_revenue: Decimal
    prior_profit: Decimal
    total_assets: Decimal
    prior_assets: Decimal
    auditor: str
    report_number: str
    report_date: dt.date
    cpas: tuple[str, str]


@dataclass
class Deal:
    """One declared project and the facts its papers print."""

    id: str
    name: str
    client: Organisation
    fees: dict[str, Decimal]
    signed: dt.date
    accepted: dt.date
    number: str
    works_start: dt.date
    works_end: dt.date
    notice: dt.date
    """Date of the 中标通知书."""
    warranty_years: int
    invoice: tuple[str, dt.date, Decimal] | None = None
    checklist: dt.date | None = None
    """Date of a 项目验收单 signed before the 验收报告 (None: no such slip)."""
    looks: dict[str, str] = field(default_factory=dict)
    """How each date is spelled and put on paper: signed / accepted / checklist style and mode."""
    declare: dict[str, dt.date] = field(default_factory=dict)
    """Dates the row declares other than the papers' (signed_on / accepted_on); empty: as printed."""

    @property
    def amount(self) -> Decimal:
        return sum(self.fees.values(), Decimal(0))


@dataclass
class Paper:
    """One truth document: its pages and the fields it prints, each on a page of its own."""

    type: str
    sheets: list[Sheet]
    fields: Mapping[str, object]
    field_page: Mapping[str, int]
    """Field name -> index into ``sheets`` of the page that prints it."""
    project_id: str | None = None
    label: str = ""
