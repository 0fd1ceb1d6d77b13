"""The firm, its projects and the papers, as plain data; builders in papers.py draw them."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

import pymupdf as fitz

from .scan import Scanner


@dataclass
class Firm:
    name: str
    city: str
    credit_code: str
    reg_no: str
    legal_rep: str
    capital: Decimal
    established: dt.date
    valid_until: dt.date | str
    address: str
    phone: str
    bank: str
    account: str
    company_type: str = "有限责任公司（自然人投资或控股）"
    scope: str = (
        "计算机信息系统集成；软件开发；信息技术咨询服务；数据处理和存储服务；安全技术防范系统设计、施工；"
        "计算机及辅助设备、通讯设备、电子产品的销售；网络工程；建筑智能化工程。（依法须经批准的项目，经相关部门批准后方可开展经营活动）"
    )


@dataclass
class Client:
    name: str
    address: str
    phone: str
    bank: str
    account: str
    contact: str


@dataclass
class Project:
    id: str
    name: str
    client: Client
    signed: dt.date
    accepted: dt.date
    field: str
    location: str
    fees: dict[str, Decimal]
    number: str = ""

    @property
    def services_total(self) -> Decimal:
        return sum((self.fees[k] for k in SERVICE_KEYS), Decimal(0))

    @property
    def amount(self) -> Decimal:
        return sum(self.fees.values(), Decimal(0))


FEE_KEYS = (
    "software_development",
    "consulting_design",
    "integration_implementation",
    "operation_maintenance",
    "data_processing",
    "operation_service",
    "self_made_hardware",
    "hardware_purchase",
    "software_purchase",
    "other",
)
SERVICE_KEYS = FEE_KEYS[:6]
FEE_CN = {
    "software_development": "软件开发费",
    "consulting_design": "咨询设计费",
    "integration_implementation": "集成实施费",
    "operation_maintenance": "运行维护费",
    "data_processing": "数据处理费",
    "operation_service": "运营服务费",
    "self_made_hardware": "自制硬件费",
    "hardware_purchase": "硬件购置费",
    "software_purchase": "软件购置费",
    "other": "其他",
}


@dataclass
class Doc:
    """One paper: its pages (a PDF drawn in vector), type, the truth fields printed on it."""

    type: str
    pdf: fitz.Document
    fields: dict[str, Any]
    project_id: str | None = None
    note: str = ""
    scanner: Scanner | None = None
    key_pages: list[int] = field(default_factory=list)
    """0-based pages that carry the key fields (for findings that point at a page)."""
