"""The facts of one filing before anything is drawn: the firm, its deals, its audit figures, the declaration."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from .places import AUDIT_FIRMS, CERTIFICATES, Client, County, Firm, make_client, make_firm, person

YEAR = 2025
"""The inspection year."""

FEE_LABELS = {
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
SERVICE_KEYS = tuple(FEE_LABELS)[:6]


def _hundreds(rng: random.Random, low: int, high: int) -> Decimal:
    return Decimal(rng.randint(low // 100, high // 100) * 100)


@dataclass
class Deal:
    """One project as the papers and the form state it."""

    id: str
    name: str
    client: Client
    location: str
    contract_number: str
    amount: Decimal
    fees: dict[str, Decimal]
    signed_on: dt.date
    accepted_on: dt.date
    started_on: dt.date
    days: int
    warranty_years: int
    client_signer: str
    firm_signer: str
    members: list[str]
    declared_amount: Decimal | None = None
    """What the form declares when it is not the contract's amount (a plant)."""

    def declared_fees(self) -> dict[str, Decimal]:
        """The row's fees: the contract's, with any declared surplus put on 硬件购置费."""
        fees = dict(self.fees)
        if self.declared_amount is not None:
            fees["hardware_purchase"] = (
                fees.get("hardware_purchase", Decimal(0)) + self.declared_amount - self.amount
            )
        return fees


def split_fees(rng: random.Random, amount: Decimal) -> dict[str, Decimal]:
    """Split ``amount`` (whole hundreds) into three to five fees in whole hundreds."""
    keys = ["hardware_purchase", "integration_implementation", "software_development"]
    keys += rng.sample(["software_purchase", "operation_maintenance", "consulting_design"], rng.randint(0, 2))
    weights = [rng.uniform(0.5, 2.5) for _ in keys]
    total_w = sum(weights)
    fees: dict[str, Decimal] = {}
    left = amount
    for key, weight in zip(keys[:-1], weights[:-1], strict=True):
        share = Decimal(int(amount * Decimal(weight / total_w) / 100) * 100)
        fees[key] = share
        left -= share
    fees[keys[-1]] = left
    return fees


def make_deal(
    rng: random.Random, index: int, firm: Firm, county: County, taken: set[str], signed_year: int = YEAR
) -> Deal:
    """A project of ``firm`` for a client in ``county``, signed in ``signed_year`` and accepted after."""
    client = make_client(rng, county, taken)
    subject = rng.choice(client.subjects)
    name = f"{client.name.removesuffix('人民政府')}{subject}项目"
    amount = _hundreds(rng, 160_000, 1_380_000)
    signed = dt.date(signed_year, rng.randint(2, 7), rng.randint(1, 28))
    days = rng.choice([45, 60, 90, 120])
    started = signed + dt.timedelta(days=rng.randint(3, 12))
    accepted = min(started + dt.timedelta(days=days + rng.randint(5, 40)), dt.date(signed_year, 12, 22))
    prefix = "".join(rng.choice("ZPSCYCMGT") for _ in range(2))
    return Deal(
        id=f"P{index}",
        name=name,
        client=client,
        location=f"新疆维吾尔自治区喀什地区{county.name}",
        contract_number=f"{prefix}-{signed_year}-{rng.randint(1, 88):03d}",
        amount=amount,
        fees=split_fees(rng, amount),
        signed_on=signed,
        accepted_on=accepted,
        started_on=started,
        days=days,
        warranty_years=rng.choice([1, 2, 3]),
        client_signer=person(rng),
        firm_signer=firm.legal_rep if rng.random() < 0.5 else person(rng),
        members=[person(rng) for _ in range(3)],
    )


@dataclass
class Audit:
    firm_name: str
    report_number: str
    revenue: Decimal
    integration_revenue: Decimal
    cost: Decimal
    taxes: Decimal
    selling: Decimal
    admin: Decimal
    finance_cost: Decimal
    other_income: Decimal
    income_tax: Decimal
    signed_on: dt.date
    cpas: tuple[str, str]

    @property
    def operating_profit(self) -> Decimal:
        return self.revenue - self.cost - self.taxes - self.selling - self.admin - self.finance_cost

    @property
    def total_profit(self) -> Decimal:
        return self.operating_profit + self.other_income

    @property
    def net_profit(self) -> Decimal:
        return self.total_profit - self.income_tax


def make_audit(rng: random.Random, deals: list[Deal]) -> Audit:
    """An audit of the inspection year whose 系统集成收入 covers the deals and whose profit adds up."""
    integration = sum((d.amount for d in deals), Decimal(0)) + _hundreds(rng, 80_000, 900_000)
    revenue = integration + _hundreds(rng, 50_000, 700_000)
    cost = (revenue * Decimal(rng.uniform(0.68, 0.8))).quantize(Decimal("0.01"))
    taxes = (revenue * Decimal("0.006")).quantize(Decimal("0.01"))
    selling = (revenue * Decimal(rng.uniform(0.02, 0.05))).quantize(Decimal("0.01"))
    admin = (revenue * Decimal(rng.uniform(0.08, 0.13))).quantize(Decimal("0.01"))
    finance = Decimal(rng.randint(800, 9000)) + Decimal(rng.randint(0, 99)) / 100
    other = Decimal(rng.randint(0, 30000))
    pre_tax = revenue - cost - taxes - selling - admin - finance + other
    income_tax = max(Decimal(0), (pre_tax * Decimal("0.05")).quantize(Decimal("0.01")))
    return Audit(
        firm_name=rng.choice(AUDIT_FIRMS),
        report_number=f"喀{rng.choice('天明昆叶')}审字〔{YEAR + 1}〕第{rng.randint(12, 260):03d}号",
        revenue=revenue,
        integration_revenue=integration,
        cost=cost,
        taxes=taxes,
        selling=selling,
        admin=admin,
        finance_cost=finance,
        other_income=other,
        income_tax=income_tax,
        signed_on=dt.date(YEAR + 1, rng.randint(1, 3), rng.randint(5, 28)),
        cpas=(person(rng), person(rng)),
    )


@dataclass
class Filing:
    """Everything one enterprise's filing states."""

    name: str
    firm: Firm
    deals: list[Deal]
    audit: Audit
    staff: int
    certificates: list[dict[str, str]] = field(default_factory=list)
    licence_until: dt.date | None = None
    """None: 长期."""

    def declaration(self) -> dict[str, Any]:
        """declaration.json (CONTRACT 1.1), money as strings with two decimals."""
        firm = self.firm
        projects = []
        for deal in self.deals:
            fees = deal.declared_fees()
            all_fees = {key: f"{fees.get(key, Decimal(0)):.2f}" for key in FEE_LABELS}
            services = sum((fees.get(k, Decimal(0)) for k in SERVICE_KEYS), Decimal(0))
            total = sum(fees.values(), Decimal(0))
            projects.append(
                {
                    "id": deal.id,
                    "name": deal.name,
                    "client": deal.client.name,
                    "signed_on": deal.signed_on.isoformat(),
                    "accepted_on": deal.accepted_on.isoformat(),
                    "field": deal.client.field,
                    "location": deal.location,
                    "fees": all_fees,
                    "services_total": f"{services:.2f}",
                    "contract_amount": f"{total:.2f}",
                }
            )
        return {
            "enterprise": {
                "name": firm.name,
                "credit_code": firm.credit_code,
                "legal_representative": firm.legal_rep,
                "registered_capital": f"{firm.capital:.2f}",
                "established_on": dt.date(*firm.established).isoformat(),
                "grade": "丁",
                "inspection_year": YEAR,
                "staff": {
                    "technical_total": self.staff,
                    "certified_total": len(self.certificates),
                    "certificates": self.certificates,
                },
            },
            "finance": [
                {
                    "year": YEAR,
                    "operating_revenue": f"{self.audit.revenue:.2f}",
                    "system_integration_revenue": f"{self.audit.integration_revenue:.2f}",
                    "net_profit": f"{self.audit.net_profit:.2f}",
                }
            ],
            "projects": projects,
        }


def make_filing(rng: random.Random, name: str, county: County, projects: int = 2) -> Filing:
    """A 丁-grade firm of ``county`` with ``projects`` deals, its audit and staff."""
    firm = make_firm(rng, county)
    taken: set[str] = set()
    deals = [make_deal(rng, i + 1, firm, county, taken) for i in range(projects)]
    certificates = []
    for _ in range(rng.randint(2, 5)):
        title, level = rng.choice(CERTIFICATES)
        certificates.append(
            {
                "holder": person(rng),
                "certificate": title,
                "level": level,
                "number": f"{rng.randint(10**9, 10**10 - 1)}",
            }
        )
    return Filing(
        name=name,
        firm=firm,
        deals=deals,
        audit=make_audit(rng, deals),
        staff=rng.randint(8, 16),
        certificates=certificates,
        licence_until=None
        if rng.random() < 0.6
        else dt.date(firm.established[0] + 30, firm.established[1], 1) - dt.timedelta(days=1),
    )
