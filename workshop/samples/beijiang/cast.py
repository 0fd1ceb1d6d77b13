"""The people and papers of one submission: the enterprise, its projects, the papers that back them."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

import pymupdf

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
FEE_LABEL = {
    "software_development": "软件开发费",
    "consulting_design": "咨询设计费",
    "integration_implementation": "集成实施费",
    "operation_maintenance": "运行维护费",
    "data_processing": "数据处理费",
    "operation_service": "运营服务费",
    "self_made_hardware": "自制硬件费",
    "hardware_purchase": "硬件购置费",
    "software_purchase": "软件购置费",
    "other": "其他费用",
}


@dataclass
class Firm:
    name: str
    code: str
    legal: str
    capital: Decimal
    established: str
    address: str
    city: str
    authority: str
    valid_until: str = "长期"
    kind: str = "有限责任公司（自然人投资或控股）"
    bank: str = "中国工商银行乌鲁木齐分行营业部"
    account: str = "3002 0206 0920 0123 456"
    phone: str = "0991-4561234"
    grade: str = "乙"
    scope: str = (
        "计算机信息系统集成；软件开发；信息技术咨询服务；数据处理和存储支持服务；安全技术防范系统设计施工服务；"
        "计算机软硬件及辅助设备销售；通信设备销售；网络设备销售。（依法须经批准的项目，经相关部门批准后方可开展经营活动）"
    )


@dataclass
class Client:
    name: str
    address: str
    rep: str
    phone: str


@dataclass
class Proj:
    id: str
    name: str
    client: Client
    signed_on: str
    accepted_on: str
    field: str
    location: str
    fees: dict[str, Decimal]
    number: str
    days: int = 120

    @property
    def amount(self) -> Decimal:
        return sum(self.fees.values(), Decimal(0))

    @property
    def services(self) -> Decimal:
        return sum((self.fees[k] for k in FEE_KEYS[:6] if k in self.fees), Decimal(0))


@dataclass
class Paper:
    """One paper document made as a text-layer PDF (``doc``), with what truth says about it."""

    doc: pymupdf.Document
    type: str
    fields: dict[str, Any]
    project_id: str | None = None
    label: str = ""
    one_sided: bool = False
    """Pages that are never printed duplex (a license); a duplex scanner still gives them a back."""
    extra: dict[str, Any] = field(default_factory=dict)
