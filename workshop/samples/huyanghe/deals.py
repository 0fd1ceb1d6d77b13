"""Plain data of a filing: projects (with what the papers print and what the row declares), invoices, audit figures."""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
from dataclasses import dataclass
from decimal import Decimal

from .world import CENT, Org, q2

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

LABELS: dict[str, list[str]] = {
    "software_development": ["定制软件开发费", "软件开发费", "应用系统开发费"],
    "consulting_design": ["咨询设计费", "方案深化设计费"],
    "integration_implementation": ["系统集成实施费", "安装调试及集成实施费", "集成实施费"],
    "operation_maintenance": ["运行维护费（一年）", "运维服务费（首年）"],
    "data_processing": ["数据处理费", "数据采集治理费"],
    "hardware_purchase": ["硬件设备购置费", "设备购置费"],
    "software_purchase": ["软件产品购置费", "商用软件购置费"],
    "other": ["其他费用"],
}

SPLITS: dict[str, list[tuple[str, float, float]]] = {
    # key, low share, high share (normalised afterwards)
    "sw": [
        ("software_development", 0.38, 0.55),
        ("consulting_design", 0.0, 0.05),
        ("integration_implementation", 0.08, 0.16),
        ("hardware_purchase", 0.18, 0.35),
        ("software_purchase", 0.04, 0.10),
        ("operation_maintenance", 0.0, 0.05),
    ],
    "hw": [
        ("hardware_purchase", 0.48, 0.62),
        ("integration_implementation", 0.14, 0.24),
        ("software_purchase", 0.04, 0.09),
        ("software_development", 0.0, 0.10),
        ("data_processing", 0.0, 0.04),
        ("operation_maintenance", 0.0, 0.05),
    ],
}


def split(rng: random.Random, total: Decimal, profile: str) -> dict[str, Decimal]:
    """Fees in whole hundreds of yuan adding up to ``total`` exactly (the last fee takes the rest)."""
    raw = []
    for key, lo, hi in SPLITS[profile]:
        share = rng.uniform(lo, hi)
        if lo == 0.0 and rng.random() < 0.5:
            share = 0.0
        raw.append((key, share))
    s = sum(v for _, v in raw)
    fees = dict.fromkeys(FEE_KEYS, Decimal(0))
    acc = Decimal(0)
    for key, share in raw[1:]:
        if share:
            v = (total * Decimal(share / s) / 100).quantize(Decimal(1)) * 100
            fees[key] = v
            acc += v
    fees[raw[0][0]] = total - acc
    return fees


@dataclass
class Invoice:
    number: str
    issued: dt.date
    amount: Decimal  # 价税合计 (免税: = 金额)
    item: str
    qr: str
    drawer: str


@dataclass
class Deal:
    pid: str
    name: str
    client: Org
    field: str
    location: str
    profile: str
    fees: dict[str, Decimal]  # what the row declares
    printed_fees: dict[str, Decimal]  # what the contract's price breakdown prints
    amount: Decimal  # the contract's printed price
    declared: Decimal  # the row's contract_amount
    signed: dt.date
    started: dt.date
    finished: dt.date
    accepted: dt.date
    number: str
    party_b: Org
    supervisor: str | None
    labels: dict[str, str]
    table: bool = True
    days: int = 90
    invoices: list[Invoice] = dataclasses.field(default_factory=list)
    agent_a: str = ""
    agent_b: str = ""
    acceptance_no: str = ""
    place: str = ""

    @property
    def services(self) -> Decimal:
        return sum((self.fees[k] for k in SERVICE_KEYS), Decimal(0))

    def row(self) -> dict[str, object]:
        """The declaration's project row, the two computed totals included."""
        return {
            "id": self.pid,
            "name": self.name,
            "client": self.client.name,
            "signed_on": self.signed.isoformat(),
            "accepted_on": self.accepted.isoformat(),
            "field": self.field,
            "location": self.location,
            "fees": {k: f"{self.fees[k]:.2f}" for k in FEE_KEYS},
            "services_total": f"{self.services:.2f}",
            "contract_amount": f"{self.declared:.2f}",
        }


@dataclass
class Books:
    """One year of audited figures (this year and last), in yuan, adding up."""

    revenue: Decimal
    si_revenue: Decimal
    service_revenue: Decimal
    goods_revenue: Decimal
    cost: Decimal
    tax_sur: Decimal
    selling: Decimal
    admin: Decimal
    rnd: Decimal
    finance: Decimal
    op_profit: Decimal
    non_op_in: Decimal
    non_op_out: Decimal
    total_profit: Decimal
    income_tax: Decimal
    net: Decimal
    # balance sheet
    cash: Decimal
    receivable: Decimal
    prepaid: Decimal
    inventory: Decimal
    current: Decimal
    fixed: Decimal
    intangible: Decimal
    noncurrent: Decimal
    assets: Decimal
    payable: Decimal
    contract_liab: Decimal
    wages: Decimal
    taxes: Decimal
    liabilities: Decimal
    paid_in: Decimal
    surplus: Decimal
    retained: Decimal
    equity: Decimal


def books(rng: random.Random, revenue: Decimal, si_share: float, margin: float, capital: Decimal) -> Books:
    def part(v: Decimal, lo: float, hi: float) -> Decimal:
        return q2(v * Decimal(str(round(rng.uniform(lo, hi), 4))))

    si = part(revenue, si_share, si_share)
    service = part(revenue - si, 0.45, 0.75)
    goods = revenue - si - service
    net_target = part(revenue, margin, margin)
    cost = part(revenue, 0.66, 0.74)
    tax_sur = part(revenue, 0.004, 0.008)
    selling = part(revenue, 0.02, 0.04)
    rnd = part(revenue, 0.03, 0.06)
    fin = q2(Decimal(rng.randrange(2000, 40000)) + Decimal(rng.randrange(100)) / 100)
    non_in = q2(Decimal(rng.randrange(0, 60000)))
    non_out = q2(Decimal(rng.randrange(0, 15000)))
    income_tax = part(net_target, 0.05, 0.12)  # small-enterprise relief
    total = net_target + income_tax
    op = total - non_in + non_out
    admin = revenue - cost - tax_sur - selling - rnd - fin - op
    assert admin > 0, "admin expenses must stay positive"
    # balance sheet
    paid_in = capital * Decimal(str(rng.choice([0.6, 0.8, 1.0])))
    surplus = q2(paid_in * Decimal("0.05"))
    retained = q2(net_target * Decimal(str(round(rng.uniform(1.8, 3.5), 3))))
    equity = paid_in + surplus + retained
    payable = part(revenue, 0.10, 0.22)
    contract_liab = part(revenue, 0.03, 0.09)
    wages = part(revenue, 0.01, 0.03)
    taxes = part(revenue, 0.005, 0.015)
    liabilities = payable + contract_liab + wages + taxes
    assets = liabilities + equity
    fixed = part(assets, 0.05, 0.12)
    intangible = part(assets, 0.01, 0.04)
    noncurrent = fixed + intangible
    current = assets - noncurrent
    receivable = part(current, 0.35, 0.5)
    prepaid = part(current, 0.03, 0.08)
    inventory = part(current, 0.08, 0.18)
    cash = current - receivable - prepaid - inventory
    assert cash > 0
    return Books(
        revenue,
        si,
        service,
        goods,
        cost,
        tax_sur,
        selling,
        admin,
        rnd,
        fin,
        op,
        non_in,
        non_out,
        total,
        income_tax,
        net_target,
        cash,
        receivable,
        prepaid,
        inventory,
        current,
        fixed,
        intangible,
        noncurrent,
        assets,
        payable,
        contract_liab,
        wages,
        taxes,
        liabilities,
        paid_in,
        surplus,
        retained,
        equity,
    )


def check_books(b: Books) -> list[str]:
    bad = []
    if b.revenue != b.si_revenue + b.service_revenue + b.goods_revenue:
        bad.append("revenue by kind")
    if b.op_profit != b.revenue - b.cost - b.tax_sur - b.selling - b.admin - b.rnd - b.finance:
        bad.append("operating profit")
    if b.total_profit != b.op_profit + b.non_op_in - b.non_op_out:
        bad.append("total profit")
    if b.net != b.total_profit - b.income_tax:
        bad.append("net profit")
    if b.current != b.cash + b.receivable + b.prepaid + b.inventory or b.assets != b.current + b.noncurrent:
        bad.append("assets")
    if (
        b.liabilities != b.payable + b.contract_liab + b.wages + b.taxes
        or b.equity != b.paid_in + b.surplus + b.retained
    ):
        bad.append("liabilities/equity")
    if b.assets != b.liabilities + b.equity:
        bad.append("balance")
    return bad


def round_hundred(v: Decimal) -> Decimal:
    return (v / 100).quantize(Decimal(1)) * 100 + Decimal(0) * CENT
