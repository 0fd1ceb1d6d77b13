"""Plain data of one filing: the enterprise, its projects as printed and as declared, invoices, audit
figures. Everything a paper prints comes from here, so the declaration and the truth agree with the papers
by construction; a plant changes one printed or one declared value and says which.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from decimal import Decimal

from jianzheng.models import FEE_KEYS, SERVICE_FEE_KEYS

from .numerals import q2
from .world import Body, Firm, Person, Staffing

FEE_LABELS = {
    "software_development": "软件开发费（定制开发及部署）",
    "consulting_design": "咨询设计费（需求调研、深化设计）",
    "integration_implementation": "系统集成实施费（安装、调试、联调）",
    "operation_maintenance": "运行维护费（质保期内驻场运维）",
    "data_processing": "数据处理费（历史数据迁移、清洗）",
    "operation_service": "运营服务费",
    "self_made_hardware": "自制硬件费",
    "hardware_purchase": "硬件设备购置费",
    "software_purchase": "软件购置费（正版软件及授权）",
    "other": "其他费用（培训、差旅、检测）",
}

PROFILES: dict[str, dict[str, tuple[float, float]]] = {
    # share ranges of the contract amount by kind of work
    "platform": {
        "software_development": (0.35, 0.5),
        "consulting_design": (0.03, 0.07),
        "integration_implementation": (0.08, 0.14),
        "data_processing": (0.03, 0.08),
        "hardware_purchase": (0.12, 0.25),
        "software_purchase": (0.05, 0.12),
        "other": (0.01, 0.02),
    },
    "network": {
        "integration_implementation": (0.12, 0.2),
        "consulting_design": (0.02, 0.05),
        "operation_maintenance": (0.03, 0.06),
        "hardware_purchase": (0.5, 0.65),
        "software_purchase": (0.04, 0.1),
        "other": (0.01, 0.02),
    },
    "video": {
        "integration_implementation": (0.15, 0.22),
        "software_development": (0.05, 0.1),
        "hardware_purchase": (0.55, 0.68),
        "other": (0.01, 0.03),
    },
}


def profile_of(stem: str) -> str:
    if any(k in stem for k in ("监控", "安防", "录播", "班班通", "物联网", "自动化")):
        return "video"
    if any(k in stem for k in ("网络", "机房", "城域网", "等级保护", "接入")):
        return "network"
    return "platform"


def split_fees(rng: random.Random, amount: Decimal, stem: str, unit: int = 100) -> dict[str, Decimal]:
    """Split an amount into fees (each a multiple of ``unit`` except the largest, which takes the rest)."""
    prof = PROFILES[profile_of(stem)]
    raw = {k: rng.uniform(*v) for k, v in prof.items()}
    total = sum(raw.values())
    fees = {k: Decimal(int(amount * Decimal(str(v / total)) / unit) * unit) for k, v in raw.items()}
    biggest = max(fees, key=lambda k: fees[k])
    fees[biggest] += amount - sum(fees.values())
    return {k: fees.get(k, Decimal(0)) for k in FEE_KEYS}


def services_total(fees: dict[str, Decimal]) -> Decimal:
    return sum((fees[k] for k in SERVICE_FEE_KEYS), Decimal(0))


@dataclass
class Invoice:
    number: str
    issued: dt.date
    kind: str
    """专票 or 普票"""
    item: str
    rate: Decimal
    total: Decimal

    @property
    def amount(self) -> Decimal:
        return q2(self.total / (1 + self.rate))

    @property
    def tax(self) -> Decimal:
        return self.total - self.amount


@dataclass
class Project:
    pid: str
    name: str
    client: Body
    amount: Decimal
    """The contract amount as printed."""
    signed: dt.date
    finished: dt.date
    accepted: dt.date
    contract_no: str
    procurement_no: str
    contract_layout: str
    """procurement (政府采购合同) or cover (合同书 with a cover page)"""
    fees: dict[str, Decimal]
    """The split behind the contract (and the declaration, unless planted)."""
    fee_table: bool
    client_rep: Person
    firm_rep: Person
    acceptance: str
    """report (项目验收报告 + 签字表), opinion (验收意见), or none (invoices only)"""
    members: list[Person] = field(default_factory=list)
    invoices: list[Invoice] = field(default_factory=list)
    passed: bool = True
    acceptance_sealed: bool = True
    party_a_second: str = ""
    """The second-language line printed under party A in the contract (the client's own name, unless the
    party block was copied from another client's contract)."""
    declared_client: str = ""
    """The client as declared (the client's name, unless planted)."""
    declared_amount: Decimal | None = None
    declared_fees: dict[str, Decimal] | None = None
    seal_layout: str = "lower"
    contract_digital: bool = False
    third_party: str | None = None
    duration_days: int = 90

    def __post_init__(self) -> None:
        self.party_a_second = self.party_a_second or self.client.second
        self.declared_client = self.declared_client or self.client.cn

    @property
    def party_a_cn(self) -> str:
        return self.client.cn

    @property
    def decl_amount(self) -> Decimal:
        return self.amount if self.declared_amount is None else self.declared_amount

    @property
    def decl_fees(self) -> dict[str, Decimal]:
        return self.fees if self.declared_fees is None else self.declared_fees

    @property
    def location(self) -> str:
        return f"新疆维吾尔自治区伊犁哈萨克自治州{self.client.place.cn}"


@dataclass
class Audit:
    firm: str
    number: str
    date: dt.date
    cpas: list[tuple[str, str]]
    """(name, certificate number)"""
    revenue: Decimal
    si_revenue: Decimal
    service_revenue: Decimal
    goods_revenue: Decimal
    cost: Decimal
    taxes: Decimal
    selling: Decimal
    admin: Decimal
    rnd: Decimal
    finance_cost: Decimal
    other_income: Decimal
    nonop_in: Decimal
    nonop_out: Decimal
    income_tax: Decimal
    prior: dict[str, Decimal]
    balance: dict[str, Decimal]

    @property
    def operating_profit(self) -> Decimal:
        return (
            self.revenue
            - self.cost
            - self.taxes
            - self.selling
            - self.admin
            - self.rnd
            - self.finance_cost
            + self.other_income
        )

    @property
    def total_profit(self) -> Decimal:
        return self.operating_profit + self.nonop_in - self.nonop_out

    @property
    def net_profit(self) -> Decimal:
        return self.total_profit - self.income_tax


@dataclass
class Filing:
    name: str
    firm: Firm
    grade: str
    staff: Staffing
    projects: list[Project]
    audit: Audit
    licence_legal: Person
    """Legal representative printed on the licence (the firm's, unless planted)."""
    dots: dict[str, str]
    """Which middle dot each paper types: declaration, licence, contract, acceptance, audit."""
    licence_valid_until: dt.date | None = None
    """None: 长期"""
    year: int = 2025
