"""The people, companies and projects of one filing, and the declaration built from them."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

import pymupdf

from jianzheng.models import FEE_KEYS, SERVICE_FEE_KEYS

from .money import plain

CERTIFICATES = (
    ("系统集成项目管理工程师", "中级"),
    ("信息系统项目管理师", "高级"),
    ("网络工程师", "中级"),
    ("信息安全工程师", "中级"),
    ("系统架构设计师", "高级"),
    ("数据库系统工程师", "中级"),
    ("软件设计师", "中级"),
    ("网络规划设计师", "高级"),
)
"""Certificate titles from the inspection's list of valid certificates (seed 000)."""

SURNAMES = "王李张刘陈杨赵黄周吴徐孙马朱胡郭何林罗高艾买阿吐"
GIVEN = (
    "建国",
    "海燕",
    "志强",
    "丽娜",
    "文博",
    "晓东",
    "玉山",
    "江",
    "雪梅",
    "红霞",
    "伟",
    "亚楠",
    "卫东",
    "晨阳",
)
UYGHUR = ("艾尔肯·吐尔逊", "古丽娜尔·艾买提", "买买提江·热合曼", "阿依古丽·吾守尔", "努尔麦麦提·阿不都")


@dataclass
class Company:
    """One enterprise as its business licence and bank records describe it."""

    name: str
    credit_code: str
    legal_rep: str
    capital: Decimal
    established: dt.date
    valid_until: dt.date | None
    address: str
    phone: str
    bank: str
    account: str
    company_type: str = "有限责任公司(自然人投资或控股)"
    scope: str = (
        "计算机信息系统集成；软件开发；信息技术咨询服务；数据处理和存储支持服务；"
        "安全技术防范系统设计施工服务；建筑智能化工程施工；计算机软硬件及辅助设备零售。"
        "（依法须经批准的项目，经相关部门批准后方可开展经营活动）"
    )


@dataclass
class Client:
    """The buying side of a contract (发包人, 委托方, 采购人)."""

    name: str
    address: str
    phone: str
    bank: str = ""
    account: str = ""
    contact: str = ""


@dataclass
class ProjectSpec:
    """One declared project and the facts its documents state."""

    id: str
    name: str
    client: Client
    signed_on: dt.date
    accepted_on: dt.date
    field: str
    location: str
    fees: dict[str, Decimal]

    @property
    def services_total(self) -> Decimal:
        """The six service fees."""
        return sum((self.fees.get(k, Decimal(0)) for k in SERVICE_FEE_KEYS), Decimal(0))

    @property
    def amount(self) -> Decimal:
        """All ten fees: the contract amount."""
        return sum((self.fees.get(k, Decimal(0)) for k in FEE_KEYS), Decimal(0))


@dataclass
class Filing:
    """What one enterprise declares for one inspection year."""

    company: Company
    grade: str
    year: int
    technical_total: int
    certificate_holders: list[str]
    revenue: Decimal
    si_revenue: Decimal
    net_profit: Decimal
    projects: list[ProjectSpec]
    overrides: dict[str, dict[str, str]] = field(default_factory=dict)
    """Per project id, declared values that differ from the project's facts (planted causes)."""


@dataclass
class Built:
    """One drawn document: its pages (a PDF in memory), type, truth fields and marked places."""

    doc: pymupdf.Document
    doc_type: str
    fields: dict[str, Any]
    marks: dict[str, int] = field(default_factory=dict)
    """Named places (``amount``, ``date``, ``opinion``) → 0-based page index inside the document."""
    rects: dict[str, pymupdf.Rect] = field(default_factory=dict)
    """Named boxes in points on the marked page (the amount line, for tampering)."""
    label: str = ""


def declaration(filing: Filing) -> dict[str, Any]:
    """The declaration.json object (CONTRACT 1.1) of ``filing``."""
    c = filing.company
    certificates = [
        {
            "holder": holder,
            "certificate": CERTIFICATES[k % len(CERTIFICATES)][0],
            "level": CERTIFICATES[k % len(CERTIFICATES)][1],
            "number": f"{'S' if k % 3 else 'X'}{2016 + k % 8}{65000 + 37 * k:06d}",
        }
        for k, holder in enumerate(filing.certificate_holders)
    ]
    return {
        "enterprise": {
            "name": c.name,
            "credit_code": c.credit_code,
            "legal_representative": c.legal_rep,
            "registered_capital": plain(c.capital),
            "established_on": c.established.isoformat(),
            "grade": filing.grade,
            "inspection_year": filing.year,
            "staff": {
                "technical_total": filing.technical_total,
                "certified_total": len(certificates),
                "certificates": certificates,
            },
        },
        "finance": [
            {
                "year": filing.year,
                "operating_revenue": plain(filing.revenue),
                "system_integration_revenue": plain(filing.si_revenue),
                "net_profit": plain(filing.net_profit),
            }
        ],
        "projects": [_project_row(p, filing.overrides.get(p.id, {})) for p in filing.projects],
    }


def _project_row(p: ProjectSpec, overrides: dict[str, str]) -> dict[str, Any]:
    row: dict[str, Any] = {
        "id": p.id,
        "name": p.name,
        "client": p.client.name,
        "signed_on": p.signed_on.isoformat(),
        "accepted_on": p.accepted_on.isoformat(),
        "field": p.field,
        "location": p.location,
        "fees": {k: plain(p.fees.get(k, Decimal(0))) for k in FEE_KEYS},
        "services_total": plain(p.services_total),
        "contract_amount": plain(p.amount),
    }
    for key, value in overrides.items():
        if key.startswith("fees."):
            row["fees"][key[5:]] = value
        else:
            row[key] = value
    return row
