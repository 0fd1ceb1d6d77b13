"""Plain data of one filing: the firm, its books, its projects with their papers' contents, the declaration."""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
from dataclasses import dataclass
from decimal import Decimal

from . import people

YEAR = 2025
Q = Decimal("0.01")

FEE_LABELS: dict[str, str] = {
    "software_development": "软件开发费",
    "consulting_design": "咨询设计费",
    "integration_implementation": "系统集成实施费",
    "operation_maintenance": "运行维护费",
    "data_processing": "数据处理费",
    "operation_service": "运营服务费",
    "self_made_hardware": "自制硬件费",
    "hardware_purchase": "硬件设备购置费",
    "software_purchase": "软件产品购置费",
    "other": "其他费用",
}
SERVICE = (
    "software_development",
    "consulting_design",
    "integration_implementation",
    "operation_maintenance",
    "data_processing",
    "operation_service",
)

EQUIPMENT = (
    ("核心交换机", "S7706", "台"),
    ("接入交换机", "S5735-L48T4X", "台"),
    ("防火墙", "USG6555F", "台"),
    ("机架式服务器", "R4900 G5", "台"),
    ("存储阵列", "OceanStor 5310", "套"),
    ("网络摄像机", "DS-2CD3T47", "台"),
    ("网络硬盘录像机", "DS-9664N-I16", "台"),
    ("LED显示屏", "P1.86", "平方米"),
    ("无线AP", "AirEngine 5761", "台"),
    ("UPS电源", "UPS5000-E", "台"),
    ("机柜", "42U 600×1000", "个"),
    ("录播主机", "RB-8000", "套"),
)


@dataclass
class Item:
    name: str
    model: str
    unit: str
    qty: int
    price: Decimal

    @property
    def subtotal(self) -> Decimal:
        return self.price * self.qty


@dataclass
class Invoice:
    code: str
    number: str
    issued: dt.date
    total: Decimal
    rate: int
    kind: str = "增值税普通发票"

    @property
    def net(self) -> Decimal:
        return (self.total / (1 + Decimal(self.rate) / 100)).quantize(Q)

    @property
    def tax(self) -> Decimal:
        return self.total - self.net


@dataclass
class Project:
    id: str
    name: str
    client: str
    client_code: str
    county: str
    field: str
    signed: dt.date
    accepted: dt.date
    fees: dict[str, Decimal]
    number: str
    client_rep: str
    firm_rep: str
    itemised: bool = True
    items: list[Item] = dataclasses.field(default_factory=list)
    invoices: list[Invoice] = dataclasses.field(default_factory=list)
    # what the papers print, where a plant makes them differ from the declaration
    declared_amount: Decimal | None = None
    party_a_printed: str = ""
    seal_a: bool = True
    conclusion: str = "passed"
    acceptance: bool = True
    acceptance_organiser: str = ""

    @property
    def amount(self) -> Decimal:
        """The contract amount as printed on the contract."""
        return sum(self.fees.values(), Decimal(0))

    @property
    def services(self) -> Decimal:
        return sum((self.fees[k] for k in SERVICE), Decimal(0))

    @property
    def party_a(self) -> str:
        return self.party_a_printed or self.client

    @property
    def location(self) -> str:
        return f"新疆维吾尔自治区阿勒泰地区{self.county}"


@dataclass
class Audit:
    firm: str
    number: str
    revenue: Decimal
    si_revenue: Decimal
    cost: Decimal
    taxes: Decimal
    selling: Decimal
    admin: Decimal
    finance: Decimal
    other_income: Decimal
    other_expense: Decimal
    income_tax: Decimal
    prior_revenue: Decimal
    prior_profit: Decimal
    cpas: tuple[str, str]
    signed: dt.date

    @property
    def operating_profit(self) -> Decimal:
        return self.revenue - self.cost - self.taxes - self.selling - self.admin - self.finance

    @property
    def total_profit(self) -> Decimal:
        return self.operating_profit + self.other_income - self.other_expense

    @property
    def net_profit(self) -> Decimal:
        return self.total_profit - self.income_tax


@dataclass
class World:
    firm: people.Firm
    grade: str
    technical: int
    certificates: list[tuple[str, str, str, str]]
    projects: list[Project]
    audit: Audit
    licence_capital_words: bool


def _round(value: float, unit: int = 100) -> Decimal:
    return Decimal(int(value / unit) * unit)


def make_fees(rng: random.Random, amount: int) -> dict[str, Decimal]:
    """Split a contract amount (whole hundreds) into the ten fees; hardware is the largest."""
    shares = {
        "hardware_purchase": rng.uniform(0.38, 0.6),
        "integration_implementation": rng.uniform(0.1, 0.22),
        "software_development": rng.uniform(0.0, 0.18) if rng.random() < 0.6 else 0.0,
        "software_purchase": rng.uniform(0.03, 0.12) if rng.random() < 0.6 else 0.0,
        "consulting_design": rng.uniform(0.02, 0.05) if rng.random() < 0.4 else 0.0,
        "operation_maintenance": rng.uniform(0.02, 0.06) if rng.random() < 0.5 else 0.0,
    }
    total = sum(shares.values())
    fees = {k: Decimal(0) for k in FEE_LABELS}
    for k, share in shares.items():
        fees[k] = _round(amount * share / total * 0.97)
    fees["hardware_purchase"] += Decimal(amount) - sum(fees.values(), Decimal(0))
    return fees


def make_items(rng: random.Random, hardware: Decimal) -> list[Item]:
    """Equipment rows whose 小计 add up to the hardware fee exactly (the last row takes the remainder)."""
    picks = rng.sample(EQUIPMENT, rng.randint(4, 6))
    items: list[Item] = []
    left = hardware
    for name, model, unit in picks[:-1]:
        qty = rng.choice((1, 2, 2, 4, 6, 8, 10, 12, 20))
        budget = left * Decimal(str(rng.uniform(0.15, 0.3)))
        price = Decimal(int(budget / qty / 10) * 10)
        if price < 100:
            continue
        items.append(Item(name, model, unit, qty, price))
        left -= price * qty
    name, model, unit = picks[-1]
    items.append(Item(name, model, "套", 1, left))
    return items


def invoice_code(rng: random.Random) -> str:
    return f"0650024{rng.randint(0, 9)}{rng.randint(0, 9)}{rng.randint(100, 999)}"


def make_project(
    rng: random.Random,
    pid: str,
    county: str,
    unit: tuple[str, str],
    firm: people.Firm,
    amount_wan: tuple[int, int],
    used: set[str],
) -> Project:
    unit_name, field_name = unit
    client = county + unit_name
    stem = rng.choice(people.SYSTEMS[unit_name])
    name = f"{client}{stem}"
    while name in used:
        stem = rng.choice(people.SYSTEMS[unit_name])
        name = f"{client}{stem}"
    used.add(name)
    amount = rng.randint(amount_wan[0] * 100, amount_wan[1] * 100) * 100
    fees = make_fees(rng, amount)
    signed = dt.date(YEAR, rng.randint(2, 6), rng.randint(1, 28))
    accepted = signed + dt.timedelta(days=rng.randint(70, 160))
    code_head = "11" + people.COUNTIES[county] + people.org_code(rng)
    prefix = rng.choice(("JMN", "HBH", "BEJ", "FH", "QH", "XJ"))
    number = rng.choice(
        (
            f"{prefix}-{YEAR}-{rng.randint(10, 199):03d}",
            f"{county[:2]}采购〔{YEAR}〕{rng.randint(3, 88)}号",
            f"HT{YEAR}{rng.randint(100, 999)}{rng.randint(10, 99)}",
        )
    )
    project = Project(
        id=pid,
        name=name,
        client=client,
        client_code=code_head + people.credit_check(code_head),
        county=county,
        field=field_name,
        signed=signed,
        accepted=accepted,
        fees=fees,
        number=number,
        client_rep=people.person(rng),
        firm_rep=people.person(rng),
    )
    project.items = make_items(rng, fees["hardware_purchase"])
    # invoices: an advance after signing and the balance after acceptance, never above the amount
    advance = _round(float(amount) * rng.choice((0.3, 0.4)))
    rate = rng.choice((6, 9, 13))
    project.invoices = [
        Invoice(
            invoice_code(rng),
            f"{rng.randint(0, 99999999):08d}",
            signed + dt.timedelta(days=rng.randint(5, 25)),
            advance,
            rate,
        ),
    ]
    if rng.random() < 0.5:
        project.invoices.append(
            Invoice(
                invoice_code(rng),
                f"{rng.randint(0, 99999999):08d}",
                accepted + dt.timedelta(days=rng.randint(3, 12)),
                Decimal(amount) - advance,
                rate,
            )
        )
    return project


def make_audit(rng: random.Random, projects: list[Project], firm: people.Firm) -> Audit:
    total = float(sum((p.amount for p in projects), Decimal(0)))
    si = _round(total / 1.09 * rng.uniform(1.15, 1.6), 1) + Decimal(rng.randint(0, 99)) / 100
    revenue = si + _round(float(si) * rng.uniform(0.05, 0.3), 1) + Decimal(rng.randint(0, 99)) / 100
    cost = (revenue * Decimal(str(rng.uniform(0.68, 0.8)))).quantize(Q)
    taxes = (revenue * Decimal(str(rng.uniform(0.004, 0.008)))).quantize(Q)
    selling = (revenue * Decimal(str(rng.uniform(0.02, 0.05)))).quantize(Q)
    admin = (revenue * Decimal(str(rng.uniform(0.06, 0.1)))).quantize(Q)
    finance = Decimal(rng.randint(1000, 30000)) + Decimal(rng.randint(0, 99)) / 100
    other_income = Decimal(rng.randint(0, 50000))
    other_expense = Decimal(rng.randint(0, 8000))
    audit = Audit(
        firm=rng.choice(people.AUDIT_FIRMS),
        number=f"{rng.choice(('金审', '正信审', '天源审', '额审'))}字〔{YEAR + 1}〕第{rng.randint(10, 320):03d}号",
        revenue=revenue,
        si_revenue=si,
        cost=cost,
        taxes=taxes,
        selling=selling,
        admin=admin,
        finance=finance,
        other_income=other_income,
        other_expense=other_expense,
        income_tax=Decimal(0),
        prior_revenue=(revenue * Decimal(str(rng.uniform(0.7, 1.1)))).quantize(Q),
        prior_profit=Decimal(0),
        cpas=(people.person(rng), people.person(rng)),
        signed=dt.date(YEAR + 1, rng.randint(1, 3), rng.randint(1, 28)),
    )
    audit.income_tax = max(Decimal(0), (audit.total_profit * Decimal("0.05")).quantize(Q))
    audit.prior_profit = (audit.prior_revenue * Decimal(str(rng.uniform(0.02, 0.08)))).quantize(Q)
    return audit


def make_world(
    rng: random.Random,
    county: str,
    n_projects: int,
    grade: str = "丁",
    amount_wan: tuple[int, int] = (40, 260),
    used_firms: set[str] | None = None,
) -> World:
    firm = people.make_firm(rng, county, used_firms if used_firms is not None else set())
    counties = list(people.COUNTIES)
    units = rng.sample(people.CLIENT_UNITS, n_projects)
    used: set[str] = set()
    projects = []
    for i in range(n_projects):
        where = county if i == 0 or rng.random() < 0.4 else rng.choice(counties)
        projects.append(make_project(rng, f"P{i + 1}", where, units[i], firm, amount_wan, used))
    technical = rng.randint(21, 34) if grade == "丙" else rng.randint(7, 16)
    n_cert = rng.randint(5, 7) if grade == "丙" else rng.randint(1, 3)
    certs = []
    for _ in range(n_cert):
        title, level = rng.choice(people.CERT_TITLES)
        number = (
            f"{'S' if level == '高级' else 'M'}{rng.randint(2015, 2023)}{rng.randint(10000000, 99999999)}"
        )
        certs.append((people.person(rng), title, level, number))
    return World(
        firm=firm,
        grade=grade,
        technical=technical,
        certificates=certs,
        projects=projects,
        audit=make_audit(rng, projects, firm),
        licence_capital_words=rng.random() < 0.5,
    )


def money(value: Decimal) -> str:
    return f"{value:.2f}"


def declaration(world: World) -> dict[str, object]:
    firm, audit = world.firm, world.audit
    rows = []
    for p in world.projects:
        fees = dict(p.fees)
        amount = p.amount
        if p.declared_amount is not None and p.declared_amount != amount:
            # the row's hardware absorbs the difference, so the form's identities still hold
            fees["hardware_purchase"] += p.declared_amount - amount
            amount = p.declared_amount
        services = sum((fees[k] for k in SERVICE), Decimal(0))
        rows.append(
            {
                "id": p.id,
                "name": p.name,
                "client": p.client,
                "signed_on": p.signed.isoformat(),
                "accepted_on": p.accepted.isoformat(),
                "field": p.field,
                "location": p.location,
                "fees": {k: money(v) for k, v in fees.items()},
                "services_total": money(services),
                "contract_amount": money(amount),
            }
        )
    return {
        "enterprise": {
            "name": firm.name,
            "credit_code": firm.code,
            "legal_representative": firm.legal,
            "registered_capital": money(firm.capital),
            "established_on": firm.established.isoformat(),
            "grade": world.grade,
            "inspection_year": YEAR,
            "staff": {
                "technical_total": world.technical,
                "certified_total": len(world.certificates),
                "certificates": [
                    {"holder": h, "certificate": t, "level": lv, "number": n}
                    for h, t, lv, n in world.certificates
                ],
            },
        },
        "finance": [
            {
                "year": YEAR,
                "operating_revenue": money(audit.revenue),
                "system_integration_revenue": money(audit.si_revenue),
                "net_profit": money(audit.net_profit),
            }
        ],
        "projects": rows,
    }
