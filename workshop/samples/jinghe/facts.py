"""The facts of a filing: the firm as registered, its deals (fee split, dates, who signed as whom),
invoices, audit figures that add up, and the declaration the enterprise typed."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from .names import Client, Firm, Place, credit_code, person

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
FEE_LABELS = {
    "software_development": "软件开发费",
    "consulting_design": "咨询设计费",
    "integration_implementation": "系统集成实施费",
    "operation_maintenance": "运行维护费",
    "data_processing": "数据处理费",
    "operation_service": "运营服务费",
    "self_made_hardware": "自制硬件费",
    "hardware_purchase": "硬件设备购置费",
    "software_purchase": "第三方软件购置费",
    "other": "其他费用",
}
CENT = Decimal("0.01")
YEAR = 2025


def money(v: Decimal) -> str:
    return f"{v.quantize(CENT):.2f}"


def day(rng: random.Random, start: dt.date, end: dt.date) -> dt.date:
    d = start + dt.timedelta(days=rng.randint(0, (end - start).days))
    return d if d.weekday() < 5 else d + dt.timedelta(days=7 - d.weekday())


@dataclass
class Deal:
    """One contract and what was written about it, on which paper, under which name."""

    pid: str
    client: Client
    name: str
    amount: Decimal
    fees: dict[str, Decimal]
    signed: dt.date
    accepted: dt.date
    number: str
    client_code: str
    client_rep: str
    a_contract: str
    """party A as the contract prints it"""
    a_accept: str
    b_contract: str
    b_code: str
    b_rep: str
    b_accept: str | None
    """承建单位 on the acceptance report; None: the form has no such row"""
    declared_client: str
    evidence: str = "acceptance"
    """acceptance, invoice or both"""
    itemised: bool = True
    invoices: list[Invoice] = field(default_factory=list)
    b_seal: str = ""
    """the name on party B's seal (the contract's text name where empty)"""
    a_body: str = ""
    """the client's registered name when the contract was signed (its seal on the contract, the
    first invoice's buyer)"""
    b_seal_inner: str = "合同专用章"
    accept_note: str = ""
    """a line the acceptance prints under 建设单位, e.g. （原精河县信息中心）"""
    b_short: str = ""
    """以下简称“…”: the firm's short name in the preamble, or '' for 乙方"""
    info_table: bool = False
    """the contract opens with a narrow 合同信息表 that wraps names over two lines"""
    letterhead: str = ""
    """an English name under the firm's name at the top of the contract (bilingual letterhead)"""

    @property
    def services_total(self) -> Decimal:
        return sum((self.fees[k] for k in SERVICE_KEYS), Decimal(0))


@dataclass
class Invoice:
    number: str
    issued: dt.date
    buyer: str
    buyer_code: str
    seller: str
    seller_code: str
    total: Decimal
    rate: Decimal
    item: str

    @property
    def net(self) -> Decimal:
        return (self.total / (1 + self.rate)).quantize(CENT, rounding=ROUND_HALF_UP)

    @property
    def tax(self) -> Decimal:
        return self.total - self.net

    def qr(self) -> str:
        check = f"{int(self.number[-6:]) * 7 % 99991:05d}"
        return f"01,32,,{self.number},{money(self.net)},{self.issued:%Y%m%d},,{check}"


def split_fees(rng: random.Random, amount: Decimal) -> dict[str, Decimal]:
    """A system-integration deal's fee lines in whole hundreds except the last, which takes the rest."""
    keys = ["software_development", "integration_implementation"]
    keys += rng.sample(["consulting_design", "operation_maintenance", "data_processing"], rng.randint(0, 2))
    keys += rng.sample(["hardware_purchase", "software_purchase", "other"], rng.randint(1, 2))
    weights = {k: rng.uniform(0.5, 1.5) * (2.4 if k == "hardware_purchase" else 1.0) for k in keys}
    total_w = sum(weights.values())
    fees = dict.fromkeys(FEE_KEYS, Decimal(0))
    left = amount
    for k in keys[:-1]:
        v = (amount * Decimal(weights[k] / total_w) / 100).quantize(Decimal(1)) * 100
        fees[k] = v
        left -= v
    fees[keys[-1]] = left
    assert all(v >= 0 for v in fees.values())
    return fees


def amount_of(rng: random.Random, low: int = 380_000, high: int = 2_600_000) -> Decimal:
    base = Decimal(rng.randrange(low // 100, high // 100)) * 100
    if rng.random() < 0.3:
        base += Decimal(rng.randrange(1, 100))
    return base


def contract_number(rng: random.Random, firm_trade_short: str, client_place: Place, signed: dt.date) -> str:
    style = rng.randrange(3)
    n = rng.randint(3, 86)
    if style == 0:
        return f"{client_place.short[:2].upper()}-XX-{signed.year}-{n:03d}"
    if style == 1:
        return f"{firm_trade_short}合字（{signed.year}）第{n:03d}号"
    return f"ZFCG-{client_place.region}-{signed.year}{signed.month:02d}{n:02d}"


def new_deal(
    rng: random.Random,
    pid: str,
    firm: Firm,
    client: Client,
    *,
    signed_from: dt.date,
    signed_to: dt.date,
    accept_by: dt.date | None = None,
) -> Deal:
    amount = amount_of(rng)
    signed = day(rng, signed_from, signed_to)
    start = max(signed + dt.timedelta(days=60), dt.date(YEAR, 1, 6))
    end = accept_by or dt.date(YEAR, 12, 19)
    if start > end:
        start = end - dt.timedelta(days=5)
    accepted = day(rng, start, end)
    if accepted.year != YEAR:
        accepted = dt.date(YEAR, 12, 18)
    place = client.place
    topic = client.topic
    name = f"{place.name}{topic}{rng.choice(('建设项目', '项目', '采购项目', '建设项目'))}"
    body = client.former if client.former and signed < dt.date(2025, 1, 1) else client.name
    return Deal(
        pid=pid,
        client=client,
        name=name,
        amount=amount,
        fees=split_fees(rng, amount),
        signed=signed,
        accepted=accepted,
        number=contract_number(rng, firm.trade, place, signed),
        client_code=credit_code(
            rng, place.region, "11" if "局" in client.name or "委员会" in client.name else "12"
        ),
        client_rep=person(rng),
        a_contract=body,
        a_accept=client.name,
        b_contract=firm.name,
        b_code=firm.credit_code,
        b_rep=firm.legal_rep,
        b_accept=firm.name,
        declared_client=client.name,
        a_body=body,
    )


def declaration(
    firm_name: str, code: str, firm: Firm, deals: list[Deal], rng: random.Random, finance: dict[str, Decimal]
) -> dict[str, Any]:
    certs_pool = [
        ("系统集成项目管理工程师", "中级"),
        ("信息系统项目管理师", "高级"),
        ("网络工程师", "中级"),
        ("信息安全工程师", "中级"),
        ("系统架构设计师", "高级"),
        ("数据库系统工程师", "中级"),
    ]
    certs = []
    for c, lvl in rng.sample(certs_pool, rng.randint(2, 4)):
        certs.append(
            {
                "holder": person(rng),
                "certificate": c,
                "level": lvl,
                "number": f"{rng.choice(('S', 'Z'))}{rng.randint(2016, 2024)}{rng.randint(10**9, 10**10 - 1)}",
            }
        )
    projects = []
    for d in deals:
        projects.append(
            {
                "id": d.pid,
                "name": d.name,
                "client": d.declared_client,
                "signed_on": d.signed.isoformat(),
                "accepted_on": d.accepted.isoformat(),
                "field": d.client.field,
                "location": f"新疆维吾尔自治区博尔塔拉蒙古自治州{d.client.place.name}",
                "fees": {k: money(v) for k, v in d.fees.items()},
                "services_total": money(d.services_total),
                "contract_amount": money(d.amount),
            }
        )
    return {
        "enterprise": {
            "name": firm_name,
            "credit_code": code,
            "legal_representative": firm.legal_rep,
            "registered_capital": money(Decimal(firm.capital)),
            "established_on": firm.established,
            "grade": "丁",
            "inspection_year": YEAR,
            "staff": {
                "technical_total": rng.randint(8, 16),
                "certified_total": len(certs),
                "certificates": certs,
            },
        },
        "finance": [
            {
                "year": YEAR,
                "operating_revenue": money(finance["revenue"]),
                "system_integration_revenue": money(finance["si"]),
                "net_profit": money(finance["profit"]),
            }
        ],
        "projects": projects,
    }


def books(rng: random.Random, deals: list[Deal]) -> dict[str, Decimal]:
    """A year's income statement that adds up, with the deals inside its system-integration revenue."""
    si = sum((d.amount for d in deals), Decimal(0)) / Decimal("1.06") + Decimal(
        rng.randrange(200_000, 1_800_000)
    )
    si = si.quantize(CENT)
    other = Decimal(rng.randrange(80_000, 900_000)) + Decimal(rng.randrange(0, 100)) / 100
    revenue = si + other
    cost = (revenue * Decimal(rng.uniform(0.62, 0.78))).quantize(CENT)
    tax_add = (revenue * Decimal("0.006")).quantize(CENT)
    selling = (revenue * Decimal(rng.uniform(0.02, 0.05))).quantize(CENT)
    admin = (revenue * Decimal(rng.uniform(0.06, 0.1))).quantize(CENT)
    rnd = (revenue * Decimal(rng.uniform(0.01, 0.04))).quantize(CENT)
    fin = Decimal(rng.randrange(-20_000, 30_000)) + Decimal(rng.randrange(0, 100)) / 100
    op = revenue - cost - tax_add - selling - admin - rnd - fin
    non_in = Decimal(rng.randrange(0, 60_000))
    non_out = Decimal(rng.randrange(0, 20_000))
    total = op + non_in - non_out
    income_tax = (max(total, Decimal(0)) * Decimal("0.05")).quantize(CENT)
    profit = total - income_tax
    return {
        "revenue": revenue,
        "si": si,
        "other": other,
        "cost": cost,
        "tax_add": tax_add,
        "selling": selling,
        "admin": admin,
        "rnd": rnd,
        "fin": fin,
        "op": op,
        "non_in": non_in,
        "non_out": non_out,
        "total": total,
        "income_tax": income_tax,
        "profit": profit,
    }


def invoice_for(
    rng: random.Random, deal: Deal, share: Decimal, issued: dt.date, seller: str, seller_code: str, buyer: str
) -> Invoice:
    total = (deal.amount * share).quantize(CENT)
    number = f"{issued.year % 100}65{rng.randint(2000, 2999)}{rng.randint(10**11, 10**12 - 1)}"
    return Invoice(
        number=number,
        issued=issued,
        buyer=buyer,
        buyer_code=deal.client_code,
        seller=seller,
        seller_code=seller_code,
        total=total,
        rate=Decimal("0.06"),
        item=rng.choice(
            ("*信息技术服务*系统集成服务", "*信息技术服务*软件开发服务", "*信息技术服务*信息系统增值服务")
        ),
    )
