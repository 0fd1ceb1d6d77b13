"""What a scenario is made of: the declaring firm, its deals, and the papers drawn for them."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

import pymupdf


@dataclass
class Firm:
    name: str
    credit_code: str
    legal_rep: str
    capital: Decimal
    established: dt.date
    valid_until: dt.date | None
    """None prints 长期."""
    address: str
    scope: str
    company_type: str
    city: str
    """喀什, 和田, 阿克苏: the office town, for place names and phone area codes."""
    area_code: str
    registrar: str
    licensed_on: dt.date
    bank: str
    account: str
    tel: str
    grade: str = "丁"
    technical_total: int = 9
    certificates: list[tuple[str, str, str, str]] = field(default_factory=list)
    """(holder, certificate, level, number)."""


@dataclass
class Finance:
    year: int
    revenue: Decimal
    si_revenue: Decimal
    net_profit: Decimal


@dataclass
class Deal:
    """One declared project row and the contract behind it."""

    pid: str
    name: str
    client: str
    amount: Decimal
    signed: dt.date
    accepted: dt.date
    field: str
    location: str
    fees: dict[str, Decimal]
    number: str
    supplier: str = ""
    """Party B as printed; the declaring firm unless a scenario plants otherwise."""
    client_rep: str = ""
    client_addr: str = ""
    client_tel: str = ""


@dataclass
class Paper:
    """One document: its pages as a text-layer PDF and the fields the truth records."""

    id: str
    type: str
    pdf: pymupdf.Document
    project_id: str | None = None
    fields: dict[str, Any] = field(default_factory=dict)
    anchors: dict[str, tuple[int, tuple[float, float, float, float]]] = field(default_factory=dict)
    """Named boxes (page index, rect in points) for edits planted after scanning."""
